"""``rmtui tandem schedule`` and ``rmtui session plan --session/--extend``: the kick-off
and the plan screen from the command line; ``session start`` dates a session now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sessionkit import Cli

from rmtui.store import Workspace


@pytest.fixture
def cli(ws_root: Path) -> Cli:
    return Cli(ws_root)


@pytest.fixture
def tandem(cli: Cli) -> str:
    code, out, _ = cli("tandem", "add", "--mentee", "Joëlle Dubois", "--sessions", "3")
    assert code == 0
    return out.strip()


def sessions(cli: Cli, tandem: str) -> list[tuple[str, str, str]]:
    code, out, _ = cli("session", "list", tandem, "--json")
    assert code == 0
    return [(s["id"], s["agenda_id"], (s["planned_at"] or "")[:16]) for s in json.loads(out)]


def test_schedule_dates_the_frame_and_refuses_more_unless_extended(cli: Cli, tandem: str) -> None:
    dates = ["2027-03-01 15:00", "2027-03-15 15:00", "2027-03-29", "2027-04-12 10:00"]
    code, out, err = cli("tandem", "schedule", tandem, *dates)
    assert code == 2 and "--extend" in err and out == ""
    assert sessions(cli, tandem) == []  # nothing written
    code, out, err = cli("tandem", "schedule", tandem, *dates[:3])
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{tandem}/1  2027-03-01 15:00",
        f"{tandem}/2  2027-03-15 15:00",
        f"{tandem}/3  2027-03-29 09:00",
    ]
    assert [s[2] for s in sessions(cli, tandem)] == [
        "2027-03-01T15:00",
        "2027-03-15T15:00",
        "2027-03-29T09:00",
    ]
    code, out, _ = cli("tandem", "schedule", tandem, *dates, "--extend")
    assert code == 0 and out.splitlines()[-1] == f"{tandem}/4  2027-04-12 10:00"


def test_schedule_usage_errors(cli: Cli, tandem: str) -> None:
    code, _, err = cli("tandem", "schedule", tandem, "next tuesday")
    assert code == 2 and "YYYY-MM-DD HH:MM" in err
    assert cli("tandem", "schedule", tandem)[0] == 2  # no date at all
    code, _, err = cli("tandem", "schedule", "nobody", "2027-03-01")
    assert code == 1 and "no tandem 'nobody'" in err


def test_plan_fills_the_dated_sessions_then_stops_at_the_frame(cli: Cli, tandem: str) -> None:
    cli("tandem", "schedule", tandem, "2027-03-01 15:00", "2027-03-15 15:00")
    # --session N: that session, its date kept.
    code, out, err = cli("session", "plan", tandem, "--agenda", "iot", "--session", "2")
    assert (code, out, err) == (0, f"{tandem}/2\n", "")
    # No --session: the next dated session without an agenda (session 1), date kept.
    assert cli("session", "plan", tandem, "--agenda", "kickoff")[1] == f"{tandem}/1\n"
    # Then a new session inside the frame (3 of 3), with the date given.
    code, out, _ = cli(
        "session", "plan", tandem, "--agenda", "big-data", "--at", "2027-03-29 15:00"
    )
    assert (code, out) == (0, f"{tandem}/3\n")
    assert sessions(cli, tandem) == [
        (f"{tandem}/1", "kickoff", "2027-03-01T15:00"),
        (f"{tandem}/2", "iot", "2027-03-15T15:00"),
        (f"{tandem}/3", "big-data", "2027-03-29T15:00"),
    ]
    # Beyond the frame: refused, unless --extend.
    code, out, err = cli("session", "plan", tandem, "--agenda", "closing")
    assert code == 1 and out == "" and "beyond the frame of 3 sessions" in err
    assert "--extend" in err and len(sessions(cli, tandem)) == 3
    code, out, _ = cli("session", "plan", tandem, "--agenda", "closing", "--extend")
    assert (code, out) == (0, f"{tandem}/4\n")


def test_plan_errors_name_the_session(cli: Cli, tandem: str) -> None:
    cli("session", "plan", tandem, "--agenda", "kickoff")
    cli("session", "start", f"{tandem}/1")
    cli("session", "stop", f"{tandem}/1")
    code, _, err = cli("session", "plan", tandem, "--agenda", "iot", "--session", "1")
    assert code == 2 and "session 1 has already taken place" in err
    code, _, err = cli("session", "plan", tandem, "--agenda", "iot", "--session", "5")
    assert code == 2 and "no session 5" in err
    for bad in ("0", "-1", "two"):
        code, _, err = cli("session", "plan", tandem, "--agenda", "iot", "--session", bad)
        assert code == 2 and "--session" in err
    code, _, err = cli("session", "plan", tandem, "--agenda", "nope", "--session", "2")
    assert code == 1 and "no agenda template 'nope'" in err


def test_start_dates_a_future_session_now_and_says_so(cli: Cli, tandem: str, ws_root: Path) -> None:
    cli("tandem", "schedule", tandem, "2199-03-01 15:00")
    cli("session", "plan", tandem, "--agenda", "kickoff", "--session", "1")
    code, out, err = cli("session", "start", f"{tandem}/1")
    assert code == 0 and out.split()[:2] == [f"{tandem}/1", "running"]
    assert "was planned for 2199-03-01 15:00" in err and "now dated" in err
    planned = Workspace(ws_root).summary(tandem).sessions[0].planned_at
    assert planned is not None and planned.year < 2199
    # Pausing and resuming do not move it again.
    cli("session", "pause", f"{tandem}/1")
    code, _, err = cli("session", "resume", f"{tandem}/1")
    assert (code, err) == (0, "")
    assert Workspace(ws_root).summary(tandem).sessions[0].planned_at == planned
