"""The live session's elapsed clock: large digits and a line saying what the clock does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from rmtui.core.clock import format_elapsed


class BigClock(Vertical):
    """Elapsed session time in large digits. State class: -paused."""

    def compose(self) -> ComposeResult:
        yield Digits("00:00", id="clock-digits")
        yield Static(id="clock-state", markup=False)

    def show(self, seconds: float, *, running: bool, state: str) -> None:
        """Show ``seconds`` on the clock and ``state`` below it (only redraws on change)."""
        digits = self.query_one("#clock-digits", Digits)
        text = format_elapsed(seconds)
        if digits.value != text:
            digits.update(text)
        line = self.query_one("#clock-state", Static)
        if str(line.content) != state:
            line.update(state)
        self.set_class(not running, "-paused")
