"""The mentor's own editor (``$VISUAL``, else ``$EDITOR``) on a text, for both faces: the
CLI's ``note edit`` and reflection, and the live session's long note.

The editor works on a temp file inside the workspace (0600, in the workspace's 0700
folder), never in a shared temp folder: a note or a reflection may be private. The file
is removed whatever happens.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from rmtui.core import messages
from rmtui.core.errors import RmtuiError


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


def edit_in(folder: Path, initial: str, command: list[str] | None = None) -> str:
    """Open the editor on ``initial`` in a temp file in ``folder``; the text saved,
    stripped ("" when the editor left it empty or removed the file). An error when there
    is no editor, it cannot start or it fails."""
    command = command or editor_command()
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
            return path.read_bytes().decode("utf-8").strip()
        except UnicodeDecodeError:
            raise RmtuiError(messages.EDITOR_NOT_UTF8) from None
        except FileNotFoundError:
            return ""  # the editor removed the file: nothing was written
    finally:
        path.unlink(missing_ok=True)
