"""Homework between sessions: habits, check-ins per session, the strip, from the CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from lifekit import START, Cli, add_session, add_tandem, at, service

from rmtui.core import documents as conv
from rmtui.core.errors import InvalidInput
from rmtui.core.habits import strip
from rmtui.core.model import Checkin
from rmtui.store import Workspace


def test_the_strip_has_one_glyph_per_session_and_a_dot_where_nothing_was_told() -> None:
    told = [Checkin(5, "dropped"), Checkin(2, "done"), Checkin(3, "tried"), Checkin(4, "stuck")]
    assert strip(told) == "✓ ~ ! ✗"
    assert strip([Checkin(1, "done"), Checkin(3, "done")]) == "✓ · ✓"
    assert strip([]) == ""


def test_check_ins_are_kept_per_session_and_move_the_state(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    first = add_session(any_ws, tid, at(START + timedelta(days=7)), "done")
    second = add_session(any_ws, tid, at(START + timedelta(days=21)), "running")
    life, _ = service(any_ws, at(START + timedelta(days=21)))
    habit = life.add_action(tid, "post on LinkedIn", habit="  one post\na day ")
    once = life.add_action(tid, "update the headline")
    assert habit.habit == "one post a day"

    life.check_in(tid, habit.id, "tried", note="two posts", session=first)
    # No session given: the one under way.
    done = life.check_in(tid, habit.id, "done", note="every day!")
    assert [(c.session, c.state, c.note) for c in done.checkins] == [
        (first, "tried", "two posts"),
        (second, "done", "every day!"),
    ]
    assert done.state == "open", "a habit done this time goes on"
    # Telling again at the same session replaces what was told there.
    again = life.check_in(tid, habit.id, "stuck", note="no ideas")
    assert [c.state for c in again.checkins] == ["tried", "stuck"]
    assert life.check_in(tid, once.id, "done").state == "done"
    assert life.check_in(tid, once.id, "stuck").state == "open"
    assert life.check_in(tid, once.id, "dropped").state == "dropped"
    [view] = [a for a in life.actions(tid) if a.id == habit.id]
    assert (view.habit, view.strip) == ("one post a day", "~ !")


def test_bad_check_ins_change_nothing(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    life, _ = service(any_ws, at(START))
    action = life.add_action(tid, "post on LinkedIn", habit="daily")
    with pytest.raises(InvalidInput):  # no session held yet
        life.check_in(tid, action.id, "done")
    n = add_session(any_ws, tid, at(START), "done")
    with pytest.raises(InvalidInput):
        life.check_in(tid, action.id, "finished", session=n)
    with pytest.raises(InvalidInput):
        life.check_in(tid, action.id, "done", note="x" * 500, session=n)
    with pytest.raises(InvalidInput):  # the mentor's actions are no habits of the mentee
        life.add_action(tid, "share a post", owner="mentor", habit="weekly")
    assert [(a.text, a.checkins) for a in any_ws.actions(tid)] == [("post on LinkedIn", [])]


def test_an_action_stored_before_habits_existed_reads_as_a_one_off() -> None:
    old = {"text": "tweet", "owner": "mentee", "due": None, "state": "open", "session": 1,
           "private": False, "source": "1/3"}  # fmt: skip
    action = conv.action_from_doc(1, old)
    assert (action.habit, action.checkins) == ("", [])
    told = conv.action_from_doc(1, {**old, "habit": "daily", "checkins": [
        {"session": 2, "state": "tried", "note": "once"}]})  # fmt: skip
    assert conv.action_from_doc(1, conv.action_to_doc(told)) == told
    with pytest.raises(ValueError):
        conv.action_from_doc(1, {**old, "checkins": [{"session": 2, "state": "meh"}]})


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "workspace")


def test_checkin_from_the_cli(cli: Cli) -> None:
    ws = Workspace(cli.root)
    tid = add_tandem(ws, start=date.today())
    assert cli("action", "add", tid, "post", "on", "LinkedIn", "--habit", "one post a day")[0] == 0
    code, _, err = cli("action", "checkin", tid, "1", "done")
    assert code == 2 and "--session" in err
    for _ in range(3):
        add_session(ws, tid, at(date.today()), "done")
    assert cli("action", "checkin", tid, "1", "tried", "--session", "1") == (
        0, "action 1 at session 1: tried\n", "")  # fmt: skip
    assert cli("action", "checkin", tid, "1", "done", "--note", "every day") == (
        0, "action 1 at session 3: done\n", "")  # fmt: skip
    assert cli("action", "checkin", tid, "1", "meh")[0] == 2
    code, out, _ = cli("action", "list", tid)
    assert out.splitlines()[0].split() == ["#", "STATE", "OWNER", "DUE", "SESSION", "CHECK-INS",
                                           "TEXT"]  # fmt: skip
    assert "~ · ✓" in out and "post on LinkedIn (habit: one post a day)" in out
    code, out, _ = cli("action", "list", tid, "--json")
    [listed] = json.loads(out)
    assert listed["habit"] == "one post a day"
    assert listed["checkins"] == [
        {"session": 1, "state": "tried", "note": ""},
        {"session": 3, "state": "done", "note": "every day"},
    ]
    assert cli("action", "habit", tid, "1", "") == (0, "action 1 is a one-off action again\n", "")
