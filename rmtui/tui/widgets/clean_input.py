"""A one-line input that never holds terminal control characters.

Keys cannot type an escape sequence, but a paste can carry one: an ``Input`` would keep
it and draw it raw, and the terminal would obey it.
"""

from __future__ import annotations

from textual.widgets import Input

from rmtui.core.text import strip_control


def _clean(text: str) -> str:
    return strip_control(text).replace("\n", " ").replace("\t", " ")


class CleanInput(Input):
    """Every insertion (typing, paste, programmatic) is cleaned; so is ``value``."""

    def insert(self, text: str, index: int) -> None:
        super().insert(_clean(text), index)

    def replace(self, text: str, start: int, end: int) -> None:
        super().replace(_clean(text), start, end)

    def validate_value(self, value: str) -> str:
        return _clean(value)
