"""The session service end to end: plan -> start -> notes -> items -> pause -> stop.

Asserts on what the workspace holds afterwards, on disk and on TinyDB's MemoryStorage.
"""

from __future__ import annotations

import errno
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sessionkit import START, TEMPLATE, FakeTime, add_tandem

from rmtui.core.live import NotAllowed
from rmtui.core.model import Session
from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace
from rmtui.store.errors import NotFound, WriteFailed

WHEN = datetime(2027, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=1)))


def index_status(ws: Workspace, ref: SessionRef) -> str:
    return next(i.status for i in ws.summary(ref.tandem_id).sessions if i.n == ref.n)


def test_a_whole_session(any_workspace: Workspace, fake_time: FakeTime) -> None:
    ws = any_workspace
    tid = add_tandem(ws)
    svc = SessionService(ws, wall=fake_time.wall, mono=fake_time.mono)

    planned = svc.plan(tid, TEMPLATE, WHEN, carry=False)  # the template's three items
    ref = SessionRef(tid, planned.n)
    assert str(ref) == f"{tid}/1"
    assert index_status(ws, ref) == "planned"
    assert svc.live() == []
    signature = svc.signature(ref)
    assert signature is not None and svc.signature(ref) == signature

    svc.start(ref)
    assert index_status(ws, ref) == "running"
    assert svc.live() == [(ref, "running")]
    assert svc.signature(ref) != signature

    fake_time.advance(65)
    lines = [
        "Zofia opened LinkedIn herself",
        "! one post a week #Yammer",
        "? can my team see what I like",
        "* found the privacy settings alone",
        "> pallet-hours are how planners count",
        "< a headline beats a job title",
        "~ admits she never changed a setting",
        "~* proud of her PRYWATNOŚĆ checklist",
        "\\! not an action",
    ]
    notes = [svc.add_note(ref, line) for line in lines]
    assert [n.kind for n in notes] == [
        "note",
        "action",
        "question",
        "highlight",
        "mentor-learned",
        "mentee-learned",
        "note",
        "highlight",
        "note",
    ]
    assert [n.private for n in notes] == [False] * 6 + [True, True, False]
    assert notes[0].keywords == ["LinkedIn"]
    assert notes[1].keywords == ["Yammer"]  # a #tag not on the list is kept as typed
    assert notes[7].keywords == ["prywatność"]
    assert notes[8].text == "! not an action"
    assert {n.elapsed for n in notes} == {65}
    assert {n.item for n in notes} == {0}
    assert notes[0].wall == datetime.fromtimestamp(START + 65).astimezone()

    fake_time.advance(600 - 65)
    svc.next_item(ref)
    svc.toggle_driving(ref)
    fake_time.advance(120)
    on_item_two = svc.add_note(ref, "she changes the setting herself")
    assert (on_item_two.item, on_item_two.elapsed) == (1, 720)
    svc.toggle_driving(ref)
    fake_time.advance(30)

    paused = svc.pause(ref)
    assert paused.status == "paused" and index_status(ws, ref) == "paused"
    assert svc.live() == [(ref, "paused")]
    fake_time.advance(900)  # a break: not session time
    during_break = svc.add_note(None, "note typed in the break")  # the live one, by default
    assert during_break.elapsed == 750
    svc.resume(ref)
    assert index_status(ws, ref) == "running"
    fake_time.advance(50)

    svc.mark_item(ref, how="done", advance=True)
    fake_time.advance(100)
    svc.mark_item(ref, 0, "skipped")
    done = svc.stop(ref)
    assert done.status == "done" and index_status(ws, ref) == "done"
    assert svc.live() == []

    # Everything above is on disk, as a fresh reader sees it.
    stored = Workspace(ws.root, backend=ws.backend).session(tid, ref.n)
    assert stored.clock.banked == 900 and not stored.clock.running
    assert [i.spent_seconds for i in stored.items] == [600, 200, 100]
    assert [i.driven_seconds for i in stored.items] == [0, 120, 0]
    assert [(i.done, i.skipped) for i in stored.items] == [
        (False, True),
        (True, False),
        (False, False),
    ]
    assert stored.current_item == 2
    assert stored.driving_since is None
    assert len(stored.notes) == len(lines) + 2
    assert [n.text for n in stored.notes[:2]] == [
        "Zofia opened LinkedIn herself",
        "one post a week #Yammer",
    ]

    # The review: edit, re-kind, toggle private, delete.
    edited = svc.update_note(ref, notes[0].id, text="! Zofia opened IoT settings", kind="highlight")
    assert (edited.text, edited.kind, edited.keywords) == (
        "! Zofia opened IoT settings",
        "highlight",
        ["IoT"],
    )
    assert svc.toggle_private(ref, notes[0].id).private
    assert not svc.toggle_private(ref, notes[0].id).private
    svc.delete_note(ref, notes[2].id)
    after = svc.notes(ref)
    assert notes[2].id not in {n.id for n in after}
    assert len(after) == len(lines) + 1
    with pytest.raises(NotFound):
        svc.delete_note(ref, notes[2].id)
    with pytest.raises(NotFound):
        svc.update_note(ref, 999, private=True)


def test_a_note_after_the_session_is_stamped_at_its_end(
    service: SessionService, tandem_id: str, fake_time: FakeTime
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    prep = service.add_note(ref, "prepare: ask about the new phone")
    assert (prep.elapsed, prep.item) == (0, None)
    service.start(ref)
    fake_time.advance(3000)
    service.stop(ref)
    fake_time.advance(3600)
    reflection = service.add_note(ref, "~ what went well: she drove all along", item=None)
    assert (reflection.elapsed, reflection.item, reflection.private) == (3000, None, True)


def test_explicit_stamp_kind_and_item(
    service: SessionService, tandem_id: str, fake_time: FakeTime
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE, carry=False).n)
    service.start(ref)
    fake_time.advance(100)
    note = service.add_note(ref, "* typed earlier", at=42.5, item=2, kind="question", private=True)
    assert (note.elapsed, note.item, note.kind, note.private) == (42.5, 2, "question", True)
    with pytest.raises(NotAllowed):
        service.add_note(ref, "x", item=7)


def test_stamps_never_go_below_the_last_note(
    service: SessionService, tandem_id: str, fake_time: FakeTime
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    service.start(ref)
    fake_time.advance(300)
    service.add_note(ref, "first")
    fake_time.jump_wall(-120)  # the wall clock is set back between two notes
    assert service.add_note(ref, "second").elapsed == 300


def test_only_one_live_session_and_no_guessing(
    workspace: Workspace, service: SessionService, fake_time: FakeTime
) -> None:
    with pytest.raises(NotAllowed, match="no session is running"):
        service.add_note(None, "nowhere to go")
    first = add_tandem(workspace, "Anna Nowak")
    second = add_tandem(workspace, "Henk de Vries")
    a = SessionRef(first, service.plan(first, TEMPLATE).n)
    b = SessionRef(second, service.plan(second, TEMPLATE).n)
    service.start(a)
    with pytest.raises(NotAllowed, match=f"{a} is still running"):
        service.start(b)
    service.pause(a)
    with pytest.raises(NotAllowed, match="still paused"):
        service.start(b)
    assert service.find_live() == a  # paused, but the only one
    service.stop(a)
    service.start(b)
    assert service.find_live() == b

    def run(session: Session) -> None:
        session.status = "running"

    workspace.update_session(first, a.n, run)  # two live ones, as a crash might leave
    with pytest.raises(NotAllowed, match="several sessions"):
        service.add_note(None, "which one?")


def test_unknown_sessions_and_bad_steps(service: SessionService, tandem_id: str) -> None:
    with pytest.raises(NotFound):
        service.start(SessionRef(tandem_id, 9))
    with pytest.raises(NotFound):
        service.add_note(SessionRef("nobody", 1), "x")
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    for step in (service.pause, service.resume, service.stop, service.toggle_driving):
        with pytest.raises(NotAllowed):
            step(ref)
    with pytest.raises(NotAllowed):
        service.go_to(ref, 3)


def test_a_failed_note_write_is_an_error_and_changes_nothing(
    service: SessionService, tandem_id: str, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    service.start(ref)
    service.add_note(ref, "saved")
    before = workspace.layout.session_file(tandem_id, ref.n).read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailed, match="disk is full"):
        service.add_note(ref, "not saved")
    monkeypatch.undo()
    assert workspace.layout.session_file(tandem_id, ref.n).read_bytes() == before
    assert [n.text for n in service.notes(ref)] == ["saved"]
    assert service.add_note(ref, "saved again").text == "saved again"


def test_the_index_names_every_live_session_even_after_a_crash_between_files(
    service: SessionService, tandem_id: str, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    session_file = workspace.layout.session_file(tandem_id, ref.n)
    real_replace = os.replace

    def crash_on_session_file(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == session_file:
            raise OSError(errno.EIO, "simulated crash")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_session_file)
    with pytest.raises(WriteFailed):
        service.start(ref)
    monkeypatch.undo()
    # The index went first and says "running"; the session file (the truth) does not.
    tandem_file = workspace.layout.tandem_file(tandem_id)
    assert b'"status":"running"' in tandem_file.read_bytes()
    assert service.live() == []
    assert index_status(workspace, ref) == "planned"  # the next read repairs the index
    assert service.start(ref).status == "running"
    assert service.live() == [(ref, "running")]


def test_signature_follows_writes_from_another_workspace_object(
    workspace: Workspace, service: SessionService, tandem_id: str
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    service.start(ref)
    seen = service.signature(ref)
    other = SessionService(Workspace(workspace.root))  # as a second process would
    other.add_note(None, "from the CLI")
    assert service.signature(ref) != seen
    assert [n.text for n in service.notes(ref)] == ["from the CLI"]
    assert service.signature(SessionRef(tandem_id, 99)) is None


def test_the_keyword_list_is_reread_when_it_changes(
    workspace: Workspace, service: SessionService, tandem_id: str
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    assert service.add_note(ref, "about blockchain").keywords == []
    workspace.add_keywords(tandem_id, ["blockchain"])
    assert service.add_note(ref, "about blockchain").keywords == ["blockchain"]
    workspace.set_keyword_status(tandem_id, "blockchain", "dropped")
    assert service.add_note(ref, "about blockchain").keywords == []


def test_a_note_is_saved_even_when_the_tandem_file_is_unreadable(
    service: SessionService, tandem_id: str, workspace: Workspace
) -> None:
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    service.start(ref)
    workspace.layout.tandem_file(tandem_id).write_text("{ torn")
    note = service.add_note(ref, "about LinkedIn #iot")
    assert note.keywords == ["iot"]  # explicit tags still attach
    assert [n.text for n in workspace.session(tandem_id, ref.n).notes] == ["about LinkedIn #iot"]


def test_records_stored_at_the_stop_follow_the_review(
    any_workspace: Workspace, fake_time: FakeTime
) -> None:
    ws = any_workspace
    tid = add_tandem(ws)
    svc = SessionService(ws, wall=fake_time.wall, mono=fake_time.mono)
    ref = svc.plan(tid, TEMPLATE, carry=False)
    svc.start(ref)
    unmarked = svc.add_note(ref, "! send the slides")
    kept = svc.add_note(ref, "! one post a week")
    hidden = svc.add_note(ref, "> how cross-docking works")
    deleted = svc.add_note(ref, "< muting a group")
    svc.stop(ref)  # all four are records now
    stored = {a.source: a for a in ws.actions(tid)}
    kept_id = stored[f"{ref.n}/{kept.id}"].id
    life = TandemService(ws, now=lambda: WHEN)
    life.edit_action(tid, kept_id, owner="mentor")  # an edit made meanwhile

    svc.update_note(ref, unmarked.id, kind="note")
    svc.update_note(ref, kept.id, text="one post a week, on Fridays")
    svc.toggle_private(ref, hidden.id)
    svc.delete_note(ref, deleted.id)
    svc.finish_review(ref)

    actions = ws.actions(tid)
    assert [(a.id, a.text, a.owner) for a in actions] == [
        (kept_id, "one post a week, on Fridays", "mentor")
    ]
    learning = ws.learning(tid)
    assert [(e.text, e.private) for e in learning] == [("how cross-docking works", True)]
    # Only the review follows notes: a later promotion leaves records as they are.
    svc.update_note(ref, kept.id, text="changed after the review")
    life.promote(tid, ref.n)
    assert [a.text for a in ws.actions(tid)] == ["one post a week, on Fridays"]
