"""Sync from the TUI alone: name the program's repository in the settings screen, then one
key saves and syncs; with no repository, syncing opens the settings at that field."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from synckit import World
from textual.pilot import Pilot
from textual.widgets import Input, Static

from rmtui.store import Workspace
from rmtui.store.settings import load_settings
from rmtui.tui.agenda_browser import AgendaBrowser
from rmtui.tui.app import make_app
from rmtui.tui.screens.settings import SettingsScreen
from rmtui.tui.sync_report import SyncReportScreen

NOW = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def git_home(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The TUI runs git with the process environment: a private HOME, no system config."""
    for name in ("HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_NOSYSTEM"):
        monkeypatch.setenv(name, world.env[name])


async def test_set_the_repo_then_one_key_saves_and_syncs(world: World, git_home: None) -> None:
    world.remote.put("kickoff", "Kick-off, the program's own")
    world.remote.commit()
    app = make_app(Workspace(world.layout.root), clock=lambda: NOW, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#agenda-repo", Input).value = world.remote.url
        app.screen.query_one("#path", Input).value = "templates"
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, SyncReportScreen)
        text = str(app.screen.query_one("#sync-report-text", Static).render())
        assert text.startswith("synced 1 template ")
        assert "Kick-off, the program's own" in text
    assert load_settings(world.layout.settings).agenda_repo == world.remote.url
    assert world.synced_ids() == {"kickoff"}


async def test_sync_without_a_repo_opens_the_settings_at_it(world: World) -> None:
    app = make_app(Workspace(world.layout.root), clock=lambda: NOW, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("g")  # the template browser; ctrl+s syncs
        await settle(pilot)
        assert isinstance(app.screen, AgendaBrowser)
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        assert screen.focused is screen.query_one("#agenda-repo", Input)
        assert any("No agenda repository is set yet" in n.message for n in app._notifications)
        assert not any("--repo" in n.message for n in app._notifications)  # no CLI advice
