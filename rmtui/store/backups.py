"""Rotated copies of tandem and session files, taken before they are overwritten.

Copies are numbered by a sequence that only grows (``tandem.000000042.json``): which copy
is newest, which ones rotate out and which one a restore offers never depend on the clock,
so a write made while the clock was far ahead or behind cannot stop backups or make a
restore pick a stale copy. The clock only spaces copies out (one per ``interval``).
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from rmtui.store.atomic import write_atomic
from rmtui.store.errors import UnreadableFile
from rmtui.store.storage import decode

KEEP = 8
MIN_INTERVAL = 600.0  # seconds: a busy session is not copied on every keystroke
SEQUENCE_DIGITS = 9  # zero-padded so a folder listing reads in order too


def backup_stem(path: Path) -> str:
    """``tandem`` for tandem.json, ``session-3`` for sessions/3.json."""
    return "tandem" if path.name == "tandem.json" else f"session-{path.stem}"


def sequence(copy: Path) -> int | None:
    """The copy's sequence number; ``None`` for a copy named by time (older rmtui)."""
    middle = copy.name.split(".")[1:-1]
    if len(middle) == 1 and middle[0].isdigit():
        return int(middle[0])
    return None


def stem_of(copy: Path) -> str:
    return copy.name.split(".", 1)[0]


def _order(copy: Path) -> tuple[int, int, str]:
    # Copies named by an older rmtui's clock come before every numbered one.
    n = sequence(copy)
    return (0, 0, copy.name) if n is None else (1, n, "")


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


class Backups:
    """The backups of one tandem: ``backups/<id>/<stem>.<sequence>.json``, newest kept."""

    def __init__(self, folder: Path, keep: int = KEEP, interval: float = MIN_INTERVAL) -> None:
        self.folder = folder
        self.keep = keep
        self.interval = interval

    def _usable(self) -> bool:
        """False when ``backups/`` or ``backups/<id>`` is a link: rmtui never follows it."""
        return not (_is_link(self.folder) or _is_link(self.folder.parent))

    def copies(self, stem: str) -> list[Path]:
        """Backups of one file, newest (highest sequence) first."""
        if not self._usable() or not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if stem_of(p) == stem and p.suffix == ".json"]
        return sorted(found, key=_order, reverse=True)

    def take(self, path: Path, good_bytes: bytes) -> None:
        """Keep ``good_bytes`` (the file as last read) unless a recent copy exists."""
        if not self._usable():
            return
        stem = backup_stem(path)
        copies = self.copies(stem)
        now = time.time()
        if copies:
            age = now - copies[0].stat().st_mtime
            # A copy stamped ahead of now (the clock went back since) is not "recent".
            if 0 <= age < self.interval:
                return
        last = sequence(copies[0]) if copies else None
        number = (last or 0) + 1
        copy = self.folder / f"{stem}.{number:0{SEQUENCE_DIGITS}d}.json"
        write_atomic(copy, good_bytes)
        # Stamped with the clock that spaces copies out (the same one, outside tests).
        os.utime(copy, (now, now))
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
