"""Search across every tandem from the TUI: accents and case do not matter, private notes
are found and marked, and a result opens the tandem at that note."""

from __future__ import annotations

import pytest
from lifetui import ZOFIA, add_zofia, still, table_rows
from textual.widgets import DataTable, Input, OptionList
from tuikit import MakeApp, settle, until

from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.search import SearchScreen


@pytest.fixture
def app_for(app_for: MakeApp) -> MakeApp:
    return still(app_for)


async def search(app: RmtuiApp, query: str) -> list[list[str]]:
    screen = app.screen
    assert isinstance(screen, SearchScreen)
    screen.query_one(Input).value = query
    await screen.query_one(Input).action_submit()
    return table_rows(app, "#search-results")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("lodz", "Zespół z Łodzi pyta o prywatność na LinkedIn."),  # Polish
        ("PRYWATNOSC linkedin", "Zespół z Łodzi pyta o prywatność na LinkedIn."),
        ("strasse", "Datenschutz: wer sieht die Straße, in der ich wohne?"),  # German
        ("geinteresseerd een", "Zij is geïnteresseerd in één duidelijke instelling."),  # Dutch
    ],
)
async def test_accented_text_is_found_either_way(
    demo_ws: Workspace, app_for: MakeApp, query: str, found: str
) -> None:
    add_zofia(demo_ws)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.focused is app.screen.query_one(Input)
        await search(app, query)
        await settle(pilot)
        rows = table_rows(app, "#search-results")
        assert [r[4] for r in rows][:1] == [found]
        assert rows[0][:3] == ["Zofia Wąsowska", "s1", rows[0][2]]
        assert rows[0][2].startswith("[") and rows[0][2].endswith(":05]")


async def test_private_notes_are_found_and_marked(demo_ws: Workspace, app_for: MakeApp) -> None:
    add_zofia(demo_ws)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await search(app, "hasla")
        await settle(pilot)
        [row] = table_rows(app, "#search-results")
        assert row[4] == "~private Szef nie może wiedzieć, że nie umiem zmienić hasła."
        assert row[2] == "[21:05]"
        assert "never exported" in str(app.screen.query_one("#search-preview").render())
        await search(app, "nothing like this")
        await settle(pilot)
        assert app.screen.has_class("-none")
        assert table_rows(app, "#search-results") == []


async def test_a_word_in_many_notes_shows_the_first_ones_and_says_how_many(
    demo_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table holds the first rows only (thousands would hold the screen for
    seconds); the status says how many there are, and a word more narrows them."""
    from rmtui.tui.screens import search as screen_module

    monkeypatch.setattr(screen_module, "SHOWN", 3)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        every = app.services.tandems.search("the")
        assert len(every) > 3
        await search(app, "the")
        await settle(pilot)
        rows = table_rows(app, "#search-results")
        assert len(rows) == 3
        for row, hit in zip(rows, every, strict=False):  # the first ones, in their order
            assert hit.text.startswith(row[4].removesuffix("…"))
        status = str(app.screen.query_one("#search-status").render())
        assert status == f"{len(every)} matches, the first 3 shown: add a word to narrow them"
        await search(app, "linkedin")
        await settle(pilot)
        assert len(table_rows(app, "#search-results")) == 1
        assert str(app.screen.query_one("#search-status").render()) == "1 match"


async def test_a_result_opens_that_sessions_review_at_the_note(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    from rmtui.tui.screens.review import ReviewScreen

    add_zofia(demo_ws)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.selected_id == "henk-de-vries"
        await pilot.press("slash", *"magazyn")
        await until(pilot, lambda: len(table_rows(app, "#search-results")) == 2)
        rows = table_rows(app, "#search-results")
        assert [r[3] for r in rows] == ["! action", "> mentor learned"]
        await pilot.press("enter")  # from the query: to the results
        await settle(pilot)
        assert app.screen.focused is app.screen.query_one(DataTable)
        await pilot.press("enter")  # open the first result
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert str(review.ref) == f"{ZOFIA}/1" and app.selected_id == ZOFIA
        notes = review.query_one("#review-notes", OptionList)
        await until(pilot, lambda: notes.option_count > 0)
        await until(pilot, lambda: notes.highlighted == 4)
        assert review.focused is notes
        assert "Łódź-magazyn" in str(notes.get_option_at_index(4).prompt)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen))


async def test_markup_in_notes_and_queries_stays_text(demo_ws: Workspace, app_for: MakeApp) -> None:
    from lifetui import at
    from tuikit import NOW

    from rmtui.core.model import Note

    demo_ws.add_note(
        "henk-de-vries",
        1,
        Note(id=0, elapsed=61.0, wall=at(NOW.date()), text="[@click=app.quit]klik[/] \x1b[31m"),
    )
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await search(app, "[@click")
        await settle(pilot)
        rows = table_rows(app, "#search-results")
        assert rows[0][4] == "[@click=app.quit]klik[/] [31m"
        await search(app, "[/]")
        await settle(pilot)
        assert app.is_running
        assert "\x1b" not in app.export_screenshot()
