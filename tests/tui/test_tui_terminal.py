"""The installed ``rmtui`` in a real terminal (tmux on a private socket).

Launch on a workspace with a tandem made by the CLI, see it, see a tandem added by
another process appear, quit with ctrl+q, and check the exit status.
"""

from __future__ import annotations

from pathlib import Path

from kit.terminal import Terminal, cli, needs_tmux

pytestmark = needs_tmux


def test_rmtui_in_a_real_terminal(tmp_path: Path, terminal: Terminal) -> None:
    ws = tmp_path / "workspace"
    assert cli(ws, "tandem", "add", "--mentee", "Grace Hopper", "--mentee-dept", "IT").strip()
    terminal.launch(ws)
    # The tandem on the home screen, and the footer.
    terminal.wait("Grace Hopper", "Add tandem")

    # Another process adds a tandem: the open app shows it within a few seconds.
    cli(ws, "tandem", "add", "--mentee", "Ada Lovelace", "--mentee-dept", "Research")
    terminal.wait("Ada Lovelace", timeout=5)

    terminal.keys("C-q")
    assert terminal.exit_status() == "0"
