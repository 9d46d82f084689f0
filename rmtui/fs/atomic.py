"""Atomic, durable file writes: temp file, fsync, rename over, fsync the folder; and a
durable append (a note at the end of its session file)."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from rmtui.core import messages
from rmtui.core.errors import WriteFailed, WriteUncertain
from rmtui.fs.system import fsync_dir as fsync_dir  # the writes and their folder, one import

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_dir(path: Path) -> None:
    """Create ``path`` and missing parents as 0700, whatever the umask."""
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        os.chmod(d, DIR_MODE)  # mkdir's mode is filtered by the umask


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    # The pid keeps two processes that write one file without a lock from sharing a temp.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        ensure_dir(path.parent)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            os.fchmod(fd, FILE_MODE)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        # Never let the clean-up hide the real error (the folder may be unreadable).
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise write_failed(path, exc) from exc
    try:
        fsync_dir(path.parent)
    except OSError as exc:
        # The new file is in place (a reader sees it), only its durability is in doubt:
        # "nothing was changed" would be untrue, and a retry would save it twice.
        reason = exc.strerror or type(exc).__name__
        raise WriteUncertain(messages.SAVED_DISK_ERROR.format(path=path, reason=reason)) from exc


def append_durably(path: Path, data: bytes, size: int) -> bool:
    """Add ``data`` at the end of ``path``, which its writer read as ``size`` bytes under
    its lock, and wait for the disk. ``False``, nothing written, when the file is no
    longer that long (a writer that took no lock changed it) or has other names: a hard
    link (a copy made with ``cp -al``) would change with it, where replacing the file
    leaves the copy as it was.

    A crash leaves the file as it was, or with an unfinished last line (readers leave it
    out); a failed write or fsync cuts the file back to ``size``, so nothing was changed.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    try:
        st = os.fstat(fd)
        if st.st_size != size or st.st_nlink != 1:
            return False
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                if os.fstat(fd).st_size != size:
                    os.ftruncate(fd, size)
                    os.fsync(fd)
            raise write_failed(path, exc) from exc
    finally:
        os.close(fd)
    return True


def write_failed(path: Path, exc: OSError) -> WriteFailed:
    """The mentor's message for an ``OSError`` met while writing ``path``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return WriteFailed(messages.DISK_FULL.format(path=path))
    if exc.errno == errno.EROFS:
        return WriteFailed(messages.READ_ONLY_DISK.format(path=path))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return WriteFailed(messages.NOT_PERMITTED.format(path=path))
    reason = exc.strerror or type(exc).__name__
    return WriteFailed(messages.WRITE_FAILED.format(path=path, reason=reason))


def remove_stale_temps(folder: Path) -> int:
    """Delete the temp files that writers killed mid-write left in ``folder``; how many.

    Meant to run under the lock that guards the folder's files, so no rmtui writer is
    busy there; the pid in each temp name still spares any writer that is alive.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(".tmp")):
            continue
        pid = name[: -len(".tmp")].rpartition(".")[2]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True
