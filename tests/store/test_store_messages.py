"""Messages that must not mislead (issue 12, item 17)."""

from __future__ import annotations

from pathlib import Path

from storekit import Cli, draft, session

from rmtui.store import Workspace

TID = "henk-de-vries"


def test_damaged_backups_are_not_called_missing(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    ws.add_tandem(draft())
    ws.add_session(session(TID))
    ws.add_keywords(TID, ["IoT"])  # the first rewrite of tandem.json takes a backup
    copies = sorted(ws.layout.backups(TID).glob("tandem.*"))
    assert copies
    for copy in copies:
        copy.write_bytes(b"{garbage")
    ws.layout.tandem_file(TID).write_bytes(b"{also garbage")

    code, _, err = Cli(ws_root)("tandem", "show", TID)

    assert code == 1
    assert f"backups of it exist ({len(copies)}), but none of them can be read" in err
    assert "no backup of it exists" not in err


def test_no_backup_at_all_is_still_said_plainly(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    ws.add_tandem(draft())
    ws.layout.tandem_file(TID).write_bytes(b"{garbage")
    code, _, err = Cli(ws_root)("tandem", "show", TID)
    assert code == 1 and "no backup of it exists" in err


def test_tandem_list_with_only_an_unreadable_tandem_does_not_say_none_yet(
    ws_root: Path,
) -> None:
    ws = Workspace(ws_root)
    ws.add_tandem(draft())
    ws.layout.tandem_file(TID).write_bytes(b"{garbage")
    code, out, err = Cli(ws_root)("tandem", "list")
    assert (code, out) == (1, "")
    assert "no tandems yet" not in err and str(ws.layout.tandem_file(TID)) in err


def test_an_empty_workspace_still_says_none_yet(ws_root: Path) -> None:
    code, _, err = Cli(ws_root)("tandem", "list")
    assert code == 0 and "no tandems yet" in err
