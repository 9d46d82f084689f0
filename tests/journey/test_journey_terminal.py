"""The journey in a real terminal: the installed ``rmtui`` in tmux (a private socket).

A tandem made by the command line; then, in the TUI only: the kick-off dates the frame,
session 1 gets its agenda from its row and starts now, two notes are typed, the session
stops, the review's reflection is written and saved, and the session's recap is written
from the review. Every wait polls the screen; nothing sleeps a fixed time.
"""

from __future__ import annotations

import json
from pathlib import Path

from kit.terminal import Terminal, cli, needs_tmux, wait_for

from rmtui.store import Workspace

pytestmark = needs_tmux


def test_kickoff_to_recap_in_a_real_terminal(tmp_path: Path, terminal: Terminal) -> None:
    ws = tmp_path / "workspace"
    cli(ws, "settings", "set", "mentor_name", "Łucja Wiśniewska")
    tandem = cli(ws, "tandem", "add", "--mentee", "Joëlle Van den Bossche", "--mentee-dept", "HR")
    tandem_id = tandem.strip()
    terminal.launch(ws)
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
    assert terminal.exit_status() == "0"
    notes = json.loads(cli(ws, "note", "list", f"{tandem_id}/1", "--json"))
    rows = notes if isinstance(notes, list) else notes["notes"]
    assert [(n["kind"], n["text"]) for n in rows] == [
        ("highlight", "Joëlle found the privacy settings"),
        ("action", "ads off by Friday"),
    ]
