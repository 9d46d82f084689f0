"""What the home screen says about a tandem's progress: counts, next session, dates.

Pure functions of a summary and "now", so the screen stays a thin face and tests can
fix the clock.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from rmtui.core import messages

if TYPE_CHECKING:
    from rmtui.core.frame import Progress
    from rmtui.core.model import SessionInfo
    from rmtui.core.summary import TandemSummary


def sessions_done(summary: TandemSummary) -> str:
    """Sessions done of the frame's planned number, e.g. ``3/10``."""
    return f"{summary.sessions_done}/{summary.tandem.frame.sessions}"


def keyword_coverage(summary: TandemSummary) -> str:
    """Covered keywords of the ones still on the list (dropped ones do not count): ``2/7``."""
    kept = [k for k in summary.keywords if k.status != "dropped"]
    covered = sum(1 for k in kept if k.status == "covered")
    return f"{covered}/{len(kept)}"


def current_session(summary: TandemSummary) -> SessionInfo | None:
    """A session that is running or paused right now, if any."""
    return next((s for s in summary.sessions if s.status in ("running", "paused")), None)


def next_session(summary: TandemSummary) -> SessionInfo | None:
    """The earliest planned session that has a date."""
    best: SessionInfo | None = None
    for info in summary.sessions:
        if info.status != "planned" or info.planned_at is None:
            continue
        if best is None or best.planned_at is None or info.planned_at < best.planned_at:
            best = info
    return best


def short_date(day: date) -> str:
    """``Thu 12 Mar``: the weekday is what a mentor plans around."""
    from rmtui.core.dates import day_label  # with the first dates: the first frame has none

    return day_label(day)


def long_date(day: date) -> str:
    from rmtui.core.dates import day_label

    return day_label(day, year=True)


def when(moment: datetime) -> str:
    return f"{short_date(moment)} {moment:%H:%M}"


def relative_day(moment: datetime, now: datetime) -> str:
    """``today``, ``tomorrow``, ``in 5 days``, ``3 days ago`` (by calendar day)."""
    return in_days((moment.date() - now.date()).days)


def in_days(days: int) -> str:
    """``today``, ``tomorrow``, ``in 5 days``, ``3 days ago``."""
    if days == 0:
        return messages.TUI_TODAY
    if days == 1:
        return messages.TUI_TOMORROW
    if days == -1:
        return messages.TUI_YESTERDAY
    return messages.TUI_IN_DAYS.format(days) if days > 0 else messages.TUI_DAYS_AGO.format(-days)


def midpoint(p: Progress) -> str:
    """``midpoint Sun 6 Apr (in 27 days)``."""
    return messages.TUI_MIDPOINT.format(when=midpoint_day(p))


def midpoint_day(p: Progress) -> str:
    """``Sun 6 Apr (in 27 days)``."""
    return messages.TUI_MIDPOINT_DAY.format(
        day=short_date(p.midpoint), relative=in_days(p.days_to_midpoint)
    )
