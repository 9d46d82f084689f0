"""``rmtui agendas sync`` from a shell: options saved, exit status, report, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from synckit import World

from rmtui.store.settings import load_settings


def cli(world: World, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**world.env}
    env.pop("RMTUI_WORKSPACE", None)
    return subprocess.run(
        [sys.executable, "-m", "rmtui", "--workspace", str(world.layout.root), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )


@pytest.fixture
def office(world: World) -> World:
    world.remote.put("kickoff", "Kick-off")
    world.remote.put("privacy", "Data protection")
    world.remote.commit()
    return world


def test_no_repository_yet_says_how_to_set_one(world: World) -> None:
    done = cli(world, "agendas", "sync")
    assert done.returncode == 1
    assert "agendas sync --repo URL" in done.stderr


def test_options_are_saved_and_the_report_printed(office: World, tmp_path: Path) -> None:
    # A relative path is stored as an absolute one: later runs start anywhere.
    relative = os.path.relpath(office.remote.bare, tmp_path)
    done = cli(office, "agendas", "sync", "--repo", relative, "--path", "templates/", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("synced 2 templates from commit ")
    assert "added    kickoff  Kick-off  (kickoff.yaml)" in done.stdout
    settings = load_settings(office.layout.settings)
    assert settings.agenda_repo == str(office.remote.bare)
    assert settings.path == "templates"

    again = cli(office, "agendas", "sync")
    assert again.returncode == 0
    assert again.stdout.startswith("already up to date")

    listing = cli(office, "agendas", "list", "--json")
    kickoff = [t for t in json.loads(listing.stdout) if t["id"] == "kickoff"]
    assert kickoff[0]["source"] == "synced"  # in use, over the bundled one of that id
    assert all(t["shadowed_by"] == "synced" for t in kickoff[1:])


def test_a_failure_exits_1_and_keeps_the_last_good_copy(office: World) -> None:
    assert cli(office, "agendas", "sync", "--repo", str(office.remote.bare)).returncode == 0
    done = cli(office, "agendas", "sync", "--branch", "nope")
    assert done.returncode == 1
    assert done.stderr.startswith("rmtui: sync failed: the repository has no branch 'nope'.")
    assert "The last good copy stays in use: 2 templates from commit" in done.stderr
    assert load_settings(office.layout.settings).branch == "nope"
    # '' goes back to the repository's default branch.
    assert cli(office, "agendas", "sync", "--branch", "").returncode == 0


def test_a_bad_option_is_refused_and_not_saved(office: World) -> None:
    done = cli(office, "agendas", "sync", "--repo=--upload-pack=touch /tmp/x")
    assert done.returncode == 2  # bad input
    assert "agenda_repo" in done.stderr
    assert not office.layout.settings.exists()


def test_json_report(office: World) -> None:
    done = cli(office, "agendas", "sync", "--repo", str(office.remote.bare), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["outcome"] == "synced" and data["templates"] == 2
    assert [a["id"] for a in data["added"]] == ["kickoff", "privacy"]
    assert len(data["commit"]) == 40


def test_the_settings_file_stays_readable(office: World) -> None:
    cli(office, "agendas", "sync", "--repo", str(office.remote.bare), "--branch", "main")
    data = yaml.safe_load(office.layout.settings.read_text())
    assert data["agenda_repo"] == str(office.remote.bare) and data["branch"] == "main"


def test_the_sync_verb_never_loads_textual(office: World) -> None:
    script = (
        "import sys\n"
        "import rmtui.cli.agendas_sync, rmtui.agenda.sync\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual'], 'textual'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_registering_the_verb_loads_neither_git_nor_the_sync() -> None:
    from rmtui.agenda.git import DEFAULT_TIMEOUT
    from rmtui.cli.agendas_sync import TIMEOUT_HELP

    assert f"default {DEFAULT_TIMEOUT:g}," in TIMEOUT_HELP
    script = (
        "import sys\n"
        "from rmtui.cli import build_parser\n"
        "build_parser()\n"
        "mine = ('rmtui.agenda.sync', 'rmtui.agenda.git', 'rmtui.store.settings')\n"
        "loaded = [m for m in sys.modules if m.startswith(mine)]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
