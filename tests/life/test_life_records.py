"""Promotion of `!`, `>`, `<` notes into records; actions, learning, balance, carry-over."""

from __future__ import annotations

from datetime import date

import pytest
from lifekit import START, TEMPLATE, FakeTime, add_session, add_tandem, at, note, service

from rmtui.core.errors import InvalidInput
from rmtui.core.planning import followed_up
from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.store.errors import NotFound

NOW = at(date(2027, 2, 1), 9)


def held(ws: Workspace, tid: str) -> int:
    """A held session: an action, learning both ways, a private one, keywords touched."""
    return add_session(
        ws,
        tid,
        at(date(2027, 1, 5)),
        "done",
        [
            note("opened LinkedIn alone", keywords=["LinkedIn"]),
            note("one post a week", "action", elapsed=120, keywords=["LinkedIn"]),
            note("pallet-hours are how planners count", "mentor-learned", elapsed=180),
            note("a headline beats a job title", "mentee-learned", elapsed=240),
            note("never changed a setting", "mentor-learned", elapsed=300, private=True),
            note("IoT sensors in the trucks", keywords=["IoT"], elapsed=360),
        ],
    )


def test_promotion_is_idempotent(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    n = held(any_ws, tid)
    svc, _ = service(any_ws, NOW)

    first = svc.promote(tid, n)
    assert [a.text for a in first.actions] == ["one post a week"]
    assert [a.source for a in first.actions] == [f"{n}/2"]
    assert len(first.learning) == 3
    assert first.keywords == ["IoT", "LinkedIn"]
    before = any_ws.tandem_signature(tid)

    again = svc.promote(tid, n)
    assert (again.actions, again.learning) == ([], [])
    assert any_ws.tandem_signature(tid) == before  # nothing new: nothing written
    assert len(any_ws.actions(tid)) == 1 and len(any_ws.learning(tid)) == 3
    touched = {k.text: k.sessions for k in any_ws.keywords(tid)}
    assert touched["LinkedIn"] == [n] and touched["IoT"] == [n] and touched["big data"] == []


def test_pending_notes_show_until_promoted_and_never_twice(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    n = held(any_ws, tid)
    svc, _ = service(any_ws, NOW)
    pending = svc.actions(tid)
    assert [(a.id, a.pending, a.source) for a in pending] == [(None, True, f"{n}/2")]
    log = svc.learning_log(tid)
    assert all(i.pending for i in log.mentor + log.mentee)

    svc.promote(tid, n)
    [action] = svc.actions(tid)
    assert (action.pending, action.id, action.note) == (False, 1, (n, 2))
    log = svc.learning_log(tid)
    assert [i.text for i in log.mentor] == [
        "pallet-hours are how planners count",
        "never changed a setting",
    ]
    assert [i.private for i in log.mentor] == [False, True]
    assert [i.text for i in log.mentee] == ["a headline beats a job title"]
    assert not any(i.pending for i in log.mentor + log.mentee)


def test_stop_promotes(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    sessions = SessionService(any_ws, wall=FakeTime().wall, mono=FakeTime().mono)
    ref = SessionRef(tid, sessions.plan(tid, TEMPLATE).n)
    sessions.start(ref)
    sessions.add_note(ref, "! switch off notifications for group X")
    sessions.add_note(ref, "< Datenschutz settings, one by one")
    assert any_ws.actions(tid) == []
    sessions.stop(ref)
    assert [a.text for a in any_ws.actions(tid)] == ["switch off notifications for group X"]
    [entry] = any_ws.learning(tid)
    assert (entry.learned_by, entry.keywords) == ("mentee", ["Datenschutz"])
    assert {k.text: k.sessions for k in any_ws.keywords(tid)}["Datenschutz"] == [ref.n]


def test_repromotion_follows_edited_notes(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    n = held(any_ws, tid)
    svc, _ = service(any_ws, NOW)
    svc.promote(tid, n)

    # The review drops the IoT note and tags another note with big data.
    any_ws.delete_note(tid, n, 6)

    def tag(note_: object) -> None:
        note_.keywords = ["big data"]  # type: ignore[attr-defined]

    any_ws.update_note(tid, n, 1, tag)
    # Until promoted again, the dashboard reads the changed file itself.
    row = svc.dashboard().rows[0]
    touched = {r.keyword.text: r.sessions for r in row.coverage.rows}
    assert touched["big data"] == (n,)
    svc.promote(tid, n)
    sessions = {k.text: k.sessions for k in any_ws.keywords(tid)}
    assert sessions["IoT"] == [] and sessions["big data"] == [n]
    assert sessions["LinkedIn"] == [n]  # still touched by the action note
    assert len(any_ws.actions(tid)) == 1  # the records stay; nothing doubled


def test_balance_and_one_sided_warning(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    assert svc.overview(tid).balance.total == 0
    assert svc.overview(tid).balance.bar(4) == "····"
    for text in ("cross-docking", "pallet-hours", "cold chain", "forklift licences"):
        svc.add_learning(tid, "mentor", text)
    o = svc.overview(tid)
    assert (o.balance.mentor, o.balance.mentee, o.balance.one_sided) == (4, 0, True)
    assert o.balance.leaning == "mentor" and o.balance.bar(4) == "████"
    assert any("4 of 4 entries are what the mentor learned" in w for w in o.warnings)
    svc.add_learning(tid, "mentee", "LinkedIn headlines")
    o = svc.overview(tid)
    assert (o.balance.mentor_share, o.balance.one_sided) == (0.8, False)
    assert o.balance.bar(10) == "████████▒▒"
    assert not any("learned" in w for w in o.warnings)


def test_learning_entries_are_edited_linked_and_private(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    entry = svc.add_learning(tid, "mentee", "  GDPR basics \n", keywords=["prywatnosc", "GDPR"])
    assert entry.text == "GDPR basics"
    assert entry.keywords == ["prywatność", "GDPR"]  # the list's own spelling, else as typed
    edited = svc.edit_learning(tid, entry.id, learned_by="mentor", private=True, keywords=[])
    assert (edited.learned_by, edited.private, edited.keywords) == ("mentor", True, [])
    assert [i.text for i in svc.learning_log(tid).mentor] == ["GDPR basics"]
    with pytest.raises(InvalidInput):
        svc.add_learning(tid, "both", "x")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        svc.add_learning(tid, "mentor", "   ")
    svc.delete_learning(tid, entry.id)
    with pytest.raises(NotFound):
        svc.edit_learning(tid, entry.id, text="gone")


def test_actions_open_first_with_due_dates(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    a = svc.add_action(tid, "one tweet per day", due=date(2027, 1, 20))
    b = svc.add_action(tid, "share the cold-chain post", owner="mentor")
    c = svc.add_action(tid, "switch off group X")
    svc.set_action_state(tid, a.id, "done")
    svc.set_action_state(tid, c.id, "dropped")
    assert [(v.id, v.state) for v in svc.actions(tid)] == [(b.id, "open"), (a.id, "done"),
                                                          (c.id, "dropped")]  # fmt: skip
    svc.set_action_state(tid, a.id, "open")
    views = {v.id: v for v in svc.actions(tid)}
    assert views[a.id].overdue and not views[b.id].overdue
    o = svc.overview(tid)
    assert o.open_actions == 2
    assert "1 action past its due date" in o.warnings
    edited = svc.edit_action(tid, b.id, due=date(2027, 3, 1), text="post it")
    assert (edited.due, edited.text, edited.owner) == (date(2027, 3, 1), "post it", "mentor")
    assert svc.edit_action(tid, b.id, due=None).due is None
    with pytest.raises(InvalidInput):
        svc.set_action_state(tid, a.id, "finished")  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        svc.set_action_state(tid, 99, "done")


def test_carry_over_follows_open_actions_only(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    wall = FakeTime()
    sessions = SessionService(any_ws, wall=wall.wall, mono=wall.mono)
    svc, _ = service(any_ws, NOW)
    older = svc.add_action(tid, "one tweet per day")  # added directly, still open
    ref = SessionRef(tid, sessions.plan(tid, TEMPLATE, at(START)).n)
    sessions.start(ref)
    for line in ("! install the app", "! one post a week", "! switch off group X"):
        sessions.add_note(ref, line)
    # Not stopped yet: the `!` notes are followed up as they are.
    carried = sessions.carry_over(tid)
    assert carried is not None
    assert [a.text for a in carried.actions] == [
        "one tweet per day", "install the app", "one post a week", "switch off group X"
    ]  # fmt: skip
    sessions.stop(ref)
    by_text = {a.text: a for a in any_ws.actions(tid)}
    svc.set_action_state(tid, by_text["install the app"].id, "done")
    svc.set_action_state(tid, by_text["switch off group X"].id, "dropped")
    svc.set_action_state(tid, older.id, "done")

    nxt = sessions.plan(tid, TEMPLATE, at(date(2027, 1, 19)))
    follow_up = nxt.items[0]
    assert [a.text for a in followed_up(follow_up, any_ws.actions(tid), shared=False)] == [
        "one post a week"
    ]
    assert follow_up.notes.startswith("carried from session 1")


def test_unknown_tandem(any_ws: Workspace) -> None:
    svc, _ = service(any_ws, NOW)
    with pytest.raises(NotFound):
        svc.overview("nobody")
    with pytest.raises(NotFound):
        svc.promote("nobody", 1)
