"""The short review after a session: fix the notes, answer questions, reflect, done.

Edit or delete notes, make them private, mark actions (the `!` notes), answer the
mentee's `?` questions (the answers go into the recap), and write a private reflection
(what went well, what was hard; it never leaves the workspace). Every change is one
write in the serial worker, followed by a fresh read of the session. The screen holds
the keys and the disk work; the notes list with its editor line (``ReviewNotes``) and
the summary with the reflection (``ReviewSide``) draw what they are given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.events import Key, Resize
from textual.geometry import Size
from textual.widgets import Header, OptionList, TextArea

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
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
from rmtui.tui.widgets.review_notes import KIND_CYCLE, Editing, EditorInput, ReviewNotes
from rmtui.tui.widgets.review_side import ReviewSide, summary_lines
from rmtui.tui.widgets.session_footer import SessionFooter

if TYPE_CHECKING:
    from rmtui.service.exports import Rendered

__all__ = [
    "KIND_CYCLE",
    "NARROW",
    "NOTE_ACTIONS",
    "Editing",
    "EditorInput",
    "ReviewScreen",
    "summary_lines",
]

NARROW = 100
NOTE_ACTIONS = frozenset({"edit", "answer", "private", "action", "kind", "delete"})


def _binding(keys: str, action: str, label: str, tooltip: str, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"review.{action}", tooltip=tooltip, show=show)


class ReviewScreen(RmtuiScreen[None]):
    """State classes: -editing, -narrow."""

    AUTO_FOCUS = "#review-notes"
    SESSION_SCREEN = True  # see context.in_session

    ALWAYS_TYPING = True  # letters write the reflection: the app hides its letter keys

    # The mentor writes prose here, so no letter changes a note: note actions are on
    # function keys, and a letter typed on the notes starts the reflection.
    BINDINGS: ClassVar[list[BindingType]] = [
        _binding("f2", "edit", N_("Edit"), N_("Edit the highlighted note's text (Enter too)")),
        _binding(
            "f3", "answer", N_("Answer"), N_("Answer the mentee's question (goes into the recap)")
        ),
        _binding(
            "f4",
            "private",
            N_("Private"),
            N_("Private on/off: private notes never leave the workspace"),
        ),
        _binding("f5", "action", N_("Action"), N_("Action on/off (a `!` note)")),
        _binding(
            "f6",
            "kind",
            N_("Kind"),
            N_("Next kind: note, action, question, highlight, learned"),
            show=False,
        ),
        _binding("delete", "delete", N_("Delete"), N_("Delete the highlighted note")),
        _binding(
            "f8",
            "reflect",
            N_("Reflect"),
            N_("Write your private reflection (typing on the notes starts it too)"),
        ),
        _binding("f8", "to_notes", N_("Notes"), N_("Back to the notes")),  # f6, f7: the text area's
        _binding("ctrl+s", "save_reflection", N_("Save"), N_("Save the reflection now")),
        _binding(
            "f9", "recap", N_("Recap"), N_("Export this session's recap, to send your mentee")
        ),
        _binding(
            "ctrl+l",
            "edit_reflection",
            N_("In editor"),
            N_("Write the reflection in your editor ($VISUAL or $EDITOR); saved when it closes"),
            show=False,
        ),
        _binding(
            "f11,ctrl+o",
            "copy_recap",
            N_("Copy recap"),
            N_(
                "Copy this session's recap (no private notes) to the clipboard, to paste into an "
                "e-mail"
            ),
            show=False,  # 80 columns keep Done and Help; help (f1) lists it
        ),
        _binding("f10,escape", "done", N_("Done"), N_("Save the reflection and close the review")),
    ]

    def __init__(self, ref: SessionRef, *, note: int | None = None) -> None:
        """``note``: the note to highlight once the session is read (a search result)."""
        super().__init__()
        self.ref = ref
        self.session: Session | None = None
        self.mentee = ""
        self._land_at = note
        self._jobs = SerialJobs(self, "review")
        self._finishing = False

    # What the export opens on from here: this session's recap (f9), or the mentee's
    # cheat sheet (the palette's "export: cheat sheet").
    export_kind = "session"

    @property
    def recap_ref(self) -> SessionRef:
        """The session the export opens on (its recap), when opened from here."""
        return self.ref

    def compose(self) -> ComposeResult:
        # The width's state set before the widgets mount styles them as they mount (set
        # after, every widget would be styled again).
        self._fit(self.app.size)
        yield Header()
        with Horizontal(id="review-body"):
            yield ReviewNotes(id="review-main")
            yield ReviewSide(id="review-side")
        yield SessionFooter()

    def on_mount(self) -> None:
        self.title = messages.TUI_REVIEW_TITLE
        self.sub_title = str(self.ref)
        self.query_one("#review-notes").border_title = gettext("Notes")
        self._jobs.submit(Job(self._read, self._loaded, self._failed))

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        self.set_class(size.width < NARROW, "-narrow")

    def on_unmount(self) -> None:
        self._jobs.close()

    # --- reading and showing -------------------------------------------------------------

    def _read(self) -> tuple[Session, str]:
        session = self.service.get(self.ref)
        try:
            mentee = self.rmtui.services.tandems.tandem(self.ref.tandem_id).mentee
        except Exception:  # the review works without the name
            mentee = self.ref.tandem_id
        return session, mentee

    def _loaded(self, loaded: tuple[Session, str]) -> None:
        session, self.mentee = loaded
        self.query_one(ReviewSide).reflection.text = session.reflection
        self._show(session)

    def _show(self, session: Session) -> None:
        """Show ``session`` as read from the disk after a change."""
        self.session = session
        self.sub_title = view.heading(
            self.mentee, messages.EXPORT_SESSION_N.format(n=session.n), session.title
        )
        self.query_one(ReviewNotes).show(session, land_at=self._land_at)
        self._land_at = None
        self.query_one(ReviewSide).show(session)
        self.refresh_bindings()

    def _failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)) or type(error).__name__, severity="error", markup=False)
        if self.session is None:
            self.dismiss(None)

    @on(JobFinished)
    def _job_finished(self, message: JobFinished) -> None:
        message.stop()
        message.deliver()

    # --- reflection and done -------------------------------------------------------------

    def action_reflect(self) -> None:
        reflection = self.query_one("#review-reflection", TextArea)
        reflection.focus()
        reflection.move_cursor(reflection.document.end)

    def action_recap(self) -> None:
        """The export screen, open on this session's recap (see ``recap_ref``); its
        global key is a letter, which types here."""
        self.export_kind = "session"
        self.rmtui.action_open("export")

    def action_copy_recap(self) -> None:
        """This session's recap, as ``rmtui export --kind session`` writes it, to the
        clipboard (OSC 52); logged as shared, like a file."""
        from rmtui.service.exports import ExportRequest  # the exports load when asked for

        exports = self.rmtui.services.exports
        request = ExportRequest((self.ref.tandem_id,), kind="session", session=self.ref.n)

        def run() -> Rendered:
            rendered = exports.render(request)
            exports.copied(rendered)
            return rendered

        self._jobs.submit(Job(run, self._copy, self._failed))

    def _copy(self, rendered: Rendered) -> None:
        self.app.copy_to_clipboard(rendered.text)
        lines = len(rendered.text.splitlines())
        self.notify(messages.EXPORT_TUI_COPIED.format(lines, lines=lines), markup=False)

    def action_cheatsheet(self) -> None:
        """The export screen, open on the mentee's cheat sheet, to send it to them."""
        self.export_kind = "cheatsheet"
        self.rmtui.action_open("export")

    def action_to_notes(self) -> None:
        self.query_one("#review-notes").focus()

    def on_key(self, event: Key) -> None:
        """A letter typed on the notes list writes the reflection, never a note action."""
        if not self._has_focus("review-notes") or not event.is_printable:
            return
        if not event.character:
            return
        event.stop()
        event.prevent_default()
        self.action_reflect()
        self.query_one("#review-reflection", TextArea).insert(event.character)

    def action_edit_reflection(self) -> None:
        """The reflection in the mentor's own editor; saved when the editor closes."""
        from textual.app import SuspendNotSupported

        from rmtui.core.errors import RmtuiError
        from rmtui.service.editor import edit_in  # only this key pays for it

        reflection = self.query_one("#review-reflection", TextArea)
        try:
            with self.app.suspend():
                text = edit_in(self.rmtui.services.workspace.root, reflection.text)
        except SuspendNotSupported:
            self.notify(messages.TUI_NO_EDITOR_HERE, severity="warning", markup=False)
            return
        except RmtuiError as exc:
            self.notify(one_line(str(exc)), severity="error", markup=False, timeout=8)
            return
        if not text:  # an emptied file is no way to clear it by accident
            self.notify(messages.EDITOR_EMPTY, severity="warning", markup=False)
            return
        reflection.text = text
        self.action_save_reflection()

    def action_save_reflection(self) -> None:
        text = self.query_one("#review-reflection", TextArea).text
        self._jobs.submit(
            Job(
                partial(self.service.set_reflection, self.ref, text),
                self._reflection_saved,
                self._failed,
            )
        )

    def _reflection_saved(self, session: Session) -> None:
        self._show(session)
        self.notify(messages.TUI_REVIEW_REFLECTION_SAVED, markup=False)

    def action_done(self) -> None:
        """Save the reflection, turn notes marked in the review into records, close."""
        if self._finishing:
            return
        self._finishing = True
        text = self.query_one("#review-reflection", TextArea).text
        changed = self.query_one(ReviewSide).reflection_changed(self.session)

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

    # --- changing notes ------------------------------------------------------------------

    @property
    def editing(self) -> Editing | None:
        return self.query_one(ReviewNotes).editing

    def _has_focus(self, widget_id: str) -> bool:
        # Asked for every key of the footer: the focused widget's id, not a query.
        focused = self.focused
        return focused is not None and focused.id == widget_id

    @property
    def note(self) -> Note | None:
        """The highlighted note."""
        return self.query_one(ReviewNotes).note

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Asked by the footer at any time, also before the panes are there, or after.
        notes_focused = self._has_focus("review-notes")
        if action == "reflect":
            return self.editing is None and notes_focused
        if action == "to_notes":
            return self.editing is None and not notes_focused
        if action == "save_reflection":  # the footer has no room for it on the notes
            return self._has_focus("review-reflection")
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
                Editing("text", note.id),
                messages.TUI_NOTE_AT.format(stamp=view.stamp(note.elapsed)),
                note.text,
            )

    def action_answer(self) -> None:
        note = self.note
        if note is not None and note.kind == "question":
            self._open_editor(Editing("answer", note.id), gettext("Answer"), note.answer)

    def _open_editor(self, editing: Editing, label: str, value: str) -> None:
        self.add_class("-editing")
        self.query_one(ReviewNotes).open_editor(editing, label, value)
        self.refresh_bindings()

    def action_cancel_edit(self) -> None:
        self.remove_class("-editing")
        self.query_one(ReviewNotes).close_editor()
        self.refresh_bindings()

    @on(ReviewNotes.Edited)
    def _edited(self, event: ReviewNotes.Edited) -> None:
        editing, value = event.editing, event.value
        if editing.what == "answer":
            self._write(lambda svc, ref: svc.answer_question(ref, editing.note_id, value))
        elif value.strip():
            self._write(lambda svc, ref: svc.update_note(ref, editing.note_id, text=value))
        else:
            self.app.bell()
            return
        self.action_cancel_edit()

    def palette_commands(self) -> Iterable[Command]:
        offers: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("edit", N_("note: edit"), N_("Edit the highlighted note"), self.action_edit),
            (
                "answer",
                N_("note: answer"),
                N_("Answer the highlighted question"),
                self.action_answer,
            ),
            (
                "private",
                N_("note: private on/off"),
                N_("Private notes never leave the workspace"),
                self.action_private,
            ),
            (
                "action",
                N_("note: action on/off"),
                N_("Make it an action, or a plain note again"),
                self.action_action,
            ),
            ("kind", N_("note: next kind"), N_("Cycle the note's kind"), self.action_kind),
            ("delete", N_("note: delete"), N_("Delete the highlighted note"), self.action_delete),
        ]
        for action, title, help_text, run in offers:
            if self.check_action(action, ()):
                yield Command(title, help_text, run)
        yield Command(N_("export: cheat sheet"), messages.TUI_SEND_SHEET, self.action_cheatsheet)
        yield Command(N_("reflection: write"), N_("Your private reflection"), self.action_reflect)
        yield Command(
            N_("reflection: save"), N_("Save the reflection now"), self.action_save_reflection
        )
        yield Command(
            N_("review: done"), N_("Save the reflection and close the review"), self.action_done
        )
