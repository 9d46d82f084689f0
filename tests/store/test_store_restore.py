"""Restore acts on the file that is broken, says what the backup would lose, and never
replaces a readable file unless asked to by name.

Each restore loses nothing that was readable: a broken session file leaves the tandem file
and the other sessions as they were; a broken tandem file keeps every session whose file
reads cleanly.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from storekit import Cli, draft, note, session

import rmtui.store.backups as backups_module
from rmtui.core.model import Action
from rmtui.store import Workspace
from rmtui.store.backups import MIN_INTERVAL
from rmtui.store.errors import CorruptFile

TID = "anna"


@pytest.fixture
def ws(ws_root: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """Anna: keywords, an action, two sessions with notes; each file has a backup that
    lacks its latest change."""
    ticks = itertools.count(1)
    fake = SimpleNamespace(
        time=lambda: time.time() - 10**6 + next(ticks) * (MIN_INTERVAL + 1),
        strftime=time.strftime,
        gmtime=time.gmtime,
    )
    monkeypatch.setattr(backups_module, "time", fake)
    ws = Workspace(ws_root)
    assert ws.add_tandem(draft("Anna")).id == TID
    ws.add_keywords(TID, ["privacy"])
    for n in (1, 2):
        assert ws.add_session(session(TID)).n == n
        ws.add_note(TID, n, note(f"session {n}, first"))
        ws.add_note(TID, n, note(f"session {n}, second"))  # the backup holds "first"
    ws.add_keywords(TID, ["LinkedIn"])
    ws.add_action(TID, Action(id=0, text="one post a week"))
    monkeypatch.undo()
    return ws


def files(ws: Workspace) -> dict[str, bytes]:
    folder = ws.layout.tandem_dir(TID)
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*.json"))
        if p.is_file()
    }


def test_a_broken_session_file_is_restored_and_nothing_else_changes(ws: Workspace) -> None:
    path = ws.layout.session_file(TID, 2)
    broken = path.read_bytes()[:-5]
    path.write_bytes(broken)
    with pytest.raises(CorruptFile) as caught:
        ws.session(TID, 2)
    # The advice names the command that restores this file, not the tandem's.
    assert f"rmtui tandem restore {TID} --session 2" in str(caught.value)
    before = files(ws)

    code, _, err = Cli(ws.root)("tandem", "restore", TID)
    assert code == 0, err
    assert f"restored {path} from " in err
    assert "taken 11 d " in err and " ago" in err
    assert f"{path} cannot be read" in err
    assert [n.text for n in ws.session(TID, 2).notes] == ["session 2, first"]
    after = files(ws)
    del before["sessions/2.json"], after["sessions/2.json"]
    assert after == before  # tandem.json and session 1 exactly as they were
    assert next(path.parent.glob("2.json.corrupt-*")).read_bytes() == broken
    assert [k.text for k in ws.keywords(TID)] == ["privacy", "LinkedIn"]


def test_a_broken_tandem_file_keeps_every_readable_session(ws: Workspace) -> None:
    path = ws.layout.tandem_file(TID)
    path.write_bytes(b'{"rmtui": "tand')
    sessions = {n: ws.layout.session_file(TID, n).read_bytes() for n in (1, 2)}
    n3 = ws.layout.session_file(TID, 3)
    # A session added after the newest tandem backup: only its own file knows it.
    n3.write_bytes(sessions[1].replace(b'"n":1', b'"n":3'))

    code, _, err = Cli(ws.root)("tandem", "restore", TID)
    assert code == 0, err
    assert "every session whose file reads cleanly stays" in err
    assert [s.n for s in ws.summary(TID).sessions] == [1, 2, 3]
    assert {n: ws.layout.session_file(TID, n).read_bytes() for n in (1, 2)} == sessions
    assert [n.text for n in ws.session(TID, 2).notes] == ["session 2, first", "session 2, second"]


def test_a_readable_file_is_replaced_only_when_asked(ws: Workspace) -> None:
    path = ws.layout.session_file(TID, 1)
    good = path.read_bytes()
    cli = Cli(ws.root)
    code, _, err = cli("tandem", "restore", TID)
    assert code == 1 and "reads cleanly: nothing to restore" in err
    code, _, err = cli("tandem", "restore", TID, "--session", "1")
    assert code == 1
    # What the backup would lose is shown before anything happens: one note.
    assert "notes: 1" in err and "--replace-readable" in err
    assert path.read_bytes() == good
    code, _, err = cli("tandem", "restore", TID, "--session", "1", "--dry-run")
    assert code == 0 and "nothing was changed" in err
    assert path.read_bytes() == good

    code, _, err = cli("tandem", "restore", TID, "--session", "1", "--replace-readable")
    assert code == 0, err
    assert [n.text for n in ws.session(TID, 1).notes] == ["session 1, first"]
    assert next(path.parent.glob("1.json.replaced-*")).read_bytes() == good


def test_the_tandem_preview_counts_keywords_and_actions(ws: Workspace) -> None:
    code, _, err = Cli(ws.root)("tandem", "restore", TID, "--from", str(newest_tandem(ws)))
    assert code == 1
    # The newest backup lacks the action; it holds both keywords.
    assert "keywords: 0" in err and "actions: 1" in err
    assert "left as it is" in err


def newest_tandem(ws: Workspace) -> Path:
    return ws.files.backups(TID).copies("tandem")[0]


def test_from_a_session_backup_restores_that_session(ws: Workspace) -> None:
    path = ws.layout.session_file(TID, 2)
    path.write_bytes(b"")
    backup = ws.files.backups(TID).copies("session-2")[0]
    tandem_before = ws.layout.tandem_file(TID).read_bytes()
    code, _, err = Cli(ws.root)("tandem", "restore", TID, "--from", str(backup))
    assert code == 0, err
    assert path.read_bytes() == backup.read_bytes()
    assert ws.layout.tandem_file(TID).read_bytes() == tandem_before


def test_several_broken_sessions_are_named_and_restored_one_at_a_time(ws: Workspace) -> None:
    for n in (1, 2):
        ws.layout.session_file(TID, n).write_bytes(b"{")
    cli = Cli(ws.root)
    code, _, err = cli("tandem", "restore", TID)
    assert code == 1 and "1, 2" in err and "--session N" in err
    assert cli("tandem", "restore", TID, "--session", "2")[0] == 0
    assert cli("tandem", "restore", TID)[0] == 0  # now only session 1 is broken
    assert [n.text for n in ws.session(TID, 1).notes] == ["session 1, first"]
