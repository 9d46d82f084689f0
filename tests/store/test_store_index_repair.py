"""The tandem's session index follows its session files after a crash between the two.

`session stop` writes the session file, then the index entry: a kill -9 between the two
leaves the index saying "running" while the file says "done". The next read repairs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storekit import draft, session

import rmtui.store.storage as storage_module
from rmtui.core import messages
from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.store.errors import WriteFailed
from rmtui.store.storage import decode

STOP_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from rmtui.core.refs import SessionRef
    from rmtui.service.sessions import SessionService
    from rmtui.store import Workspace
    from rmtui.store.session_repo import Sessions

    def killed(self, tandem_id, entry):
        os.kill(os.getpid(), signal.SIGKILL)  # after the session file, before the index

    Sessions._set_index_entry = killed
    SessionService(Workspace(Path(sys.argv[1]))).stop(SessionRef(sys.argv[2], 1))
    """
)


def index_on_disk(ws: Workspace, tid: str) -> list[str]:
    path = ws.layout.tandem_file(tid)
    tables = decode(path, path.read_bytes(), "tandem")
    return [doc["status"] for doc in tables["sessions"].values()]


def running(ws_root: Path) -> tuple[Workspace, str]:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    ws.add_session(session(tid))
    SessionService(ws).start(SessionRef(tid, 1))
    assert index_on_disk(ws, tid) == ["running"]
    return ws, tid


def test_a_kill_during_session_stop_is_repaired_by_the_next_read(ws_root: Path) -> None:
    ws, tid = running(ws_root)
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    died = subprocess.run([sys.executable, "-c", STOP_AND_DIE, str(ws_root), tid], env=env)
    assert died.returncode == -9
    assert ws.session(tid, 1).status == "done"
    assert index_on_disk(ws, tid) == ["running"]  # what the kill left

    fresh = Workspace(ws_root)  # the next rmtui process
    assert [s.status for s in fresh.summary(tid).sessions] == ["done"]
    assert index_on_disk(fresh, tid) == ["done"]
    assert fresh.live_sessions() == []


@pytest.mark.parametrize("read", ["summary", "session_index", "life_summary", "keywords"])
def test_every_read_of_the_index_repairs_it(ws_root: Path, read: str) -> None:
    ws, tid = running(ws_root)
    path = ws.layout.session_file(tid, 1)
    text = path.read_text().replace('"status":"running"', '"status":"done"')
    path.write_text(text)  # the file as the stop left it, the index one write behind
    getattr(Workspace(ws_root), read)(tid)
    assert index_on_disk(ws, tid) == ["done"]


def test_a_workspace_that_cannot_be_written_shows_the_files_truth(
    ws_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, tid = running(ws_root)
    path = ws.layout.session_file(tid, 1)
    path.write_text(path.read_text().replace('"status":"running"', '"status":"done"'))

    def read_only(target: Path, data: bytes) -> None:
        raise WriteFailed(messages.NOT_PERMITTED.format(path=target))

    monkeypatch.setattr(storage_module, "write_atomic", read_only)
    assert [s.status for s in Workspace(ws_root).summary(tid).sessions] == ["done"]
    assert index_on_disk(ws, tid) == ["running"]
