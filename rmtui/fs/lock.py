"""Inter-process locks so that every write is a locked read-modify-write."""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rmtui.core import messages
from rmtui.core.errors import RmtuiError, WriteFailed
from rmtui.fs import system
from rmtui.fs.atomic import FILE_MODE, ensure_dir, write_failed

# flock is per open file description: two threads of one process would not exclude each
# other through it, and a nested flock in one thread would deadlock. A re-entrant
# per-path thread lock in front of it covers both.
_thread_locks: dict[str, threading.RLock] = {}
_held = threading.local()
_guard = threading.Lock()
_FLAGS = os.O_RDWR | os.O_CREAT | system.NO_FOLLOW | system.NO_INHERIT | os.O_NONBLOCK


def _thread_lock(key: str) -> threading.RLock:
    with _guard:
        return _thread_locks.setdefault(key, threading.RLock())


@contextmanager
def locked(path: Path, missing: RmtuiError | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (a lock file, created 0600 when missing).

    With ``missing``, the lock's folder is never created: when it does not exist (or is
    moved away while this waits for the lock), ``missing`` is raised. A tandem's lock
    lives in the tandem's folder, so a writer that loses the race with an erase gets "no
    such tandem" instead of recreating the folder.
    """
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
        fd = _acquire(path, missing)
        try:
            held[key] = 1
            try:
                yield
            finally:
                held[key] = 0
                system.unlock(fd)
        finally:
            os.close(fd)


def _acquire(path: Path, missing: RmtuiError | None) -> int:
    """An open, flocked descriptor of the lock file that is at ``path`` now."""
    while True:
        fd = _open(path, missing)
        try:
            system.lock(fd)
            # The file may have been moved or replaced while we waited (an erase renames
            # the tandem's folder away): a lock on it would exclude no one.
            try:
                now = os.stat(path, follow_symlinks=False)
            except FileNotFoundError:
                now = None
            mine = os.fstat(fd)
        except BaseException:
            os.close(fd)
            raise
        if now is not None and (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino):
            return fd
        os.close(fd)
        if now is None and missing is not None and not path.parent.is_dir():
            raise missing


def _open(path: Path, missing: RmtuiError | None) -> int:
    try:
        if missing is None:
            ensure_dir(path.parent)
        fd = os.open(path, _FLAGS, FILE_MODE)
    except FileNotFoundError as exc:
        if missing is not None:
            raise missing from None
        raise write_failed(path, exc) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise WriteFailed(messages.LINK_REFUSED.format(path=path)) from None
        # A read-only or full workspace: the write this lock guards cannot happen.
        raise write_failed(path, exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise WriteFailed(messages.LOCK_NOT_A_FILE.format(path=path))
        # The creating open's mode is filtered by the umask; the file must be 0600. The
        # descriptor is the file itself (O_NOFOLLOW): a link's target is never changed.
        if info.st_mode & 0o777 != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return fd
