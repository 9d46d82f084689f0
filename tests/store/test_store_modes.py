"""Workspace folders left open to others (0755) are made private when rmtui opens the
workspace, and rmtui says so once."""

from __future__ import annotations

import stat
from pathlib import Path

from storekit import Cli, draft

from rmtui.store import Workspace


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_open_folders_are_tightened_and_reported_once(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    ws.add_keywords(tid, ["IoT"])
    ws.add_keywords(tid, ["Yammer"])  # a backup: backups/ exists
    folders = [ws_root, ws_root / "tandems", ws_root / "exports", ws_root / "backups"]
    (ws_root / "exports").mkdir()
    for folder in folders:
        folder.chmod(0o755)
    code, _, err = Cli(ws_root)("tandem", "list")
    assert code == 0
    assert "made them private to you (0700)" in err
    for folder in folders:
        assert str(folder) in err
        assert mode(folder) == 0o700
    code, _, err = Cli(ws_root)("tandem", "list")
    assert code == 0 and err == ""


def test_a_folder_that_holds_no_workspace_is_never_tightened(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o755)
    (home / "notes.txt").write_text("mine")
    _, _, err = Cli(home)("tandem", "list")
    assert "private to you" not in err
    assert mode(home) == 0o755


def test_a_linked_exports_folder_is_not_changed_through_the_link(
    ws_root: Path, tmp_path: Path
) -> None:
    Workspace(ws_root).add_tandem(draft())
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    (ws_root / "exports").symlink_to(shared)
    code, _, err = Cli(ws_root)("tandem", "list")
    assert code == 0 and "private to you" not in err
    assert mode(shared) == 0o755
