"""Item time and driven time, booked as the session moves along (pure core functions)."""

from __future__ import annotations

import pytest

from rmtui.core import live
from rmtui.core.live import NotAllowed
from rmtui.core.model import AgendaItem, Session

T0 = 1_000_000.0


def session() -> Session:
    return Session(
        tandem_id="anna",
        n=1,
        items=[AgendaItem("a", 10), AgendaItem("b", 5), AgendaItem("c", 1)],
    )


def test_item_time_is_booked_to_the_item_that_was_current() -> None:
    s = session()
    live.start(s, T0)
    assert live.item_spent(s, 0, live.elapsed(s, T0 + 100)) == 100
    live.step(s, +1, T0 + 100)
    live.step(s, +1, T0 + 250)
    live.step(s, -1, T0 + 260)
    live.pause(s, T0 + 300)
    live.resume(s, T0 + 1000)  # 700 s of pause count for nobody
    live.go_to(s, 2, T0 + 1040)
    live.stop(s, T0 + 1100)
    assert [i.spent_seconds for i in s.items] == [100, 150 + 40 + 40, 10 + 60]
    assert sum(i.spent_seconds for i in s.items) == s.clock.banked == 400
    assert s.status == "done"


def test_driven_time_per_item() -> None:
    s = session()
    live.start(s, T0)
    live.set_driving(s, True, T0 + 10)
    live.step(s, +1, T0 + 70)  # 60 s driven on a
    live.set_driving(s, False, T0 + 100)  # 30 s driven on b
    live.set_driving(s, True, T0 + 120)
    live.pause(s, T0 + 130)  # 10 s more on b; still driving while paused
    assert s.driving_since is not None
    live.resume(s, T0 + 500)
    at = live.elapsed(s, T0 + 505)
    assert live.item_driven(s, 1, at) == 45
    assert live.driven_total(s, at) == 105
    live.stop(s, T0 + 505)
    assert [i.driven_seconds for i in s.items] == [60, 45, 0]
    assert s.driving_since is None


def test_timebox_warns_then_shows_overtime() -> None:
    s = session()
    live.start(s, T0)
    live.go_to(s, 2, T0)  # a 1-minute item
    assert live.remaining(s, 0) == 60
    assert live.timebox(live.remaining(s, 0)) == "warning"
    assert live.timebox(live.remaining(s, 75)) == "over"
    assert live.remaining(s, 75) == -15
    live.go_to(s, 0, T0)
    assert live.timebox(live.remaining(s, 0)) == "ok"
    assert live.timebox(live.remaining(s, 8 * 60 + 1)) == "warning"
    assert live.remaining(Session("x", 1), 5) is None


def test_marks() -> None:
    s = session()
    live.mark(s, 0, "done")
    live.mark(s, 1, "skipped")
    assert (s.items[0].done, s.items[1].skipped) == (True, True)
    live.mark(s, 1, "open")
    assert not s.items[1].done and not s.items[1].skipped
    with pytest.raises(NotAllowed):
        live.mark(s, 3, "done")


def test_status_rules() -> None:
    s = session()
    for step in (live.pause, live.stop, live.resume):
        with pytest.raises(NotAllowed):
            step(s, T0)
    with pytest.raises(NotAllowed):
        live.set_driving(s, True, T0)
    live.start(s, T0)
    live.start(s, T0 + 50)  # already running: unchanged
    assert s.clock.running_since == T0
    live.stop(s, T0 + 60)
    live.stop(s, T0 + 90)  # already done: unchanged
    assert s.clock.banked == 60
    with pytest.raises(NotAllowed):
        live.start(s, T0 + 100)
    with pytest.raises(NotAllowed):
        live.go_to(s, 1, T0 + 100)
