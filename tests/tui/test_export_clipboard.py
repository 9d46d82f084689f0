"""Copy an export to the clipboard (OSC 52) from the export screen and the review, and
open a written export with the system's opener (patched here: nothing is launched)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tuikit import MakeApp, settle, until

from rmtui.core.i18n import gettext
from rmtui.core.refs import SessionRef
from rmtui.fs import system
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.screens.review import ReviewScreen

PRIVATE = ("Admits he has never changed", "Worried his old boss")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    monkeypatch.setattr(system, "open_file", calls.append)
    return calls


def footer_keys(app: RmtuiApp) -> set[str]:
    """The keys' descriptions as the footer shows them (message ids, translated)."""
    return {
        gettext(b.description)
        for _, b, enabled, _ in app.screen.active_bindings.values()
        if enabled
    }


async def open_export(app: RmtuiApp) -> ExportScreen:
    tandems = app.scan.summaries if app.scan else []
    screen = ExportScreen(app.services.exports, tandems, "henk-de-vries")
    await app.push_screen(screen)
    return screen


async def test_copy_and_open_from_the_export_screen(
    demo_ws: Workspace, app_for: MakeApp, opened: list[Path]
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_export(app)
        await until(pilot, lambda: screen.rendered is not None)
        assert {"Copy", "Open"} <= footer_keys(app)

        await pilot.press("o")  # nothing written yet: nothing opened
        await pilot.pause()
        assert opened == []

        await pilot.press("c")
        await until(pilot, lambda: app.clipboard != "")
        assert app.clipboard.startswith("---\n")  # the Markdown export, front matter first
        assert "# Midpoint summary: Henk de Vries" in app.clipboard
        assert not any(p in app.clipboard for p in PRIVATE)
        await until(pilot, lambda: len(demo_ws.exports("henk-de-vries")) == 1)
        assert demo_ws.exports("henk-de-vries")[0].target == "clipboard"  # shared, logged

        await pilot.press("ctrl+s")
        await until(pilot, lambda: screen.written is not None)
        await pilot.press("o")
        await until(pilot, lambda: opened != [])
        assert screen.written is not None
        assert opened == [screen.written.resolve()]


async def test_only_a_file_rmtui_just_wrote_is_opened(
    demo_ws: Workspace, app_for: MakeApp, opened: list[Path], tmp_path: Path
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_export(app)
        other = tmp_path / "not-an-export.sh"
        other.write_text("echo hi\n")
        screen.written = other  # as if the screen pointed elsewhere
        await pilot.press("o")
        await pilot.pause()
        assert opened == []


async def test_the_review_copies_its_sessions_recap(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.push_screen(ReviewScreen(SessionRef("henk-de-vries", 2)))
        await settle(pilot)
        assert "Copy recap" in footer_keys(app)
        await pilot.press("f11")
        await until(pilot, lambda: app.clipboard != "")
        assert "# Session 2 recap: Enterprise social network" in app.clipboard
        assert not any(p in app.clipboard for p in PRIVATE)
        assert isinstance(app.screen, ReviewScreen)  # still reviewing
        log = demo_ws.exports("henk-de-vries")
        assert [(r.kind, r.session, r.target) for r in log] == [("session", 2, "clipboard")]


def test_the_opener_runs_without_a_shell_and_detached(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[tuple[list[str], dict[str, object]]] = []

    class Proc:
        def wait(self) -> int:
            return 0

    def popen(argv: list[str], **options: object) -> Proc:
        started.append((argv, options))
        return Proc()

    monkeypatch.setattr(system.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(subprocess, "Popen", popen)
    file = tmp_path / "-recap.md"
    system.open_file(file)
    ((argv, options),) = started
    assert argv == [f"/usr/bin/{system.openers()[0]}", str(file)]
    assert argv[1].startswith("/")  # never read as an option
    assert options.get("shell") is None and options["start_new_session"] is True
    monkeypatch.setattr(system.shutil, "which", lambda name: None)
    with pytest.raises(FileNotFoundError):
        system.open_file(file)
