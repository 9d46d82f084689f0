"""The live session: a big clock, the agenda, the rules, the keywords, and one input.

The input always has focus, so the mentor types notes while the mentee drives, and every
other key is a function or ctrl key that types nothing. Enter saves at once: the clock is
read at Enter, the note shows as saving, and a worker writes it; it shows as saved when
it is durable, or stays in the log marked unsaved with the reason. All disk work runs in
one serial worker (``SerialJobs``), so a note typed after "next item" lands on the next
item and a reload never overtakes a save. Notes and clock changes from other processes
(``rmtui note add``) are picked up by polling the session file's signature twice a second.

The screen coordinates its parts: the session's state and rules are a ``LiveSession``
(``core.live_session``, no Textual); the side (``LiveSide``), the item under way, the
note log and the input (``NoteCapture``) draw what they are given; the reading of the
disk is a ``LivePoll``. Every change, from a key or from the disk, ends in ``_show``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, ClassVar
from weakref import WeakKeyDictionary

from textual import on
from textual.app import App, ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.geometry import Size
from textual.widgets import Header

from rmtui.core import messages
from rmtui.core.errors import RmtuiError, WriteUncertain
from rmtui.core.i18n import C_, N_, Plural, gettext
from rmtui.core.live_session import Draft, LiveSession
from rmtui.core.model import Note, Session
from rmtui.core.planning import followed_up
from rmtui.core.refs import SessionRef
from rmtui.core.summary import Scan, TandemSummary
from rmtui.core.text import one_line
from rmtui.service.sessions import SessionService
from rmtui.tui import session_view as view
from rmtui.tui.commands import Command
from rmtui.tui.context import OpenReview
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.modals.stop import StopModal
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.screens.live_polling import LivePoll, Loaded
from rmtui.tui.serial import Job, JobFinished, SerialJobs
from rmtui.tui.widgets.live_side import LiveSide
from rmtui.tui.widgets.note_capture import NoteCapture
from rmtui.tui.widgets.note_input import NoteInput
from rmtui.tui.widgets.note_log import NoteLog
from rmtui.tui.widgets.session_footer import SessionFooter
from rmtui.tui.widgets.session_side import CurrentItem

__all__ = ["NARROW", "POLL_SECONDS", "SHORT", "TICK_SECONDS", "LiveScreen", "Loaded"]

POLL_SECONDS = 0.5  # notes from `rmtui note add` show within a second
TICK_SECONDS = 0.25
NARROW = 100
SHORT = 32


def _binding(keys: str, action: str, label: str, tooltip: str, *, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"live.{action}", tooltip=tooltip, show=show)


class LiveScreen(RmtuiScreen[None]):
    """One session under way. State classes: -loading, -narrow, -short."""

    AUTO_FOCUS = "#note-input"
    SESSION_SCREEN = True  # see context.in_session
    ALWAYS_TYPING = True  # the app hides its letter keys here (they type)

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
        _binding(
            "f5,ctrl+r", "pause", N_("Pause"), N_("Pause the clock (notes can still be typed)")
        ),
        _binding("f5,ctrl+r", "resume", N_("Resume"), N_("Run the clock again")),
        _binding("f5,ctrl+r", "start", N_("Start"), N_("Start the clock: the session begins")),
        _binding("f6,ctrl+b", "previous_item", N_("Prev"), N_("Back to the previous agenda item")),
        _binding(
            "f7,ctrl+n",
            "next_item",
            C_("key: next agenda item", "Next"),
            N_("On to the next agenda item"),
        ),
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

    # What the mentor was typing when they left the screen, per session.
    _typed: ClassVar[WeakKeyDictionary[App[Any], dict[SessionRef, str]]] = WeakKeyDictionary()

    def __init__(self, ref: SessionRef, *, start: bool = False) -> None:
        """Show session ``ref``; ``start`` starts its clock first (a planned session)."""
        super().__init__()
        self.ref = ref
        self.live = LiveSession(ref, lambda session: self.service.clock(session), start=start)
        self._jobs = SerialJobs(self, "live-session")
        self._poll: LivePoll | None = None
        self._shown_second = -1

    # --- what the tests and the app read ---------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self.live.session

    @property
    def summary(self) -> TandemSummary | None:
        return self.live.summary

    @property
    def drafts(self) -> list[Draft]:
        return self.live.drafts

    @property
    def unsaved(self) -> list[Draft]:
        return self.live.unsaved

    # --- the parts ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # States set before the widgets mount style them as they mount (set after, every
        # widget would be styled again).
        self.add_class("-loading")
        self._fit(self.app.size)
        yield Header()
        with Horizontal(id="live-body"):
            yield LiveSide(id="live-side")
            with Vertical(id="live-main"):
                yield CurrentItem(id="current", classes="panel")
                yield NoteLog(id="notes", classes="panel")
        yield NoteCapture(id="capture")
        yield SessionFooter()

    def on_mount(self) -> None:
        self.title = messages.TUI_LIVE_TITLE
        self.sub_title = str(self.ref)
        self.query_one("#current").border_title = messages.TUI_PANEL_TITLES["current"]
        self.query_one("#notes").border_title = messages.TUI_PANEL_TITLES["notes"]
        self.query_one(NoteCapture).restore(self._typed.get(self.app, {}).pop(self.ref, ""))
        self._poll = LivePoll(
            self.rmtui, self._jobs, self.ref, changed=self._show, failed=self._poll_failed
        )
        self._poll.first(start=self.live.start, loaded=self._loaded, failed=self._load_failed)
        self.set_interval(TICK_SECONDS, self._tick, name="live-tick")
        self.set_interval(POLL_SECONDS, self._poll_tick, name="live-poll")
        self.watch(self.app, "scan", self._scan_changed, init=False)

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        self.set_states({"-narrow": size.width < NARROW, "-short": size.height < SHORT})

    def on_unmount(self) -> None:
        self._jobs.close()

    @on(JobFinished)
    def _job_finished(self, message: JobFinished) -> None:
        message.stop()
        message.deliver()

    # --- reading the disk ----------------------------------------------------------------

    def _loaded(self, loaded: Loaded) -> None:
        session, summary = loaded
        if summary is not None:
            self._know(summary)
        self._show(session)

    def _load_failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)), severity="error", markup=False, timeout=10)
        if self.live.session is None:
            self.dismiss(None)

    def _poll_tick(self) -> None:
        if self._poll is not None and self.live.session is not None:
            self._poll.poll()

    def _poll_failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)), severity="error", markup=False)

    def _scan_changed(self, scan: Scan | None) -> None:
        if scan is None:
            return
        # The workspace changed: the tandem as its file has it (the scan's summaries
        # count the actions, the follow-ups list them).
        ours = any(s.tandem.id == self.ref.tandem_id for s in scan.summaries)
        if ours and self._poll is not None:
            self._poll.tandem(self._know)

    # --- showing the session -------------------------------------------------------------

    def _show(self, session: Session) -> None:
        """Show ``session`` as read from the disk (by us or by another process)."""
        adopted = self.live.adopt(session)
        if adopted == "ended-elsewhere":
            # Stopped by another process (`rmtui session stop`): on to the review.
            self.notify(messages.TUI_LIVE_STOPPED_ELSEWHERE, markup=False)
            self.post_message(OpenReview(self.ref, replace=True))
        if adopted != "live":
            return
        self.remove_class("-loading")
        self.sub_title = view.heading(
            self.live.mentee, messages.EXPORT_SESSION_N.format(n=session.n), session.title
        )
        self.query_one(LiveSide).show_rules(self.live.rules())
        self._show_current(session)
        self._show_log()
        self._shown_second = -1
        self._tick()
        self.refresh_bindings()

    def _know(self, summary: TandemSummary) -> None:
        """The tandem's keywords, rules and actions, as the app last read them."""
        if not self.live.know(summary):
            return
        self.query_one(NoteCapture).matcher = self.live.matcher
        self._show_keywords()
        if self.live.session is not None:
            self.query_one(LiveSide).show_rules(self.live.rules())
            self._show_current(self.live.session)

    def _show_current(self, session: Session) -> None:
        current = self.query_one(CurrentItem)
        if 0 <= session.current_item < len(session.items):
            item = session.items[session.current_item]
            # The mentee sees this screen: a follow-up shows the non-private actions only.
            actions = self.live.summary.actions if self.live.summary else []
            followed = followed_up(item, actions, shared=True)
            current.show_item(view.current_title(session), view.item_details(item, followed))
        else:
            current.show_item(view.current_title(session), Content(""))

    def _show_keywords(self) -> None:
        live = self.live
        keywords = live.summary.keywords if live.summary else []
        touched = view.touched_keywords(live.notes, live.drafts, live.matcher)
        self.query_one(LiveSide).show_keywords(keywords, touched)

    def _show_log(self) -> None:
        self.query_one(NoteLog).show_notes(self.live.notes, self.live.drafts)
        self._show_keywords()

    def _tick(self) -> None:
        session, clock = self.live.session, self.live.clock
        if session is None or clock is None:
            return
        at = clock.elapsed
        second = int(at)
        if second == self._shown_second:
            return
        self._shown_second = second
        self.query_one(LiveSide).show_time(session, at, running=clock.running)
        text, box = view.timebox_text(session, at)
        self.query_one(CurrentItem).show_timebox(text, box)

    def _unsaved_warning(self, said: Plural | None = None) -> Content:
        """The notes not saved, under ``said`` (a message counting them)."""
        unsaved = self.live.unsaved
        if not unsaved:
            return Content("")
        said = said or messages.TUI_LIVE_UNSAVED_WARNING
        lines = [Content.styled(said.format(len(unsaved)), "bold $text-error")]
        lines += [Content("• ") + view.draft_line(d) for d in unsaved[:5]]
        return Content("\n").join(lines)

    # --- notes on their way to the disk ----------------------------------------------------

    @on(NoteInput.Entered)
    def _entered(self, event: NoteInput.Entered) -> None:
        at = self.live.elapsed
        line = event.line
        if not line.strip():
            return
        if not self._submit(line, at):
            event.give_back()  # nothing lost: a lone prefix waits for its text

    def action_long_note(self) -> None:
        """The note input's text in the mentor's editor; saved as one note on close.
        The app steps aside while the editor runs; the note keeps the clock of the key."""
        from rmtui.service.editor import edit_in  # only this key pays for it

        at = self.live.elapsed
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
        draft = self.live.draft(line, at)
        if draft is None:
            self.app.bell()
            self.notify(messages.TUI_LIVE_EMPTY_NOTE, markup=False)
            return False
        self._show_log()
        self.query_one(NoteLog).follow()  # the mentor's own note is always in sight
        self._save(draft)
        return True

    def _save(self, draft: Draft) -> None:
        run = partial(self._write, draft)
        self._jobs.submit(Job(run, partial(self._saved, draft), partial(self._not_saved, draft)))

    def _write(self, draft: Draft) -> Note:
        """Save ``draft`` (in the serial worker, like the poll)."""
        saved = self.service.save_note(self.ref, draft.line, at=draft.at)
        if self._poll is not None:
            self._poll.wrote(saved.before, saved.after)
        return saved.note

    def _saved(self, draft: Draft, note: Note) -> None:
        self.live.saved(draft, note)
        self._show_log()
        self.refresh_bindings()

    def _not_saved(self, draft: Draft, error: Exception) -> None:
        if isinstance(error, WriteUncertain):
            # The note is in its file; only the disk's word on it is in doubt: the file
            # watch shows it back as saved, and the mentor hears what the disk said.
            self.live.uncertain(draft)
            self._show_log()
            self.refresh_bindings()
            self.notify(one_line(str(error)), severity="warning", markup=False, timeout=10)
            return
        self.live.failed(draft, one_line(str(error)) or type(error).__name__)
        self._show_log()
        self.refresh_bindings()
        self.notify(
            messages.TUI_LIVE_NOT_SAVED.format(reason=draft.reason),
            severity="error",
            markup=False,
            timeout=10,
        )

    def action_retry(self) -> None:
        for draft in self.live.retry():
            self._save(draft)
        self._show_log()
        self.refresh_bindings()

    # --- the keys: which apply now, and what they do --------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.live.allows(action)

    def _change(self, step: Callable[[SessionService, SessionRef], Session]) -> None:
        """One change of the session, as a job in the serial worker; the session it
        returns is shown (the clock on screen has changed already)."""
        run = partial(step, self.service, self.ref)
        self._jobs.submit(Job(run, self._show, self._change_failed))

    def _change_failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)), severity="error", markup=False, timeout=8)
        # Show what the disk holds now (another process may have changed it).
        self._jobs.submit(Job(partial(self.service.get, self.ref), self._show))

    def action_pause(self) -> None:
        self.live.pause_clock()
        self._change(SessionService.pause)

    def action_resume(self) -> None:
        self.live.run_clock()
        self._change(SessionService.resume)

    def action_start(self) -> None:
        self.live.run_clock()
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

    def action_checkin(self) -> None:
        from rmtui.tui.modals.checkin import CheckinModal  # loaded when first asked for

        self.app.push_screen(
            CheckinModal(self.rmtui.services.tandems, self.ref.tandem_id, self.ref.n)
        )

    def action_stop(self) -> None:
        body = Content("\n\n").join(
            c for c in (Content(messages.TUI_LIVE_STOP_BODY), self._unsaved_warning()) if c
        )
        self.app.push_screen(StopModal(body), self._stop_answered)

    def _stop_answered(self, yes: bool | None) -> None:
        if not yes:
            return
        self.live.stopping()
        self._jobs.submit(
            Job(partial(self.service.stop, self.ref), self._stopped, self._not_stopped)
        )

    def _stopped(self, session: Session) -> None:
        self.live.adopt(session)
        self.post_message(OpenReview(self.ref, replace=True))

    def _not_stopped(self, error: Exception) -> None:
        self.live.not_stopped()
        self._change_failed(error)

    def action_leave(self) -> None:
        if not self.live.unsaved:
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
        typed = self.query_one(NoteCapture).typed
        if typed.strip():
            self._typed.setdefault(self.app, {})[self.ref] = typed
        kept = self.live.leave()
        if kept:  # never lost by leaving: kept as a quit keeps them (off the event loop)
            keep = partial(_keep_left, self.app, self.service, self.ref, kept)
            self.app.run_worker(keep, thread=True, group="leave-keep", exit_on_error=False)
        self.dismiss(None)

    # --- the palette ---------------------------------------------------------------------

    def palette_commands(self) -> Iterable[Command]:
        offers: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("pause", N_("session: pause"), N_("Pause the clock"), self.action_pause),
            ("resume", N_("session: resume"), N_("Run the clock again"), self.action_resume),
            (
                "start",
                N_("session: start clock"),
                N_("Start the session's clock"),
                self.action_start,
            ),
            (
                "next_item",
                N_("item: next"),
                N_("On to the next agenda item"),
                self.action_next_item,
            ),
            (
                "previous_item",
                N_("item: previous"),
                N_("Back to the previous item"),
                self.action_previous_item,
            ),
            (
                "done",
                N_("item: mark done"),
                N_("Mark the current item done, move on"),
                self.action_done,
            ),
            (
                "skip",
                N_("item: skip"),
                N_("Mark the current item skipped, move on"),
                self.action_skip,
            ),
            (
                "drives",
                N_("session: who drives"),
                N_("Mentee at the keyboard, or talk and demo"),
                self.action_drives,
            ),
            (
                "retry",
                N_("notes: retry unsaved"),
                N_("Save the failed notes again"),
                self.action_retry,
            ),
            ("stop", N_("session: stop"), N_("End the session and review it"), self.action_stop),
            ("checkin", N_("homework: check in"), messages.TUI_CHECKIN_OPEN, self.action_checkin),
        ]
        for action, title, help_text, run in offers:
            if self.check_action(action, ()):
                yield Command(title, help_text, run)
        yield Command(
            N_("session: leave screen"), N_("Back; the session goes on"), self.action_leave
        )


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
