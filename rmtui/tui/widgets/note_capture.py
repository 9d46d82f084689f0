"""Where the mentor types during a session: the note input, and above it a line saying
what Enter would save (kind, private or not, the keywords it would carry)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from rmtui.core import capture, messages
from rmtui.core.keywords import KeywordMatcher
from rmtui.tui import session_view as view
from rmtui.tui.widgets.note_input import NoteInput


class NoteCapture(Vertical):
    """The preview line and the note input; Enter posts ``NoteInput.Entered`` up."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.matcher = KeywordMatcher.of(())
        """The tandem's keywords, as the screen knows them (the preview marks them)."""

    def compose(self) -> ComposeResult:
        yield Static(id="capture-preview")
        yield NoteInput(
            placeholder=messages.TUI_LIVE_PLACEHOLDER,
            id="note-input",
            max_length=capture.MAX_NOTE,
            select_on_focus=False,
        )

    @property
    def typed(self) -> str:
        return self.query_one(NoteInput).value

    def restore(self, typed: str) -> None:
        """Put back what was typed when the mentor last left the screen."""
        self.query_one(NoteInput).value = typed
        self._show_preview(typed)

    @on(Input.Changed, "#note-input")
    def _typing(self, event: Input.Changed) -> None:
        self._show_preview(event.value)

    def _show_preview(self, line: str) -> None:
        self.query_one("#capture-preview", Static).update(view.typing_preview(line, self.matcher))
