"""The tandem's actions tab shows each habit's check-ins as a strip."""

from __future__ import annotations

import pytest
from lifetui import ZOFIA, add_zofia, still, table_rows
from textual.widgets import Static
from tuikit import MakeApp, settle

from rmtui.core.model import Action, Checkin
from rmtui.store import Workspace
from rmtui.tui.screens.tandem import TandemScreen


@pytest.fixture
def app_for(app_for: MakeApp) -> MakeApp:
    return still(app_for)


async def test_a_habit_shows_how_it_went_across_sessions(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    add_zofia(demo_ws)
    told = [Checkin(1, "done", "[b]every[/b] day"), Checkin(3, "stuck", "no ideas")]
    habit = Action(0, "Jeden post dziennie", habit="one post a day", checkins=told)
    demo_ws.add_actions(ZOFIA, [habit])
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.selected_id = ZOFIA
        await app.push_screen(TandemScreen(ZOFIA, tab="actions"))
        await settle(pilot)
        rows = table_rows(app, "#action-table")
        row = next(r for r in rows if r[1] == "Jeden post dziennie")
        assert row[-1] == "✓ · !"
        table = app.screen.query_one("#action-table")
        table.move_cursor(row=rows.index(row))  # type: ignore[attr-defined]
        await settle(pilot)
        detail = str(app.screen.query_one("#action-detail", Static).render())
        assert "Habit: one post a day" in detail
        assert "Session 1: done  [b]every[/b] day" in detail  # shown literally
        assert "Session 3: stuck  no ideas" in detail
