"""The live session: a big clock, the agenda, the rules, the keywords, and one input.

The input always has focus, so the mentor types notes while the mentee drives, and every
other key is a function or ctrl key that types nothing. Enter saves at once: the clock is
read at Enter, the note shows as saving, and a worker writes it; it shows as saved when
it is durable, or stays in the log marked unsaved with the reason. All disk work runs in
one serial worker (``SerialJobs``), so a note typed after "next item" lands on the next
item and a reload never overtakes a save. Notes and clock changes from other processes
(``rmtui note add``) are picked up by polling the session file's signature twice a second.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar
from weakref import WeakKeyDictionary

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.widgets import Footer, Header, Input, Static

from rmtui.core import capture, messages
from rmtui.core.clock import SessionClock
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.live import LIVE
from rmtui.core.model import Keyword, Note, Session
from rmtui.core.refs import SessionRef
from rmtui.core.text import fold, one_line
from rmtui.service.sessions import SessionService
from rmtui.store import Scan, TandemSummary
from rmtui.store.session_file import Signature
from rmtui.tui import session_view as view
from rmtui.tui.commands import Command
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.serial import Job, JobFinished, SerialJobs
from rmtui.tui.widgets.big_clock import BigClock
from rmtui.tui.widgets.note_input import NoteInput
from rmtui.tui.widgets.note_log import NoteLog
from rmtui.tui.widgets.session_side import AgendaPanel, CurrentItem, TextPanel

if TYPE_CHECKING:
    pass

POLL_SECONDS = 0.5  # notes from `rmtui note add` show within a second
TICK_SECONDS = 0.25
NARROW = 100
SHORT = 32

Loaded = tuple[Session, TandemSummary | None]


def _binding(keys: str, action: str, label: str, tooltip: str, *, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"live.{action}", tooltip=tooltip, show=show)


class LiveScreen(RmtuiScreen[None]):
    """One session under way. State classes: -loading, -running, -paused, -planned,
    -narrow, -short."""

    AUTO_FOCUS = "#note-input"
    SESSION_SCREEN = True  # see session_nav.in_session
    ALWAYS_TYPING = True  # the app hides its letter keys here (they type)

    BINDINGS: ClassVar[list[BindingType]] = [
        _binding("f5,ctrl+r", "pause", "Pause", "Pause the clock (notes can still be typed)"),
        _binding("f5,ctrl+r", "resume", "Resume", "Run the clock again"),
        _binding("f5,ctrl+r", "start", "Start", "Start the clock: the session begins"),
        _binding("f6,ctrl+b", "previous_item", "Prev", "Back to the previous agenda item"),
        _binding("f7,ctrl+n", "next_item", "Next", "On to the next agenda item"),
        _binding("f8,ctrl+o", "done", "Done", "Mark this item done and move on"),
        _binding("f4,ctrl+g", "skip", "Skip", "Mark this item skipped and move on", show=False),
        _binding(
            "f9,ctrl+t",
            "drives",
            "Drives",
            "Who drives: the mentee at the keyboard, or talk and demo (minutes are counted)",
        ),
        _binding("f10,ctrl+s", "stop", "Stop", "End the session and review its notes"),
        _binding("ctrl+y", "retry", "Retry", "Save the notes that could not be saved again"),
        _binding(
            "escape",
            "leave",
            "Leave",
            "Back to the previous screen; the session goes on (s brings you back)",
            show=False,
        ),
    ]

    # What the mentor was typing when they left the screen, per session.
    _typed: ClassVar[WeakKeyDictionary[App[Any], dict[SessionRef, str]]] = WeakKeyDictionary()

    def __init__(self, ref: SessionRef, *, start: bool = False) -> None:
        """Show session ``ref``; ``start`` starts its clock first (a planned session)."""
        super().__init__()
        self.ref = ref
        self._start = start
        self.session: Session | None = None
        self.summary: TandemSummary | None = None
        self.drafts: list[view.Draft] = []
        self._keys = itertools.count(1)
        self._jobs = SerialJobs(self, "live-session")
        self._seen: Signature | None = None  # touched by the worker thread only
        self._polling = False
        self._matcher = KeywordMatcher.of(())
        self._clock: SessionClock | None = None
        self._shown_second = -1
        self._leaving = False

    # --- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="live-body"):
            with Vertical(id="live-side"):
                yield BigClock(id="clock", classes="panel")
                yield AgendaPanel(id="agenda", classes="panel")
                yield TextPanel(id="rules", classes="panel")
                yield TextPanel(id="keywords", classes="panel")
            with Vertical(id="live-main"):
                yield CurrentItem(id="current", classes="panel")
                yield NoteLog(id="notes", classes="panel")
        with Vertical(id="capture"):
            yield Static(id="capture-preview")
            yield NoteInput(
                placeholder=messages.TUI_LIVE_PLACEHOLDER,
                id="note-input",
                max_length=capture.MAX_NOTE,
                select_on_focus=False,
            )
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.TUI_LIVE_TITLE
        self.sub_title = str(self.ref)
        for selector, title in (
            ("#clock", "Clock"),
            ("#agenda", "Agenda"),
            ("#rules", "Rules"),
            ("#keywords", "Keywords"),
            ("#current", "Now"),
            ("#notes", "Notes"),
        ):
            self.query_one(selector).border_title = title
        self.add_class("-loading")
        note_input = self.query_one("#note-input", Input)
        note_input.value = self._typed.get(self.app, {}).pop(self.ref, "")
        self._show_preview(note_input.value)
        self._jobs.submit(Job(self._load_first, self._loaded, self._load_failed))
        self.set_interval(TICK_SECONDS, self._tick, name="live-tick")
        self.set_interval(POLL_SECONDS, self._poll, name="live-poll")
        self.watch(self.app, "scan", self._scan_changed, init=False)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.set_class(event.size.height < SHORT, "-short")

    def on_unmount(self) -> None:
        self._jobs.close()

    # --- reading the session, off the event loop ----------------------------------------

    def _load_first(self) -> Loaded:
        svc = self.service
        if self._start:
            svc.start(self.ref)
        self._seen = svc.signature(self.ref)
        session = svc.get(self.ref)
        return session, svc.workspace.summary(self.ref.tandem_id)

    def _loaded(self, loaded: Loaded) -> None:
        session, summary = loaded
        self.summary = summary
        if summary is not None:
            self._show_keywords_of(summary)
        self._apply(session)

    def _load_failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)), severity="error", markup=False, timeout=10)
        if self.session is None:
            self.dismiss(None)

    def _poll(self) -> None:
        # One poll at a time, and none while writes are queued: they reload anyway.
        if self._polling or self._jobs.busy or self.session is None:
            return
        self._polling = True
        self._jobs.submit(Job(self._read_if_changed, self._polled, self._poll_failed))

    def _read_if_changed(self) -> Session | None:
        svc = self.service
        signature = svc.signature(self.ref)
        if signature == self._seen:
            return None
        session = svc.get(self.ref)
        self._seen = signature  # after a good read only: a failed one is tried again
        return session

    def _polled(self, session: Session | None) -> None:
        self._polling = False
        if session is not None:
            self._apply(session)

    def _poll_failed(self, error: Exception) -> None:
        self._polling = False
        self.notify(one_line(str(error)), severity="error", markup=False)

    def _scan_changed(self, scan: Scan | None) -> None:
        if scan is None:
            return
        summary = next((s for s in scan.summaries if s.tandem.id == self.ref.tandem_id), None)
        if summary is not None and summary != self.summary:
            self.summary = summary
            self._show_keywords_of(summary)

    # --- showing it ----------------------------------------------------------------------

    def _apply(self, session: Session) -> None:
        """Show ``session`` as read from the disk (by us or by another process)."""
        self.session = session
        if session.status == "done":
            if not self._leaving:
                # Stopped by another process (`rmtui session stop`): on to the review.
                self.notify(messages.TUI_LIVE_STOPPED_ELSEWHERE, markup=False)
                self._open_review()
            return
        if self._clock is None:
            self._clock = self.service.clock(session)
        else:
            self._clock.adopt(session.clock)
        self.remove_class("-loading")
        for status in ("planned", "running", "paused"):
            self.set_class(session.status == status, f"-{status}")
        self.sub_title = self._sub_title(session)
        self.query_one("#rules", TextPanel).show(view.rule_lines(self._rules(session)))
        current = self.query_one(CurrentItem)
        if 0 <= session.current_item < len(session.items):
            item = session.items[session.current_item]
            current.show_item(view.current_title(session), view.item_details(item))
        else:
            current.show_item(view.current_title(session), Content(""))
        self._show_log()
        self._shown_second = -1
        self._tick()
        self.refresh_bindings()

    def _sub_title(self, session: Session) -> str:
        mentee = self.summary.tandem.mentee if self.summary else self.ref.tandem_id
        return one_line(f"{mentee} · session {session.n} · {session.title}")

    def _rules(self, session: Session) -> list[str]:
        rules = list(session.rules)
        if self.summary is not None:
            known = {fold(r) for r in rules}
            rules += [r for r in self.summary.tandem.rules if fold(r) not in known]
        return rules

    def _show_keywords_of(self, summary: TandemSummary) -> None:
        words = [k.text for k in summary.keywords if k.status != "dropped"]
        self._matcher = KeywordMatcher.of(words)
        self._show_keywords()
        if self.session is not None:
            self.query_one("#rules", TextPanel).show(view.rule_lines(self._rules(self.session)))

    def _show_keywords(self) -> None:
        keywords: list[Keyword] = self.summary.keywords if self.summary else []
        notes = self.session.notes if self.session else []
        touched = view.touched_keywords(notes, self.drafts, self._matcher)
        self.query_one("#keywords", TextPanel).show(view.keyword_chips(keywords, touched))

    def _show_log(self) -> None:
        notes = self.session.notes if self.session else []
        self.query_one(NoteLog).show(view.log_lines(notes, self.drafts), messages.TUI_LIVE_NO_NOTES)
        saved = len(notes)
        unsaved = sum(1 for d in self.drafts if d.state == "unsaved")
        title = f"Notes · {saved}"
        if unsaved:
            title += f" · {unsaved} not saved"
        self.query_one(NoteLog).border_title = title
        self._show_keywords()

    def _tick(self) -> None:
        session, clock = self.session, self._clock
        if session is None or clock is None:
            return
        at = clock.elapsed
        second = int(at)
        if second == self._shown_second:
            return
        self._shown_second = second
        state = {"running": "running", "paused": "paused", "planned": "not started"}.get(
            session.status, session.status
        )
        line = f"{state} · {view.driving_text(session)}" if session.status in LIVE else state
        self.query_one(BigClock).show(at, running=clock.running, state=line)
        text, box = view.timebox_text(session, at)
        self.query_one(CurrentItem).show_timebox(text, box)
        agenda = self.query_one(AgendaPanel)
        agenda.show(view.agenda_lines(session, at))
        agenda.border_title = f"Agenda · {view.driven_share(session, at)}"

    @on(Input.Changed, "#note-input")
    def _typing(self, event: Input.Changed) -> None:
        self._show_preview(event.value)

    def _show_preview(self, line: str) -> None:
        self.query_one("#capture-preview", Static).update(view.typing_preview(line, self._matcher))

    # --- notes ---------------------------------------------------------------------------

    @on(NoteInput.Entered)
    def _entered(self, event: NoteInput.Entered) -> None:
        at = self._clock.elapsed if self._clock is not None else 0.0
        line = event.line
        if not line.strip():
            return
        typed = capture.parse(line)
        if not typed.text.strip():
            event.note_input.value = line  # nothing lost: a lone prefix waits for its text
            self.app.bell()
            self.notify(messages.TUI_LIVE_EMPTY_NOTE, markup=False)
            return
        draft = view.Draft(key=next(self._keys), line=line, at=at, typed=typed)
        self.drafts.append(draft)
        self._show_log()
        self._save(draft)

    def _save(self, draft: view.Draft) -> None:
        draft.state, draft.reason = "pending", ""
        run = partial(self.service.add_note, self.ref, draft.line, at=draft.at)
        self._jobs.submit(Job(run, partial(self._saved, draft), partial(self._not_saved, draft)))

    def _saved(self, draft: view.Draft, note: Note) -> None:
        if draft in self.drafts:
            self.drafts.remove(draft)
        if self.session is not None and all(n.id != note.id for n in self.session.notes):
            self.session.notes.append(note)
        self._show_log()
        self.refresh_bindings()

    def _not_saved(self, draft: view.Draft, error: Exception) -> None:
        draft.state, draft.reason = "unsaved", one_line(str(error)) or type(error).__name__
        self._show_log()
        self.refresh_bindings()
        self.notify(
            messages.TUI_LIVE_NOT_SAVED.format(reason=draft.reason),
            severity="error",
            markup=False,
            timeout=10,
        )

    @property
    def unsaved(self) -> list[view.Draft]:
        return [d for d in self.drafts if d.state == "unsaved"]

    def action_retry(self) -> None:
        for draft in self.unsaved:
            self._save(draft)
        self._show_log()
        self.refresh_bindings()

    # --- the clock, the items, who drives ------------------------------------------------

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

    # --- stop and leave ------------------------------------------------------------------

    def _unsaved_warning(self) -> Content:
        unsaved = self.unsaved
        if not unsaved:
            return Content("")
        lines = [
            Content.styled(
                messages.TUI_LIVE_UNSAVED_WARNING.format(count=len(unsaved)), "bold $text-error"
            )
        ]
        lines += [Content("• ") + view.draft_line(d) for d in unsaved[:5]]
        return Content("\n").join(lines)

    def action_stop(self) -> None:
        body = Content("\n\n").join(
            c for c in (Content(messages.TUI_LIVE_STOP_BODY), self._unsaved_warning()) if c
        )
        modal = ConfirmModal(
            messages.TUI_LIVE_STOP_TITLE, body, messages.TUI_LIVE_STOP_QUESTION, "Stop", "Go on"
        )
        self.app.push_screen(modal, self._stop_answered)

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

    def _open_review(self) -> None:
        from rmtui.tui.screens.review import ReviewScreen

        self._leaving = True
        self.app.switch_screen(ReviewScreen(self.ref))

    def action_leave(self) -> None:
        if not self.unsaved:
            self._leave(True)
            return
        modal = ConfirmModal(
            messages.TUI_LIVE_LEAVE_TITLE,
            self._unsaved_warning(),
            messages.TUI_LIVE_LEAVE_QUESTION,
            "Leave",
            "Stay",
        )
        self.app.push_screen(modal, self._leave)

    def _leave(self, yes: bool | None) -> None:
        if not yes:
            return
        typed = self.query_one("#note-input", Input).value
        if typed.strip():
            self._typed.setdefault(self.app, {})[self.ref] = typed
        self._leaving = True
        self.dismiss(None)

    @on(JobFinished)
    def _job_finished(self, message: JobFinished) -> None:
        message.stop()
        message.deliver()

    # --- the palette ---------------------------------------------------------------------

    def palette_commands(self) -> Iterable[Command]:
        offers: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("pause", "session: pause", "Pause the clock", self.action_pause),
            ("resume", "session: resume", "Run the clock again", self.action_resume),
            ("start", "session: start clock", "Start the session's clock", self.action_start),
            ("next_item", "item: next", "On to the next agenda item", self.action_next_item),
            (
                "previous_item",
                "item: previous",
                "Back to the previous item",
                self.action_previous_item,
            ),
            ("done", "item: mark done", "Mark the current item done, move on", self.action_done),
            ("skip", "item: skip", "Mark the current item skipped, move on", self.action_skip),
            (
                "drives",
                "session: who drives",
                "Mentee at the keyboard, or talk and demo",
                self.action_drives,
            ),
            ("retry", "notes: retry unsaved", "Save the failed notes again", self.action_retry),
            ("stop", "session: stop", "End the session and review it", self.action_stop),
        ]
        for action, title, help_text, run in offers:
            if self.check_action(action, ()):
                yield Command(title, help_text, run)
        yield Command("session: leave screen", "Back; the session goes on", self.action_leave)
