"""Where rmtui runs: POSIX (Linux, macOS, WSL). What differs between systems (file locks,
folder fsync, stopping a child with its helpers) sits behind ``rmtui.fs.system``, so a
native Windows version changes that module and no caller."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from rmtui.fs import system

ROOT = Path(__file__).resolve().parents[2] / "rmtui"
SEAM = ROOT / "fs" / "system.py"
# The demo folder's owner lock belongs to the CLI, which may not import rmtui.fs.
OUTSIDE = {ROOT / "cli" / "demo_dir.py"}
SYSTEM_CALLS = re.compile(r"\bfcntl\b|\bkillpg\b|O_DIRECTORY|start_new_session|\bsignal\.SIG")


def test_only_the_seam_speaks_to_the_operating_system() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in ROOT.rglob("*.py")
        if path != SEAM and path not in OUTSIDE
        for line in path.read_text(encoding="utf-8").splitlines()
        if SYSTEM_CALLS.search(line)
    ]
    assert found == []


def test_a_stopped_group_takes_the_helpers_with_it(tmp_path: Path) -> None:
    # A child that starts a helper of its own (as git starts ssh): both end.
    marker = tmp_path / "helper.pid"
    script = (
        "import subprocess, sys, time;"
        f"p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']);"
        f"open({str(marker)!r}, 'w').write(str(p.pid));"
        "time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], **system.own_group())
    try:
        for _ in range(200):
            if marker.exists() and marker.read_text():
                break
            time.sleep(0.05)
        helper = int(marker.read_text())
        system.stop_group(proc.pid, hard=False)
        assert proc.wait(timeout=10) != 0
        for _ in range(200):
            if not _alive(helper):
                break
            time.sleep(0.05)
        assert not _alive(helper)
    finally:
        system.stop_group(proc.pid, hard=True)
        proc.wait(timeout=10)
    system.stop_group(proc.pid, hard=True)  # gone already: not an error


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    if status.exists():  # a zombie waiting for its parent is gone for our purpose
        return "\nState:\tZ" not in status.read_text()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
