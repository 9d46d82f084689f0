"""The session clock with injected time: pause, resume, wall-clock jumps, crash-resume."""

from __future__ import annotations

import pytest
from sessionkit import TEMPLATE, FakeTime

from rmtui.core.clock import SessionClock, format_elapsed
from rmtui.core.model import ClockState
from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace


def clock(t: FakeTime, state: ClockState | None = None) -> SessionClock:
    return SessionClock(state, wall=t.wall, mono=t.mono)


def test_runs_pauses_and_resumes(fake_time: FakeTime) -> None:
    c = clock(fake_time)
    assert c.elapsed == 0 and not c.running
    fake_time.advance(30)
    assert c.elapsed == 0  # not started
    c.start()
    fake_time.advance(90)
    assert c.elapsed == 90
    state = c.pause()
    assert state == ClockState(banked=90)
    fake_time.advance(600)  # a coffee break does not count
    assert c.elapsed == 90
    c.start()
    fake_time.advance(15)
    assert c.elapsed == 105 and c.running


def test_wall_clock_jumps_do_not_move_a_running_clock(fake_time: FakeTime) -> None:
    c = clock(fake_time)
    c.start()
    fake_time.advance(60)
    fake_time.jump_wall(-3600)  # DST or NTP sets the clock back an hour
    assert c.elapsed == 60
    fake_time.jump_wall(+7200)
    fake_time.advance(5)
    assert c.elapsed == 65
    # what it persists is consistent with what it shows, at the current wall time
    assert c.state().elapsed(fake_time.wall()) == pytest.approx(65)


def test_never_runs_backwards_when_adopting_a_lagging_state(fake_time: FakeTime) -> None:
    c = clock(fake_time)
    c.start()
    fake_time.advance(100)
    assert c.elapsed == 100
    # another process paused it from a wall reading a little behind this one's
    c.adopt(ClockState(banked=99.99))
    assert c.elapsed == 100
    assert not c.running
    # a brand-new state (another session) is a reset, not a lag
    c.adopt(ClockState())
    assert c.elapsed == 0


def test_crash_resume_from_the_persisted_state(fake_time: FakeTime) -> None:
    c = clock(fake_time)
    c.start()
    fake_time.advance(42 * 60)
    persisted = c.state()
    # the process is killed; 3 minutes later a new process starts (new monotonic epoch)
    fake_time.advance(180)
    fake_time.mono_now = 5.0
    reopened = clock(fake_time, persisted)
    assert reopened.running
    assert reopened.elapsed == pytest.approx(45 * 60)


def test_crash_while_paused_keeps_the_banked_time(fake_time: FakeTime) -> None:
    c = clock(fake_time)
    c.start()
    fake_time.advance(70)
    persisted = c.pause()
    fake_time.advance(10_000)
    assert clock(fake_time, persisted).elapsed == 70


def test_crash_resume_through_the_service(workspace: Workspace, tandem_id: str) -> None:
    t = FakeTime()
    first = SessionService(workspace, wall=t.wall, mono=t.mono)
    ref = SessionRef(tandem_id, first.plan(tandem_id, TEMPLATE).n)
    first.start(ref)
    t.advance(600)
    first.add_note(ref, "before the crash")
    t.advance(300)
    first.pause(ref)
    t.advance(120)
    first.resume(ref)
    t.advance(60)
    del first  # kill -9: nothing is flushed or closed

    t.advance(30)
    t.mono_now = 0.0  # a new process
    second = SessionService(Workspace(workspace.root), wall=t.wall, mono=t.mono)
    assert second.live() == [(ref, "running")]
    session = second.get(ref)
    assert second.elapsed(session) == pytest.approx(600 + 300 + 60 + 30)
    assert second.clock(session).elapsed == pytest.approx(990)
    assert [n.text for n in session.notes] == ["before the crash"]
    assert session.notes[0].elapsed == 600


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (59.9, "00:59"),
        (65, "01:05"),
        (3599, "59:59"),
        (3723, "1:02:03"),
        (-4, "00:00"),
    ],
)
def test_format(seconds: float, text: str) -> None:
    assert format_elapsed(seconds) == text
