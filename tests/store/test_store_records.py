"""Actions and learning entries round-trip on both backends, and promotion is idempotent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rmtui.core.model import Action, LearningEntry
from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace
from rmtui.store.backend import MemoryBackend
from rmtui.store.errors import NotFound


@pytest.fixture(params=["memory", "disk"])
def ws(request: pytest.FixtureRequest, tmp_path: Path) -> Workspace:
    backend = MemoryBackend() if request.param == "memory" else None
    workspace = Workspace(tmp_path / "ws", backend=backend)
    workspace.add_tandem(TandemDraft(mentee="Ada"))
    return workspace


def test_actions_round_trip_and_update(ws: Workspace) -> None:
    added = ws.add_action(
        "ada", Action(id=0, text="One post a day", owner="mentee", due=date(2026, 3, 9))
    )
    assert added.id == 1
    ws.update_action("ada", added.id, state="done")
    [stored] = ws.actions("ada")
    assert (stored.text, stored.state, stored.due) == ("One post a day", "done", date(2026, 3, 9))
    with pytest.raises(NotFound):
        ws.update_action("ada", 99, state="done")


def test_actions_from_the_same_note_are_stored_once(ws: Workspace) -> None:
    action = Action(id=0, text="Mute group X", session=2, source="2/7")
    assert len(ws.add_actions("ada", [action])) == 1
    assert ws.add_actions("ada", [action]) == []
    assert len(ws.actions("ada")) == 1


def test_learning_log_entries(ws: Workspace) -> None:
    [a, b] = ws.add_learning(
        "ada",
        [
            LearningEntry(id=0, learned_by="mentor", text="Cross-docking", keywords=["logistics"]),
            LearningEntry(id=0, learned_by="mentee", text="Mute a chat", private=True),
        ],
    )
    ws.update_learning("ada", a.id, text="Cross-docking saves a day")
    ws.delete_learning("ada", b.id)
    [left] = ws.learning("ada")
    assert (left.learned_by, left.text, left.keywords) == (
        "mentor",
        "Cross-docking saves a day",
        ["logistics"],
    )
    with pytest.raises(NotFound):
        ws.delete_learning("ada", b.id)
