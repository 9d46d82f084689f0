"""The disk reports an error after a file is in place: rmtui says what is known (issue 12,
item 9) instead of "nothing was changed", which a retry would turn into a duplicate."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from storekit import Cli, draft, note, session

from rmtui.core.errors import WriteUncertain
from rmtui.fs import atomic
from rmtui.store import Workspace

TID = "henk-de-vries"


def _eio(path: Path) -> None:
    raise OSError(errno.EIO, os.strerror(errno.EIO))


@pytest.fixture
def ws(ws_root: Path) -> Workspace:
    ws = Workspace(ws_root)
    ws.add_tandem(draft())
    ws.add_session(session(TID))
    ws.add_note(TID, 1, note("first"))
    return ws


def test_eio_on_the_folder_fsync_says_saved_but_disk_error(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(atomic, "fsync_dir", _eio)
        with pytest.raises(WriteUncertain) as caught:
            ws.update_note(TID, 1, 1, lambda n: setattr(n, "text", "first, edited"))
    said = str(caught.value)
    assert said.startswith(f"saved {ws.layout.session_file(TID, 1)}")
    assert "Input/output error" in said and "nothing was changed" not in said
    assert [n.text for n in ws.session(TID, 1).notes] == ["first, edited"]


def test_the_cli_reports_it_without_a_traceback(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(atomic, "fsync_dir", _eio)
        code, out, err = Cli(ws.root)("note", "edit", f"{TID}/1", "1", "first, edited")
    assert code == 1 and out == ""
    assert err.startswith("rmtui: saved ") and "do not save it again" in err
    assert [n.text for n in ws.session(TID, 1).notes] == ["first, edited"]


def test_a_note_added_to_its_session_needs_no_folder_fsync(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new note is appended to the session file, which stays where it is: the folder
    # does not change, and its fsync is not waited for.
    with monkeypatch.context() as m:
        m.setattr(atomic, "fsync_dir", _eio)
        ws.add_note(TID, 1, note("second"))
    assert [n.text for n in ws.session(TID, 1).notes] == ["first", "second"]
