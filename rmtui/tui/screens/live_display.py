"""What the live screen holds and how it shows it: the session as last read, the notes on
their way to the disk, the clock, and the panels drawn from them (``LiveScreen`` builds
on this class, with the note pipeline, the polling and the controls beside it).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, ClassVar
from weakref import WeakKeyDictionary

from textual import on
from textual.app import App
from textual.content import Content
from textual.widgets import Input, Static

from rmtui.core import messages
from rmtui.core.clock import SessionClock
from rmtui.core.i18n import Plural
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.live import LIVE
from rmtui.core.model import Keyword, Session
from rmtui.core.planning import followed_up
from rmtui.core.refs import SessionRef
from rmtui.core.summary import TandemSummary
from rmtui.core.text import fold
from rmtui.tui import session_view as view
from rmtui.tui.context import OpenReview
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.serial import JobFinished, SerialJobs
from rmtui.tui.widgets.big_clock import BigClock
from rmtui.tui.widgets.note_log import NoteLog
from rmtui.tui.widgets.session_side import AgendaPanel, CurrentItem, TextPanel

if TYPE_CHECKING:
    from rmtui.store.session_file import Signature


class LiveDisplay(RmtuiScreen[None]):
    """The live screen's state and its panels; every change on the disk ends in ``_apply``."""

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

    @on(JobFinished)
    def _job_finished(self, message: JobFinished) -> None:
        message.stop()
        message.deliver()

    # --- showing the session -------------------------------------------------------------

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
        self._show_current(session)
        self._show_log()
        self._shown_second = -1
        self._tick()
        self.refresh_bindings()

    def _open_review(self) -> None:
        self._leaving = True
        self.post_message(OpenReview(self.ref, replace=True))

    def _sub_title(self, session: Session) -> str:
        mentee = self.summary.tandem.mentee if self.summary else self.ref.tandem_id
        return view.heading(mentee, f"session {session.n}", session.title)

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
            self._show_current(self.session)

    def _show_current(self, session: Session) -> None:
        current = self.query_one(CurrentItem)
        if 0 <= session.current_item < len(session.items):
            item = session.items[session.current_item]
            # The mentee sees this screen: a follow-up shows the non-private actions only.
            actions = self.summary.actions if self.summary else []
            followed = followed_up(item, actions, shared=True)
            current.show_item(view.current_title(session), view.item_details(item, followed))
        else:
            current.show_item(view.current_title(session), Content(""))

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
        title = messages.TUI_NOTES_TITLE.format(count=saved)
        if unsaved:
            title += messages.TUI_NOTES_NOT_SAVED.format(count=unsaved)
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
        state = messages.TUI_CLOCK_STATES.get(session.status, session.status)
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

    # --- the notes not saved -------------------------------------------------------------

    @property
    def unsaved(self) -> list[view.Draft]:
        return [d for d in self.drafts if d.state == "unsaved"]

    def _unsaved_warning(self, said: Plural | None = None) -> Content:
        """The notes not saved, under ``said`` (a message with ``{count}``)."""
        unsaved = self.unsaved
        if not unsaved:
            return Content("")
        said = said or messages.TUI_LIVE_UNSAVED_WARNING
        lines = [Content.styled(said.format(len(unsaved)), "bold $text-error")]
        lines += [Content("• ") + view.draft_line(d) for d in unsaved[:5]]
        return Content("\n").join(lines)
