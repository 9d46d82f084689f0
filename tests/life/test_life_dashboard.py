"""The dashboard reads ``tandem.json`` files, and session files only where it must."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lifekit import add_session, add_tandem, at, note, service

from rmtui.core.model import Session
from rmtui.store import Workspace
from rmtui.store.errors import UnreadableFile

NOW = at(date(2027, 2, 1), 9)


def count_session_reads(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    reads: list[tuple[str, int]] = []
    original = ws.session

    def counted(tandem_id: str, n: int) -> Session:
        reads.append((tandem_id, n))
        return original(tandem_id, n)

    monkeypatch.setattr(ws, "session", counted)
    return reads


def test_promoted_sessions_are_not_read(any_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    a = add_tandem(any_ws, "Anna Kowalska")
    b = add_tandem(any_ws, "Henk de Vries")
    svc, _ = service(any_ws, NOW)
    for tid in (a, b):
        for day in (5, 19):
            n = add_session(
                any_ws,
                tid,
                at(date(2027, 1, day)),
                "done",
                [note("! post", "action", keywords=["IoT"]), note("> pallets", "mentor-learned")],
            )
            svc.promote(tid, n)
        add_session(any_ws, tid, at(date(2027, 2, 2)))
    reads = count_session_reads(any_ws, monkeypatch)

    board = svc.dashboard()

    assert reads == []
    assert [r.summary.tandem.mentee for r in board.rows] == ["Anna Kowalska", "Henk de Vries"]
    row = board.rows[0]
    assert row.frame_label == "2/10" and row.open_actions == 2
    assert (row.balance.mentor, row.balance.mentee) == (2, 0)
    assert (row.coverage.covered, row.coverage.active) == (0, 5)
    assert row.coverage.count("touched") == 1
    assert row.timeline.strip().startswith("●●○")
    assert row.progress.next_session is not None and row.progress.next_session.n == 3


def test_live_and_unpromoted_sessions_are_read(
    any_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    held = add_session(any_ws, tid, at(date(2027, 1, 5)), "done", [note("x", keywords=["IoT"])])
    svc.promote(tid, held)
    live = add_session(
        any_ws, tid, at(date(2027, 2, 1)), "running", [note("! y", "action", keywords=["LinkedIn"])]
    )
    reads = count_session_reads(any_ws, monkeypatch)
    row = svc.dashboard().rows[0]
    assert reads == [(tid, live)]
    touched = {r.keyword.text: r.sessions for r in row.coverage.rows}
    assert touched["IoT"] == (held,) and touched["LinkedIn"] == (live,)
    assert row.open_actions == 1

    # A note added to the held session later (``rmtui note add``) changes its file.
    reads.clear()
    any_ws.add_note(tid, held, note("late", keywords=["big data"]))
    row = svc.dashboard().rows[0]
    assert sorted(reads) == [(tid, held), (tid, live)]
    assert {r.keyword.text: r.sessions for r in row.coverage.rows}["big data"] == (held,)


def test_dashboard_agrees_with_the_overview(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    for day, words in ((5, ["IoT", "LinkedIn"]), (19, ["Datenschutz"])):
        n = add_session(
            any_ws, tid, at(date(2027, 1, day)), "done", [note("n", keywords=words)] * 2
        )
        svc.promote(tid, n)
    row, full = svc.dashboard().rows[0], svc.overview(tid)
    assert row.coverage.count("touched") == full.coverage.count("touched") == 3
    assert row.coverage.covered == full.coverage.covered == 0
    assert [r.sessions for r in row.coverage.rows] == [r.sessions for r in full.coverage.rows]
    assert [r.notes for r in full.coverage.rows if r.touched] == [2, 2, 2]
    assert row.timeline == full.timeline and row.warnings == full.warnings


def test_an_unreadable_tandem_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "w")
    good = add_tandem(ws, "Anna Kowalska")
    bad = add_tandem(ws, "Henk de Vries")
    ws.layout.tandem_file(bad).write_text("{ not json")
    svc, _ = service(ws, NOW)
    board = svc.dashboard()
    assert [r.tandem_id for r in board.rows] == [good]
    [problem] = board.problems
    assert isinstance(problem, UnreadableFile) and problem.tandem_id == bad
    assert ws.layout.tandem_file(bad).read_text() == "{ not json"  # left untouched


def test_empty_workspace(tmp_path: Path) -> None:
    svc, _ = service(Workspace(tmp_path / "none"), NOW)
    board = svc.dashboard()
    assert board.rows == () and board.problems == ()
    assert not (tmp_path / "none").exists()  # reading builds nothing on disk
