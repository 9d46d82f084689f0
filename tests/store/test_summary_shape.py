"""The summary's compact shape (``store/summary_file.py``) is derived data: every field of it
is checked as a reading of the tandem file checks it, and a summary damaged anywhere, of
an older shape or taken before another process's write is rebuilt from the file, so the
home rows are always those of a full reading."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from storekit import FIXED_NOW, draft, note, session

from rmtui.core.model import LearningEntry
from rmtui.service.records import promote
from rmtui.service.tandems import Dashboard, TandemService
from rmtui.store import Workspace

Body = dict[str, Any]


def now() -> datetime:
    return FIXED_NOW


def workspace(root: Path) -> Workspace:
    """Three tandems: sessions held and promoted, open actions with and without a due
    day, learned notes both ways, aliases, and a planned session."""
    ws = Workspace(root)
    for t in range(3):
        tid = ws.add_tandem(draft(f"Mentee {t}")).id
        ws.add_keywords(tid, ["LinkedIn", "prywatność", "Datenschutz"])
        ws.set_keyword_aliases(tid, "Datenschutz", add=["privacy"])
        for s in range(t + 1):
            n = ws.add_session(session(tid, f"Session {s}")).n
            notes = [
                note("! post once a day", kind="action"),
                note("> how a waiting truck costs money", kind="mentor-learned"),
                note("< muted the group", kind="mentee-learned", keywords=["privacy"]),
                note("LinkedIn talk", keywords=["LinkedIn"]),
            ]
            ws.add_notes(tid, n, notes)
            ws.update_session(tid, n, lambda x: setattr(x, "status", "done"))
            promote(ws, tid, n)
        ws.add_session(session(tid, "Next"))
    return ws


def shown(board: Dashboard) -> tuple[object, ...]:
    return board.rows, tuple((type(p).__name__, str(p.path)) for p in board.problems)


def full_reading(root: Path) -> tuple[object, ...]:
    """The rows from the files alone, in a copy without any summary."""
    copy = root.with_name(root.name + "-full")
    shutil.rmtree(copy, ignore_errors=True)
    ignore = shutil.ignore_patterns(".summar*", "*.lock")
    shutil.copytree(root, copy, copy_function=os.link, ignore=ignore)  # same signatures
    try:
        rows, problems = shown(TandemService(Workspace(copy), now).dashboard())
        return rows, tuple((kind, path.replace(str(copy), str(root))) for kind, path in problems)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def summaries(root: Path) -> list[Path]:
    return sorted((root / ".summaries").iterdir())


def rewrite(path: Path, change: Callable[[Body], object]) -> None:
    head, _, body = path.read_bytes().partition(b"\n")
    doc = json.loads(body)
    change(doc)
    path.write_bytes(head + b"\n" + json.dumps(doc).encode())


def setter(part: str, value: object) -> Callable[[Body], object]:
    return lambda doc: doc.__setitem__(part, value)


def first_row(part: str, value: object) -> Callable[[Body], object]:
    return lambda doc: doc[part].__setitem__(0, value)


DAMAGE: dict[str, Callable[[Body], object]] = {
    "profile of the wrong shape": setter("tandem", {"id": 5}),
    "profile missing": lambda doc: doc.pop("tandem"),
    "session number not a number": first_row("sessions", ["1", "done", None, "", "x"]),
    "session number zero": first_row("sessions", [0, "done", None, "", "x"]),
    "session status unknown": first_row("sessions", [1, "finished", None, "", "x"]),
    "session date not a date": first_row("sessions", [1, "done", "tomorrow", "", "x"]),
    "session date out of range": first_row("sessions", [1, "done", "1066-10-14T09:00", "", ""]),
    "session row too short": first_row("sessions", [1, "done"]),
    "session row a string": first_row("sessions", "1done"),
    "keyword session a bool": first_row("keywords", ["LinkedIn", 1, "open", [True], None, []]),
    "keyword sessions negative": first_row("keywords", ["LinkedIn", 1, "open", [-1], None, []]),
    "keyword status unknown": first_row("keywords", ["LinkedIn", 1, "done", [], None, []]),
    "keyword alias not text": first_row("keywords", ["LinkedIn", 1, "open", [], None, [7]]),
    "keyword added not a day": first_row("keywords", ["LinkedIn", 1, "open", [], "soon", []]),
    "promotion marks not in fours": lambda doc: doc["promoted"].pop(),
    "promotion mark a float": lambda doc: doc["promoted"].__setitem__(1, 1.5),
    "learned count negative": lambda doc: doc["learned"].__setitem__(0, -1),
    "learned count a bool": lambda doc: doc["learned"].__setitem__(1, True),
    "learned sources not text": lambda doc: doc["learned"].__setitem__(2, [None]),
    "due day not a day": lambda doc: doc["open"].__setitem__(0, ["yesterday"]),
    "oldest action of the wrong shape": lambda doc: doc["open"].__setitem__(1, [[1, {"text": 5}]]),
    "oldest action id zero": lambda doc: doc["open"][1][0].__setitem__(0, 0),
    "action sources a number": lambda doc: doc["open"].__setitem__(2, 12),
    "a part of another kind": setter("open", {"due": []}),
    "a lone surrogate": first_row("sessions", [1, "done", None, "", "\ud800"]),
    "not an object": lambda doc: doc.clear(),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_summary_damaged_anywhere_is_read_from_the_file_and_rebuilt(
    ws_root: Path, damage: str
) -> None:
    ws = workspace(ws_root)
    svc = TandemService(ws, now)
    expected = shown(svc.dashboard())
    good = {path: path.read_bytes() for path in summaries(ws_root)}
    for path in good:
        rewrite(path, DAMAGE[damage])
    assert shown(svc.dashboard()) == expected == full_reading(ws_root)
    # Rebuilt from the files: the next start reads a whole summary again.
    assert {path: path.read_bytes() for path in summaries(ws_root)} == good


@pytest.mark.parametrize(
    "damage",
    [b"", b"\xff\xfe", b'{"rmtui":"summary"', b"\n{}", b"\n[]", b"\nnot json"],
    ids=["empty", "not UTF-8", "torn head", "no head", "a list", "not JSON"],
)
def test_a_summary_damaged_as_a_whole_is_rebuilt(ws_root: Path, damage: bytes) -> None:
    ws = workspace(ws_root)
    svc = TandemService(ws, now)
    expected = shown(svc.dashboard())
    for path in summaries(ws_root):
        path.write_bytes(damage)
    assert shown(svc.dashboard()) == expected
    assert all(path.read_bytes() != damage for path in summaries(ws_root))


def test_a_summary_of_an_older_shape_is_rebuilt(ws_root: Path) -> None:
    ws = workspace(ws_root)
    svc = TandemService(ws, now)
    expected = shown(svc.dashboard())
    for path in summaries(ws_root):
        head, _, body = path.read_bytes().partition(b"\n")
        path.write_bytes(head.replace(b'"schema":5', b'"schema":4') + b"\n" + body)
    assert shown(svc.dashboard()) == expected
    assert all(b'"schema":5' in path.read_bytes() for path in summaries(ws_root))


def test_a_summary_taken_before_a_write_is_not_used(ws_root: Path) -> None:
    ws = workspace(ws_root)
    svc = TandemService(ws, now)
    svc.dashboard()
    stale = (ws_root / ".summaries" / "mentee-1").read_bytes()
    ws.update_tandem("mentee-1", mentee="Zofia")
    (ws_root / ".summaries" / "mentee-1").write_bytes(stale)  # as a crash could leave it
    board = svc.dashboard()
    assert "Zofia" in [r.summary.tandem.mentee for r in board.rows]
    assert shown(board) == full_reading(ws_root)


OTHER_PROCESS = """
import sys
from pathlib import Path
from rmtui.store import Workspace
from rmtui.service.sessions import SessionService
from rmtui.core.refs import SessionRef

ws = Workspace(Path(sys.argv[1]))
# A held, promoted session gains notes (a review in another pane): its file changes,
# tandem.json does not.
n = ws.session_index("mentee-2")[0].n
session = ws.session("mentee-2", n)
note = session.notes[0]
from dataclasses import replace
ws.add_notes("mentee-2", n, [
    replace(note, id=0, text="> a third way to mute", kind="mentor-learned"),
    replace(note, id=0, text="! ask Piet", kind="action"),
])
"""


def test_a_session_changed_by_another_process_counts_once_from_the_summary(
    ws_root: Path,
) -> None:
    ws = workspace(ws_root)
    svc = TandemService(ws, now)
    before = {r.tandem_id: r for r in svc.dashboard().rows}["mentee-2"]
    svc.dashboard()  # from the summaries
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(ws_root)], env=env, check=True)
    board = svc.dashboard()
    after = {r.tandem_id: r for r in board.rows}["mentee-2"]
    # Only the two new notes count: those already recorded are known by their source.
    assert after.balance.mentor == before.balance.mentor + 1
    assert after.open_actions == before.open_actions + 1
    assert shown(board) == full_reading(ws_root)
    assert shown(svc.dashboard()) == shown(board)


def test_learning_recorded_by_hand_and_from_notes_counts_the_same_from_the_summary(
    ws_root: Path,
) -> None:
    ws = workspace(ws_root)
    ws.add_learning("mentee-0", [LearningEntry(id=0, learned_by="mentee", text="Teams")])
    svc = TandemService(ws, now)
    first = shown(svc.dashboard())
    assert shown(svc.dashboard()) == first == full_reading(ws_root)
