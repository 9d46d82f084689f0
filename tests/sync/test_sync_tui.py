"""The sync in the TUI: a background worker, the notification, the report screen."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from synckit import World
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from rmtui.agenda.sync import Change, SyncReport
from rmtui.core.template import Problem
from rmtui.store.settings import save_settings
from rmtui.tui.sync_report import (
    SYNCING,
    SyncReportScreen,
    start_agenda_sync,
    sync_running,
)


class Host(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("home")


class Elsewhere(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Static("a live session")


def report_text(app: App[Any]) -> str:
    screen = app.screen
    assert isinstance(screen, SyncReportScreen)
    return str(screen.query_one("#sync-report-text", Static).render())


async def test_a_real_sync_notifies_and_shows_the_report(world: World) -> None:
    world.remote.put("kickoff", "Kick-off [bold]now[/] [@click=app.quit]x[/]")
    world.remote.commit()
    save_settings(world.layout.settings, world.settings)
    done: list[SyncReport] = []
    app = Host()
    async with app.run_test() as pilot:
        worker = start_agenda_sync(app, world.sync, on_done=done.append)
        assert worker is not None and worker.group == "agenda-sync"
        await worker.wait()
        await pilot.pause()
        assert [r.outcome for r in done] == ["synced"]
        text = report_text(app)
        assert "synced 1 template " in text
        assert "Kick-off [bold]now[/] [@click=app.quit]x[/]" in text  # literally
        notes = [n.message for n in app._notifications]
        assert any(m.startswith("synced 1 template ") for m in notes)
        await pilot.press("escape")
        assert not isinstance(app.screen, SyncReportScreen)
        assert not app.has_class(SYNCING)


def failed_report() -> SyncReport:
    problem = Problem(Path("t/x.yaml"), 2, 3, "bad \x1b[31mthing")
    return SyncReport(
        "failed",
        "the repository has no branch 'x\x1b[2J'",
        repo="/r.git",
        invalid=(("t/x.yaml", (problem,)),),
        detail="fatal: \x1b]0;title\x07oops",
        reason="branch",
        added=(Change("a.yaml", "a", "A"),),
    )


async def test_a_failure_is_an_error_notification_and_a_literal_report(tmp_path: Any) -> None:
    app = Host()
    async with app.run_test() as pilot:
        worker = start_agenda_sync(app, failed_report)
        assert worker is not None
        await worker.wait()
        await pilot.pause()
        text = report_text(app)
        assert text.startswith("sync failed: the repository has no branch 'x")
        assert "\x1b" not in text and "\x07" not in text
        assert "Nothing was synced before" in text
        [note] = [n for n in app._notifications if n.severity == "error"]
        assert "\x1b" not in note.message


async def test_a_second_sync_while_one_runs_is_refused(tmp_path: Any) -> None:
    gate = threading.Event()

    def slow() -> SyncReport:
        gate.wait(5)
        return SyncReport("up-to-date", "already up to date")

    app = Host()
    async with app.run_test() as pilot:
        first = start_agenda_sync(app, slow)
        assert first is not None and sync_running(app) and app.has_class(SYNCING)
        assert start_agenda_sync(app, slow) is None
        await pilot.pause()
        assert any("already running" in n.message for n in app._notifications)
        gate.set()
        await first.wait()
        await pilot.pause()
        assert not sync_running(app) and not app.has_class(SYNCING)
        # Up to date: nothing to read, so no report covers the screen.
        assert not isinstance(app.screen, SyncReportScreen)


async def test_the_report_never_covers_a_screen_the_mentor_moved_to(tmp_path: Any) -> None:
    gate = threading.Event()

    def slow() -> SyncReport:
        gate.wait(5)
        return failed_report()

    app = Host()
    async with app.run_test() as pilot:
        browser = Screen[None]()
        await app.push_screen(browser)
        worker = start_agenda_sync(browser, slow)
        assert worker is not None
        await app.push_screen(Elsewhere())
        gate.set()
        await worker.wait()
        await pilot.pause()
        assert isinstance(app.screen, Elsewhere)
        assert any(n.severity == "error" for n in app._notifications)
