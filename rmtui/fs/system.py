"""What differs between operating systems, in one place: locking a file, making a folder's
entries durable, running a child in its own process group that can be stopped whole, and
opening a file with the system's opener.

rmtui runs on POSIX systems (Linux, macOS, and Linux under WSL). Native Windows would
bring its own version of these few functions (``msvcrt.locking``, no folder fsync, a
job object) here; ``fs.lock``, ``fs.atomic`` and the agenda sync's git runner call only
these names, so they would not change.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sys
import threading
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
    import signal  # with the children: a lock or a write does without it

    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL if hard else signal.SIGTERM)


def openers() -> tuple[str, ...]:
    """The programs that open a file as a double-click would, in the order tried."""
    if sys.platform == "darwin":
        return ("open",)
    return ("xdg-open", "wslview")  # wslview: WSL's opener, when xdg-open is not there


def open_file(path: Path) -> None:
    """Open ``path`` with the system's opener: no shell, its own session, no terminal
    (it never draws over the app), not waited for (a thread reaps it). ``FileNotFoundError``
    when there is no opener."""
    import subprocess  # here, as signal above: the locks and writes do without them

    program = next((found for name in openers() if (found := shutil.which(name))), None)
    if program is None:
        raise FileNotFoundError(openers()[0])
    # An absolute path: never taken for an option of the opener.
    proc = subprocess.Popen(
        [program, str(path.absolute())],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **own_group(),
    )
    threading.Thread(target=proc.wait, name="rmtui-opener", daemon=True).start()
