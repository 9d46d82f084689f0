"""Fixtures of the sync tests: a workspace and the program's repository, built per test.

Every test gets a canary file path that no git hook, submodule or trick may ever create
(checked after the test), and a private HOME, so the machine's git config plays no part.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from synckit import Remote, World, git_env

from rmtui.store.paths import Layout
from rmtui.store.settings import Settings


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    home = tmp_path / "home"
    home.mkdir()
    env = git_env(home)
    work = tmp_path / "office"
    work.mkdir()
    bare = tmp_path / "agendas.git"
    remote = Remote(work, bare, dict(env))
    remote.git("init", "-q", "-b", "main")
    remote.git("init", "-q", "--bare", "-b", "main", str(bare), cwd=tmp_path)
    remote.git("remote", "add", "origin", str(bare))
    settings = Settings(agenda_repo=str(bare), path="templates")
    w = World(Layout(tmp_path / "workspace"), remote, tmp_path / "CANARY", env, settings)
    yield w
    assert not w.canary.exists(), "a hook or submodule ran during the sync"


@pytest.fixture
def synced(world: World) -> World:
    """A world whose first sync brought ``kickoff`` and ``privacy``: the last good copy."""
    world.remote.put("kickoff", "Kick-off")
    world.remote.put("privacy", "Data protection")
    world.remote.commit("first templates")
    report = world.sync()
    assert report.outcome == "synced", report
    return world
