"""A long note in the mentor's own editor from the live session (f11): the app steps
aside, the editor gets what was typed so far, the note is saved with the time of the key,
from a temp file in the workspace that is gone afterwards."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from livekit import Setup, setup, until_live, until_saved
from textual.pilot import Pilot
from textual.widgets import Input
from tuikit import MakeApp, settle, until

from rmtui.core.refs import SessionRef
from rmtui.service import editor
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.live import LiveScreen

LONG = "! Henk posts his first article\nwith a photo of the warehouse team\nand asks for comments"


def running(ws: Workspace, app_for: MakeApp) -> tuple[Setup, RmtuiApp]:
    s = setup(ws)
    ref = s.plan()
    s.svc.start(ref)
    return s, s.app(app_for)


async def open_live(pilot: Pilot[None], s: Setup) -> LiveScreen:
    await settle(pilot)
    pilot.app.push_screen(LiveScreen(SessionRef(s.tandem_id, 1)))
    return await until_live(pilot)


@pytest.fixture
def suspended(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The headless test terminal cannot step aside: the suspension is recorded instead."""
    seen: list[bool] = []

    @contextlib.contextmanager
    def suspend(self: RmtuiApp) -> Iterator[None]:
        seen.append(True)
        yield

    monkeypatch.setattr(RmtuiApp, "suspend", suspend)
    monkeypatch.setenv("VISUAL", "scripted-editor --wait")
    return seen


def scripted_editor(
    monkeypatch: pytest.MonkeyPatch, s: Setup, writes: str, seen: list[tuple[str, Path]]
) -> None:
    def run(argv: list[str], **_: Any) -> subprocess.CompletedProcess[bytes]:
        path = Path(argv[-1])
        seen.append((path.read_text(encoding="utf-8"), path))
        assert argv[:2] == ["scripted-editor", "--wait"]
        s.time.advance(90)  # the mentor takes a minute and a half to write it
        path.write_text(writes, encoding="utf-8")
        return subprocess.CompletedProcess(argv, 0)

    monkeypatch.setattr(editor.subprocess, "run", run)


async def test_a_long_note_written_in_the_editor(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch, suspended: list[bool]
) -> None:
    s, app = running(empty_ws, app_for)
    seen: list[tuple[str, Path]] = []
    scripted_editor(monkeypatch, s, LONG + "\n", seen)
    async with app.run_test(size=(100, 30)) as pilot:
        live = await open_live(pilot, s)
        assert "Long note" in {
            b.description for _, b, enabled, _ in live.active_bindings.values() if enabled
        }
        s.time.advance(60)
        note_input = live.query_one("#note-input", Input)
        note_input.insert_text_at_cursor("! Henk posts")
        await pilot.pause()
        await pilot.press("f11")
        await until_saved(pilot, live)
        await until(pilot, lambda: bool(s.ws.session(s.tandem_id, 1).notes))
        assert suspended == [True]
        ((given, path),) = seen
        assert given == "! Henk posts\n"  # what was typed so far comes along
        assert path.parent == s.ws.root and not path.exists()  # in the workspace, then gone
        (note,) = s.ws.session(s.tandem_id, 1).notes
        assert note.kind == "action" and note.text.splitlines()[-1] == "and asks for comments"
        assert 59 <= note.elapsed < 90  # the time of the key, not of the editor's close
        assert note_input.value == ""


async def test_an_emptied_editor_saves_nothing_and_keeps_the_input(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch, suspended: list[bool]
) -> None:
    s, app = running(empty_ws, app_for)
    scripted_editor(monkeypatch, s, "\n", [])
    async with app.run_test(size=(100, 30)) as pilot:
        live = await open_live(pilot, s)
        note_input = live.query_one("#note-input", Input)
        note_input.insert_text_at_cursor("half a thought")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert s.ws.session(s.tandem_id, 1).notes == []
        assert note_input.value == "half a thought"


async def test_no_editor_set_says_so(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch, suspended: list[bool]
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    s, app = running(empty_ws, app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_live(pilot, s)
        await pilot.press("f11")
        await settle(pilot)
        assert s.ws.session(s.tandem_id, 1).notes == []
        assert any("EDITOR" in str(n.message) for n in app._notifications)
