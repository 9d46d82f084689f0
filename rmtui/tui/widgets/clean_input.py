"""A one-line input that never holds terminal control characters.

Keys cannot type an escape sequence, but a paste can carry one: an ``Input`` would keep
it and draw it raw, and the terminal would obey it. A paste is inserted whole, its lines
joined, as text; one longer than the room left is cut, and the mentor is told.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from rmtui.core import messages
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

    def _on_paste(self, event: events.Paste) -> None:
        # Textual's own keeps the first line only, and drops a paste that does not fit.
        event.stop()
        event.prevent_default()
        text = " ".join(_clean(line) for line in event.text.splitlines())
        if not text:
            return
        start, end = sorted(self.selection)
        if self.max_length:
            room = self.max_length - (len(self.value) - (end - start))
            if room <= 0:
                self.app.bell()
                self.notify(
                    messages.TUI_PASTE_REFUSED.format(limit=self.max_length),
                    severity="warning",
                    markup=False,
                )
                return
            if len(text) > room:
                self.notify(
                    messages.TUI_PASTE_CUT.format(
                        len(text), kept=room, total=len(text), limit=self.max_length
                    ),
                    severity="warning",
                    markup=False,
                    timeout=8,
                )
                text = text[:room]
        self.replace(text, start, end)
