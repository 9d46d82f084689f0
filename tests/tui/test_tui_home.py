"""Home screen: the tandems, the highlighted one in detail, the empty state, problems."""

from __future__ import annotations

from pathlib import Path

from tuikit import MakeApp, settle, shown, table_rows, until

from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace
from rmtui.tui.app import make_app
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.widgets.tandem_table import TandemTable, fit


async def test_home_lists_the_demo_tandem(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert table_rows(app) == [
            ["Henk de Vries", "Logistics", "●●●○·|····· 3/10", "Wed 12 Mar", "1", "2/7"]
        ]
        assert app.selected_id == "henk-de-vries"
        assert app.screen.has_class("-loading") is False
        assert not app.screen.has_class("-empty")
        assert not app.screen.query_one("#problems").display
        assert shown(app, "#profile-name") == "Henk de Vries"
        assert "Corporate Communications" in shown(app, "#mentor-dept-value")
        assert shown(app, "#next-value").startswith("Wed 12 Mar 15:00 (in 2 days)")
        keywords = shown(app, "#keyword-list").splitlines()
        assert keywords[:3] == ["✓ Yammer", "✓ LinkedIn", "○ notifications"]
        # Seven keywords, then the legend of the states shown.
        assert keywords[7:] == ["(✓ covered · ◐ touched · ○ open)"]
        assert "Kick-off" in shown(app, "#session-list")
        assert app.screen.focused is app.screen.query_one(TandemTable)


async def test_empty_workspace_tells_a_new_mentor_what_to_do(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.has_class("-empty")
        assert app.screen.query_one("#empty-state").display
        assert "Press a to add a tandem" in shown(app, "#empty-keys")
        assert app.selected_id is None
    assert not empty_ws.root.exists(), "showing an empty workspace must not create it"


async def test_broken_tandem_file_shows_in_problems_panel(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    bad = demo_ws.layout.tandem_file("broken-one")
    bad.parent.mkdir(parents=True)
    garbage = b'{"_meta": {"1": {"schema": 1'
    bad.write_bytes(garbage)
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.has_class("-problems")
        panel = app.screen.query_one("#problems")
        assert panel.display
        assert panel.border_title == "Unreadable files (1)"
        assert str(bad) in shown(app, "#problems-list")
        # The readable tandem is still listed and usable.
        assert [row[0] for row in table_rows(app)] == ["Henk de Vries"]
        assert app.is_running
    assert bad.read_bytes() == garbage, "an unreadable file is never rewritten"


async def test_selection_moves_the_detail(demo_ws: Workspace, app_for: MakeApp) -> None:
    demo_ws.add_tandem(TandemDraft(mentee="Anna Kowalska", role="CFO", mentee_dept="Finance"))
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert [row[0] for row in table_rows(app)] == ["Anna Kowalska", "Henk de Vries"]
        assert shown(app, "#profile-name") == "Anna Kowalska"
        assert shown(app, "#next-value") == "none planned · k: the kick-off plans all"
        await pilot.press("down")
        await settle(pilot)
        assert app.selected_id == "henk-de-vries"
        assert shown(app, "#profile-name") == "Henk de Vries"


async def test_a_tandem_added_by_another_process_shows_up(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws, watch_interval=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # Another process: its own Workspace on the same folder.
        Workspace(demo_ws.root).add_tandem(TandemDraft(mentee="Zofia Nowak", mentee_dept="HR"))
        await until(pilot, lambda: len(table_rows(app)) == 2, timeout=3)
        assert table_rows(app)[1][0] == "Zofia Nowak"
        assert app.selected_id == "henk-de-vries", "the highlighted tandem stays highlighted"


def test_app_construction_touches_no_disk(tmp_path: Path) -> None:
    root = tmp_path / "nowhere"
    make_app(Workspace(root))
    assert not root.exists()


def test_fit_gives_way_from_the_widest_column() -> None:
    assert fit([10, 20, 5], 40) == [10, 20, 5]
    assert fit([10, 30, 8], 30) == [10, 12, 8]
    assert fit([40, 40, 40], 20) == [6, 6, 6]  # never below the floor
    assert fit([3, 40], 10) == [3, 7]
