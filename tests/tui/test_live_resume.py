"""Crash-resume, notes from another process, and a note whose write fails."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
from livekit import setup, type_note, until_live, until_prompt, until_saved
from textual.widgets import Digits
from tuikit import MakeApp, settle, until

from rmtui.core.model import Note, Session
from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from rmtui.store.errors import WriteFailed
from rmtui.store.session_file import Signature
from rmtui.store.session_repo import Sessions
from rmtui.tui.screens import live as live_module
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.review import ReviewScreen


async def test_a_session_left_running_is_offered_on_start_with_its_time_and_notes(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    # A first rmtui ran the session and was killed: only the files remain.
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    s.time.advance(125)
    s.svc.add_note(ref, "saved before the crash")
    s.svc.next_item(ref)
    s.time.advance(60)
    s.svc.add_note(ref, "! and an action")
    s.time.advance(15 * 60)  # the terminal was closed; the clock ran on

    app = s.app(app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        prompt = await until_prompt(pilot)
        assert "Session 1 with Zofia Wąsowska is running." in prompt
        assert "18:05 on the clock · 2 notes saved" in prompt
        assert "item 2 of 3: Privacy settings tour" in prompt
        await pilot.press("enter")
        live = await until_live(pilot)
        assert live.ref == ref
        assert live.query_one("#clock-digits", Digits).value == "18:05"
        log = str(live.query_one("#note-lines").render())
        assert "[02:05] saved before the crash" in log
        assert "[03:05] ! and an action" in log
        s.time.advance(10)
        await type_note(pilot, "after the resume")
        await until_saved(pilot, live)
        notes = s.ws.session(ref.tandem_id, ref.n).notes
        assert [(n.elapsed, n.item) for n in notes][-1] == (18 * 60 + 15, 1)


async def test_later_keeps_the_session_running_and_s_resumes_it(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    s.svc.pause(ref)
    app = s.app(app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "is paused" in await until_prompt(pilot)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await settle(pilot)
        assert s.ws.session(ref.tandem_id, ref.n).status == "paused"
        await pilot.press("s")
        live = await until_live(pilot, "paused")
        assert live.ref == ref


async def test_a_note_added_by_another_process_shows_within_a_second(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        command = [sys.executable, "-m", "rmtui", "--workspace", str(s.ws.root)]
        done = subprocess.run(
            [*command, "note", "add", "? from the other pane"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        written = time.monotonic()
        await until(
            pilot, lambda: "? from the other pane" in str(live.query_one("#note-lines").render())
        )
        assert time.monotonic() - written < 1.0
        # Stopped by the other process: the review opens.
        subprocess.run([*command, "session", "stop", str(ref)], check=True, timeout=60)
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await until(pilot, lambda: review.session is not None)
        await settle(pilot)


async def test_a_failed_write_keeps_the_note_marked_unsaved_with_the_reason(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise WriteFailed("the disk is full; nothing was changed (test)")

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        monkeypatch.setattr(Sessions, "save_note", disk_full)
        s.time.advance(42)
        await type_note(pilot, "* worth keeping")
        await until(pilot, lambda: bool(live.unsaved))
        assert s.ws.session(ref.tandem_id, ref.n).notes == []
        log = str(live.query_one("#note-lines").render())
        assert "[00:42] * worth keeping  ✗ not saved: the disk is full" in log
        assert live.query_one("#notes").border_title == "Notes · 0 · 1 not saved"
        assert app.focused is not None and app.focused.id == "note-input"

        # The disk has room again: ctrl+y saves it, with the time it was typed.
        monkeypatch.undo()
        s.time.advance(30)
        await pilot.press("ctrl+y")
        await until_saved(pilot, live)
        (note,) = s.ws.session(ref.tandem_id, ref.n).notes
        assert (note.text, note.kind, note.elapsed) == ("worth keeping", "highlight", 42)
        assert "not saved" not in str(live.query_one("#note-lines").render())


async def test_own_notes_are_not_read_back_and_a_note_from_elsewhere_between_them_shows(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    reads: list[SessionRef] = []
    polls: list[SessionRef] = []
    get, signature = s.svc.get, s.svc.signature

    def counted_get(r: SessionRef) -> Session:
        reads.append(r)
        return get(r)

    def counted_signature(r: SessionRef) -> Signature | None:
        polls.append(r)
        return signature(r)

    async def two_more_polls() -> None:
        seen = len(polls)
        await until(pilot, lambda: len(polls) >= seen + 2)

    monkeypatch.setattr(live_module, "POLL_SECONDS", 0.05)  # the polls counted, sooner
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        monkeypatch.setattr(s.svc, "get", counted_get)
        monkeypatch.setattr(s.svc, "signature", counted_signature)
        await type_note(pilot, "first")
        await until_saved(pilot, live)
        await type_note(pilot, "second")
        await until_saved(pilot, live)
        await two_more_polls()
        assert reads == []  # the screen shows its own notes without reading the file
        # Another process (a second workspace object: its own read, its own lock turn).
        elsewhere = Note(0, 1.0, datetime(2026, 3, 2, 9, 30, tzinfo=UTC), "from elsewhere")
        Workspace(s.ws.root).add_note(ref.tandem_id, ref.n, elsewhere)
        await until(pilot, lambda: "from elsewhere" in str(live.query_one("#note-lines").render()))
        await type_note(pilot, "third")
        await until_saved(pilot, live)
        await two_more_polls()
        assert reads == [ref]
        notes = [n.text for n in live.session.notes] if live.session else []
        assert notes == ["first", "second", "from elsewhere", "third"]
        assert notes == [n.text for n in s.ws.session(ref.tandem_id, ref.n).notes]
