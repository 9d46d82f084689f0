"""The short review after a session: fix the notes, answer questions, reflect, done.

Edit or delete notes, make them private, mark actions (the `!` notes), answer the
mentee's `?` questions (the answers go into the recap), and write a private reflection
(what went well, what was hard; it never leaves the workspace). Every change is one
write in the serial worker, followed by a fresh read of the session. The note actions
and the editor line are in ``review_notes``, the summary panel in ``review_summary``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Key, Resize
from textual.widgets import Header, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import Note, Session
from rmtui.core.refs import SessionRef
from rmtui.core.text import one_line
from rmtui.tui import session_view as view
from rmtui.tui.commands import Command
from rmtui.tui.screens.review_notes import (
    KIND_CYCLE,
    NOTE_ACTIONS,
    Editing,
    EditorInput,
    ReviewNotes,
)
from rmtui.tui.screens.review_summary import summary_lines
from rmtui.tui.serial import Job, JobFinished
from rmtui.tui.widgets.session_footer import SessionFooter
from rmtui.tui.widgets.session_side import AgendaPanel

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


def _binding(keys: str, action: str, label: str, tooltip: str, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"review.{action}", tooltip=tooltip, show=show)


class ReviewScreen(ReviewNotes):
    """State classes: -loading, -editing, -narrow."""

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
        super().__init__(ref)
        self._land_at = note

    # What the export opens on from here: this session's recap (f9), or the mentee's
    # cheat sheet (the palette's "export: cheat sheet").
    export_kind = "session"

    @property
    def recap_ref(self) -> SessionRef:
        """The session the export opens on (its recap), when opened from here."""
        return self.ref

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
        yield SessionFooter()

    def on_mount(self) -> None:
        self.title = messages.TUI_REVIEW_TITLE
        self.sub_title = str(self.ref)
        self.query_one("#review-notes").border_title = gettext("Notes")
        self.query_one("#review-summary").border_title = gettext("Session")
        self.query_one("#review-agenda").border_title = gettext("Agenda · actual/planned min")
        self.query_one("#review-reflection").border_title = gettext("Private reflection")
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
            mentee = self.rmtui.services.tandems.tandem(self.ref.tandem_id).mentee
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
        self.sub_title = view.heading(self.mentee, f"session {session.n}", session.title)
        notes_list = self.query_one("#review-notes", OptionList)
        kept = notes_list.highlighted
        notes_list.set_options(
            Option(self._note_entry(note), id=str(note.id)) for note in session.notes
        )
        if session.notes:
            notes_list.highlighted = min(kept or 0, len(session.notes) - 1)
        if self._land_at is not None:
            ids = [note.id for note in session.notes]
            if self._land_at in ids:
                notes_list.highlighted = ids.index(self._land_at)
            self._land_at = None
        notes_list.border_title = self._notes_title(session)
        self.query_one("#review-summary", Static).update(summary_lines(session))
        at = session.clock.banked
        self.query_one("#review-agenda", AgendaPanel).show(view.agenda_lines(session, at))
        self.refresh_bindings()

    def _note_entry(self, note: Note) -> Content:
        line = view.note_line(note)
        if note.kind == "question" and not note.answer:
            line += Content.styled(gettext("  (f3: answer)"), "$text-warning")
        return line

    def _notes_title(self, session: Session) -> str:
        private = sum(1 for n in session.notes if n.private)
        questions = [n for n in session.notes if n.kind == "question"]
        open_questions = sum(1 for n in questions if not n.answer)
        title = messages.TUI_NOTES_TITLE.format(count=len(session.notes))
        if private:
            title += messages.TUI_NOTES_PRIVATE.format(count=private)
        if open_questions:
            title += messages.TUI_NOTES_TO_ANSWER.format(count=open_questions)
        return title

    def _failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)) or type(error).__name__, severity="error", markup=False)
        if self.session is None:
            self.dismiss(None)

    @on(JobFinished)
    def _job_finished(self, message: JobFinished) -> None:
        message.stop()
        message.deliver()

    # --- reflection and done -------------------------------------------------------------

    def _reflection_changed(self) -> bool:
        text = self.query_one("#review-reflection", TextArea).text
        return self.session is not None and text.strip() != self.session.reflection

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
        if self.focused is not self.query_one("#review-notes") or not event.is_printable:
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
