"""The live screen's notes on their way to the disk: Enter reads the clock and shows the
note as saving, one job in the serial worker writes it, and it shows as saved when it is
durable, or stays in the log marked unsaved with the reason until it is tried again.
A long note is written in the mentor's own editor (f11): the app steps aside while it
runs, and the note is stamped with the clock as it was when the key was pressed.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import on
from textual.app import SuspendNotSupported
from textual.binding import Binding, BindingType

from rmtui.core import capture, messages
from rmtui.core.errors import RmtuiError, WriteUncertain
from rmtui.core.i18n import N_
from rmtui.core.model import Note
from rmtui.core.text import one_line
from rmtui.tui import session_view as view
from rmtui.tui.screens.live_display import LiveDisplay
from rmtui.tui.serial import Job
from rmtui.tui.widgets.note_input import NoteInput
from rmtui.tui.widgets.note_log import NoteLog


class LiveNotes(LiveDisplay):
    """Saving the notes typed on the live screen, and saving the failed ones again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f11,ctrl+l",
            "long_note",
            N_("Long note"),
            id="live.long_note",
            tooltip=N_(
                "Write a long note in your editor ($VISUAL or $EDITOR); what you typed so "
                "far comes along, the note keeps the time of this key"
            ),
            show=False,  # 80 columns keep skip and leave; help (f1) lists it
        ),
    ]

    @on(NoteInput.Entered)
    def _entered(self, event: NoteInput.Entered) -> None:
        at = self._clock.elapsed if self._clock is not None else 0.0
        line = event.line
        if not line.strip():
            return
        if not self._submit(line, at):
            event.give_back()  # nothing lost: a lone prefix waits for its text

    def action_long_note(self) -> None:
        """The note input's text in the mentor's editor; saved as one note on close."""
        from rmtui.service.editor import edit_in  # only this key pays for it

        at = self._clock.elapsed if self._clock is not None else 0.0
        note_input = self.query_one(NoteInput)
        folder = self.rmtui.services.workspace.root
        try:
            with self.app.suspend():
                text = edit_in(folder, note_input.value)
        except SuspendNotSupported:
            self.notify(messages.TUI_NO_EDITOR_HERE, severity="warning", markup=False)
            return
        except RmtuiError as exc:
            self.notify(one_line(str(exc)), severity="error", markup=False, timeout=8)
            return
        if not text:
            self.notify(messages.EDITOR_EMPTY, severity="warning", markup=False)
            return
        if self._submit(text, at):
            note_input.value = ""

    def _submit(self, line: str, at: float) -> bool:
        """Show ``line`` as saving and save it; False (and a bell) when it has no text."""
        typed = capture.parse(line)
        if not typed.text.strip():
            self.app.bell()
            self.notify(messages.TUI_LIVE_EMPTY_NOTE, markup=False)
            return False
        draft = view.Draft(key=next(self._keys), line=line, at=at, typed=typed)
        self.drafts.append(draft)
        self._show_log()
        self.query_one(NoteLog).follow()  # the mentor's own note is always in sight
        self._save(draft)
        return True

    def _save(self, draft: view.Draft) -> None:
        draft.state, draft.reason = "pending", ""
        run = partial(self._write, draft)
        self._jobs.submit(Job(run, partial(self._saved, draft), partial(self._not_saved, draft)))

    def _write(self, draft: view.Draft) -> Note:
        """Save ``draft`` (in the serial worker, like the poll). When the file was as the
        screen last read it, the poll skips the file this save wrote: the screen adds the
        note itself (``_saved``), so reading the file again would show nothing new."""
        saved = self.service.save_note(self.ref, draft.line, at=draft.at)
        if saved.before is not None and saved.before == self._seen:
            self._seen = saved.after
        return saved.note

    def _saved(self, draft: view.Draft, note: Note) -> None:
        if draft in self.drafts:
            self.drafts.remove(draft)
        if self.session is not None and all(n.id != note.id for n in self.session.notes):
            self.session.notes.append(note)
        self._show_log()
        self.refresh_bindings()

    def _not_saved(self, draft: view.Draft, error: Exception) -> None:
        if isinstance(error, WriteUncertain):
            # The note is in its file; only the disk's word on it is in doubt. Marked
            # unsaved, a retry would save it twice: it leaves the drafts (the file watch
            # shows it back as saved) and the mentor hears what the disk said.
            if draft in self.drafts:
                self.drafts.remove(draft)
            self._show_log()
            self.refresh_bindings()
            self.notify(one_line(str(error)), severity="warning", markup=False, timeout=10)
            return
        draft.state, draft.reason = "unsaved", one_line(str(error)) or type(error).__name__
        self._show_log()
        self.refresh_bindings()
        self.notify(
            messages.TUI_LIVE_NOT_SAVED.format(reason=draft.reason),
            severity="error",
            markup=False,
            timeout=10,
        )

    def action_retry(self) -> None:
        for draft in self.unsaved:
            self._save(draft)
        self._show_log()
        self.refresh_bindings()
