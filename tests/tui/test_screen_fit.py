"""What fits the terminal: footers keep whole keys, names use their column's width, and at
60x20 a cut is marked with an ellipsis, never silent."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey
from tuikit import MakeApp, settle, until

from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.footer import Footer


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
