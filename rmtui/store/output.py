"""Writing an export where the mentor's ``-o`` points, without ever replacing a special file.

A regular file (or a name that does not exist yet) is written atomically, as every file
of the workspace. Anything else the mentor may name is a place to send bytes to, not a
file to replace: ``/dev/null``, a terminal, a FIFO, ``/dev/stdout`` are opened and
written directly. A symlink to a regular file is followed on purpose (the file it points
at is replaced, the link stays a link); a link that leads nowhere, a folder and a block
device are refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.store.atomic import write_atomic, write_failed

# Names of the running process's own descriptors (``/dev/stdout``, ``/dev/fd/3``,
# ``/proc/self/fd/1``): the shell opened what they lead to, so they are written through,
# never resolved and replaced (``>>`` must still append).
_DESCRIPTOR_NAMES = ("/dev/stdout", "/dev/stderr")
_DESCRIPTOR_ROOTS = ("/dev/fd/", "/proc/")


def write_output(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` as described above; returns where the bytes went."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        write_atomic(path, data)
        return path
    except OSError as exc:
        raise write_failed(path, exc) from exc
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
        except OSError:
            raise RmtuiError(messages.OUTPUT_DANGLING.format(path=path)) from None
        if stat.S_ISREG(st.st_mode) and not is_descriptor(path):
            target = Path(os.path.realpath(path))
            write_atomic(target, data)
            return target
    if stat.S_ISDIR(st.st_mode):
        raise RmtuiError(messages.EXPORT_OUTSIDE.format(path=path))
    if stat.S_ISREG(st.st_mode) and not is_descriptor(path):
        write_atomic(path, data)
        return path
    if stat.S_ISBLK(st.st_mode) or stat.S_ISSOCK(st.st_mode):
        raise RmtuiError(messages.OUTPUT_SPECIAL.format(path=path))
    _write_through(path, data)
    return Path(os.path.abspath(path))


def is_descriptor(path: Path) -> bool:
    """Whether ``path`` names a descriptor of this process (written through, never resolved)."""
    name = os.path.abspath(path)
    return name in _DESCRIPTOR_NAMES or name.startswith(_DESCRIPTOR_ROOTS)


def _write_through(path: Path, data: bytes) -> None:
    """Open what is there (no create, no truncate: append) and write ``data`` to it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        finally:
            os.close(fd)
    except OSError as exc:
        raise write_failed(path, exc) from exc
