"""The installed ``rmtui`` in a real terminal (tmux on a private socket).

Launch on a workspace with a tandem made by the CLI, see it, see a tandem added by
another process appear, quit with ctrl+q, and check the exit status.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

RMTUI = Path(sys.executable).parent / "rmtui"

pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not RMTUI.exists(), reason=f"no installed rmtui at {RMTUI}"),
]


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "RMTUI_WORKSPACE")}
    env["TERM"] = "xterm-256color"
    return env


def cli(ws: Path, *args: str) -> str:
    done = subprocess.run(
        [str(RMTUI), "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
        check=True,
    )
    return done.stdout


class Tmux:
    def __init__(self, socket: str) -> None:
        self.base = ["tmux", "-L", socket, "-f", "/dev/null"]

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.base, *args], capture_output=True, text=True, env=clean_env(), timeout=30
        )

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "rmtui").stdout


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def tmux() -> Iterator[Tmux]:
    server = Tmux(f"rmtui-test-{os.getpid()}-{time.monotonic_ns()}")
    try:
        yield server
    finally:
        server("kill-server")


def test_rmtui_in_a_real_terminal(tmp_path: Path, tmux: Tmux) -> None:
    ws = tmp_path / "workspace"
    assert cli(ws, "tandem", "add", "--mentee", "Grace Hopper", "--mentee-dept", "IT").strip()
    status = tmp_path / "status"
    command = (
        f"{shlex.quote(str(RMTUI))} --workspace {shlex.quote(str(ws))}; "
        f"echo $? > {shlex.quote(str(status))}"
    )
    started = tmux("new-session", "-d", "-s", "rmtui", "-x", "100", "-y", "30", command)
    assert started.returncode == 0, started.stderr

    wait_for(
        lambda: all(text in tmux.screen() for text in ("Grace Hopper", "Add tandem")),
        20,
        "the tandem on the home screen, and the footer",
    )

    # Another process adds a tandem: the open app shows it within a couple of seconds.
    added = time.monotonic()
    cli(ws, "tandem", "add", "--mentee", "Ada Lovelace", "--mentee-dept", "Research")
    wait_for(lambda: "Ada Lovelace" in tmux.screen(), 5, "the tandem added by the CLI")
    assert time.monotonic() - added < 3

    tmux("send-keys", "-t", "rmtui", "C-q")
    wait_for(lambda: status.exists() and status.read_text().strip() != "", 10, "rmtui to exit")
    assert status.read_text().strip() == "0"
