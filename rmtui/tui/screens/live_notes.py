"""The live screen's notes on their way to the disk: Enter reads the clock and shows the
note as saving, one job in the serial worker writes it, and it shows as saved when it is
durable, or stays in the log marked unsaved with the reason until it is tried again.
"""

from __future__ import annotations

from functools import partial

from textual import on

from rmtui.core import capture, messages
from rmtui.core.errors import WriteUncertain
from rmtui.core.model import Note
from rmtui.core.text import one_line
from rmtui.tui import session_view as view
from rmtui.tui.screens.live_display import LiveDisplay
from rmtui.tui.serial import Job
from rmtui.tui.widgets.note_input import NoteInput
from rmtui.tui.widgets.note_log import NoteLog


class LiveNotes(LiveDisplay):
    """Saving the notes typed on the live screen, and saving the failed ones again."""

    @on(NoteInput.Entered)
    def _entered(self, event: NoteInput.Entered) -> None:
        at = self._clock.elapsed if self._clock is not None else 0.0
        line = event.line
        if not line.strip():
            return
        typed = capture.parse(line)
        if not typed.text.strip():
            event.give_back()  # nothing lost: a lone prefix waits for its text
            self.app.bell()
            self.notify(messages.TUI_LIVE_EMPTY_NOTE, markup=False)
            return
        draft = view.Draft(key=next(self._keys), line=line, at=at, typed=typed)
        self.drafts.append(draft)
        self._show_log()
        self.query_one(NoteLog).follow()  # the mentor's own note is always in sight
        self._save(draft)

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
