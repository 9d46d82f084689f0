"""The review's notes: the list of the session's notes, and under it the one-line editor
of a note's text or a question's answer. The screen gives it the session and opens or
closes the editor; what the mentor enters goes up as ``ReviewNotes.Edited``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import Note, NoteKind, Session
from rmtui.tui import session_view as view
from rmtui.tui.widgets.clean_input import CleanInput

KIND_CYCLE: tuple[NoteKind, ...] = (
    "note",
    "action",
    "question",
    "highlight",
    "mentor-learned",
    "mentee-learned",
)


@dataclass(frozen=True, slots=True)
class Editing:
    """What the editor line is changing: a note's ``text`` or its ``answer``."""

    what: str
    note_id: int


class EditorInput(CleanInput):
    """The one-line editor under the notes; escape puts it away unchanged."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "screen.cancel_edit",
            N_("Cancel"),
            id="review.cancel-edit",
            tooltip=N_("Put the editor away, nothing changed"),
        ),
    ]


class ReviewNotes(Vertical):
    """The notes list and the editor line."""

    class Edited(Message):
        """The mentor entered ``value`` in the editor line, for ``editing``."""

        def __init__(self, editing: Editing, value: str) -> None:
            super().__init__()
            self.editing = editing
            self.value = value

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session: Session | None = None
        self.editing: Editing | None = None

    def compose(self) -> ComposeResult:
        yield OptionList(id="review-notes", classes="panel")
        with Horizontal(id="review-editor"):
            yield Label("", id="review-editor-label")
            yield EditorInput(id="review-editor-input", max_length=4000)

    @property
    def note(self) -> Note | None:
        """The highlighted note."""
        found = self.query("#review-notes")
        if self.session is None or not found:
            return None  # asked by the footer before the list is there, or after
        index = found.only_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.session.notes):
            return None
        return self.session.notes[index]

    def show(self, session: Session, *, land_at: int | None = None) -> None:
        """Show ``session``'s notes, the highlight kept where it was, or on note
        ``land_at`` when it has one."""
        self.session = session
        notes_list = self.query_one("#review-notes", OptionList)
        kept = notes_list.highlighted
        notes_list.set_options(Option(_note_entry(note), id=str(note.id)) for note in session.notes)
        if session.notes:
            notes_list.highlighted = min(kept or 0, len(session.notes) - 1)
        if land_at is not None:
            ids = [note.id for note in session.notes]
            if land_at in ids:
                notes_list.highlighted = ids.index(land_at)
        notes_list.border_title = _notes_title(session)

    def open_editor(self, editing: Editing, label: str, value: str) -> None:
        self.editing = editing
        self.query_one("#review-editor-label", Label).update(label)
        editor = self.query_one("#review-editor-input", EditorInput)
        editor.value = value
        editor.focus()
        editor.cursor_position = len(value)

    def close_editor(self) -> None:
        self.editing = None
        self.query_one("#review-notes").focus()

    @on(Input.Submitted, "#review-editor-input")
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        if self.editing is not None:
            self.post_message(self.Edited(self.editing, event.value))


def _note_entry(note: Note) -> Content:
    line = view.note_line(note)
    if note.kind == "question" and not note.answer:
        line += Content.styled(gettext("  (f3: answer)"), "$text-warning")
    return line


def _notes_title(session: Session) -> str:
    private = sum(1 for n in session.notes if n.private)
    questions = [n for n in session.notes if n.kind == "question"]
    open_questions = sum(1 for n in questions if not n.answer)
    title = messages.TUI_NOTES_TITLE.format(count=len(session.notes))
    if private:
        title += messages.TUI_NOTES_PRIVATE.format(count=private)
    if open_questions:
        title += messages.TUI_NOTES_TO_ANSWER.format(count=open_questions)
    return title
