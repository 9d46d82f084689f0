"""A server that stalls, and a git that hangs with children: the deadline ends them all."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from synckit import World

from rmtui.agenda.git import GitTimeout, Runner
from rmtui.agenda.sync import report_lines

LAST_GOOD = {"kickoff", "privacy"}


@pytest.fixture
def stalled_server() -> Iterator[int]:
    """A TCP port on 127.0.0.1 that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    server.close()


def test_a_stalled_server_is_given_up_after_the_timeout(synced: World, stalled_server: int) -> None:
    url = f"git://127.0.0.1:{stalled_server}/agendas.git"
    started = time.monotonic()
    report = synced.sync(synced.settings.with_changes(agenda_repo=url), timeout=1.0)
    elapsed = time.monotonic() - started

    assert not report.ok and report.reason == "timeout"
    assert "did not finish within 1 s" in report.message
    assert elapsed < 1.0 + 3.0
    assert "last good copy stays in use" in report_lines(report)[-2]
    assert synced.synced_ids() == LAST_GOOD


def fake_git(folder: Path) -> tuple[Path, Path]:
    """A ``git`` that starts a child ignoring TERM, records both pids and hangs."""
    pids = folder / "pids"
    pids.mkdir()
    script = folder / "git"
    script.write_text(
        "#!/bin/sh\n"
        f"( trap '' TERM; exec sleep 300 ) &\n"
        f'echo $! > "{pids}/child"\n'
        f'echo $$ > "{pids}/git"\n'
        "wait\n"
    )
    script.chmod(0o755)
    return script, pids


def alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie waiting for a parent that may never reap."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def wait_for(path: Path, seconds: float = 5.0) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return int(path.read_text())
        time.sleep(0.01)
    raise AssertionError(f"{path} never appeared")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_timeout_ends_the_whole_process_group(synced: World, tmp_path: Path) -> None:
    git, pids = fake_git(tmp_path)
    started = time.monotonic()
    report = synced.sync(git=str(git), timeout=0.5)
    elapsed = time.monotonic() - started

    assert not report.ok and report.reason == "timeout"
    child, parent = wait_for(pids / "child"), wait_for(pids / "git")
    deadline = time.monotonic() + 5
    while (alive(child) or alive(parent)) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not alive(parent), "git survived the timeout"
    assert not alive(child), "a child of git (ignoring TERM) survived the timeout"
    assert elapsed < 0.5 + 1.0 + 2.0  # the deadline, TERM's grace, some slack
    assert synced.synced_ids() == LAST_GOOD


def test_the_runner_raises_on_its_deadline(tmp_path: Path) -> None:
    git, _ = fake_git(tmp_path)
    run = Runner(tmp_path, 0.3, git=str(git))
    with pytest.raises(GitTimeout):
        run(["version"])
