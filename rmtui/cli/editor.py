"""Text the mentor writes outside the command line: standard input (``-``) or their own
editor (``$VISUAL``, else ``$EDITOR``), as ``git commit`` and jrnl do.

The editor works on a temp file inside the workspace (0600, in the workspace's 0700
folder), never in a shared temp folder: a note or a reflection may be private. The file
is removed whatever happens.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.core.errors import InvalidInput, RmtuiError

STDIN = "-"
"""The text argument that means: read the text from standard input."""


def read_stdin(ctx: Context) -> str:
    """All of standard input as UTF-8 text, without the line break that ends it."""
    stream = sys.stdin
    if stream is None:
        return ""
    if stream.isatty():
        ctx.error(messages.STDIN_IS_TERMINAL)
    buffer = getattr(stream, "buffer", None)
    raw = buffer.read() if buffer is not None else stream.read().encode("utf-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("text", messages.STDIN_NOT_UTF8) from None
    return text.strip()


def editor_command(environ: Mapping[str, str] | None = None) -> list[str]:
    """``$VISUAL``, else ``$EDITOR``, split as a shell would (``code --wait`` works)."""
    env = os.environ if environ is None else environ
    value = env.get("VISUAL", "").strip() or env.get("EDITOR", "").strip()
    if not value:
        raise RmtuiError(messages.NO_EDITOR)
    try:
        command = shlex.split(value)
    except ValueError as exc:
        raise RmtuiError(messages.EDITOR_BAD.format(reason=exc, value=value)) from None
    if not command:
        raise RmtuiError(messages.NO_EDITOR)
    return command


def edit_text(ctx: Context, initial: str) -> str | None:
    """Open the mentor's editor on ``initial`` and return the text they saved.

    None (and a line on stderr) when it is unchanged; an error when the editor fails or
    leaves the text empty. Either way nothing is to be saved then.
    """
    command = editor_command()
    folder = ctx.root
    fd, name = tempfile.mkstemp(prefix=".edit-", suffix=".md", dir=folder)  # mode 0600
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{initial}\n" if initial else "")
        try:
            done = subprocess.run([*command, str(path)], check=False)
        except FileNotFoundError:
            raise RmtuiError(messages.EDITOR_NOT_FOUND.format(command=command[0])) from None
        if done.returncode != 0:
            raise RmtuiError(messages.EDITOR_FAILED.format(code=done.returncode))
        try:
            text = path.read_bytes().decode("utf-8").strip()
        except UnicodeDecodeError:
            raise RmtuiError(messages.EDITOR_NOT_UTF8) from None
        except FileNotFoundError:
            text = ""  # the editor removed the file: nothing was written
    finally:
        path.unlink(missing_ok=True)
    if not text:
        raise RmtuiError(messages.EDITOR_EMPTY)
    if text == initial.strip():
        ctx.error(messages.EDITOR_UNCHANGED)
        return None
    return text
