"""ctrl+q with notes marked unsaved asks first: retry, or keep them in a recovery file in
the workspace (0600, atomic) and quit; the next start says where they are, and the
palette saves them to their session."""

from __future__ import annotations

import stat

import pytest
from livekit import setup, type_note, until_live, until_saved
from textual.widgets import Static
from tuikit import MakeApp, settle, until

from rmtui.store import Workspace
from rmtui.store.errors import WriteFailed
from rmtui.store.session_repo import Sessions
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.modals.quit import QuitModal
from rmtui.tui.screens.live import LiveScreen


class DiskFull:
    def __init__(self) -> None:
        self.tries = 0

    def __call__(self, *_args: object, **_kwargs: object) -> None:
        self.tries += 1
        raise WriteFailed("the disk is full; nothing was changed (test)")


async def test_quit_with_unsaved_notes_asks_retries_or_keeps_them(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    recovery = empty_ws.layout.root / "recovery"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        disk_full = DiskFull()
        monkeypatch.setattr(Sessions, "save_note", disk_full)
        s.time.advance(42)
        await type_note(pilot, "~* worth keeping")
        await until(pilot, lambda: bool(live.unsaved))

        # ctrl+q asks; esc stays.
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitModal))
        assert app.focused is not None and app.focused.id == "retry"
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is live)
        assert app.is_running

        # Retry while the disk is still full: still unsaved, still asked.
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitModal))
        await pilot.press("r")
        await until(pilot, lambda: app.screen is live)
        await until(pilot, lambda: disk_full.tries == 2 and bool(live.unsaved))
        assert app.is_running

        # Keep them: a recovery file, then the app quits.
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitModal))
        await pilot.press("k")
        await until(pilot, lambda: not app.is_running)
    (kept,) = recovery.glob("*.json")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert "~* worth keeping" in kept.read_text(encoding="utf-8")
    assert not list(recovery.glob(".*tmp"))
    assert s.ws.session(ref.tandem_id, ref.n).notes == []

    # The next start says where they are; the palette's command saves them.
    monkeypatch.undo()
    again = s.app(app_for)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: any(str(kept) in str(n.message) for n in again._notifications))
        titles = [c.title for c in again.palette_commands(again.screen)]
        assert "notes: save recovered" in titles
        from rmtui.tui.quit import save_recovered

        save_recovered(again)
        await until(pilot, lambda: bool(s.ws.session(ref.tandem_id, ref.n).notes))
        await settle(pilot)
    (note,) = s.ws.session(ref.tandem_id, ref.n).notes
    assert (note.text, note.kind, note.private, note.elapsed) == (
        "worth keeping",
        "highlight",
        True,
        42,
    )
    assert not kept.exists()


async def test_quit_without_unsaved_notes_quits_at_once(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        await type_note(pilot, "saved at once")
        await until_saved(pilot, live)
        await type_note(pilot, "quit while it is being written")
        await pilot.press("ctrl+q")  # it lands first, then rmtui quits without asking
        await until(pilot, lambda: not app.is_running)
    assert [n.text for n in s.ws.session(ref.tandem_id, ref.n).notes] == [
        "saved at once",
        "quit while it is being written",
    ]


async def test_leaving_the_live_screen_keeps_the_notes_it_could_not_save(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """esc, then Leave: the notes not saved go to a recovery file, as a quit keeps them;
    the dialog says so first, and the app says where they are."""
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    recovery = empty_ws.layout.root / "recovery"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        monkeypatch.setattr(Sessions, "save_note", DiskFull())
        s.time.advance(30)
        await type_note(pilot, "! Henk books the photo shoot")
        await until(pilot, lambda: bool(live.unsaved))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        body = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "leaving keeps it in a recovery file" in body
        await pilot.press("y")
        await until(pilot, lambda: any(recovery.glob("*.json")))
        await until(pilot, lambda: any("is kept in" in str(n.message) for n in app._notifications))
        assert app.screen is not live and app.is_running
    (kept,) = recovery.glob("*.json")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert "! Henk books the photo shoot" in kept.read_text(encoding="utf-8")
