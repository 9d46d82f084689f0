"""The home screen as a dashboard: frame strip, next session, open actions, coverage and
warnings per tandem; enter opens the tandem."""

from __future__ import annotations

from datetime import timedelta

import pytest
from lifetui import ZOFIA, add_zofia, still
from textual.widgets import DataTable
from tuikit import MakeApp, fixed_now, settle, shown, table_rows, until

from rmtui.service.tandems import TandemService
from rmtui.store import Workspace
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.tandem_table import TandemTable


@pytest.fixture
def app_for(app_for: MakeApp) -> MakeApp:
    return still(app_for)


async def test_demo_row_shows_frame_next_actions_and_coverage(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # 3 sessions held, 1 planned, 6 free slots; the midpoint (6 Apr) after slot 5.
        assert table_rows(app) == [
            ["Henk de Vries", "Logistics", "●●●○·|····· 3/10", "Wed 12 Mar", "1", "2/7"]
        ]
        assert app.dashboard is not None
        assert app.dashboard.rows[0].open_actions == 1
        assert shown(app, "#frame-value") == "●●●○·|····· 3/10, 1 planned"
        assert shown(app, "#start-value") == "Mon 6 Jan 2025 · week 10/26"
        assert shown(app, "#pace-value") == "on track"
        assert shown(app, "#midpoint-value") == "Sun 6 Apr (in 27 days)"
        assert shown(app, "#actions-value").splitlines() == [
            "1 open",
            "• Henk: publish the cold-chain post and answer every comment within a day.",
        ]
        assert shown(app, "#learned-value").startswith("mentor 3 ")
        assert shown(app, "#learned-value").endswith(" 1 mentee")
        assert not app.screen.has_class("-warned")
        assert not app.screen.query_one("#warnings").display


async def test_a_missed_session_is_marked_and_explained(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    add_zofia(demo_ws)
    expected = next(
        r for r in TandemService(demo_ws, fixed_now).dashboard().rows if r.tandem_id == ZOFIA
    ).warnings
    assert any("overdue" in w for w in expected)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        henk, zofia = table_rows(app)
        assert henk[0] == "Henk de Vries"
        assert zofia[0] == "⚠ Zofia Wąsowska"
        assert zofia[2] == "●✕···|····· 1/10"  # one held, one missed, 8 to plan
        assert zofia[3] == "Mon 3 Mar!"
        assert zofia[5] == "0/5"
        await pilot.press("down")
        await settle(pilot)
        assert app.selected_id == ZOFIA
        assert app.screen.has_class("-warned")
        assert app.screen.query_one("#warnings").display
        assert shown(app, "#warnings").splitlines() == [f"⚠ {w}" for w in expected]
        await pilot.press("up")
        await settle(pilot)
        assert not app.screen.has_class("-warned")


async def test_enter_opens_the_tandem_and_escape_comes_back(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TandemScreen)
        assert app.screen.tandem_id == "henk-de-vries"
        assert app.screen.active_tab == "sessions"
        assert app.screen.focused is app.screen.query_one("#session-table", DataTable)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.focused is app.screen.query_one(TandemTable)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TandemScreen)
        await pilot.press("t")  # already there: no second copy
        await settle(pilot)
        assert len(app.screen_stack) == 2


async def test_empty_workspace_has_no_tandem_destinations(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("t", "k"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, HomeScreen)
        titles = [c.title for c in app.palette_commands(app.screen)]
        assert "search: notes" in titles
        assert "tandem: open" not in titles and "keywords: coverage" not in titles


async def test_a_session_turns_overdue_on_screen_with_no_file_changing(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    now = [fixed_now()]  # Mon 10 Mar; the demo's next session is on Wed 12 Mar
    app = app_for(demo_ws, clock=lambda: now[0], watch_interval=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert table_rows(app)[0][0] == "Henk de Vries"
        before = snapshot_files(demo_ws)
        now[0] += timedelta(days=3)  # Thu 13 Mar: Wednesday's session was not held
        await until(pilot, lambda: table_rows(app)[0][0] == "⚠ Henk de Vries")
        assert table_rows(app)[0][3] == "Wed 12 Mar!"
        assert shown(app, "#midpoint-value") == "Sun 6 Apr (in 24 days)"
        # A day later: what is counted from today moves on.
        now[0] += timedelta(days=1)
        await until(pilot, lambda: shown(app, "#midpoint-value") == "Sun 6 Apr (in 23 days)")
        assert snapshot_files(demo_ws) == before


def snapshot_files(ws: Workspace) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in ws.root.rglob("*.json")}
