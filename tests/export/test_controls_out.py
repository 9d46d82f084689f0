"""C1 controls and BIDI overrides in stored text never reach a terminal or an exported
file raw (issue 12, item 12): shown and Markdown text drops them, ``--json`` drops them,
a JSON export writes them as escapes so an import still reads back the same text."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from rmtui.cli import main
from rmtui.core.model import Note, Session
from rmtui.core.tandems import TandemDraft
from rmtui.core.text import strip_control
from rmtui.service.exports import ExportService
from rmtui.store import Workspace

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=CET)
RAW = ("\x9b", "\x85", "\u202e", "\u2066", "\u2069", "\u202a")
TEXT = "pay \u202eeurt\u202c 100\x9b31m red\x85 and \u2066isolated\u2069 \u202aLTR"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    ws = Workspace(tmp_path / "ws", now=lambda: NOW)
    tid = ws.add_tandem(TandemDraft(mentee="Anna Nowak")).id
    n = ws.add_session(Session(tandem_id=tid, n=0, title="Yammer")).n
    ws.add_note(tid, n, Note(id=0, elapsed=5.0, wall=NOW, text=TEXT, kind="highlight"))
    ws.update_session(tid, n, lambda s: setattr(s, "status", "done"))
    return ws


def run(ws: Workspace, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--workspace", str(ws.root), *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["note", "list", "anna-nowak/1"],
        ["note", "list", "anna-nowak/1", "--json"],
        ["search", "isolated", "--json"],
        ["search", "isolated"],
        ["export", "anna-nowak", "-o", "-"],
        ["export", "anna-nowak", "--format", "html", "-o", "-"],
    ],
)
def test_no_raw_control_reaches_the_terminal_or_an_export(
    ws: Workspace, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    out = run(ws, capsys, *args)
    assert "isolated" in out
    assert not [c for c in RAW if c in out]


def test_a_json_export_escapes_them_and_an_import_reads_back_the_same_text(
    ws: Workspace, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = run(ws, capsys, "export", "anna-nowak", "--format", "json", "-o", "-")
    assert not [c for c in RAW if c in out]
    assert "\\u202e" in out and "\\u009b" in out
    assert json.loads(out)["tandems"][0]["sessions"][0]["notes"]["1"]["text"] == TEXT
    file = tmp_path / "anna.json"
    file.write_text(out, encoding="utf-8")
    other = Workspace(tmp_path / "other", now=lambda: NOW)
    (done,) = ExportService(other, clock=lambda: NOW).import_file(file)
    assert other.session(done.tandem.id, 1).notes[0].text == TEXT


def test_the_one_cleaner_keeps_tabs_newlines_and_letters() -> None:
    assert strip_control("a\tb\nc \u05e9\u05dc\u05d5\u05dd \u202eX\x1b[2J") == (
        "a\tb\nc \u05e9\u05dc\u05d5\u05dd X[2J"
    )
