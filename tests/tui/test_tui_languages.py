"""A tandem's language chosen in the add form and shown and edited on its profile; other
words for a keyword added from the keyword tab and shown dimmed after it."""

from __future__ import annotations

from lifetui import ZOFIA, add_zofia, still
from textual.widgets import DataTable, Input, Select, Static
from tuikit import MakeApp, settle, until

from rmtui.service.settings import SettingsService
from rmtui.store import Workspace
from rmtui.tui.modals.add_tandem import AddTandemModal, EditProfileModal, language_choices
from rmtui.tui.modals.prompt import TextPrompt
from rmtui.tui.screens.settings import SettingsScreen
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.coverage_map import CoveragePane


async def test_language_chosen_when_adding_then_changed_on_the_profile(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, AddTandemModal)
        language = form.query_one("#language", Select)
        assert language.value == "en"  # the mentor's interface language
        names = [name for name, _code in language_choices()]
        assert names == ["English", "Nederlands", "Français", "Deutsch", "Polski"]
        language.value = "pl"
        form.query_one("#mentee", Input).value = "Zofia Nowak"
        await pilot.press("ctrl+s")
        await settle(pilot)
        [summary] = empty_ws.scan().summaries
        assert summary.tandem.language == "pl"

        await pilot.press("t")
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        assert isinstance(app.screen, TandemScreen)
        assert str(app.screen.query_one("#p-language", Static).render()) == "Polski"
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, EditProfileModal)
        assert form.query_one("#language", Select).value == "pl"
        form.query_one("#language", Select).value = "fr"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TandemScreen)
        await until(
            pilot, lambda: str(app.screen.query_one("#p-language", Static).render()) == "Français"
        )
    assert empty_ws.tandem("zofia-nowak").language == "fr"


async def test_aliases_added_to_the_highlighted_keyword(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    add_zofia(demo_ws)
    app = still(app_for)(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.selected_id = ZOFIA
        await app.push_screen(TandemScreen(ZOFIA, tab="keywords"))
        await settle(pilot)
        screen = app.screen
        pane = screen.query_one(CoveragePane)
        await until(pilot, lambda: pane.selected is not None)
        keyword = pane.selected
        assert keyword is not None
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one(Input).value = "Prywatność danych, [b]privacy[/b]"
        await pilot.press("enter")
        await settle(pilot)
        stored = next(k for k in demo_ws.keywords(ZOFIA) if k.text == keyword)
        assert stored.aliases == ["Prywatność danych", "[b]privacy[/b]"]
        table = screen.query_one("#coverage-table", DataTable)

        def first_cell() -> str:
            return str(table.get_row(keyword)[0]) if table.row_count else ""

        await until(pilot, lambda: first_cell() == f"{keyword} Prywatność danych, [b]privacy[/b]")
        cell = table.get_row(keyword)[0]
        assert any("dim" in str(span.style) for span in cell.spans)  # the aliases, dimmed


async def test_program_language_set_on_the_settings_screen(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    empty_ws.layout.settings.parent.mkdir(parents=True, exist_ok=True)
    empty_ws.layout.settings.write_text("program_language: nl_BE\n")  # written by hand
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(SettingsScreen())
        await settle(pilot)
        select = app.screen.query_one("#program-language", Select)
        await until(pilot, lambda: select.value == "nl")
        select.value = "de"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
    assert SettingsService(empty_ws.layout).load().program_language == "de"
