"""The live session's log of timed notes: saved, saving, and those that failed to save."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static


class NoteLog(VerticalScroll):
    """Notes in clock order; follows the newest unless the mentor scrolled back."""

    can_focus = False

    def compose(self) -> ComposeResult:
        yield Static(id="note-lines")

    def show(self, lines: list[Content], empty: str) -> None:
        follow = self.scroll_y >= self.max_scroll_y - 1
        body = Content("\n").join(lines) if lines else Content.styled(empty, "$text-muted")
        self.query_one("#note-lines", Static).update(body)
        if follow:
            self.call_after_refresh(self.scroll_end, animate=False, immediate=True)
