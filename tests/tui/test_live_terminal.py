"""The installed ``rmtui`` runs a session in a real terminal (tmux on a private socket).

A workspace with a planned session (made by the CLI); launch, `s` and Enter start the
session, two notes are typed and saved, a paste full of control characters makes a third
(and runs no key), ctrl+q quits. The notes are in the workspace
(read back by the CLI) and the screen showed them.
"""

from __future__ import annotations

import json
from pathlib import Path

from kit.terminal import Terminal, cli, needs_tmux

pytestmark = needs_tmux


def test_a_session_in_a_real_terminal(tmp_path: Path, terminal: Terminal) -> None:
    ws = tmp_path / "workspace"
    tandem_id = cli(ws, "tandem", "add", "--mentee", "Grace Hopper", "--mentee-dept", "Navy")
    session = cli(ws, "session", "plan", tandem_id.strip(), "--agenda", "data-protection")
    ref = session.strip()
    terminal.launch(ws)
    terminal.wait("Grace Hopper")

    terminal.keys("s")
    terminal.wait("Start the session", timeout=10)
    terminal.keys("Enter")
    terminal.wait("Live session", timeout=10)

    for line in ("Grace opened the privacy settings", "! check the app permissions"):
        terminal.type(line)
        terminal.keys("Enter")
    screen = terminal.wait("Notes · 2", timeout=10)  # both notes saved and counted in the log
    assert "Grace opened the privacy settings" in screen
    assert "! check the app permissions" in screen
    assert "saving" not in screen and "not saved" not in screen

    # A paste holding ESC, BEL (ctrl+g: skip) and XOFF (ctrl+s: stop) is text, not keys.
    terminal.paste("pasted \x1b then bell \x07 and xoff \x13 end")
    terminal.keys("Enter")
    screen = terminal.wait("Notes · 3", timeout=10)
    assert "pasted  then bell  and xoff  end" in screen
    assert "Stop the session" not in screen and "▶ 1" in screen

    terminal.keys("C-q")
    assert terminal.exit_status() == "0"

    notes = json.loads(cli(ws, "note", "list", ref, "--json"))
    rows = notes if isinstance(notes, list) else notes["notes"]
    assert [(n["text"], n["kind"]) for n in rows] == [
        ("Grace opened the privacy settings", "note"),
        ("check the app permissions", "action"),
        ("pasted  then bell  and xoff  end", "note"),
    ]
    assert all(n["elapsed"] < 60 for n in rows)
