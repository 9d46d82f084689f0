"""The export screen: options change the preview; ctrl+s writes off the event loop, logs it."""

from __future__ import annotations

from textual.widgets import Markdown, Select, Static
from tuikit import MakeApp, settle, until

from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.export import ExportScreen
from rmtui.tui.screens.review import ReviewScreen
from rmtui.tui.widgets.choice_list import ChoiceList

PRIVATE = ("Admits he has never changed", "Worried his old boss")


def preview(app: RmtuiApp) -> str:
    return app.screen.query_one("#export-preview", Markdown).source


async def test_export_screen_previews_and_writes(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "export: summary" in [c.title for c in app.palette_commands(app.screen)]
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        await until(pilot, lambda: "# Midpoint summary: Henk de Vries" in preview(app))
        assert not any(p in preview(app) for p in PRIVATE)
        assert screen.query_one("#export-tandems", ChoiceList).chosen == ["henk-de-vries"]
        assert not screen.query_one("#export-session", Select).display

        # Kind by keyboard: the list has focus, up to the recap, space picks it.
        assert screen.focused is screen.query_one("#export-kind", ChoiceList)
        await pilot.press("up", "space")
        await until(pilot, lambda: "# Session 3 recap: LinkedIn for leaders" in preview(app))
        assert screen.kind == "session"
        assert screen.query_one("#export-session", Select).display
        screen.query_one("#export-session", Select).value = 2
        await until(pilot, lambda: "# Session 2 recap: Enterprise social network" in preview(app))

        screen.query_one("#export-anonymize", ChoiceList).choose(["anonymize"])
        await until(pilot, lambda: "Head of Logistics (Logistics)" in preview(app))
        assert "Henk" not in preview(app)

        await pilot.press("ctrl+s")
        await until(pilot, lambda: screen.written is not None)
        written = screen.written
        assert written is not None and written.parent == demo_ws.layout.exports
        assert written.name.startswith("head-of-logistics-logistics-session-2-")
        text = written.read_text()
        assert "Henk" not in text and not any(p in text for p in PRIVATE)
        assert str(written) in str(screen.query_one("#export-path", Static).render())
        log = demo_ws.exports("henk-de-vries")
        assert [(r.kind, r.session, r.anonymized) for r in log] == [("session", 2, True)]

        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)


async def test_no_tandem_ticked_means_nothing_to_write(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        await until(pilot, lambda: "Midpoint summary" in preview(app))
        app.screen.query_one("#export-tandems", ChoiceList).choose([])
        await until(pilot, lambda: "Pick at least one tandem" in preview(app))
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not demo_ws.layout.exports.exists()


def choices_text(screen: ExportScreen, selector: str) -> list[str]:
    widget = screen.query_one(selector, ChoiceList)
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


async def test_ticks_read_without_colour_and_change_by_keyboard(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert choices_text(screen, "#export-kind") == [
            "( ) Session recap",
            "(•) Midpoint summary",
            "( ) Final summary",
            "( ) Cheat sheet for the mentee",
        ]
        assert choices_text(screen, "#export-tandems") == ["[x] Henk de Vries"]
        assert choices_text(screen, "#export-anonymize") == ["[ ] Anonymize"]
        await pilot.press("tab")  # the kind list, then the tandems
        assert screen.focused is screen.query_one("#export-tandems", ChoiceList)
        await pilot.press("space")
        await until(pilot, lambda: "Pick at least one tandem" in preview(app))
        assert choices_text(screen, "#export-tandems") == ["[ ] Henk de Vries"]
        await pilot.press("enter")
        assert choices_text(screen, "#export-tandems") == ["[x] Henk de Vries"]
        await pilot.press("tab", "space")  # anonymize on
        await until(pilot, lambda: "Head of Logistics (Logistics)" in preview(app))
        await pilot.press("tab", "down", "down", "space")  # format: JSON
        assert screen.format == "json"
        assert choices_text(screen, "#export-format")[2].startswith("(•) JSON")


async def test_export_from_a_review_opens_on_that_sessions_recap(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.push_screen(ReviewScreen(SessionRef("henk-de-vries", 2)))
        await settle(pilot)
        await pilot.press("f9")  # letters write the reflection here; f9 is "Recap"
        await until(pilot, lambda: isinstance(app.screen, ExportScreen))
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        assert screen.kind == "session"
        assert screen.query_one("#export-session", Select).value == 2
        await until(pilot, lambda: "# Session 2 recap: Enterprise social network" in preview(app))
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen), "back to the review"
