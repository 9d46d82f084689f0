"""Rotated copies of tandem and session files, taken before they are overwritten."""

from __future__ import annotations

import time
from pathlib import Path

from rmtui.store.atomic import write_atomic
from rmtui.store.errors import UnreadableFile
from rmtui.store.storage import decode

KEEP = 8
MIN_INTERVAL = 600.0  # seconds: a busy session is not copied on every keystroke


def backup_stem(path: Path) -> str:
    """``tandem`` for tandem.json, ``session-3`` for sessions/3.json."""
    return "tandem" if path.name == "tandem.json" else f"session-{path.stem}"


class Backups:
    """The backups of one tandem: ``backups/<id>/<stem>.<stamp>.json``, newest kept."""

    def __init__(self, folder: Path, keep: int = KEEP, interval: float = MIN_INTERVAL) -> None:
        self.folder = folder
        self.keep = keep
        self.interval = interval

    def copies(self, stem: str) -> list[Path]:
        """Backups of one file, newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if p.name.startswith(f"{stem}.")]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def take(self, path: Path, good_bytes: bytes) -> None:
        """Keep ``good_bytes`` (the file as last read) unless a recent copy exists."""
        stem = backup_stem(path)
        copies = self.copies(stem)
        now = time.time()
        if copies and now - copies[0].stat().st_mtime < self.interval:
            return
        # Whole microseconds: a float fraction formatted on its own can round up to "1.000000".
        secs, micros = divmod(int(now * 1_000_000), 1_000_000)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(secs)) + f".{micros:06d}"
        write_atomic(self.folder / f"{stem}.{stamp}.json", good_bytes)
        for old in copies[self.keep - 1 :]:
            old.unlink(missing_ok=True)

    def newest_good(self, path: Path, kind: str) -> Path | None:
        """The newest backup of ``path`` that reads cleanly."""
        for copy in self.copies(backup_stem(path)):
            try:
                decode(copy, copy.read_bytes(), kind)
            except (OSError, UnreadableFile):
                continue
            return copy
        return None
