"""`rmtui settings show|set`: every setting by its file key, checked, exit 2 when bad."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from rmtui.cli import main
from rmtui.store.settings import load_settings

Run = Callable[..., subprocess.CompletedProcess[str]]


def run(ws: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_set_then_show(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for key, value in (
        ("mentor_name", "Łucja Wiśniewska"),
        ("mentor-dept", "Komunikacja"),  # a dash reads as an underscore
        ("agenda_repo", "https://git.example.org/program/agendas.git"),
        ("branch", "main"),
        ("path", "templates/"),
        ("theme", "nord"),
        ("frame.sessions", "8"),
        ("frame.months", "4"),
    ):
        code, out, err = run(ws_root, capsys, "settings", "set", key, value)
        assert (code, err) == (0, ""), err
    assert out == "frame.months = 4\n"
    code, out, _ = run(ws_root, capsys, "settings", "show", "--json")
    assert code == 0
    assert json.loads(out) == {
        "mentor_name": "Łucja Wiśniewska",
        "mentor_dept": "Komunikacja",
        "agenda_repo": "https://git.example.org/program/agendas.git",
        "branch": "main",
        "path": "templates",
        "theme": "nord",
        "language": "",
        "frame.sessions": 8,
        "frame.months": 4,
        "program_language": "",
    }
    code, out, _ = run(ws_root, capsys, "settings", "show")
    assert re.search(r"^mentor_name +Łucja Wiśniewska$", out, re.M)
    assert f"settings file: {ws_root / 'rmtui.yaml'}" in out


def test_show_on_a_new_workspace_says_what_is_not_set(
    ws_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(ws_root, capsys, "settings", "show")
    assert code == 0
    assert re.search(r"^mentor_name +\(not set\)$", out, re.M)
    assert re.search(r"^theme +\(default: textual-dark\)$", out, re.M)
    assert re.search(r"^frame.sessions +10$", out, re.M)
    assert re.search(r"^program_language +\(not set\)$", out, re.M)
    assert not ws_root.exists()  # showing writes nothing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("colour", "red"), "'colour' is not a setting; the settings are: mentor_name,"),
        (("theme", "hotdog"), "theme: 'hotdog' is not a theme; the themes are:"),
        (("frame.sessions", "60"), "frame.sessions: must be between 1 and 52"),
        (("frame.months", "six"), "frame.months: 'six' is not a whole number"),
        (("branch", "a..b"), "branch: 'a..b' is not a branch name"),
        (
            ("agenda_repo", "--", "--upload-pack=x"),
            "agenda_repo: '--upload-pack=x' is not a repository",
        ),
        (("path", "../up"), "path: '../up' is not a folder inside the repository"),
        (("mentor_name", "x" * 200), "mentor_name: is longer than 120 characters"),
    ],
)
def test_a_bad_key_or_value_exits_2_and_changes_nothing(
    ws_root: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    assert run(ws_root, capsys, "settings", "set", "mentor_name", "Jo")[0] == 0
    before = (ws_root / "rmtui.yaml").read_bytes()
    code, out, err = run(ws_root, capsys, "settings", "set", *args)
    assert code == 2
    assert out == ""
    assert err.startswith(f"rmtui: {message}")
    assert (ws_root / "rmtui.yaml").read_bytes() == before


def test_an_empty_value_clears_a_text(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(ws_root, capsys, "settings", "set", "branch", "main")
    code, out, _ = run(ws_root, capsys, "settings", "set", "branch", "")
    assert (code, out) == (0, "branch cleared\n")
    assert load_settings(ws_root / "rmtui.yaml").branch == ""


def test_a_file_it_cannot_edit_exits_1_untouched(
    ws_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws_root.mkdir()
    text = "mentor_name: Jo\nmentor_name: Ann\n"
    (ws_root / "rmtui.yaml").write_text(text, encoding="utf-8")
    code, _, err = run(ws_root, capsys, "settings", "set", "mentor_name", "Zoë")
    assert code == 1
    assert "appears twice" in err and "left untouched" in err
    assert (ws_root / "rmtui.yaml").read_text(encoding="utf-8") == text


def test_tandem_add_takes_the_mentor_department_from_the_settings(rmtui: Run) -> None:
    assert rmtui("settings", "set", "mentor_dept", "Communications").returncode == 0
    done = rmtui("tandem", "add", "--mentee", "Henk", "--mentee-dept", "communications")
    assert done.returncode == 1  # the same department, unconfirmed
    assert "both from 'Communications'" in done.stderr
    bad = rmtui("settings", "set", "frame.months", "0")
    assert bad.returncode == 2
    assert bad.stderr == "rmtui: frame.months: must be between 1 and 36\n"
