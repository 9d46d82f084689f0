"""The short review after a session: fix the notes, answer questions, reflect, done.

Edit or delete notes, make them private, mark actions (the `!` notes), answer the
mentee's `?` questions (the answers go into the recap), and write a private reflection
(what went well, what was hard; it never leaves the workspace). Every change is one
write in the serial worker, followed by a fresh read of the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.widgets import Footer, Header, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from rmtui.core import messages
from rmtui.core.clock import format_elapsed
from rmtui.core.live import driven_total
from rmtui.core.model import Note, NoteKind, Session
from rmtui.core.refs import SessionRef
from rmtui.core.text import one_line
from rmtui.service.sessions import SessionService
from rmtui.tui import session_view as view
from rmtui.tui.commands import Command
from rmtui.tui.literal import literal_line
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.serial import Job, JobFinished, SerialJobs
from rmtui.tui.widgets.clean_input import CleanInput
from rmtui.tui.widgets.session_side import AgendaPanel

if TYPE_CHECKING:
    pass

NARROW = 100
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
            "Cancel",
            id="review.cancel-edit",
            tooltip="Put the editor away, nothing changed",
        ),
    ]


def _binding(keys: str, action: str, label: str, tooltip: str, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"review.{action}", tooltip=tooltip, show=show)


class ReviewScreen(RmtuiScreen[None]):
    """State classes: -loading, -editing, -narrow."""

    AUTO_FOCUS = "#review-notes"
    SESSION_SCREEN = True  # see session_nav.in_session

    BINDINGS: ClassVar[list[BindingType]] = [
        _binding("e", "edit", "Edit", "Edit the highlighted note's text (Enter too)"),
        _binding("a", "answer", "Answer", "Answer the mentee's question (goes into the recap)"),
        _binding(
            "p", "private", "Private", "Private on/off: private notes never leave the workspace"
        ),
        _binding("exclamation_mark", "action", "Action", "Action on/off (a `!` note)"),
        _binding(
            "k", "kind", "Kind", "Next kind: note, action, question, highlight, learned", show=False
        ),
        _binding("delete,d", "delete", "Delete", "Delete the highlighted note"),
        _binding("ctrl+s", "save_reflection", "Save", "Save the reflection now", show=False),
        _binding("f10,escape", "done", "Done", "Save the reflection and close the review"),
    ]

    def __init__(self, ref: SessionRef) -> None:
        super().__init__()
        self.ref = ref
        self.session: Session | None = None
        self.mentee = ""
        self.editing: Editing | None = None
        self._jobs = SerialJobs(self, "review")
        self._finishing = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-body"):
            with Vertical(id="review-main"):
                yield OptionList(id="review-notes", classes="panel")
                with Horizontal(id="review-editor"):
                    yield Label("", id="review-editor-label")
                    yield EditorInput(id="review-editor-input", max_length=4000)
            with Vertical(id="review-side"):
                yield Static(id="review-summary", classes="panel")
                yield AgendaPanel(id="review-agenda", classes="panel")
                yield TextArea(
                    id="review-reflection",
                    classes="panel",
                    soft_wrap=True,
                    show_line_numbers=False,
                    placeholder=messages.TUI_REVIEW_REFLECTION_HINT,
                )
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.TUI_REVIEW_TITLE
        self.sub_title = str(self.ref)
        self.query_one("#review-notes").border_title = "Notes"
        self.query_one("#review-summary").border_title = "Session"
        self.query_one("#review-agenda").border_title = "Agenda · actual/planned min"
        self.query_one("#review-reflection").border_title = "Private reflection"
        self.add_class("-loading")
        self._jobs.submit(Job(self._read, self._loaded, self._failed))

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    def on_unmount(self) -> None:
        self._jobs.close()

    # --- reading and showing -------------------------------------------------------------

    def _read(self) -> tuple[Session, str]:
        session = self.service.get(self.ref)
        try:
            mentee = self.service.workspace.tandem(self.ref.tandem_id).mentee
        except Exception:  # the review works without the name
            mentee = self.ref.tandem_id
        return session, mentee

    def _loaded(self, loaded: tuple[Session, str]) -> None:
        session, self.mentee = loaded
        self.query_one("#review-reflection", TextArea).text = session.reflection
        self._show(session)

    def _show(self, session: Session) -> None:
        self.session = session
        self.remove_class("-loading")
        self.sub_title = one_line(f"{self.mentee} · session {session.n} · {session.title}")
        notes_list = self.query_one("#review-notes", OptionList)
        kept = notes_list.highlighted
        notes_list.set_options(
            Option(self._note_entry(note), id=str(note.id)) for note in session.notes
        )
        if session.notes:
            notes_list.highlighted = min(kept or 0, len(session.notes) - 1)
        notes_list.border_title = self._notes_title(session)
        self.query_one("#review-summary", Static).update(summary_lines(session))
        at = session.clock.banked
        self.query_one("#review-agenda", AgendaPanel).show(view.agenda_lines(session, at))
        self.refresh_bindings()

    def _note_entry(self, note: Note) -> Content:
        line = view.note_line(note)
        if note.kind == "question" and not note.answer:
            line += Content.styled("  (a: answer)", "$text-warning")
        return line

    def _notes_title(self, session: Session) -> str:
        private = sum(1 for n in session.notes if n.private)
        questions = [n for n in session.notes if n.kind == "question"]
        open_questions = sum(1 for n in questions if not n.answer)
        title = f"Notes · {len(session.notes)}"
        if private:
            title += f" · {private} private"
        if open_questions:
            title += f" · {open_questions} to answer"
        return title

    def _failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)) or type(error).__name__, severity="error", markup=False)
        if self.session is None:
            self.dismiss(None)

    @on(JobFinished)
    def _job_finished(self, message: JobFinished) -> None:
        message.stop()
        message.deliver()

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
        if action in NOTE_ACTIONS:
            notes_focused = self.focused is self.query_one("#review-notes")
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
            "Delete",
            "Keep",
        )
        self.app.push_screen(modal, partial(self._delete_answered, note.id))

    def _delete_answered(self, note_id: int, yes: bool | None) -> None:
        if yes:
            self._write(lambda svc, ref: svc.delete_note(ref, note_id))

    # --- the editor line -----------------------------------------------------------------

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
            self._open_editor(Editing("answer", note.id), "Answer", note.answer)

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

    # --- reflection and done -------------------------------------------------------------

    def _reflection_changed(self) -> bool:
        text = self.query_one("#review-reflection", TextArea).text
        return self.session is not None and text.strip() != self.session.reflection

    def action_save_reflection(self) -> None:
        text = self.query_one("#review-reflection", TextArea).text
        self._jobs.submit(
            Job(partial(self.service.set_reflection, self.ref, text), self._show, self._failed)
        )

    def action_done(self) -> None:
        """Save the reflection, turn notes marked in the review into records, close."""
        if self._finishing:
            return
        self._finishing = True
        text = self.query_one("#review-reflection", TextArea).text
        changed = self._reflection_changed()

        def run() -> None:
            if changed:
                self.service.set_reflection(self.ref, text)
            self.service.finish_review(self.ref)

        self._jobs.submit(Job(run, lambda _: self._close(), self._not_done))

    def _not_done(self, error: Exception) -> None:
        self._finishing = False  # stay: nothing typed in the review is lost
        self._failed(error)

    def _close(self) -> None:
        self.rmtui.reload_workspace()
        self.notify(messages.TUI_REVIEW_DONE, markup=False)
        self.dismiss(None)

    def palette_commands(self) -> Iterable[Command]:
        offers: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("edit", "note: edit", "Edit the highlighted note", self.action_edit),
            ("answer", "note: answer", "Answer the highlighted question", self.action_answer),
            (
                "private",
                "note: private on/off",
                "Private notes never leave the workspace",
                self.action_private,
            ),
            (
                "action",
                "note: action on/off",
                "Make it an action, or a plain note again",
                self.action_action,
            ),
            ("kind", "note: next kind", "Cycle the note's kind", self.action_kind),
            ("delete", "note: delete", "Delete the highlighted note", self.action_delete),
        ]
        for action, title, help_text, run in offers:
            if self.check_action(action, ()):
                yield Command(title, help_text, run)
        yield Command("review: done", "Save the reflection and close the review", self.action_done)


def summary_lines(session: Session) -> Content:
    """Duration, items, who drove, and what the notes hold."""
    at = session.clock.banked
    items = session.items
    done = sum(1 for i in items if i.done)
    skipped = sum(1 for i in items if i.skipped)
    notes = session.notes
    kinds = {kind: sum(1 for n in notes if n.kind == kind) for kind in KIND_CYCLE}
    answered = sum(1 for n in notes if n.kind == "question" and n.answer)
    share = round(100 * driven_total(session, at) / at) if at >= 1 else 0
    lines = [
        Content.assemble(("Duration ", "$text-muted"), (format_elapsed(at), "bold")),
        Content.assemble(
            ("Items ", "$text-muted"),
            f"{done}/{len(items)} done" + (f", {skipped} skipped" if skipped else ""),
        ),
        Content.assemble(("Mentee drove ", "$text-muted"), f"{share}%"),
        Content.assemble(
            ("Notes ", "$text-muted"),
            f"{len(notes)}: {_count(kinds['action'], 'action')}, "
            f"{_count(kinds['question'], 'question')} ({answered} answered), "
            f"{_count(kinds['highlight'], 'highlight')}",
        ),
        Content.assemble(
            ("Learned ", "$text-muted"),
            f"you {kinds['mentor-learned']}, mentee {kinds['mentee-learned']}",
        ),
    ]
    return Content("\n").join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
