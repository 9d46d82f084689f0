"""The running session's rules, without a screen: what a read from the disk means, which
keys apply, and the notes on their way to the disk (``core.live_session``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from rmtui.core.clock import SessionClock
from rmtui.core.live_session import LiveSession
from rmtui.core.model import AgendaItem, ClockState, Keyword, Note, Session, SessionStatus, Tandem
from rmtui.core.refs import SessionRef
from rmtui.core.summary import TandemSummary

NOW = 1_000_000.0
REF = SessionRef("anna", 1)


class Time:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def session(status: SessionStatus = "running", *, banked: float = 60.0) -> Session:
    running_since = NOW - banked if status == "running" else None
    return Session(
        tandem_id="anna",
        n=1,
        status=status,
        rules=["Mentee drives"],
        items=[AgendaItem("a", 10), AgendaItem("b", 5)],
        clock=ClockState(banked=0.0 if running_since else banked, running_since=running_since),
    )


def live_session(time: Time, *, start: bool = False) -> LiveSession:
    return LiveSession(REF, lambda s: SessionClock(s.clock, wall=time, mono=time), start=start)


def summary(*keywords: str, rules: tuple[str, ...] = ()) -> TandemSummary:
    tandem = Tandem(id="anna", mentee="Anna", rules=list(rules))
    words = [Keyword(text=k, order=i) for i, k in enumerate(keywords)]
    return TandemSummary(tandem=tandem, sessions=[], keywords=words)


def test_the_clock_follows_each_read_and_stamps_notes() -> None:
    time = Time()
    live = live_session(time)
    assert live.elapsed == 0.0  # nothing read yet
    assert live.adopt(session()) == "live"
    time.now += 30
    assert live.elapsed == 90.0
    live.pause_clock()  # at once, before the disk says so
    time.now += 30
    assert live.elapsed == 90.0
    assert live.adopt(session("paused", banked=200.0)) == "live"
    assert live.elapsed == 200.0


def test_a_session_stopped_elsewhere_leads_to_the_review_once() -> None:
    live = live_session(Time())
    live.adopt(session())
    assert live.adopt(session("done")) == "ended-elsewhere"
    assert live.adopt(session("done")) == "ended"


def test_a_stop_of_its_own_is_no_news_unless_it_failed() -> None:
    live = live_session(Time())
    live.adopt(session())
    live.stopping()
    live.not_stopped()
    live.stopping()
    assert live.adopt(session("done")) == "ended"


def test_the_keys_that_apply_follow_the_status() -> None:
    live = live_session(Time())
    assert not live.allows("stop") and not live.allows("pause") and live.allows("leave")
    live.adopt(session("planned"))
    assert live.allows("start") and not live.allows("next_item") and not live.allows("stop")
    live.adopt(session("running"))
    assert live.allows("pause") and not live.allows("resume")
    assert all(live.allows(a) for a in ("next_item", "done", "skip", "drives", "stop"))
    live.adopt(session("paused"))
    assert live.allows("resume") and live.allows("skip") and not live.allows("pause")
    assert not live.allows("retry")


def test_a_note_is_pending_then_saved_or_unsaved_and_retried() -> None:
    live = live_session(Time())
    live.adopt(session())
    assert live.draft("~", 3.0) is None  # a lone prefix has nothing to save
    first = live.draft("! one tweet a day", 61.0)
    second = live.draft("a question?", 62.0)
    assert first is not None and second is not None and first.key != second.key
    note = Note(id=1, elapsed=61.0, wall=datetime(2026, 1, 1, tzinfo=UTC), text="x")
    live.saved(first, note)
    live.saved(first, note)  # the poll may have brought it already: once only
    assert live.notes == [note] and live.drafts == [second]
    live.failed(second, "disk full")
    assert live.unsaved == [second] and live.allows("retry")
    assert live.retry() == [second] and second.state == "pending" and not live.unsaved
    live.failed(second, "disk full")
    assert live.leave() == [("a question?", 62.0)] and live.leaving


def test_an_uncertain_save_leaves_the_drafts_without_a_retry() -> None:
    live = live_session(Time())
    live.adopt(session())
    draft = live.draft("maybe saved", 5.0)
    assert draft is not None
    live.uncertain(draft)
    assert live.drafts == [] and live.unsaved == [] and live.notes == []


def test_rules_and_keywords_come_from_the_tandem_too() -> None:
    live = live_session(Time())
    assert live.mentee == "anna"
    known = summary("privacy", rules=("mentee drives", "No phones"))
    assert live.know(known)
    assert not live.know(replace(known))  # the same summary again is no news
    live.adopt(session())
    assert live.mentee == "Anna"
    assert live.rules() == ["Mentee drives", "No phones"]
    assert live.matcher.find("my Privacy settings") != []
