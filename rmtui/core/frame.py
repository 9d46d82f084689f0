"""Program frame arithmetic: weeks, midpoint, pace, overdue sessions, suggested dates."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from rmtui.core import messages
from rmtui.core.dates import day_label
from rmtui.core.model import Frame, Keyword, SessionInfo

Pace = Literal["ahead", "on track", "behind", "not started", "finished"]
MIDPOINT_WARNING_DAYS = 14


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the month's end (Aug 31 + 6: Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a tandem stands in its frame on a given day."""

    start: date
    end: date
    midpoint: date
    week: int
    weeks: int
    done: int
    scheduled: int
    planned: int
    expected: float
    pace: Pace
    next_session: SessionInfo | None
    overdue: tuple[SessionInfo, ...]
    days_to_midpoint: int

    @property
    def midpoint_passed(self) -> bool:
        return self.days_to_midpoint < 0


def progress(start: date, frame: Frame, sessions: list[SessionInfo], now: datetime) -> Progress:
    """Compute frame progress; ``now`` is an aware or naive datetime matching the sessions'."""
    end = add_months(start, frame.months)
    length = max(1, (end - start).days)
    midpoint = start + timedelta(days=length // 2)
    today = now.date()
    elapsed_days = (today - start).days
    weeks = math.ceil(length / 7)
    week = min(weeks, max(0, elapsed_days // 7 + 1)) if elapsed_days >= 0 else 0
    done = sum(1 for s in sessions if s.status == "done")
    fraction = min(1.0, max(0.0, elapsed_days / length))
    expected = frame.sessions * fraction
    upcoming = sorted(
        (s for s in sessions if s.status != "done" and s.planned_at is not None),
        key=_planned,
    )
    overdue = tuple(s for s in upcoming if s.status == "planned" and _planned(s) < _naive(now))
    future = [s for s in upcoming if s not in overdue]
    return Progress(
        start=start,
        end=end,
        midpoint=midpoint,
        week=week,
        weeks=weeks,
        done=done,
        scheduled=len(sessions),
        planned=frame.sessions,
        expected=expected,
        pace=_pace(done, expected, elapsed_days, frame.sessions),
        next_session=future[0] if future else None,
        overdue=overdue,
        days_to_midpoint=(midpoint - today).days,
    )


def _pace(done: int, expected: float, elapsed_days: int, planned: int) -> Pace:
    if done >= planned:
        return "finished"
    if elapsed_days < 0 or (done == 0 and expected < 1):
        return "not started"
    if done >= expected + 1:
        return "ahead"
    if done + 1 < expected:
        return "behind"  # more than one session behind an even spread
    return "on track"


def _naive(value: datetime) -> datetime:
    return (
        value.replace(tzinfo=None)
        if value.tzinfo is None
        else value.astimezone().replace(tzinfo=None)
    )


def _planned(session: SessionInfo) -> datetime:
    assert session.planned_at is not None
    return _naive(session.planned_at)


def untouched_keywords(keywords: list[Keyword]) -> list[Keyword]:
    """Open keywords no session has touched yet."""
    return [k for k in keywords if k.status == "open" and not k.sessions]


def warnings(p: Progress, keywords: list[Keyword]) -> list[str]:
    """What the mentor should hear about this tandem now, most urgent first."""
    found: list[str] = []
    if p.overdue:
        first = p.overdue[0]
        assert first.planned_at is not None
        planned = day_label(first.planned_at.date(), weekday=False)
        found.append(messages.FRAME_OVERDUE.format(n=first.n, day=planned))
    untouched = untouched_keywords(keywords)
    if 0 <= p.days_to_midpoint < MIDPOINT_WARNING_DAYS and untouched:
        names = ", ".join(k.text for k in untouched[:4])
        if len(untouched) > 4:
            names = messages.FRAME_UNTOUCHED_MORE.format(names=names, count=len(untouched) - 4)
        found.append(messages.FRAME_MIDPOINT_UNTOUCHED.format(p.days_to_midpoint, names=names))
    if p.pace == "behind" and p.end >= p.start:
        expected = math.floor(p.expected)
        found.append(messages.FRAME_BEHIND.format(done=p.done, expected=expected))
    return found


def spread_dates(start: date, frame: Frame, at: time = time(15, 0)) -> list[datetime]:
    """Suggested dates for every session, evenly over the frame, on weekdays."""
    end = add_months(start, frame.months)
    length = (end - start).days
    step = length / frame.sessions
    days: list[datetime] = []
    for i in range(frame.sessions):
        day = start + timedelta(days=round(i * step))
        while day.weekday() >= 5:  # a session on a Saturday or Sunday is not a workday session
            day += timedelta(days=1)
        days.append(datetime.combine(day, at))
    return days
