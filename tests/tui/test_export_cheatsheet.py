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
    """The export preview's text ("" while the screen is still being put together)."""
    found = app.screen.query("#export-preview")
    return found.first(Markdown).source if found else ""


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


async def test_the_review_sends_the_mentee_their_cheat_sheet(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    from rmtui.core.refs import SessionRef
    from rmtui.tui.screens.review import ReviewScreen

    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        review = ReviewScreen(SessionRef("henk-de-vries", 2))
        await app.push_screen(review)
        await settle(pilot)
        titles = [c.title for c in review.palette_commands()]
        assert "export: cheat sheet" in titles
        review.action_cheatsheet()
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        await until(pilot, lambda: "# Cheat sheet: Henk de Vries" in preview(app))
        assert isinstance(app.screen, ExportScreen) and app.screen.kind == "cheatsheet"
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is review)
        await settle(pilot)
        await pilot.press("f9")  # the recap key still opens the recap
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        await until(pilot, lambda: "# Session 2 recap" in preview(app))
        assert isinstance(app.screen, ExportScreen) and app.screen.kind == "session"
