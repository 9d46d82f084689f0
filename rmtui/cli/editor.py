"""Text the mentor writes outside the command line: standard input (``-``) or their own
editor (``$VISUAL``, else ``$EDITOR``), as ``git commit`` and jrnl do.

The editor itself (a temp file in the workspace, 0600) is ``service.editor``'s, which the
live session's long note uses too.
"""

from __future__ import annotations

import sys

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.core.errors import InvalidInput, RmtuiError
from rmtui.service.editor import edit_in, editor_command

__all__ = ["STDIN", "edit_text", "editor_command", "read_stdin"]

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


def edit_text(ctx: Context, initial: str) -> str | None:
    """Open the mentor's editor on ``initial`` and return the text they saved.

    None (and a line on stderr) when it is unchanged; an error when the editor fails or
    leaves the text empty. Either way nothing is to be saved then.
    """
    text = edit_in(ctx.root, initial, editor_command())
    if not text:
        raise RmtuiError(messages.EDITOR_EMPTY)
    if text == initial.strip():
        ctx.error(messages.EDITOR_UNCHANGED)
        return None
    return text
