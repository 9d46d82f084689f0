"""The live screen's keys and what they do: the clock, the agenda items, who drives,
stop and leave. Every change is one job in the serial worker, and the session it returns
is shown; the clock on screen pauses or runs at once, the disk follows in a moment.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Input

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.i18n import N_, gettext
from rmtui.core.live import LIVE
from rmtui.core.model import Session
from rmtui.core.refs import SessionRef
from rmtui.core.text import one_line
from rmtui.service.sessions import SessionService
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.modals.stop import StopModal
from rmtui.tui.screens.live_display import LiveDisplay
from rmtui.tui.serial import Job
from rmtui.tui.widgets.note_log import NoteLog


def _binding(keys: str, action: str, label: str, tooltip: str, *, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"live.{action}", tooltip=tooltip, show=show)


class LiveControls(LiveDisplay):
    """The live screen's bindings, which of them apply now, and their actions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _binding(
            "f5,ctrl+r", "pause", N_("Pause"), N_("Pause the clock (notes can still be typed)")
        ),
        _binding("f5,ctrl+r", "resume", N_("Resume"), N_("Run the clock again")),
        _binding("f5,ctrl+r", "start", N_("Start"), N_("Start the clock: the session begins")),
        _binding("f6,ctrl+b", "previous_item", N_("Prev"), N_("Back to the previous agenda item")),
        _binding("f7,ctrl+n", "next_item", N_("Next"), N_("On to the next agenda item")),
        _binding("f8,ctrl+o", "done", N_("Done"), N_("Mark this item done and move on")),
        _binding("f4,ctrl+g", "skip", N_("Skip"), N_("Mark this item skipped and move on")),
        _binding(
            "f9,ctrl+t",
            "drives",
            N_("Drives"),
            N_("Who drives: the mentee at the keyboard, or talk and demo (minutes are counted)"),
        ),
        _binding("f10,ctrl+s", "stop", N_("Stop"), N_("End the session and review its notes")),
        _binding(
            "ctrl+y", "retry", N_("Retry"), N_("Save the notes that could not be saved again")
        ),
        _binding("f3", "checkin", N_("Homework"), messages.TUI_CHECKIN_OPEN, show=False),
        _binding(
            "escape",
            "leave",
            N_("Leave"),
            N_("Back to the previous screen; the session goes on (s brings you back)"),
        ),
        # The input keeps the focus: the log scrolls from here (priority: the input would
        # take page up and down for itself).
        Binding(
            "pageup",
            "scroll_notes(0, -1)",
            N_("Notes: page back"),
            id="live.notes-page-up",
            tooltip=N_("Scroll the notes a page back; the input keeps the focus"),
            show=False,
            priority=True,
        ),
        Binding(
            "pagedown",
            "scroll_notes(0, 1)",
            N_("Notes: page on"),
            id="live.notes-page-down",
            tooltip=N_("Scroll the notes a page on; at the end they follow the newest again"),
            show=False,
            priority=True,
        ),
        Binding(
            "shift+up",
            "scroll_notes(-1, 0)",
            N_("Notes: line back"),
            id="live.notes-line-up",
            tooltip=N_("Scroll the notes a line back; the input keeps the focus"),
            show=False,
        ),
        Binding(
            "shift+down",
            "scroll_notes(1, 0)",
            N_("Notes: line on"),
            id="live.notes-line-down",
            tooltip=N_("Scroll the notes a line on; at the end they follow the newest again"),
            show=False,
        ),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        status = self.session.status if self.session else None
        if action == "pause":
            return status == "running"
        if action == "resume":
            return status == "paused"
        if action == "start":
            return status == "planned"
        if action in ("previous_item", "next_item", "done", "skip", "drives", "stop"):
            return status in LIVE
        if action == "retry":
            return bool(self.unsaved)
        return True

    # --- the clock, the items, who drives ------------------------------------------------

    def _change(self, step: Callable[[SessionService, SessionRef], Session]) -> None:
        run = partial(step, self.service, self.ref)
        self._jobs.submit(Job(run, self._apply, self._change_failed))

    def _change_failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)), severity="error", markup=False, timeout=8)
        # Show what the disk holds now (another process may have changed it).
        self._jobs.submit(Job(partial(self.service.get, self.ref), self._apply))

    def action_pause(self) -> None:
        if self._clock is not None:
            self._clock.pause()  # the display stops now; the disk follows in a moment
        self._change(SessionService.pause)

    def action_resume(self) -> None:
        if self._clock is not None:
            self._clock.start()
        self._change(SessionService.resume)

    def action_start(self) -> None:
        if self._clock is not None:
            self._clock.start()
        self._change(SessionService.start)

    def action_previous_item(self) -> None:
        self._change(SessionService.previous_item)

    def action_next_item(self) -> None:
        self._change(SessionService.next_item)

    def action_done(self) -> None:
        self._change(lambda svc, ref: svc.mark_item(ref, how="done", advance=True))

    def action_skip(self) -> None:
        self._change(lambda svc, ref: svc.mark_item(ref, how="skipped", advance=True))

    def action_drives(self) -> None:
        self._change(SessionService.toggle_driving)

    def action_scroll_notes(self, lines: int, pages: int) -> None:
        self.query_one(NoteLog).scroll_by(lines, pages)

    # --- homework -------------------------------------------------------------------------

    def action_checkin(self) -> None:
        from rmtui.tui.modals.checkin import CheckinModal  # loaded when first asked for

        self.app.push_screen(
            CheckinModal(self.rmtui.services.tandems, self.ref.tandem_id, self.ref.n)
        )

    # --- stop and leave ------------------------------------------------------------------

    def action_stop(self) -> None:
        body = Content("\n\n").join(
            c for c in (Content(messages.TUI_LIVE_STOP_BODY), self._unsaved_warning()) if c
        )
        self.app.push_screen(StopModal(body), self._stop_answered)

    def _stop_answered(self, yes: bool | None) -> None:
        if not yes:
            return
        self._leaving = True
        self._jobs.submit(
            Job(partial(self.service.stop, self.ref), self._stopped, self._not_stopped)
        )

    def _stopped(self, session: Session) -> None:
        self.session = session
        self._open_review()

    def _not_stopped(self, error: Exception) -> None:
        self._leaving = False
        self._change_failed(error)

    def action_leave(self) -> None:
        if not self.unsaved:
            self._leave(True)
            return
        modal = ConfirmModal(
            messages.TUI_LIVE_LEAVE_TITLE,
            self._unsaved_warning(messages.TUI_LIVE_LEAVE_KEEPS),
            messages.TUI_LIVE_LEAVE_QUESTION,
            gettext("Leave"),
            gettext("Stay"),
        )
        self.app.push_screen(modal, self._leave)

    def _leave(self, yes: bool | None) -> None:
        if not yes:
            return
        typed = self.query_one("#note-input", Input).value
        if typed.strip():
            self._typed.setdefault(self.app, {})[self.ref] = typed
        kept = [(d.line, d.at) for d in self.unsaved]
        if kept:  # never lost by leaving: kept as a quit keeps them (off the event loop)
            keep = partial(_keep_left, self.app, self.service, self.ref, kept)
            self.app.run_worker(keep, thread=True, group="leave-keep", exit_on_error=False)
        self._leaving = True
        self.dismiss(None)


def _keep_left(
    app: App[Any], svc: SessionService, ref: SessionRef, notes: list[tuple[str, float]]
) -> None:
    """Keep the notes a left live screen could not save in a recovery file; say where."""
    try:
        path = svc.keep_unsaved(ref, notes)
    except (RmtuiError, OSError) as exc:
        reason = one_line(str(exc)) or type(exc).__name__
        said = messages.TUI_LEAVE_KEEP_FAILED.format(reason=reason)
        app.call_from_thread(app.notify, said, severity="error", markup=False, timeout=10)
        return
    said = messages.TUI_QUIT_KEPT.format(len(notes), path=path)
    app.call_from_thread(app.notify, said, markup=False, timeout=10)
