"""In the live session, f3 follows up the homework: the mentee's open actions and habits,
one key per state and a one-line note, kept for this session."""

from __future__ import annotations

from livekit import setup, until_live
from textual.widgets import DataTable, Input
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


async def test_a_stuck_one_goes_on_this_sessions_agenda_with_one_key(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s = setup(empty_ws)
    life = TandemService(empty_ws, lambda: NOW)
    secret = life.add_action(s.tandem_id, "ask HR about the move", private=True)
    post = life.add_action(s.tandem_id, "one post a day", habit="daily")
    ref: SessionRef = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        await until_live(pilot)
        await pilot.press("f3")
        await until(pilot, lambda: isinstance(app.screen, CheckinModal))
        modal = app.screen
        assert isinstance(modal, CheckinModal)
        await until(pilot, lambda: len(modal.actions) == 2)
        assert [a.id for a in modal.actions] == [secret.id, post.id]

        await pilot.press("s")  # the private one: stuck, but never offered
        await until(pilot, lambda: modal._told(modal.actions[0]) == "stuck")
        assert not modal.check_action("to_agenda", ())
        await pilot.press("a")
        await settle(pilot)
        assert empty_ws.session(s.tandem_id, ref.n).items == s.svc.get(ref).items
        assert not any(i.actions for i in empty_ws.session(s.tandem_id, ref.n).items)

        await pilot.press("down", "s")
        await until(pilot, lambda: modal._told(modal.actions[1]) == "stuck")
        assert modal.check_action("to_agenda", ())
        await pilot.press("a")
        await until(pilot, lambda: post.id in modal.on_agenda)
        items = empty_ws.session(s.tandem_id, ref.n).items
        assert [i.actions for i in items if i.actions] == [[post.id]]
        assert not modal.check_action("to_agenda", ())  # once is enough
        table = modal.query_one("#checkin-table", DataTable)
        assert "on the agenda" in str(table.get_cell(str(post.id), "strip"))

        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LiveScreen))
        live = app.screen
        await until(
            pilot,
            lambda: live.session is not None and any(i.actions for i in live.session.items),  # type: ignore[attr-defined]
        )
