"""Frame arithmetic through the service: weeks, midpoint, pace, overdue, the slot strip.

Expected dates are worked out by hand in the comments, so a regression in ``core.frame``
or in the service shows as a wrong day, not as a different formula agreeing with itself.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from lifekit import START, add_session, add_tandem, at, service

from rmtui.core import messages
from rmtui.service.timeline import MIDPOINT_GLYPH
from rmtui.store import Workspace


def test_labels_midway_through_a_ten_in_six_frame(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)  # 2027-01-04 + 6 months = 2027-07-04: 181 days, 26 weeks
    for day in (date(2027, 1, 5), date(2027, 1, 20), date(2027, 2, 3), date(2027, 2, 17)):
        add_session(any_ws, tid, at(day), "done")
    add_session(any_ws, tid, at(date(2027, 2, 25)))  # planned, never held: missed
    add_session(any_ws, tid, at(date(2027, 3, 11)), title="Big data")
    svc, _ = service(any_ws, at(date(2027, 3, 4), 9))  # day 59

    o = svc.overview(tid)

    assert o.frame_label == "4/10"
    assert o.week_label == "week 9/26"  # 59 // 7 + 1
    assert o.progress.midpoint == date(2027, 4, 4)  # start + 181 // 2 days
    assert o.progress.days_to_midpoint == 31
    assert o.midpoint_label == "midpoint 4 Apr 2027 (in 31 days)"
    assert o.progress.pace == "on track"  # 4 done, 10 * 59 / 181 = 3.3 expected
    assert o.progress.next_session is not None and o.progress.next_session.n == 6
    assert [s.n for s in o.progress.overdue] == [5]
    assert o.warnings[0].startswith("session 5 is overdue")
    # Four done, one missed, one planned, then four free slots; the first free slot's
    # suggested day (start + round(6 * 18.1) = 23 Apr) is past the midpoint.
    assert o.timeline.strip() == "●●●●✕○" + MIDPOINT_GLYPH + "····"
    assert [s.state for s in o.timeline.slots][:6] == [
        "done", "done", "done", "done", "missed", "planned"
    ]  # fmt: skip
    assert o.timeline.slots[6].day == date(2027, 4, 23)


def test_before_the_start_and_after_the_end(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, clock = service(any_ws, at(date(2026, 12, 20)))
    early = svc.overview(tid)
    assert (early.progress.week, early.progress.pace) == (0, "not started")
    assert early.week_label == "week 0/26"
    assert early.timeline.strip() == "·····" + MIDPOINT_GLYPH + "·····"

    clock.set(date(2027, 8, 1))
    late = svc.overview(tid)
    assert late.week_label == "week 26/26"  # capped at the frame's last week
    assert late.midpoint_label == "midpoint 4 Apr 2027 (119 days ago)"
    assert any("behind pace" in w for w in late.warnings)


@pytest.mark.parametrize(
    ("start", "months", "end", "midpoint", "weeks"),
    [
        # 31 Aug + 6 months clamps to the end of a leap February: 182 days.
        (date(2027, 8, 31), 6, date(2028, 2, 29), date(2027, 11, 30), 26),
        # Starting on a leap day: a year later there is no 29 Feb (365 days).
        (date(2028, 2, 29), 12, date(2029, 2, 28), date(2028, 8, 29), 53),
        # Across a year end: 30 Nov + 3 months = 28 Feb of a common year (90 days).
        (date(2026, 11, 30), 3, date(2027, 2, 28), date(2027, 1, 14), 13),
    ],
)
def test_edge_dates(
    any_ws: Workspace, start: date, months: int, end: date, midpoint: date, weeks: int
) -> None:
    tid = add_tandem(any_ws, start=start, months=months)
    svc, _ = service(any_ws, at(start))
    p = svc.overview(tid).progress
    assert (p.end, p.midpoint, p.weeks, p.week) == (end, midpoint, weeks, 1)
    assert svc.overview(tid).midpoint_label.endswith(f"(in {(midpoint - start).days} days)")


def test_midpoint_day_itself(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, at(date(2027, 4, 4)))
    assert svc.overview(tid).midpoint_label == "midpoint 4 Apr 2027 (today)"


@pytest.mark.parametrize(
    ("sessions", "months", "strip"),
    [
        # 59 days, midpoint 2 Feb; suggested days 4 Jan, 19 Jan, 3 Feb, 18 Feb.
        (4, 2, "··|··"),
        # 365 days, midpoint 4 Jul; slots every ~30 days: six before it.
        (12, 12, "······|······"),
        (1, 1, "·|"),  # one session on day one; the midpoint comes after it
    ],
)
def test_frames_of_other_lengths(any_ws: Workspace, sessions: int, months: int, strip: str) -> None:
    tid = add_tandem(any_ws, sessions=sessions, months=months)
    svc, _ = service(any_ws, at(START))
    o = svc.overview(tid)
    assert o.frame_label == f"0/{sessions}"
    assert o.timeline.strip() == strip
    assert len(o.timeline.slots) == sessions


def test_more_sessions_than_the_frame_gets_more_slots(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, sessions=2, months=1)
    for day in (5, 12, 19):
        add_session(any_ws, tid, at(date(2027, 1, day)), "done")
    svc, _ = service(any_ws, at(date(2027, 1, 20)))
    o = svc.overview(tid)
    assert o.frame_label == "3/2" and o.progress.pace == "finished"
    assert o.timeline.strip() == "●●|●"  # midpoint 18 Jan: before the third


def test_a_live_session_and_one_without_date(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    add_session(any_ws, tid, at(date(2027, 1, 5)), "done")
    add_session(any_ws, tid, at(date(2027, 1, 19)), "paused")
    add_session(any_ws, tid, None)
    svc, _ = service(any_ws, at(date(2027, 1, 19), 16))
    assert svc.overview(tid).timeline.strip().startswith("●◉○")


def test_midpoint_soon_with_untouched_keywords_warns(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, at(date(2027, 3, 25)))  # 10 days before 4 Apr
    warnings = svc.overview(tid).warnings
    assert any(w.startswith("midpoint in 10 days; untouched: LinkedIn") for w in warnings)


def test_same_department_is_a_standing_warning(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, mentee_dept="IT ", mentor_dept="it")
    svc, _ = service(any_ws, at(START))
    expected = messages.SAME_DEPARTMENT.format(dept="IT")
    assert expected in svc.overview(tid).warnings
    assert expected in svc.dashboard().rows[0].warnings


def test_suggested_dates_are_weekdays_spread_over_the_frame(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, at(START))
    dates = svc.suggested_dates(tid)
    assert len(dates) == 10
    assert dates[0].date() == START and dates[-1].date() < date(2027, 7, 4)
    assert all(d.weekday() < 5 and d.hour == 15 and d.tzinfo is not None for d in dates)
    assert dates == sorted(dates)
    gaps = [(b - a).days for a, b in pairwise(dates)]
    assert min(gaps) >= 14 and max(gaps) <= 22
