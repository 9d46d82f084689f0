"""The journey in a real terminal: the installed ``rmtui`` in tmux (a private socket).

A tandem made by the command line; then, in the TUI only: the kick-off dates the frame,
session 1 gets its agenda from its row and starts now, two notes are typed, the session
stops, the review's reflection is written and saved, and the session's recap is written
from the review. Every wait polls the screen; nothing sleeps a fixed time.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rmtui.store import Workspace

RMTUI = Path(sys.executable).parent / "rmtui"

pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not RMTUI.exists(), reason=f"no installed rmtui at {RMTUI}"),
]


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "RMTUI_WORKSPACE")}
    env["TERM"] = "xterm-256color"
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
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


class Terminal:
    """One tmux window running rmtui, on a server of its own."""

    def __init__(self, socket: str) -> None:
        self.base = ["tmux", "-L", socket, "-f", "/dev/null"]

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.base, *args], capture_output=True, text=True, env=clean_env(), timeout=30
        )

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "rmtui").stdout

    def keys(self, *keys: str) -> None:
        """Keys by tmux name (``Enter``, ``F5``, ``C-s``), one after the other."""
        for key in keys:
            self("send-keys", "-t", "rmtui", key)

    def type(self, text: str) -> None:
        self("send-keys", "-t", "rmtui", "-l", text)

    def wait(self, *texts: str, timeout: float = 20) -> str:
        """Poll until every text is on the screen; returns the screen."""
        what = " and ".join(texts)
        try:
            wait_for(lambda: all(t in self.screen() for t in texts), timeout, what)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; the screen shows:\n{self.screen()}") from None
        return self.screen()


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    server = Terminal(f"rmtui-journey-{os.getpid()}-{time.monotonic_ns()}")
    try:
        yield server
    finally:
        server("kill-server")


def test_kickoff_to_recap_in_a_real_terminal(tmp_path: Path, terminal: Terminal) -> None:
    ws = tmp_path / "workspace"
    cli(ws, "settings", "set", "mentor_name", "Łucja Wiśniewska")
    tandem = cli(ws, "tandem", "add", "--mentee", "Joëlle Van den Bossche", "--mentee-dept", "HR")
    tandem_id = tandem.strip()
    status = tmp_path / "status"
    command = (
        f"{shlex.quote(str(RMTUI))} --workspace {shlex.quote(str(ws))}; "
        f"echo $? > {shlex.quote(str(status))}"
    )
    started = terminal("new-session", "-d", "-s", "rmtui", "-x", "100", "-y", "30", command)
    assert started.returncode == 0, started.stderr
    terminal.wait("Joëlle Van den Bossche")

    # Kick-off: an interest, the keyword list; the dates as proposed.
    terminal.keys("k")
    terminal.wait("Kick-off", "Their interests")
    terminal.type("fietsen")
    terminal.keys(*["Tab"] * 6)  # past the other answers, to the keyword list
    terminal.type("LinkedIn")
    terminal.keys("C-s")
    terminal.wait("kick-off saved")
    sessions = Workspace(ws).summary(tandem_id).sessions
    assert len(sessions) == 10 and all(s.planned_at for s in sessions)
    assert [k.text for k in Workspace(ws).keywords(tandem_id)] == ["LinkedIn"]

    # Session 1 from its row: a template, started now.
    terminal.keys("t")
    terminal.wait("Sessions", "no agenda yet")
    terminal.keys("p")
    terminal.wait("Plan a session", "covers")
    terminal.keys("Enter", "F5")
    terminal.wait("Live session")
    for line in ("* Joëlle found the privacy settings", "! ads off by Friday"):
        terminal.type(line)
        terminal.keys("Enter")
    screen = terminal.wait("Notes · 2")
    assert "Joëlle found the privacy settings" in screen

    # Stop, review: the reflection has its key and its save says so.
    terminal.keys("F10")
    terminal.wait("Stop the session")
    terminal.keys("y")
    terminal.wait("Review", "Reflect", "Recap", "Private reflection")
    terminal.keys("F8")
    terminal.wait("f8 Notes")  # the reflection has the focus: its footer offers the way back
    terminal.type("She drove all session.")
    terminal.wait("She drove all session.")
    terminal.keys("C-s")
    terminal.wait("reflection saved")
    saved = lambda: Workspace(ws).session(tandem_id, 1).reflection  # noqa: E731
    wait_for(lambda: saved() == "She drove all session.", 5, f"the reflection ({saved()!r})")

    # The recap, from the review.
    terminal.keys("F9")
    terminal.wait("Export", "Session 1 recap")
    terminal.keys("C-s")
    wait_for(lambda: any((ws / "exports").glob("*.md")), 20, "the recap file")
    [recap] = (ws / "exports").glob("*.md")
    text = recap.read_text(encoding="utf-8")
    assert "Session 1 recap" in text and "mentor: Łucja Wiśniewska" in text
    assert "ads off by Friday" in text and "She drove" not in text

    terminal.keys("C-q")
    wait_for(lambda: status.exists() and status.read_text().strip() != "", 10, "rmtui to exit")
    assert status.read_text().strip() == "0"
    notes = json.loads(cli(ws, "note", "list", f"{tandem_id}/1", "--json"))
    rows = notes if isinstance(notes, list) else notes["notes"]
    assert [(n["kind"], n["text"]) for n in rows] == [
        ("highlight", "Joëlle found the privacy settings"),
        ("action", "ads off by Friday"),
    ]
