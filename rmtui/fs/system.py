"""What differs between operating systems, in one place: locking a file, making a folder's
entries durable, and running a child in its own process group that can be stopped whole.

rmtui runs on POSIX systems (Linux, macOS, and Linux under WSL). Native Windows would
bring its own version of these few functions (``msvcrt.locking``, no folder fsync, a
job object) here; ``fs.lock``, ``fs.atomic`` and the agenda sync's git runner call only
these names, so they would not change.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
from pathlib import Path
from typing import Any

# Flags for opening a file without following a link, not inherited by children.
NO_FOLLOW = os.O_NOFOLLOW
NO_INHERIT = os.O_CLOEXEC


def lock(fd: int) -> None:
    """Wait for an exclusive lock on the open file ``fd`` (held until ``unlock`` or close)."""
    fcntl.flock(fd, fcntl.LOCK_EX)


def unlock(fd: int) -> None:
    fcntl.flock(fd, fcntl.LOCK_UN)


def fsync_dir(path: Path) -> None:
    """Make the entries of folder ``path`` (a rename, a new file) durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def own_group() -> dict[str, Any]:
    """``subprocess.Popen`` options for a child in its own process group (no controlling
    terminal, so nothing in it can prompt), which ``stop_group`` stops with its helpers."""
    return {"start_new_session": True}


def stop_group(pid: int, *, hard: bool) -> None:
    """Ask the process group led by ``pid`` to end (``hard``: kill it); one already gone
    is not an error."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL if hard else signal.SIGTERM)
