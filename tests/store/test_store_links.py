"""Symbolic links inside the workspace: rmtui follows none it did not make (it makes none).

At each level a link planted by someone else is refused with one message, the same in
`tandem list` as in the verbs that use it, and its target is never read, written or
chmod-ed. The workspace folder itself may be a link: the mentor chose it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from storekit import Cli, draft, note, session

from rmtui.store import Workspace

TID = "henk-de-vries"


@pytest.fixture
def ws(ws_root: Path) -> Workspace:
    ws = Workspace(ws_root)
    assert ws.add_tandem(draft()).id == TID
    ws.add_keywords(TID, ["privacy"])
    ws.add_session(session(TID))
    ws.add_note(TID, 1, note("first"))
    return ws


def outside(tmp_path: Path, name: str) -> Path:
    target = tmp_path / "outside" / name
    target.parent.mkdir(exist_ok=True)
    target.write_text("not rmtui's\n")
    target.chmod(0o644)
    return target


def refused(err: str, link: Path) -> bool:
    return f"{link} is a symbolic link" in err and "Traceback" not in err


def test_a_linked_lock_file_is_refused_and_its_target_never_chmod_ed(
    ws: Workspace, tmp_path: Path
) -> None:
    target = outside(tmp_path, "lockfile")
    lock = ws.layout.tandem_lock(TID)
    lock.unlink(missing_ok=True)
    lock.symlink_to(target)
    code, _, err = Cli(ws.root)("keyword", "add", TID, "x")
    assert code == 1 and refused(err, lock)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_text() == "not rmtui's\n"
    wlock = ws.layout.workspace_lock
    wlock.unlink(missing_ok=True)
    wlock.symlink_to(target)
    code, _, err = Cli(ws.root)("tandem", "add", "--mentee", "Anna")
    assert code == 1 and refused(err, wlock)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_linked_tandem_folder_is_refused_alike_in_list_and_in_use(
    ws_root: Path, tmp_path: Path
) -> None:
    elsewhere = Workspace(tmp_path / "elsewhere")
    elsewhere.add_tandem(draft("Zofia"))
    ws = Workspace(ws_root)
    ws.add_tandem(draft("Anna"))
    link = ws.layout.tandem_dir("zofia")
    link.symlink_to(elsewhere.layout.tandem_dir("zofia"))
    before = elsewhere.layout.tandem_file("zofia").read_bytes()
    cli = Cli(ws_root)
    code, out, err = cli("tandem", "list")
    assert code == 1 and "Anna" in out and "Zofia" not in out
    assert refused(err, link)
    for verb in (
        ("tandem", "show", "zofia"),
        ("keyword", "add", "zofia", "x"),
        ("keyword", "list", "zofia"),
        ("note", "add", "zofia/1", "x"),
    ):
        code, _, err = cli(*verb)
        assert code == 1 and refused(err, link), (verb, err)
    # The name is taken: a new Zofia does not write through the link.
    code, out, _ = cli("tandem", "add", "--mentee", "Zofia")
    assert code == 0 and out.strip() == "zofia-2"
    assert elsewhere.layout.tandem_file("zofia").read_bytes() == before
    assert not (elsewhere.layout.tandems / "zofia-2").exists()


@pytest.mark.parametrize("level", ["tandem.json", "sessions", "sessions/1.json"])
def test_a_link_inside_a_tandem_folder_is_refused(
    ws: Workspace, tmp_path: Path, level: str
) -> None:
    place = ws.layout.tandem_dir(TID) / level
    real = tmp_path / "moved"
    os.rename(place, real)
    place.symlink_to(real)
    before = real.read_bytes() if real.is_file() else None
    cli = Cli(ws.root)
    verbs = [("note", "add", f"{TID}/1", "x")]
    if level == "tandem.json":
        verbs += [("tandem", "list"), ("keyword", "add", TID, "x")]
    else:
        verbs += [("note", "list", f"{TID}/1")]
    for verb in verbs:
        code, _, err = cli(*verb)
        assert code == 1 and refused(err, place), (verb, err)
    if before is not None:
        assert real.read_bytes() == before


@pytest.mark.parametrize("level", ["backups", "backups/henk-de-vries"])
def test_no_backup_is_written_through_a_linked_backups_folder(
    ws: Workspace, tmp_path: Path, level: str
) -> None:
    place = ws.root / level
    target = tmp_path / "outside-backups"
    target.mkdir()
    if level == "backups/henk-de-vries":
        for copy in place.iterdir():
            copy.unlink()
        place.rmdir()
    else:
        for copy in (place / TID).iterdir():
            copy.unlink()
        (place / TID).rmdir()
        place.rmdir()
    place.symlink_to(target)
    for i in range(3):
        ws.add_keywords(TID, [f"topic {i}"])
        ws.add_note(TID, 1, note(f"note {i}"))
    assert list(target.iterdir()) == []
    code, _, err = Cli(ws.root)("tandem", "erase", TID, "--yes")
    assert code == 0, err
    assert target.is_dir() and list(target.iterdir()) == []


def test_the_workspace_folder_itself_may_be_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real-workspace"
    Workspace(real).add_tandem(draft())
    link = tmp_path / "ws-link"
    link.symlink_to(real)
    ws = Workspace(link)
    ws.add_keywords(TID, ["IoT"])
    assert [k.text for k in ws.keywords(TID)] == ["IoT"]
    assert Cli(link)("tandem", "list")[0] == 0


def test_a_linked_tandems_folder_is_reported_and_never_written_through(
    ws_root: Path, tmp_path: Path
) -> None:
    elsewhere = Workspace(tmp_path / "elsewhere")
    elsewhere.add_tandem(draft("Zofia"))
    ws_root.mkdir()
    link = ws_root / "tandems"
    link.symlink_to(elsewhere.layout.tandems)
    cli = Cli(ws_root)
    code, out, err = cli("tandem", "list")
    assert code == 1 and "Zofia" not in out and refused(err, link)
    code, _, err = cli("tandem", "add", "--mentee", "Anna")
    assert code == 1 and refused(err, link)
    assert sorted(p.name for p in elsewhere.layout.tandems.iterdir()) == ["zofia"]
