"""The export screen offers the mentee's cheat sheet, in plain text too."""

from __future__ import annotations

from textual.widgets import Markdown
from tuikit import MakeApp, settle, until

from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.widgets.choice_list import ChoiceList

PRIVATE = ("Admits he has never changed", "Worried his old boss")


def preview(app: RmtuiApp) -> str:
    return app.screen.query_one("#export-preview", Markdown).source


async def test_the_cheat_sheet_is_previewed_and_written(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        screen.query_one("#export-kind", ChoiceList).choose(["cheatsheet"])
        await until(pilot, lambda: "# Cheat sheet: Henk de Vries" in preview(app))
        assert not any(p in preview(app) for p in PRIVATE)
        screen.query_one("#export-format", ChoiceList).choose(["txt"])
        await settle(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: screen.written is not None)
        written = screen.written
        assert written is not None and written.name.startswith("henk-de-vries-cheatsheet-")
        assert written.suffix == ".txt"
        text = written.read_text()
        assert text.startswith("Cheat sheet: Henk de Vries\n")
        assert not any(p in text for p in PRIVATE)
        log = demo_ws.exports("henk-de-vries")
        assert [(r.kind, r.format) for r in log] == [("cheatsheet", "txt")]
