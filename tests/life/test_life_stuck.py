"""A stuck action is agenda material: at the session where the mentee says "stuck", the
mentor puts it on that session's agenda, right after the item under way, as a reference to
the action (never a copy of its text), and never a private one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from lifekit import START, Cli, add_session, add_tandem, at, service

from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.model import AgendaItem, Session
from rmtui.core.planning import followed_up
from rmtui.store import Workspace


def agenda(ws: Workspace, tid: str, n: int) -> list[tuple[str, list[int]]]:
    return [(i.title, i.actions) for i in ws.session(tid, n).items]


def test_a_stuck_action_goes_after_the_item_under_way_once(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    n = add_session(any_ws, tid, at(START), "running")

    def three_items(session: Session) -> None:
        titles = ("Follow-up", "LinkedIn", "Wrap-up")
        session.items = [AgendaItem(title, 10) for title in titles]
        session.current_item = 0

    any_ws.update_session(tid, n, three_items)
    life, _ = service(any_ws, at(START))
    post = life.add_action(tid, "one post a day", habit="daily")
    life.check_in(tid, post.id, "stuck", note="no ideas what to post")

    assert life.put_on_agenda(tid, post.id) == (n, True)
    assert agenda(any_ws, tid, n) == [
        ("Follow-up", []),
        (messages.STUCK_ITEM_TITLE, [post.id]),
        ("LinkedIn", []),
        ("Wrap-up", []),
    ]
    assert life.on_agenda(tid, n) == {post.id}
    # Asked again (a second key press, another process): nothing doubles.
    assert life.put_on_agenda(tid, post.id) == (n, False)
    assert len(any_ws.session(tid, n).items) == 4
    # The item shows the action as it is now, from the records.
    [item] = [i for i in any_ws.session(tid, n).items if i.actions]
    shown = followed_up(item, any_ws.actions(tid), shared=True)
    assert [a.text for a in shown] == ["one post a day"]


def test_private_closed_or_over_stays_off_the_agenda(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    held = add_session(any_ws, tid, at(START), "done")
    life, _ = service(any_ws, at(START + timedelta(days=14)))
    secret = life.add_action(tid, "ask HR about the reorganisation", private=True)
    life.check_in(tid, secret.id, "stuck", session=held)
    gone = life.add_action(tid, "old idea")
    life.check_in(tid, gone.id, "dropped", session=held)
    fine = life.add_action(tid, "set up the feed")
    life.check_in(tid, fine.id, "stuck", session=held)
    before = any_ws.session(tid, held)

    with pytest.raises(InvalidInput, match="private"):
        life.put_on_agenda(tid, secret.id, session=held)
    with pytest.raises(InvalidInput, match="dropped"):
        life.put_on_agenda(tid, gone.id, session=held)
    with pytest.raises(InvalidInput, match="over"):
        life.put_on_agenda(tid, fine.id, session=held)
    assert any_ws.session(tid, held) == before


def test_a_session_not_started_gets_it_last(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    add_session(any_ws, tid, at(START), "done")
    planned = add_session(any_ws, tid, at(START + timedelta(days=14)))
    any_ws.update_session(tid, planned, lambda s: s.items.append(AgendaItem("Teams", 30)))
    life, _ = service(any_ws, at(START + timedelta(days=7)))
    action = life.add_action(tid, "mute the group chats")
    assert life.put_on_agenda(tid, action.id, session=planned) == (planned, True)
    assert agenda(any_ws, tid, planned) == [
        ("Teams", []),
        (messages.STUCK_ITEM_TITLE, [action.id]),
    ]


def test_checkin_stuck_with_agenda_from_the_cli(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "workspace")
    ws = Workspace(cli.root)
    tid = add_tandem(ws, start=date.today())
    n = add_session(ws, tid, at(date.today()), "running")
    assert cli("action", "add", tid, "post", "once", "a", "day", "--habit", "daily")[0] == 0
    assert cli("action", "add", tid, "the", "secret", "one", "--private")[0] == 0

    code, out, err = cli("action", "checkin", tid, "1", "stuck", "--agenda")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"action 1 at session {n}: stuck",
        f"action 1 is on the agenda of session {n}: {messages.STUCK_ITEM_TITLE}",
    ]
    assert agenda(ws, tid, n) == [(messages.STUCK_ITEM_TITLE, [1])]
    code, out, _ = cli("action", "checkin", tid, "1", "stuck", "--agenda")
    assert out.splitlines()[-1] == f"action 1 is already on the agenda of session {n}"

    code, _, err = cli("action", "checkin", tid, "2", "stuck", "--agenda")
    assert code == 2 and "private" in err
    assert agenda(ws, tid, n) == [(messages.STUCK_ITEM_TITLE, [1])]
