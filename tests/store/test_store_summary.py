"""The workspace summary (``<workspace>/.summaries/<tandem id>``) gives the home screen exactly the
rows a full reading of every tandem gives: on a generated workspace with a damaged
tandem, after another process's edits, and when the summary is missing or damaged."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from storekit import FIXED_NOW, draft, note, session

from rmtui.core import messages
from rmtui.core.model import Action, LearningEntry
from rmtui.core.refs import SessionRef
from rmtui.service.records import promote
from rmtui.service.sessions import SessionService
from rmtui.service.tandems import Dashboard, TandemService
from rmtui.store import Workspace


def now() -> datetime:
    return FIXED_NOW


def full_reading(root: Path) -> Dashboard:
    """The dashboard from the files alone: no summary to start from."""
    shutil.rmtree(root / ".summaries", ignore_errors=True)
    return TandemService(Workspace(root), now).dashboard()


def shown(board: Dashboard) -> tuple[object, ...]:
    problems = tuple((type(p).__name__, str(p.path)) for p in board.problems)
    return board.rows, problems


def generated(root: Path, tandems: int = 6) -> Workspace:
    ws = Workspace(root)
    for t in range(tandems):
        tid = ws.add_tandem(draft(f"Mentee {t}")).id
        ws.add_keywords(tid, ["LinkedIn", "prywatność"])
        for s in range(t % 3):
            n = ws.add_session(session(tid, f"Session {s}")).n
            ws.add_notes(tid, n, [note("! follow up", kind="action"), note("LinkedIn talk")])
            ws.update_session(tid, n, lambda x: setattr(x, "status", "done"))
            if s:
                promote(ws, tid, n)
    return ws


def test_the_summary_gives_the_rows_of_a_full_reading(ws_root: Path) -> None:
    ws = generated(ws_root)
    ws.layout.tandem_file("mentee-3").write_bytes(b'{"rmtui": "tandem", "schema"')
    svc = TandemService(ws, now)
    first = svc.dashboard()
    assert sorted(os.listdir(ws.root / ".summaries")) == [f"mentee-{t}" for t in (0, 1, 2, 4, 5)]
    assert stat.S_IMODE(os.stat(ws.root / ".summaries" / "mentee-0").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(ws.root / ".summaries").st_mode) == 0o700
    again = svc.dashboard()  # from the summary
    assert shown(again) == shown(first) == shown(full_reading(ws_root))
    assert len(first.rows) == 5 and len(first.problems) == 1


def with_actions(ws: Workspace) -> None:
    """mentee-0 gets five open actions (one overdue) and two done ones."""
    today = FIXED_NOW.date()
    for i, session_n in enumerate([3, None, 1, 2, 1]):
        due = today - timedelta(days=2) if i == 0 else today + timedelta(days=i)
        ws.add_action("mentee-0", Action(id=0, text=f"open {i}", session=session_n, due=due))
    for i in range(2):
        ws.add_action("mentee-0", Action(id=0, text=f"finished {i}", state="done", session=1))


def test_the_home_rows_count_the_actions_and_list_the_oldest_open_ones(ws_root: Path) -> None:
    ws = generated(ws_root)
    with_actions(ws)
    svc = TandemService(ws, now)
    first = svc.dashboard()
    again = svc.dashboard()  # from the summary
    assert shown(again) == shown(first) == shown(full_reading(ws_root))
    row = next(r for r in again.rows if r.tandem_id == "mentee-0")
    assert [a.text for a in row.records.oldest] == ["open 1", "open 2", "open 4"]
    assert row.records.count == 5 and row.open_actions == 5
    assert messages.ACTIONS_OVERDUE.format(1) in row.warnings
    # The summary holds what the row shows, not every record: no done action is in it.
    kept = (ws.root / ".summaries" / "mentee-0").read_bytes()
    assert b"open 4" in kept and b"open 0" not in kept and b"finished" not in kept


def test_a_note_already_promoted_is_not_counted_twice_from_the_summary(ws_root: Path) -> None:
    ws = generated(ws_root)  # mentee-2's second session is promoted, its first is not
    svc = TandemService(ws, now)
    first = svc.dashboard()
    row = next(r for r in first.rows if r.tandem_id == "mentee-2")
    assert row.open_actions == 2 and row.records.count == 1
    assert shown(svc.dashboard()) == shown(first) == shown(full_reading(ws_root))


def test_a_source_with_a_line_break_reads_back_as_it_was(ws_root: Path) -> None:
    ws = generated(ws_root)
    # mentee-2 has a session not promoted: its row needs the sources (see life_of).
    ws.add_action("mentee-2", Action(id=0, text="odd", source="9/1\n9/2"))
    svc = TandemService(ws, now)
    first = svc.dashboard()
    assert shown(svc.dashboard()) == shown(first) == shown(full_reading(ws_root))
    row = next(r for r in first.rows if r.tandem_id == "mentee-2")
    assert "9/1\n9/2" in row.records.sources


@pytest.mark.parametrize(
    "damage",
    [
        {"due": ["yesterday"], "oldest": [], "sources": []},
        {"due": [], "oldest": [[1, {"text": 5}]], "sources": []},
        {"due": [], "oldest": [], "sources": [None]},
        {"oldest": []},
        [],
    ],
)
def test_damaged_action_counts_in_the_summary_are_read_from_the_file(
    ws_root: Path, damage: object
) -> None:
    ws = generated(ws_root)
    with_actions(ws)
    svc = TandemService(ws, now)
    expected = shown(svc.dashboard())
    for path in (ws.root / ".summaries").iterdir():
        head, _, body = path.read_bytes().partition(b"\n")
        tables = json.loads(body)
        tables["open"] = damage
        path.write_bytes(head + b"\n" + json.dumps(tables).encode())
    assert shown(svc.dashboard()) == expected


def test_edits_by_another_process_show(ws_root: Path) -> None:
    ws = generated(ws_root)
    svc = TandemService(ws, now)
    svc.dashboard()
    other = Workspace(ws_root)
    other.add_keywords("mentee-1", ["Datenschutz"])
    other.add_tandem(draft("Zofia"))
    other.erase_tandem("mentee-2")
    ref = SessionRef("mentee-4", other.add_session(session("mentee-4")).n)
    SessionService(other).start(ref)
    other.add_note("mentee-4", ref.n, note("! call Piet", kind="action"))
    board = svc.dashboard()
    assert shown(board) == shown(full_reading(ws_root))
    ids = [r.tandem_id for r in board.rows]
    assert "zofia" in ids and "mentee-2" not in ids


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{",
        b"[]",
        b'{"rmtui":"summary","schema":2,"signature":[1,2,3]}\n{}',
    ],
)
def test_a_damaged_summary_is_rebuilt(ws_root: Path, damage: bytes) -> None:
    ws = generated(ws_root)
    svc = TandemService(ws, now)
    expected = shown(svc.dashboard())
    for path in (ws.root / ".summaries").iterdir():
        path.write_bytes(damage)
    assert shown(svc.dashboard()) == expected
    assert shown(svc.dashboard()) == expected


def test_a_summary_entry_is_not_trusted_over_a_changed_file(ws_root: Path) -> None:
    ws = generated(ws_root)
    svc = TandemService(ws, now)
    svc.dashboard()
    # Same size and same mtime are not enough: every write renames a new file in place.
    path = ws.layout.tandem_file("mentee-0")
    before = os.stat(path)
    ws.update_tandem("mentee-0", mentee="Mentee X")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    names = [r.summary.tandem.mentee for r in svc.dashboard().rows]
    assert "Mentee X" in names


def test_a_summary_entry_of_the_wrong_shape_is_read_from_the_file(ws_root: Path) -> None:
    ws = generated(ws_root)
    svc = TandemService(ws, now)
    expected = shown(svc.dashboard())
    for path in (ws.root / ".summaries").iterdir():
        head, _, body = path.read_bytes().partition(b"\n")
        tables = json.loads(body)
        tables["learned"] = {"mentor": -1, "mentee": 0, "sources": []}
        if path.name == "mentee-1":
            tables["profile"] = {"1": {"mentee": 5}}
        path.write_bytes(head + b"\n" + json.dumps(tables).encode())
    assert shown(svc.dashboard()) == expected


def test_a_damaged_learning_entry_is_a_problem_however_the_summary_stands(
    ws_root: Path,
) -> None:
    ws = generated(ws_root)
    ws.add_learning("mentee-0", [LearningEntry(id=0, learned_by="mentor", text="Teams")])
    svc = TandemService(ws, now)
    svc.dashboard()
    path = ws.layout.tandem_file("mentee-0")
    path.write_bytes(path.read_bytes().replace(b'"learned_by":"mentor"', b'"learned_by":7'))
    board = svc.dashboard()
    assert [p.path for p in board.problems] == [path]
    assert shown(board) == shown(full_reading(ws_root))


def test_erase_leaves_nothing_of_the_tandem_in_the_summary(ws_root: Path) -> None:
    ws = generated(ws_root)
    ws.add_action("mentee-1", Action(id=0, text="Ask Piet about the canary", private=True))
    TandemService(ws, now).dashboard()
    assert b"canary" in (ws.root / ".summaries" / "mentee-1").read_bytes()
    ws.erase_tandem("mentee-1")
    assert "mentee-1" not in os.listdir(ws.root / ".summaries")
    assert not any(b"canary" in p.read_bytes() for p in (ws.root / ".summaries").iterdir())


def test_a_link_put_in_place_of_a_tandem_is_refused_as_a_full_reading_does(
    ws_root: Path, tmp_path: Path
) -> None:
    ws = generated(ws_root)
    svc = TandemService(ws, now)
    svc.dashboard()
    folder = ws.layout.tandem_dir("mentee-0")
    os.rename(folder, tmp_path / "moved")
    os.symlink(tmp_path / "moved", folder)  # the very same file behind it
    board = svc.dashboard()
    assert "mentee-0" not in [r.tandem_id for r in board.rows]
    assert shown(board) == shown(full_reading(ws_root))


OTHER_PROCESS = """
import sys
from pathlib import Path
from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace

ws = Workspace(Path(sys.argv[1]))
ws.add_keywords("mentee-0", ["Datenschutz"])
ws.update_tandem("mentee-5", mentee="Anna")
ws.add_tandem(TandemDraft(mentee="Piet", mentee_dept="Sales", mentor_dept="IT"))
"""


def test_a_second_process_s_writes_show(ws_root: Path) -> None:
    ws = generated(ws_root)
    svc = TandemService(ws, now)
    svc.dashboard()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(ws_root)], env=env, check=True)
    board = svc.dashboard()
    assert shown(board) == shown(full_reading(ws_root))
    assert {"Anna", "Piet"} <= {r.summary.tandem.mentee for r in board.rows}


def test_a_tandem_folder_deleted_by_hand_leaves_no_summary(ws_root: Path) -> None:
    ws = generated(ws_root)
    svc = TandemService(ws, now)
    svc.dashboard()
    shutil.rmtree(ws.layout.tandem_dir("mentee-4"))
    (ws.root / ".summaries" / ".mentee-0.123456789.tmp").write_bytes(b"left by a crash")
    assert "mentee-4" not in [r.tandem_id for r in svc.dashboard().rows]
    assert sorted(os.listdir(ws.root / ".summaries")) == [f"mentee-{t}" for t in (0, 1, 2, 3, 5)]


def test_an_erased_tandem_leaves_nothing_in_the_derived_files(ws_root: Path) -> None:
    ws = generated(ws_root)
    canary = "CANARY-erased-private-action"
    TandemService(ws, now).add_action("mentee-2", canary, private=True)
    TandemService(ws, now).dashboard()
    assert canary.encode() in (ws_root / ".summaries" / "mentee-2").read_bytes()
    Workspace(ws_root).erase_tandem("mentee-2")  # from the CLI: no dashboard after it
    for path in ws_root.rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path
    assert shown(TandemService(ws, now).dashboard()) == shown(full_reading(ws_root))
