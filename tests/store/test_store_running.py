"""The pointer to the sessions under way (``<workspace>/.running``): ``rmtui note add``
finds the running session without reading every tandem, and the pointer never decides
anything the files would not: missing, stale or damaged, it is rebuilt from them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storekit import draft, session

from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.store.running import Running

START_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from rmtui.core.refs import SessionRef
    from rmtui.service.sessions import SessionService
    from rmtui.store import Workspace
    from rmtui.store.session_repo import Sessions

    def killed(self, tandem_id, entry):
        os.kill(os.getpid(), signal.SIGKILL)  # pointer written, index and file not

    Sessions._set_index_entry = killed
    SessionService(Workspace(Path(sys.argv[1]))).start(SessionRef(sys.argv[2], 1))
    """
)


def workspace(root: Path, tandems: int = 3) -> tuple[Workspace, SessionService, list[str]]:
    ws = Workspace(root)
    ids = [ws.add_tandem(draft(f"Mentee {i}")).id for i in range(tandems)]
    for tid in ids:
        ws.add_session(session(tid))
    return ws, SessionService(ws), ids


def pointer(ws: Workspace) -> dict[str, object] | None:
    path = ws.root / ".running"
    return json.loads(path.read_bytes()) if path.exists() else None


def test_the_pointer_names_the_running_session_and_is_private(ws_root: Path) -> None:
    ws, svc, ids = workspace(ws_root)
    assert svc.live() == []
    svc.start(SessionRef(ids[1], 1))
    assert svc.find_live() == SessionRef(ids[1], 1)
    doc = pointer(ws)
    assert doc is not None and doc["sessions"] == [[ids[1], 1]]
    assert stat.S_IMODE(os.stat(ws.root / ".running").st_mode) == 0o600
    svc.pause(SessionRef(ids[1], 1))
    assert svc.live() == [(SessionRef(ids[1], 1), "paused")]
    svc.stop(SessionRef(ids[1], 1))
    assert svc.live() == []
    assert (pointer(ws) or {})["sessions"] == []


def test_a_stale_pointer_is_rebuilt_from_the_files(ws_root: Path) -> None:
    ws, svc, ids = workspace(ws_root)
    svc.start(SessionRef(ids[0], 1))
    doc = pointer(ws)
    assert doc is not None
    # Names a session that is not running, and leaves out the one that is.
    doc["sessions"] = [[ids[2], 1]]
    (ws.root / ".running").write_text(json.dumps(doc))
    assert svc.find_live() == SessionRef(ids[0], 1)
    assert (pointer(ws) or {})["sessions"] == [[ids[0], 1]]


@pytest.mark.parametrize(
    "damage",
    [b"", b"{", b'{"rmtui":"running","schema":1,"tandems":null,"sessions":[["../x",1]]}', b"\xff"],
)
def test_a_damaged_or_missing_pointer_is_rebuilt(ws_root: Path, damage: bytes) -> None:
    ws, svc, ids = workspace(ws_root)
    svc.start(SessionRef(ids[2], 1))
    (ws.root / ".running").write_bytes(damage)
    assert svc.find_live() == SessionRef(ids[2], 1)
    (ws.root / ".running").unlink()
    assert svc.find_live() == SessionRef(ids[2], 1)
    assert (pointer(ws) or {})["sessions"] == [[ids[2], 1]]


def test_a_session_started_by_another_process_is_found(ws_root: Path) -> None:
    _ws, svc, ids = workspace(ws_root)
    assert svc.live() == []  # this process has read (and written) the pointer
    other = SessionService(Workspace(ws_root))
    other.start(SessionRef(ids[1], 1))
    assert svc.find_live() == SessionRef(ids[1], 1)
    other.stop(SessionRef(ids[1], 1))
    assert svc.live() == []


def test_a_kill_after_the_pointer_was_written_leaves_no_phantom(ws_root: Path) -> None:
    ws, svc, ids = workspace(ws_root)
    assert svc.live() == []
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", START_AND_DIE, str(ws_root), ids[0]], env=env, check=False
    )
    assert done.returncode == -9
    assert (pointer(ws) or {})["sessions"] == [[ids[0], 1]]  # written first, as it must be
    assert svc.live() == []  # the file says planned: the pointer was stale
    assert (pointer(ws) or {})["sessions"] == []


def test_a_session_copied_in_by_hand_is_found(ws_root: Path, tmp_path: Path) -> None:
    ws, svc, _ids = workspace(ws_root)
    assert svc.live() == []
    elsewhere, other, other_ids = workspace(tmp_path / "other", tandems=1)
    other.start(SessionRef(other_ids[0], 1))
    os.rename(elsewhere.layout.tandem_dir(other_ids[0]), ws.layout.tandem_dir("copied"))
    assert [ref.tandem_id for ref, _ in svc.live()] == ["copied"]


def test_erase_forgets_the_tandems_sessions(ws_root: Path) -> None:
    ws, svc, ids = workspace(ws_root)
    svc.start(SessionRef(ids[0], 1))
    ws.update_session(ids[1], 1, lambda s: setattr(s, "status", "paused"))  # by hand
    assert len(svc.live()) == 2
    ws.erase_tandem(ids[0])
    doc = pointer(ws)
    assert doc is not None and doc["sessions"] == [[ids[1], 1]]
    assert svc.find_live() == SessionRef(ids[1], 1)
    assert Running(ws.files)._trusted() is not None  # still trusted after the erase


def test_the_pointer_is_read_without_reading_other_tandems(ws_root: Path) -> None:
    ws, svc, ids = workspace(ws_root, tandems=4)
    svc.start(SessionRef(ids[3], 1))
    assert svc.live()  # written
    for tid in ids[:3]:
        ws.layout.tandem_file(tid).write_bytes(b"not json")  # would be reported if read
    assert svc.find_live() == SessionRef(ids[3], 1)
