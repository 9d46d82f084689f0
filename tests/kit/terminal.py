"""The installed ``rmtui`` in a real terminal: one tmux window on a tmux server of its own
(a private socket, so tests never meet each other's servers or the user's).

Test modules set ``pytestmark = needs_tmux`` and take the ``terminal`` fixture of
``tests/conftest.py``. Every wait polls the screen; nothing sleeps a fixed time.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

RMTUI = Path(sys.executable).parent / "rmtui"

needs_tmux = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not RMTUI.exists(), reason=f"no installed rmtui at {RMTUI}"),
]


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "RMTUI_WORKSPACE")}
    env["TERM"] = "xterm-256color"
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


def cli(ws: Path, *args: str) -> str:
    """The installed ``rmtui --workspace WS ARGS``; its stdout (a failure raises)."""
    done = subprocess.run(
        [str(RMTUI), "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
        check=True,
    )
    return done.stdout


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


class Terminal:
    """One tmux window named ``rmtui``; ``status`` gets rmtui's exit status."""

    def __init__(self, socket: str, status: Path) -> None:
        self.base = ["tmux", "-L", socket, "-f", "/dev/null"]
        self.status = status

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.base, *args], capture_output=True, text=True, env=clean_env(), timeout=30
        )

    def launch(self, ws: Path, columns: int = 100, lines: int = 30) -> None:
        """Start ``rmtui --workspace WS`` in the window."""
        command = (
            f"{shlex.quote(str(RMTUI))} --workspace {shlex.quote(str(ws))}; "
            f"echo $? > {shlex.quote(str(self.status))}"
        )
        size = ["-x", str(columns), "-y", str(lines)]
        started = self("new-session", "-d", "-s", "rmtui", *size, command)
        assert started.returncode == 0, started.stderr

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "rmtui").stdout

    def keys(self, *keys: str) -> None:
        """Keys by tmux name (``Enter``, ``F5``, ``C-s``), one after the other."""
        for key in keys:
            self("send-keys", "-t", "rmtui", key)

    def type(self, text: str) -> None:
        self("send-keys", "-t", "rmtui", "-l", text)

    def paste(self, text: str) -> None:
        """``text`` as a bracketed paste, as a terminal delivers the clipboard."""
        self("set-buffer", text)
        self("paste-buffer", "-p", "-t", "rmtui")

    def wait(self, *texts: str, timeout: float = 20) -> str:
        """Poll until every text is on the screen; returns the screen."""
        what = " and ".join(texts)
        try:
            wait_for(lambda: all(t in self.screen() for t in texts), timeout, what)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; the screen shows:\n{self.screen()}") from None
        return self.screen()

    def exit_status(self, timeout: float = 10) -> str:
        """Wait for rmtui to exit; its exit status."""
        wait_for(
            lambda: self.status.exists() and self.status.read_text().strip() != "",
            timeout,
            "rmtui to exit",
        )
        return self.status.read_text().strip()
