"""The CLI contract for tandems and keywords: output, exit codes, workspace resolution."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rmtui import __version__
from rmtui.core.model import Frame
from rmtui.store import Workspace
from rmtui.store.paths import resolve_workspace
from rmtui.store.settings import Settings, save_settings

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_tandem_add_prints_the_id_and_list_shows_it(rmtui: Run) -> None:
    done = rmtui(
        "tandem", "add", "--mentee", "Anna Kowalska-Łęcka", "--role", "CFO",
        "--mentee-dept", "Finance", "--mentor-dept", "Marketing", "--start", "2026-03-02",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "anna-kowalska-lecka\n"
    listed = rmtui("tandem", "list")
    assert listed.returncode == 0
    assert "Anna Kowalska-Łęcka" in listed.stdout
    assert "0/10" in listed.stdout


def test_same_mentee_name_gets_a_distinct_id(rmtui: Run) -> None:
    first = rmtui("tandem", "add", "--mentee", "Jan de Boer").stdout.strip()
    second = rmtui("tandem", "add", "--mentee", "Jan de Boer").stdout.strip()
    assert (first, second) == ("jan-de-boer", "jan-de-boer-2")


def test_tandem_list_json_is_machine_readable(rmtui: Run) -> None:
    rmtui("tandem", "add", "--mentee", "Ada", "--sessions", "8", "--months", "4")
    rmtui("keyword", "add", "ada", "LinkedIn", "privacy")
    data = json.loads(rmtui("tandem", "list", "--json").stdout)
    assert data[0]["id"] == "ada"
    assert data[0]["frame"] == {"sessions": 8, "months": 4}
    assert data[0]["keywords"] == 2


def test_empty_workspace_lists_nothing_and_says_how_to_start(rmtui: Run) -> None:
    done = rmtui("tandem", "list")
    assert done.returncode == 0
    assert done.stdout == ""
    assert "tandem add" in done.stderr
    assert json.loads(rmtui("tandem", "list", "--json").stdout) == []


def test_same_department_needs_confirmation(rmtui: Run, ws_root: Path) -> None:
    args = ("tandem", "add", "--mentee", "Eva", "--mentee-dept", "HR", "--mentor-dept", "hr ")
    refused = rmtui(*args)
    assert refused.returncode == 1
    assert "different departments" in refused.stderr
    assert Workspace(ws_root).tandem_ids() == []
    assert rmtui(*args, "--same-department").returncode == 0


def test_invalid_input_exits_2_and_names_the_field(rmtui: Run) -> None:
    for args, field in [
        (("--mentee", "  "), "mentee"),
        (("--mentee", "Ada", "--start", "2026-02-30"), "start"),
        (("--mentee", "Ada", "--sessions", "0"), "sessions"),
        (("--mentee", " \t "), "mentee"),
    ]:
        done = rmtui("tandem", "add", *args)
        assert done.returncode == 2, args
        assert done.stderr.startswith(f"rmtui: {field}:"), done.stderr
        assert done.stdout == ""


def test_usage_errors_exit_2(rmtui: Run) -> None:
    assert rmtui("tandem", "add").returncode == 2
    assert rmtui("tandem", "frobnicate").returncode == 2
    assert rmtui("tandem", "add", "--mentee", "A", "--sessions", "ten").returncode == 2


def test_unknown_tandem_is_an_error(rmtui: Run) -> None:
    done = rmtui("keyword", "add", "nobody", "IoT")
    assert done.returncode == 1
    assert "no tandem 'nobody'" in done.stderr


def test_keywords_keep_order_and_skip_duplicates(rmtui: Run) -> None:
    rmtui("tandem", "add", "--mentee", "Ada")
    assert rmtui("keyword", "add", "ada", "Big data", "IoT").stdout == "Big data\nIoT\n"
    assert rmtui("keyword", "add", "ada", "iot", "Blockchain").stdout == "Blockchain\n"
    data = json.loads(rmtui("keyword", "list", "ada", "--json").stdout)
    assert [(k["text"], k["order"], k["status"]) for k in data] == [
        ("Big data", 1, "open"),
        ("IoT", 2, "open"),
        ("Blockchain", 3, "open"),
    ]


def test_erase_needs_yes_and_removes_folder_and_backups(rmtui: Run, ws_root: Path) -> None:
    rmtui("tandem", "add", "--mentee", "Ada")
    rmtui("keyword", "add", "ada", "IoT")
    assert (ws_root / "backups" / "ada").is_dir()
    refused = rmtui("tandem", "erase", "ada")
    assert refused.returncode == 1
    assert (ws_root / "tandems" / "ada").is_dir()
    assert rmtui("tandem", "erase", "ada", "--yes").returncode == 0
    assert not (ws_root / "tandems" / "ada").exists()
    assert not (ws_root / "backups" / "ada").exists()
    assert rmtui("tandem", "erase", "ada", "--yes").returncode == 1


def test_version_and_help(rmtui: Run) -> None:
    assert rmtui("--version").stdout.strip() == f"rmtui {__version__}"
    helped = rmtui("--help")
    assert helped.returncode == 0
    assert "tandem" in helped.stdout


def test_workspace_flag_beats_env_beats_platform_dir(tmp_path: Path) -> None:
    assert resolve_workspace(str(tmp_path / "a"), {"RMTUI_WORKSPACE": "/x"}) == tmp_path / "a"
    assert resolve_workspace(None, {"RMTUI_WORKSPACE": str(tmp_path / "b")}) == tmp_path / "b"
    default = resolve_workspace(None, {})
    assert default.name == "rmtui"


def test_env_var_selects_the_workspace(tmp_path: Path) -> None:
    env = {**os.environ, "RMTUI_WORKSPACE": str(tmp_path / "env-ws")}
    cmd = [sys.executable, "-m", "rmtui", "tandem", "add", "--mentee", "Ada"]
    subprocess.run(cmd, check=True, env=env, capture_output=True, timeout=60)
    tandem_file = tmp_path / "env-ws" / "tandems" / "ada" / "tandem.json"
    assert stat.S_IMODE(tandem_file.stat().st_mode) == 0o600


def test_control_characters_in_names_never_reach_the_terminal(rmtui: Run) -> None:
    rmtui("tandem", "add", "--mentee", "Eve\x1b[31m Red\x07", "--role", "[bold]boss[/]")
    listed = rmtui("tandem", "list").stdout
    assert "\x1b" not in listed and "\x07" not in listed
    assert "[bold]boss[/]" in listed


def test_frame_defaults_come_from_the_workspace_settings(rmtui: Run, ws_root: Path) -> None:
    save_settings(ws_root / "rmtui.yaml", Settings(frame=Frame(sessions=12, months=9)))
    rmtui("tandem", "add", "--mentee", "Ada")
    rmtui("tandem", "add", "--mentee", "Bo", "--sessions", "6")
    frames = {t["id"]: t["frame"] for t in json.loads(rmtui("tandem", "list", "--json").stdout)}
    assert frames == {"ada": {"sessions": 12, "months": 9}, "bo": {"sessions": 6, "months": 9}}


def test_tandem_add_takes_names_in_any_script(rmtui: Run) -> None:
    ids = [
        rmtui("tandem", "add", "--mentee", name).stdout.strip()
        for name in ("Олена Шевченко", "Γιώργος", "🦊", "🦊")
    ]
    assert ids[:2] == ["olena-shevchenko", "giorgos"]
    assert ids[2].startswith("tandem-") and ids[3] == f"{ids[2]}-2"
    listed = json.loads(rmtui("tandem", "list", "--json").stdout)
    assert sorted(t["mentee"] for t in listed) == sorted(["Олена Шевченко", "Γιώργος", "🦊", "🦊"])
