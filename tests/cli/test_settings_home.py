"""Where the settings live: the default workspace keeps them in the platform config dir
(moved there once from the data dir, with a message); a workspace named by --workspace or
$RMTUI_WORKSPACE keeps its own rmtui.yaml, self-contained."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rmtui.cli import main
from rmtui.cli.context import Context

Capture = pytest.CaptureFixture[str]
MINE = "# my own comment\nmentor_name: Łucja\nmy_key: kept\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Platform dirs under tmp_path (Linux: XDG); no $RMTUI_WORKSPACE."""
    monkeypatch.delenv("RMTUI_WORKSPACE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def data_yaml(home: Path) -> Path:
    return home / "data" / "rmtui" / "rmtui.yaml"


def config_yaml(home: Path) -> Path:
    return home / "config" / "rmtui" / "rmtui.yaml"


def test_the_default_workspace_keeps_settings_in_the_config_dir(
    home: Path, capsys: Capture
) -> None:
    assert main(["settings", "set", "mentor_name", "Ada"]) == 0
    assert "mentor_name: Ada" in config_yaml(home).read_text(encoding="utf-8")
    assert not data_yaml(home).exists()
    assert main(["settings", "show"]) == 0
    assert f"settings file: {config_yaml(home)}" in capsys.readouterr().out


def test_an_old_rmtui_yaml_moves_once_byte_for_byte_with_a_message(
    home: Path, capsys: Capture
) -> None:
    data_yaml(home).parent.mkdir(parents=True, mode=0o700)
    data_yaml(home).write_text(MINE, encoding="utf-8")
    assert main(["settings", "show", "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"mentor_name": "Łucja"' in out
    assert err == (
        f"your settings moved from {data_yaml(home)} to {config_yaml(home)}, "
        "where rmtui reads them from now on\n"
    )
    assert config_yaml(home).read_text(encoding="utf-8") == MINE
    assert config_yaml(home).stat().st_mode & 0o777 == 0o600
    assert not data_yaml(home).exists()
    assert main(["settings", "show", "--json"]) == 0
    assert capsys.readouterr().err == ""  # once


def test_the_config_dir_wins_and_an_old_file_is_left_alone(home: Path, capsys: Capture) -> None:
    data_yaml(home).parent.mkdir(parents=True, mode=0o700)
    data_yaml(home).write_text("mentor_name: Old\n", encoding="utf-8")
    config_yaml(home).parent.mkdir(parents=True, mode=0o700)
    config_yaml(home).write_text("mentor_name: New\n", encoding="utf-8")
    assert main(["settings", "show", "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"mentor_name": "New"' in out and err == ""
    assert data_yaml(home).read_text(encoding="utf-8") == "mentor_name: Old\n"


def test_a_config_dir_that_cannot_be_written_keeps_the_old_file_in_use(
    home: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_yaml(home).parent.mkdir(parents=True, mode=0o700)
    data_yaml(home).write_text(MINE, encoding="utf-8")
    blocker = home / "not-a-dir"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    assert main(["settings", "show", "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"mentor_name": "Łucja"' in out
    assert err.startswith(f"could not move {data_yaml(home)}")
    assert data_yaml(home).read_text(encoding="utf-8") == MINE


@pytest.mark.parametrize("how", ["flag", "env"])
def test_a_named_workspace_keeps_its_own_rmtui_yaml(
    home: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    ws = home / "ws"
    ws.mkdir(mode=0o700)
    (ws / "rmtui.yaml").write_text(MINE, encoding="utf-8")
    argv = ["settings", "set", "theme", "nord"]
    if how == "flag":
        argv = ["--workspace", str(ws), *argv]
    else:
        monkeypatch.setenv("RMTUI_WORKSPACE", str(ws))
    assert main(argv) == 0
    assert capsys.readouterr().err == ""
    assert "theme: nord" in (ws / "rmtui.yaml").read_text(encoding="utf-8")
    assert not (home / "config").exists()


def test_the_app_says_it_when_it_closes(home: Path) -> None:
    data_yaml(home).parent.mkdir(parents=True, mode=0o700)
    data_yaml(home).write_text(MINE, encoding="utf-8")
    err = io.StringIO()
    ctx = Context(err=err)
    ctx.in_app = True  # as `rmtui` sets it before the TUI runs
    assert ctx.workspace.layout.settings == config_yaml(home)
    assert err.getvalue() == ""  # nothing written under the running app
    ctx.close()
    assert "your settings moved" in err.getvalue()
