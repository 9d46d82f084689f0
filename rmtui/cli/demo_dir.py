"""The throw-away folder of ``--demo``, and the clean-up of folders a killed demo left.

A demo folder is ``<tmp>/rmtui-demo-XXXX`` holding ``owner.lock``, which its process
keeps locked (flock) for as long as it runs. The kernel drops that lock when the
process dies, however it dies (``kill -9`` included), so at the next start a folder
with the prefix, owned by this user, whose lock can be taken belongs to nobody any
more and is removed. Nothing else is ever touched: no prefix, someone else's folder, a
symlink, no lock file (a demo still being made), a lock held (a demo still running).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

FILE_MODE = 0o600  # as every rmtui file; the store is not loaded for this

PREFIX = "rmtui-demo-"
LOCK = "owner.lock"


@dataclass
class DemoDir:
    """A demo folder while its process holds the lock; ``close`` removes it."""

    path: Path
    _fd: int | None

    def close(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def make_demo_dir(parent: Path | None = None) -> DemoDir:
    """A new demo folder under ``parent`` (the system's temp folder), locked by us;
    leftovers of dead demo processes there are removed first."""
    root = Path(parent or tempfile.gettempdir())
    sweep_stale(root)
    path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
    # Locked under a temp name, then renamed: a sweep running meanwhile never sees an
    # unlocked owner.lock in a live folder.
    pending = path / f".{LOCK}.{os.getpid()}"
    fd = os.open(pending, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.replace(pending, path / LOCK)
    except OSError:
        os.close(fd)
        shutil.rmtree(path, ignore_errors=True)
        raise
    return DemoDir(path, fd)


def sweep_stale(root: Path) -> list[Path]:
    """Remove demo folders under ``root`` whose process is gone; returns them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(PREFIX) and _abandoned(Path(entry.path)):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed


def _abandoned(path: Path) -> bool:
    """An rmtui demo folder of this user whose owner lock nobody holds."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return False
    try:
        fd = os.open(path / LOCK, os.O_RDWR | os.O_NOFOLLOW)
    except OSError:
        return False  # not ours, or a demo still being made
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # its process still runs
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)
