"""The live session's log of timed notes: saved, saving, and those that failed to save."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from rmtui.core import messages
from rmtui.core.live_session import Draft
from rmtui.core.model import Note
from rmtui.tui import session_view as view


class NoteLog(VerticalScroll):
    """Notes in clock order, anchored to the newest: the layout keeps it at the end however
    tall a note is. Scrolling back releases the anchor until the end is reached again or
    ``follow`` is called (the mentor entered a note)."""

    can_focus = False

    def compose(self) -> ComposeResult:
        yield Static(id="note-lines")

    def on_mount(self) -> None:
        self.anchor()

    def show(self, lines: list[Content], empty: str) -> None:
        body = Content("\n").join(lines) if lines else Content.styled(empty, "$text-muted")
        self.query_one("#note-lines", Static).update(body)

    def show_notes(self, notes: list[Note], drafts: list[Draft]) -> None:
        """The saved ``notes`` and the ``drafts`` on their way, counted in the title."""
        self.show(view.log_lines(notes, drafts), messages.TUI_LIVE_NO_NOTES)
        title = messages.TUI_NOTES_TITLE.format(count=len(notes))
        unsaved = sum(1 for d in drafts if d.state == "unsaved")
        if unsaved:
            title += messages.TUI_NOTES_NOT_SAVED.format(count=unsaved)
        self.border_title = title

    def follow(self) -> None:
        """Back to the newest note, and stay there."""
        self.anchor()

    def scroll_by(self, lines: int = 0, pages: int = 0) -> None:
        """Scroll back (negative) or on; reaching the end follows the newest note again."""
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_relative(y=lines + pages * height, animate=False, immediate=True)
