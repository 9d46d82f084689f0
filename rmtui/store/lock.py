"""Inter-process locks so that every write is a locked read-modify-write."""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rmtui.store.atomic import FILE_MODE, ensure_dir, write_failed

# flock is per open file description: two threads of one process would not exclude each
# other through it, and a nested flock in one thread would deadlock. A re-entrant
# per-path thread lock in front of it covers both.
_thread_locks: dict[str, threading.RLock] = {}
_held = threading.local()
_guard = threading.Lock()


def _thread_lock(key: str) -> threading.RLock:
    with _guard:
        return _thread_locks.setdefault(key, threading.RLock())


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (a lock file, created 0600 when missing)."""
    key = str(path)
    held: dict[str, int] = _held.__dict__.setdefault("depth", {})
    with _thread_lock(key):
        if held.get(key, 0):
            held[key] += 1
            try:
                yield
            finally:
                held[key] -= 1
            return
        try:
            ensure_dir(path.parent)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as exc:
            # A read-only or full workspace: the write this lock guards cannot happen.
            raise write_failed(path, exc) from exc
        try:
            # The creating open's mode is filtered by the umask; the file must be 0600.
            if os.fstat(fd).st_mode & 0o777 != FILE_MODE:
                os.fchmod(fd, FILE_MODE)
            fcntl.flock(fd, fcntl.LOCK_EX)
            held[key] = 1
            try:
                yield
            finally:
                held[key] = 0
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
