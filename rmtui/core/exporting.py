"""The vocabulary of exports: which summary (kind), in which format, of which sessions.

Pure names, so that a face can offer them (``rmtui export --kind``, the export screen)
without loading the exports themselves.
"""

from __future__ import annotations

from typing import Literal, get_args

# The exports log's target for an export copied to the clipboard (a file's is its absolute
# path, standard output's "-").
CLIPBOARD_TARGET = "clipboard"

__all__ = ["CLIPBOARD_TARGET", "FORMATS", "HELD", "KINDS", "Format", "Kind"]

Kind = Literal["session", "midpoint", "final", "cheatsheet"]
KINDS: tuple[str, ...] = get_args(Kind)
Format = Literal["md", "html", "json", "txt"]
FORMATS: tuple[str, ...] = get_args(Format)
HELD = ("done", "running", "paused")
"""The statuses of sessions an export covers (held, or under way)."""
