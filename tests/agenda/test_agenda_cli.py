"""``rmtui agendas list|show|check`` end to end, through the installed entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import Run

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "bad_templates"

TEMPLATE = """\
id: {id}
title: {title}
minutes: 60
tags: [privacy]
rules:
  - The mentee drives.
items:
  - title: Warm-up
    minutes: 10
    prompts:
      - "What changed? \\e[31m"
    notes: |
      First line.
      Second line.
"""


def put(folder: Path, id_: str, title: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{id_}.yaml").write_text(TEMPLATE.format(id=id_, title=title))


def test_check_the_bundled_library(rmtui: Run) -> None:
    result = rmtui("agendas", "check", str(REPO / "agendas"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.strip().endswith("templates OK")


def test_check_reports_every_problem_and_fails(rmtui: Run) -> None:
    result = rmtui("agendas", "check", str(CORPUS))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{CORPUS / 'norway.yaml'}:5:11: language: no is read by YAML as false" in result.stdout
    assert any(
        line.startswith(f"{CORPUS / 'minutes-over.yaml'}:4:10: warning: minutes:") for line in lines
    )
    assert "2 templates OK" in result.stderr and "refused" in result.stderr


def test_check_fails_on_a_warning_too(rmtui: Run, tmp_path: Path) -> None:
    """A program office's CI should hear about over-long agendas, not only broken files."""
    shutil.copy(CORPUS / "minutes-over.yaml", tmp_path)
    result = rmtui("agendas", "check", str(tmp_path / "minutes-over.yaml"))
    assert result.returncode == 1
    assert "warning: minutes: the items add up to 40 minutes" in result.stdout
    assert "rmtui: 1 template OK, 1 with warnings" in result.stderr


def test_check_json_and_missing_paths(rmtui: Run, tmp_path: Path) -> None:
    result = rmtui(
        "agendas", "check", "--json", str(CORPUS / "duplicate-key.yaml"), str(tmp_path / "gone")
    )
    assert result.returncode == 1
    problems = json.loads(result.stdout)
    assert problems[0]["line"] == 5 and problems[0]["field"] == "title"
    assert problems[1] == {
        "path": str(tmp_path / "gone"),
        "line": 0,
        "column": 0,
        "field": "",
        "severity": "error",
        "message": "no such file or folder",
    }


def test_list_shows_sources_and_shadowing(rmtui: Run, ws_root: Path) -> None:
    put(ws_root / "agendas", "kickoff", "My kick-off")
    put(ws_root / "sync" / "agendas", "custom", "Program custom")
    result = rmtui("agendas", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "LANGUAGES", "MIN", "SOURCE", "PATH"]
    kickoff = [line for line in lines if line.startswith("kickoff ")]
    assert len(kickoff) == 1, "one row per topic"
    assert "workspace (shadows bundled)" in kickoff[0] and "My kick-off" in kickoff[0]
    assert " en de fr nl pl " in kickoff[0], "the bundled kick-offs in other languages stay"
    assert any(line.startswith("custom ") and "synced" in line for line in lines)

    listed = json.loads(rmtui("agendas", "list", "--json").stdout)
    [mine] = [e for e in listed if e["id"] == "kickoff"]
    assert (mine["source"], mine["shadowed_by"], mine["languages"]) == (
        "workspace",
        None,
        ["en", "de", "fr", "nl", "pl"],
    )
    assert mine["path"] == str(ws_root / "agendas" / "kickoff.yaml")
    assert {"id", "title", "language", "minutes", "source", "path"} <= set(mine)
    assert [(v["language"], v["source"], v["shadowed_by"]) for v in mine["variants"]] == [
        ("en", "workspace", None),
        ("en", "bundled", "workspace"),
        *((lang, "bundled", None) for lang in ("de", "fr", "nl", "pl")),
    ]


def test_list_reports_bad_files_on_stderr(rmtui: Run, ws_root: Path) -> None:
    (ws_root / "agendas").mkdir(parents=True)
    (ws_root / "agendas" / "broken.yaml").write_text("id: broken\ntitle: [\n")
    result = rmtui("agendas", "list")
    assert result.returncode == 1
    assert "kickoff" in result.stdout  # the others still list
    assert "broken.yaml:" in result.stderr


def test_show_is_readable_and_strips_control_characters(rmtui: Run, ws_root: Path) -> None:
    put(ws_root / "agendas", "mine", '"Mine \\e]0;pwned\\a title"')
    result = rmtui("agendas", "show", "mine")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out
    assert out.splitlines()[0] == "Mine ]0;pwned title  (mine)"
    assert "  1. Warm-up  (10 min)" in out
    assert "     - What changed? [31m" in out
    assert "     notes: First line.\n            Second line." in out
    assert "Rules\n  - The mentee drives." in out
    assert "total: 10 of 60 min" in out


def test_show_unknown_id(rmtui: Run) -> None:
    result = rmtui("agendas", "show", "no-such-template")
    assert result.returncode == 1
    assert "no agenda template 'no-such-template'" in result.stderr
