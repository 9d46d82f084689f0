"""One meaning of "covered": the midpoint summary and the app's keyword tab agree on every
keyword's state; a keyword only talked about is "touched" in both, never "covered"."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from rmtui.core.model import Note
from rmtui.export import frontmatter
from rmtui.service.demo import fill_demo
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace
from tests.conftest import Run

NOW = datetime(2025, 3, 10, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def test_midpoint_and_keyword_tab_give_each_keyword_the_same_state(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws", now=lambda: NOW)
    fill_demo(ws)
    tid = "henk-de-vries"
    # The demo touches "privacy" in a private note only, which no export may reveal; a
    # public note in session 3 touches it for both to see.
    ws.add_note(tid, 3, Note(id=0, elapsed=90.0, wall=NOW, text="privacy", keywords=["privacy"]))
    app_states = {
        r.keyword.text: r.state for r in TandemService(ws, lambda: NOW).overview(tid).coverage.rows
    }
    assert app_states["privacy"] == "touched", "talked about, never marked covered"
    assert app_states["LinkedIn"] == "covered"

    text = ExportService(ws, clock=lambda: NOW).render(ExportRequest((tid,))).text
    head, body = frontmatter.split(text)
    assert head is not None
    lists = frontmatter.parse(head)["tandems"][0]["keywords"]
    export_states = {word: state for state, words in lists.items() for word in words}
    assert export_states == app_states
    assert "| privacy | ◐ touched | 3 |" in body


def test_the_cli_lists_the_same_states(ws_root: Path, rmtui: Run) -> None:
    ws = Workspace(ws_root, now=lambda: NOW)
    fill_demo(ws)
    tid = "henk-de-vries"
    app_states = {
        r.keyword.text: r.state for r in TandemService(ws, lambda: NOW).overview(tid).coverage.rows
    }
    listed = rmtui("keyword", "list", tid, "--json")
    assert listed.returncode == 0, listed.stderr
    assert {k["text"]: k["state"] for k in json.loads(listed.stdout)} == app_states
    text = rmtui("keyword", "list", tid).stdout
    assert "◐ touched" in text and "✓ covered" in text and "○ open" in text
