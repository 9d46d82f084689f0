"""In the live session, f3 follows up the homework: the mentee's open actions and habits,
one key per state and a one-line note, kept for this session."""

from __future__ import annotations

from livekit import setup, until_live
from textual.widgets import Input
from tuikit import NOW, MakeApp, settle, until

from rmtui.core.refs import SessionRef
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace
from rmtui.tui.modals.checkin import CheckinModal
from rmtui.tui.screens.live import LiveScreen


async def test_f3_checks_in_each_open_action_and_habit(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s = setup(empty_ws)
    life = TandemService(empty_ws, lambda: NOW)
    habit = life.add_action(s.tandem_id, "one post a day [b]bold[/b]", habit="daily")
    once = life.add_action(s.tandem_id, "switch off group X")
    life.add_action(s.tandem_id, "send the checklist", owner="mentor")
    ref: SessionRef = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        await until_live(pilot)
        await pilot.press("f3")
        await until(pilot, lambda: isinstance(app.screen, CheckinModal))
        modal = app.screen
        assert isinstance(modal, CheckinModal)
        await until(pilot, lambda: len(modal.actions) == 2)  # the mentor's is not homework
        assert [a.text for a in modal.actions] == [habit.text, once.text]

        await pilot.press("t")  # the habit: tried
        await until(pilot, lambda: modal._told(modal.actions[0]) == "tried")
        await pilot.press("n")
        note = modal.query_one("#checkin-note", Input)
        assert note.has_focus
        await pilot.press(*"twice", "enter")
        await until(pilot, lambda: modal._said(modal.actions[0]) == "twice")
        await pilot.press("down", "d")  # the one-off: done
        await until(pilot, lambda: modal._told(modal.actions[1]) == "done")

        stored = {a.id: a for a in empty_ws.actions(s.tandem_id)}
        told = stored[habit.id].checkins
        assert [(c.session, c.state, c.note) for c in told] == [(ref.n, "tried", "twice")]
        assert stored[habit.id].state == "open"
        assert stored[once.id].state == "done"
        assert stored[once.id].checkins[0].session == ref.n

        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LiveScreen))
        assert app.screen.query_one("#note-input", Input).value == ""  # no key typed there
