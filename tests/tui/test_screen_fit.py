"""What fits the terminal: footers keep whole keys, names use their column's width, and at
60x20 a cut is marked with an ellipsis, never silent."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey
from tuikit import MakeApp, settle, table_rows, until

from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.footer import Footer
from rmtui.tui.widgets.tandem_table import TandemTable


def footer_keys(app: RmtuiApp) -> list[FooterKey]:
    footer = app.screen.query_one(Footer)
    return [key for key in footer.query(FooterKey) if key.display]


def assert_footer_keys_whole(app: RmtuiApp) -> None:
    footer = app.screen.query_one(Footer)
    keys = footer_keys(app)
    palette = [k for k in keys if k.has_class("-command-palette")]
    right = palette[0].region.x if palette else footer.region.right
    for key in keys:
        if key not in palette:
            assert key.region.right <= right, f"{key.description!r} is cut"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_footers_show_whole_keys_only(
    demo_ws: Workspace, app_for: MakeApp, size: tuple[int, int]
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert_footer_keys_whole(app)
        await pilot.press("t", "2")  # the keyword tab: many keys
        await until(pilot, lambda: isinstance(app.screen, TandemScreen))
        await settle(pilot)
        await pilot.pause(0.1)
        assert_footer_keys_whole(app)
        shown = [k.description for k in footer_keys(app)]
        assert shown[:2] == ["Add", "Rename"], "the first keys stay"
        await pilot.press("escape", "x")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        await settle(pilot)
        await pilot.pause(0.1)
        assert_footer_keys_whole(app)


LONG = "Aleksandra Wiśniewska-Kowalczyk"


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (120, 40)])
async def test_names_use_the_width_and_cuts_show(
    demo_ws: Workspace, app_for: MakeApp, size: tuple[int, int]
) -> None:
    from rmtui.core.tandems import TandemDraft

    demo_ws.add_tandem(
        TandemDraft(
            mentee=LONG,
            role="CFO",
            mentee_dept="Corporate Communications and Public Affairs",
            mentor_dept="IT",
        )
    )
    app = app_for(demo_ws)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await until(pilot, lambda: len(table_rows(app)) == 2)
        await pilot.pause(0.1)
        table = app.screen.query_one(TandemTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width, "no hidden part"
        name = table_rows(app)[0][0]
        if size[0] >= 120:
            assert name == LONG
        else:
            assert len(name) >= 24, "the name has the room the other columns could give"
            assert name.endswith("…") and LONG.startswith(name[:-1]), "a cut is marked"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_search_results_fit_and_mark_their_cuts(
    demo_ws: Workspace, app_for: MakeApp, size: tuple[int, int]
) -> None:
    from textual.widgets import DataTable

    app = app_for(demo_ws)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"linkedin", "enter")
        table = app.screen.query_one("#search-results", DataTable)
        await until(pilot, lambda: table.row_count == 1)
        await pilot.pause(0.1)
        assert table.virtual_size.width <= table.scrollable_content_region.width, "no hidden part"
        row = [str(c) for c in table.get_row_at(0)]
        assert row[4].endswith("…") and row[4].startswith("Logistics people")
        assert row[3] == ("> mentor learned" if size[0] >= 80 else ">")
