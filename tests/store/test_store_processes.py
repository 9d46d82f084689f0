"""Several processes on one workspace, and the file modes every process leaves behind."""

from __future__ import annotations

import itertools
import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from storekit import draft

from rmtui.store import Workspace

ADD_KEYWORDS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from rmtui.store import Workspace

    root, tandem_id, prefix, count = sys.argv[1:]
    ws = Workspace(Path(root))
    print("ready", flush=True)
    sys.stdin.readline()  # both start writing at the same moment
    for i in range(int(count)):
        ws.add_keywords(tandem_id, [f"{prefix}{i}"])
    """
)


def test_two_processes_adding_200_keywords_each_lose_none(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ADD_KEYWORDS, str(ws_root), tid, prefix, "200"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for prefix in ("alpha-", "beta-")
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline() == "ready\n"
    started = time.perf_counter()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        assert p.wait(timeout=120) == 0
    seconds = time.perf_counter() - started

    keywords = ws.keywords(tid)
    texts = {k.text for k in keywords}
    # How often the writer changed along the list: 1 would mean no overlap at all.
    switches = sum(a.text[0] != b.text[0] for a, b in itertools.pairwise(keywords))
    print(
        f"\ntwo processes: {len(texts)} of 400 keywords present after {seconds:.1f} s "
        f"({switches} hand-overs between the writers)"
    )
    assert texts == {f"{p}{i}" for p in ("alpha-", "beta-") for i in range(200)}
    # Each write saw the one before it: the order numbers are 1..400 with no clash.
    assert sorted(k.order for k in keywords) == list(range(1, 401))
    # Each process's own words stay in the order it added them.
    for prefix in ("alpha-", "beta-"):
        mine = [k.text for k in keywords if k.text.startswith(prefix)]
        assert mine == [f"{prefix}{i}" for i in range(200)]


FILL_WORKSPACE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from datetime import datetime, timezone
    from rmtui.core.model import Note, Session
    from rmtui.core.tandems import TandemDraft
    from rmtui.store import Workspace

    os.umask(int(sys.argv[2], 8))
    ws = Workspace(Path(sys.argv[1]))
    tid = ws.add_tandem(TandemDraft(mentee="Henk")).id
    ws.add_keywords(tid, ["IoT"])
    ws.add_keywords(tid, ["Yammer"])  # rewrites the file: its backup is taken
    n = ws.add_session(Session(tandem_id=tid, n=0, title="Kick-off")).n
    wall = datetime.now(timezone.utc)
    for text in ("first", "second"):
        ws.add_note(tid, n, Note(id=0, elapsed=1.0, wall=wall, text=text))
    path = ws.layout.tandem_file(tid)
    path.write_bytes(b"{")  # a crash-damaged file, restored from its backup
    os.chmod(path, 0o600)
    ws.restore_tandem(tid)
    """
)


@pytest.mark.parametrize("umask", ["000", "022", "077"])
def test_folders_are_0700_and_files_0600_whatever_the_umask(tmp_path: Path, umask: str) -> None:
    root = tmp_path / "workspace"
    # A subprocess, so the umask does not leak into this test run.
    subprocess.run([sys.executable, "-c", FILL_WORKSPACE, str(root), umask], check=True)

    dirs, files = [root], []
    for folder, subdirs, names in os.walk(root):
        dirs += [Path(folder, d) for d in subdirs]
        files += [Path(folder, f) for f in names]
    kinds = {p.name.split(".")[0] or p.name for p in files}
    # Tandem, session, backups of both, both lock files: every kind of file was made.
    assert {"tandem", "1", "session-1", ".lock"} <= kinds, kinds
    assert any(p.parent.name == "backups" or "backups" in p.parts for p in files)
    bad = {
        str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in dirs + files
        if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)
    }
    # The file put aside by the restore keeps the mode it had (0600 here).
    assert bad == {}
    print(f"\numask {umask}: {len(dirs)} folders 0700, {len(files)} files 0600")
