"""The installed ``rmtui`` runs a session in a real terminal (tmux on a private socket).

A workspace with a planned session (made by the CLI); launch, `s` and Enter start the
session, two notes are typed and saved, a paste full of control characters makes a third
(and runs no key), ctrl+q quits. The notes are in the workspace
(read back by the CLI) and the screen showed them.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from test_tui_terminal import RMTUI, Tmux, cli, pytestmark, tmux, wait_for

__all__ = ["pytestmark", "tmux"]  # the skip marks and the fixture, shared


def test_a_session_in_a_real_terminal(tmp_path: Path, tmux: Tmux) -> None:
    ws = tmp_path / "workspace"
    tandem_id = cli(ws, "tandem", "add", "--mentee", "Grace Hopper", "--mentee-dept", "Navy")
    session = cli(ws, "session", "plan", tandem_id.strip(), "--agenda", "data-protection")
    ref = session.strip()
    status = tmp_path / "status"
    command = (
        f"{shlex.quote(str(RMTUI))} --workspace {shlex.quote(str(ws))}; "
        f"echo $? > {shlex.quote(str(status))}"
    )
    started = tmux("new-session", "-d", "-s", "rmtui", "-x", "100", "-y", "30", command)
    assert started.returncode == 0, started.stderr
    wait_for(lambda: "Grace Hopper" in tmux.screen(), 20, "the tandem on the home screen")

    tmux("send-keys", "-t", "rmtui", "s")
    wait_for(lambda: "Start the session" in tmux.screen(), 10, "the start prompt")
    tmux("send-keys", "-t", "rmtui", "Enter")
    wait_for(lambda: "Live session" in tmux.screen(), 10, "the live screen")

    for line in ("Grace opened the privacy settings", "! check the app permissions"):
        tmux("send-keys", "-t", "rmtui", "-l", line)
        tmux("send-keys", "-t", "rmtui", "Enter")
    wait_for(lambda: "Notes · 2" in tmux.screen(), 10, "both notes saved and counted in the log")
    screen = tmux.screen()
    assert "Grace opened the privacy settings" in screen
    assert "! check the app permissions" in screen
    assert "saving" not in screen and "not saved" not in screen

    # A paste holding ESC, BEL (ctrl+g: skip) and XOFF (ctrl+s: stop) is text, not keys.
    tmux("set-buffer", "pasted \x1b then bell \x07 and xoff \x13 end")
    tmux("paste-buffer", "-p", "-t", "rmtui")
    tmux("send-keys", "-t", "rmtui", "Enter")
    wait_for(lambda: "Notes · 3" in tmux.screen(), 10, "the pasted note saved")
    screen = tmux.screen()
    assert "pasted  then bell  and xoff  end" in screen
    assert "Stop the session" not in screen and "▶ 1" in screen

    tmux("send-keys", "-t", "rmtui", "C-q")
    wait_for(lambda: status.exists() and status.read_text().strip() != "", 10, "rmtui to exit")
    assert status.read_text().strip() == "0"

    notes = json.loads(cli(ws, "note", "list", ref, "--json"))
    rows = notes if isinstance(notes, list) else notes["notes"]
    assert [(n["text"], n["kind"]) for n in rows] == [
        ("Grace opened the privacy settings", "note"),
        ("check the app permissions", "action"),
        ("pasted  then bell  and xoff  end", "note"),
    ]
    assert all(n["elapsed"] < 60 for n in rows)
