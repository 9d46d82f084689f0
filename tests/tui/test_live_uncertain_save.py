"""A note whose file is in place but whose folder sync failed is not offered for a retry
that would save it twice (issue 12, item 9)."""

from __future__ import annotations

import pytest
from livekit import setup, type_note, until_live
from tuikit import MakeApp, settle, until

from rmtui.core.errors import WriteUncertain
from rmtui.store import Workspace
from rmtui.store.session_repo import Sessions
from rmtui.tui.screens.live import LiveScreen


async def test_saved_but_disk_error_is_not_marked_unsaved(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    real = Sessions.save_note

    def saved_then_eio(self: Sessions, *args: object, **kwargs: object) -> object:
        real(self, *args, **kwargs)  # type: ignore[arg-type]
        raise WriteUncertain("saved it, but the disk reported an error (test)")

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        monkeypatch.setattr(Sessions, "save_note", saved_then_eio)
        s.time.advance(42)
        await type_note(pilot, "* worth keeping")
        await until(pilot, lambda: not live.drafts)
        assert live.unsaved == []
        monkeypatch.undo()
        (note,) = s.ws.session(ref.tandem_id, ref.n).notes
        assert note.text == "worth keeping"
        await until(pilot, lambda: "worth keeping" in str(live.query_one("#note-lines").render()))
        assert "not saved" not in str(live.query_one("#note-lines").render())
