"""The review's changes to the notes: private on/off, action on/off, the next kind,
delete, and the one-line editor for a note's text or a question's answer. Every change is
one write in the serial worker, followed by a fresh read of the session (``ReviewScreen``
builds on this class).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Input, Label, OptionList

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import Note, NoteKind, Session
from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.tui import session_view as view
from rmtui.tui.literal import literal_line
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.serial import Job, SerialJobs
from rmtui.tui.widgets.clean_input import CleanInput

KIND_CYCLE: tuple[NoteKind, ...] = (
    "note",
    "action",
    "question",
    "highlight",
    "mentor-learned",
    "mentee-learned",
)
NOTE_ACTIONS = frozenset({"edit", "answer", "private", "action", "kind", "delete"})


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


class ReviewNotes(RmtuiScreen[None]):
    """The review's state and its note actions; ``_show`` shows the session read again,
    ``_failed`` reports a write that did not happen."""

    def __init__(self, ref: SessionRef) -> None:
        super().__init__()
        self.ref = ref
        self.session: Session | None = None
        self.mentee = ""
        self.editing: Editing | None = None
        self._jobs = SerialJobs(self, "review")
        self._finishing = False

    def _show(self, session: Session) -> None:
        raise NotImplementedError

    def _failed(self, error: Exception) -> None:
        raise NotImplementedError

    # --- changing notes ------------------------------------------------------------------

    @property
    def note(self) -> Note | None:
        """The highlighted note."""
        if self.session is None:
            return None
        index = self.query_one("#review-notes", OptionList).highlighted
        if index is None or not 0 <= index < len(self.session.notes):
            return None
        return self.session.notes[index]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        notes_focused = self.focused is self.query_one("#review-notes")
        if action == "reflect":
            return self.editing is None and notes_focused
        if action == "to_notes":
            return self.editing is None and not notes_focused
        if action == "save_reflection":  # the footer has no room for it on the notes
            return self.focused is self.query_one("#review-reflection")
        if action in NOTE_ACTIONS:
            note = self.note
            if not notes_focused or note is None or self.editing is not None:
                return False
            if action == "answer":
                return note.kind == "question"
        return True

    def _write(self, change: Callable[[SessionService, SessionRef], object]) -> None:
        """Run ``change`` in the worker, then show the session as it is on disk."""

        def run() -> Session:
            change(self.service, self.ref)
            return self.service.get(self.ref)

        self._jobs.submit(Job(run, self._show, self._failed))

    def action_private(self) -> None:
        note = self.note
        if note is not None:
            self._write(lambda svc, ref: svc.toggle_private(ref, note.id))

    def action_action(self) -> None:
        note = self.note
        if note is not None:
            kind: NoteKind = "note" if note.kind == "action" else "action"
            self._write(lambda svc, ref: svc.update_note(ref, note.id, kind=kind))

    def action_kind(self) -> None:
        note = self.note
        if note is not None:
            kind = KIND_CYCLE[(KIND_CYCLE.index(note.kind) + 1) % len(KIND_CYCLE)]
            self._write(lambda svc, ref: svc.update_note(ref, note.id, kind=kind))

    def action_delete(self) -> None:
        note = self.note
        if note is None:
            return
        body = Content.assemble(
            (f"{view.stamp(note.elapsed)} ", "$text-muted"), literal_line(note.text)
        )
        modal = ConfirmModal(
            messages.TUI_REVIEW_DELETE_TITLE,
            body,
            messages.TUI_REVIEW_DELETE_QUESTION,
            gettext("Delete"),
            gettext("Keep"),
        )
        self.app.push_screen(modal, partial(self._delete_answered, note.id))

    def _delete_answered(self, note_id: int, yes: bool | None) -> None:
        if yes:
            self._write(lambda svc, ref: svc.delete_note(ref, note_id))

    # --- the editor line -----------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#review-notes")
    def _highlighted(self) -> None:
        self.refresh_bindings()  # Answer is for questions only

    @on(OptionList.OptionSelected, "#review-notes")
    def _selected(self) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        note = self.note
        if note is not None:
            self._open_editor(
                Editing("text", note.id), f"Note {view.stamp(note.elapsed)}", note.text
            )

    def action_answer(self) -> None:
        note = self.note
        if note is not None and note.kind == "question":
            self._open_editor(Editing("answer", note.id), gettext("Answer"), note.answer)

    def _open_editor(self, editing: Editing, label: str, value: str) -> None:
        self.editing = editing
        self.add_class("-editing")
        self.query_one("#review-editor-label", Label).update(label)
        editor = self.query_one("#review-editor-input", EditorInput)
        editor.value = value
        editor.focus()
        editor.cursor_position = len(value)
        self.refresh_bindings()

    def action_cancel_edit(self) -> None:
        self.editing = None
        self.remove_class("-editing")
        self.query_one("#review-notes").focus()
        self.refresh_bindings()

    @on(Input.Submitted, "#review-editor-input")
    def _edited(self, event: Input.Submitted) -> None:
        editing = self.editing
        if editing is None:
            return
        value = event.value
        if editing.what == "answer":
            self._write(lambda svc, ref: svc.answer_question(ref, editing.note_id, value))
        elif value.strip():
            self._write(lambda svc, ref: svc.update_note(ref, editing.note_id, text=value))
        else:
            self.app.bell()
            return
        self.action_cancel_edit()
