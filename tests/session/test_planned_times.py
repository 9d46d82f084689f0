"""Planned times that would be stored wrong: a wall time the clocks skip (a DST gap) is
planned at the time the clocks show, with a warning, and a date before the tandem's start
is refused with a clear message (issue 12, item 13; issue 15, item 3)."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sessionkit import add_tandem

from rmtui.core.errors import InvalidInput
from rmtui.core.planning import in_dst_gap, parse_planned_at
from rmtui.core.refs import SessionRef
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

Run = Callable[..., subprocess.CompletedProcess[str]]
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TEMPLATE = Template(id="iot", title="IoT", items=(TemplateItem("x", 5),))


def test_a_time_the_clocks_skip_is_moved_to_the_time_they_show() -> None:
    assert in_dst_gap("2026-03-29 02:30", AMSTERDAM)  # 02:00 -> 03:00 that night
    moved = parse_planned_at("2026-03-29 02:30", AMSTERDAM)
    assert (moved.hour, moved.minute, moved.utcoffset()) == (3, 30, timedelta(hours=2))
    # Around the gap, and on the night the clocks go back, times are kept as typed.
    assert parse_planned_at("2026-03-29 03:30", AMSTERDAM).hour == 3
    assert parse_planned_at("2026-03-29 01:59", AMSTERDAM).hour == 1
    autumn = parse_planned_at("2026-10-25 02:30", AMSTERDAM)
    assert (autumn.hour, autumn.minute) == (2, 30)


def test_the_cli_warns_of_a_gap_in_the_systems_own_zone(rmtui: Run, ws_root: Path) -> None:
    env = {"TZ": "Europe/Amsterdam"}
    assert rmtui("tandem", "add", "--mentee", "Anna", "--start", "2026-01-05").returncode == 0
    done = rmtui("session", "plan", "anna", "--agenda", "iot", "--at", "2026-03-29 02:30", env=env)
    assert done.returncode == 0 and "does not exist here" in done.stderr
    assert "planned at 03:30" in done.stderr
    fine = rmtui("session", "plan", "anna", "--agenda", "iot", "--at", "2026-03-29 15:00", env=env)
    assert fine.returncode == 0
    listed = rmtui("session", "list", "anna", "--json", env=env)
    assert '"planned_at": "2026-03-29T15:00:00+02:00"' in listed.stdout  # summer time


@pytest.mark.parametrize("text", ["1969-12-31 10:00", "2201-01-01 10:00", "9999-12-31"])
def test_a_date_outside_the_sane_years_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="between the years 1970 and 2200"):
        parse_planned_at(text, AMSTERDAM)


def test_a_session_before_the_tandems_start_is_refused(workspace: Workspace) -> None:
    tid = workspace.add_tandem(TandemDraft(mentee="Anna", start=date(2026, 3, 2))).id
    service = SessionService(workspace)
    early = datetime(2026, 3, 1, 15, 0, tzinfo=AMSTERDAM)
    with pytest.raises(InvalidInput, match=r"before the tandem's start \(2026-03-02\)"):
        service.plan(tid, TEMPLATE, early)
    assert service.sessions(tid) == []
    ref = SessionRef(tid, service.plan(tid, TEMPLATE, early.replace(day=2)).n)
    with pytest.raises(InvalidInput, match="before the tandem's start"):
        service.replan(ref, planned_at=early)
    assert service.get(ref).planned_at == early.replace(day=2)


def test_a_date_after_the_start_is_taken(workspace: Workspace) -> None:
    tid = add_tandem(workspace)
    service = SessionService(workspace)
    assert service.plan(tid, TEMPLATE, datetime(2030, 1, 7, 15, 0, tzinfo=AMSTERDAM)).n == 1


def test_todays_local_offset_stands_for_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The TUI passes the tz of its clock reading (a fixed offset for today): a date in
    summer gets summer time, and a time the clocks skip is seen there too."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        today = datetime.now().astimezone().tzinfo
        assert today is not None
        july = parse_planned_at("2026-07-01 15:00", today)
        january = parse_planned_at("2026-01-05 15:00", today)
        assert (july.hour, july.utcoffset()) == (15, timedelta(hours=2))
        assert (january.hour, january.utcoffset()) == (15, timedelta(hours=1))
        assert in_dst_gap("2026-03-29 02:30", today)
    finally:
        monkeypatch.undo()
        time.tzset()
