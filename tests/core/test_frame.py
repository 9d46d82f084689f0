"""Frame arithmetic: where a tandem stands in its 10-sessions-in-6-months frame."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmtui.core.frame import add_months, progress, spread_dates, warnings
from rmtui.core.model import Frame, Keyword, SessionInfo

TEN_IN_SIX = Frame(sessions=10, months=6)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 6, date(2026, 7, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 1), 1, date(2027, 1, 1)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def _done(n: int, day: date) -> SessionInfo:
    return SessionInfo(n=n, status="done", planned_at=datetime(day.year, day.month, day.day, 15))


def test_midpoint_week_and_pace_of_a_typical_tandem() -> None:
    start = date(2026, 1, 5)
    sessions = [_done(i + 1, start + timedelta(weeks=2 * i)) for i in range(4)]
    p = progress(start, TEN_IN_SIX, sessions, datetime(2026, 3, 2, 9))
    assert p.end == date(2026, 7, 5)
    assert p.midpoint == date(2026, 4, 5)  # 181 days, halfway
    assert (p.week, p.weeks) == (9, 26)
    assert (p.done, p.planned) == (4, 10)
    assert p.pace == "on track"
    assert p.days_to_midpoint == 34


def test_behind_pace_and_overdue_session_are_warned() -> None:
    start = date(2026, 1, 5)
    sessions = [
        _done(1, start),
        SessionInfo(n=2, status="planned", planned_at=datetime(2026, 3, 20, 15)),
    ]
    now = datetime(2026, 3, 25, 9)
    p = progress(start, TEN_IN_SIX, sessions, now)
    assert p.pace == "behind"
    assert [s.n for s in p.overdue] == [2]
    assert p.next_session is None
    found = warnings(p, [Keyword("IoT", 1)])
    assert found[0].startswith("session 2 is overdue")
    assert any("midpoint in 11 days; untouched: IoT" in w for w in found)


def test_next_session_is_the_earliest_future_one() -> None:
    start = date(2026, 1, 5)
    sessions = [
        SessionInfo(n=3, status="planned", planned_at=datetime(2026, 2, 20, 15)),
        SessionInfo(n=2, status="planned", planned_at=datetime(2026, 2, 6, 15)),
    ]
    p = progress(start, TEN_IN_SIX, sessions, datetime(2026, 1, 20, 9))
    assert p.next_session is not None and p.next_session.n == 2
    assert p.pace == "not started"


def test_before_the_start_and_after_the_end() -> None:
    start = date(2026, 6, 1)
    before = progress(start, TEN_IN_SIX, [], datetime(2026, 5, 1))
    assert (before.week, before.pace) == (0, "not started")
    sessions = [_done(i + 1, start) for i in range(10)]
    after = progress(start, TEN_IN_SIX, sessions, datetime(2027, 1, 10))
    assert (after.week, after.pace, after.midpoint_passed) == (after.weeks, "finished", True)


def test_no_midpoint_warning_when_every_keyword_was_touched() -> None:
    start = date(2026, 1, 5)
    p = progress(start, TEN_IN_SIX, [], datetime(2026, 3, 30))
    assert not any("midpoint" in w for w in warnings(p, [Keyword("IoT", 1, sessions=[1])]))


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    sessions=st.integers(1, 52),
    months=st.integers(1, 36),
)
def test_spread_dates_are_weekdays_in_order_within_the_frame(
    start: date, sessions: int, months: int
) -> None:
    frame = Frame(sessions=sessions, months=months)
    days = spread_dates(start, frame)
    assert len(days) == sessions
    assert all(d.weekday() < 5 for d in days)
    assert days == sorted(days)
    assert days[0].date() >= start
    assert days[-1].date() <= add_months(start, months) + timedelta(days=2)
