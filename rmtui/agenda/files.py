"""Finding template files and reading them as text, within the caps a template must fit.

A file is opened once (without following a symlink where the source forbids them), checked
to be a regular file on the open descriptor, and read up to the cap plus one byte, so a
huge file, ``/dev/zero`` or a FIFO never costs more than the cap or blocks.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from rmtui.core import messages

MAX_BYTES = 256 * 1024
SUFFIXES = (".yaml", ".yml")

# What YAML allows in a stream: tab, line breaks, printable ASCII, NEL and printable Unicode.
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class FileRefused(Exception):
    """The file cannot be a template. ``line`` and ``column`` are 1-based; 0 is the file."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def template_files(folder: Path) -> Iterator[Path]:
    """Every ``*.yaml``/``*.yml`` file under ``folder``, sorted, hidden folders skipped.

    Symlinked folders are not entered; symlinked files are listed so that the reader can
    accept or refuse them with a reason.
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                found.append(Path(dirpath) / name)
    found.sort(key=lambda p: p.relative_to(folder).parts)
    yield from found


def read_template_text(
    path: Path, *, follow_symlinks: bool = True, limit: int = MAX_BYTES
) -> tuple[str, os.stat_result]:
    """The file's text and its stat, or ``FileRefused`` saying why it cannot be a template."""
    data, st = _read_capped(path, follow_symlinks=follow_symlinks, limit=limit)
    return decode(data), st


def _read_capped(path: Path, *, follow_symlinks: bool, limit: int) -> tuple[bytes, os.stat_result]:
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= os.O_NOFOLLOW
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_symlinks:
            raise FileRefused(messages.AGENDA_SYMLINK) from None
        if exc.errno == errno.ENOENT:
            raise FileRefused(messages.AGENDA_NOT_FOUND) from None
        raise FileRefused(messages.AGENDA_UNREADABLE.format(reason=exc.strerror)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(messages.AGENDA_NOT_FILE)
        if st.st_size > limit:
            raise FileRefused(messages.AGENDA_TOO_BIG.format(limit=limit // 1024))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew since fstat
            raise FileRefused(messages.AGENDA_TOO_BIG.format(limit=limit // 1024))
        return b"".join(chunks), st
    except OSError as exc:
        raise FileRefused(messages.AGENDA_UNREADABLE.format(reason=exc.strerror)) from None
    finally:
        os.close(fd)


def decode(data: bytes) -> str:
    """UTF-8 text that YAML can read, or ``FileRefused`` at the first offending byte."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise FileRefused(messages.AGENDA_UTF16, 1, 1)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise FileRefused(messages.AGENDA_BINARY, *_position(data, nul))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        message = messages.AGENDA_NOT_UTF8.format(byte=byte)
        raise FileRefused(message, *_position(data, exc.start)) from None
    bad = _NOT_YAML.search(text)
    if bad is not None:
        message = messages.AGENDA_CONTROL_CHAR.format(code=ord(bad.group()))
        raise FileRefused(message, *_position(text, bad.start()))
    return text


def _position(data: bytes | str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``."""
    newline: bytes | str = b"\n" if isinstance(data, bytes) else "\n"
    line = data.count(newline, 0, offset) + 1  # type: ignore[arg-type]
    start = data.rfind(newline, 0, offset) + 1  # type: ignore[arg-type]
    return line, offset - start + 1
