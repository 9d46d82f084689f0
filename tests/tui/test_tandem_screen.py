"""The tandem screen: five tabs one key away, the coverage map, and changes that persist
(learning entries, actions, keywords), all checked on the workspace."""

from __future__ import annotations

import pytest
from lifetui import ZOFIA, add_zofia, still, table_rows
from textual.widgets import DataTable, Input, OptionList
from tuikit import MakeApp, settle, until

from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.context import Target
from rmtui.tui.modals.prompt import TextPrompt
from rmtui.tui.modals.records import ActionModal, LearningModal
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.coverage_map import CoveragePane


@pytest.fixture
def app_for(app_for: MakeApp) -> MakeApp:
    return still(app_for)


def options(app: RmtuiApp, selector: str) -> list[str]:
    found = app.screen.query_one(selector, OptionList)
    return [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]


async def open_zofia(app: RmtuiApp, tab: str = "sessions", target: Target | None = None) -> None:
    app.selected_id = ZOFIA
    await app.push_screen(TandemScreen(ZOFIA, tab=tab, target=target))


async def test_each_tab_is_one_key_away(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TandemScreen)
        focus = {
            "1": ("sessions", "session-table"),
            "2": ("keywords", "coverage-table"),
            "3": ("learning", "learned-mentor"),
            "4": ("actions", "action-table"),
            "5": ("profile", "profile-pane"),
        }
        for key in ("2", "5", "3", "1", "4", "2"):
            await pilot.press(key)
            await settle(pilot)
            tab, widget = focus[key]
            assert screen.active_tab == tab
            assert screen.focused is not None and screen.focused.id == widget
        # The palette's "learning: log" switches the tab of the screen already open.
        await app.run_action("app.open('learning')")
        await settle(pilot)
        assert app.screen is screen and screen.active_tab == "learning"


async def test_sessions_tab_shows_the_frame_and_the_notes_in_context(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    add_zofia(demo_ws)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_zofia(app, target=Target(session=1, note=4))
        await settle(pilot)
        rows = table_rows(app, "#session-table")
        assert rows[0][:2] == ["●", "1"] and rows[0][3] == "Pierwsze spotkanie"
        assert rows[1][:2] == ["✕", "2"]  # missed
        assert ["|", "", "Sun 6 Apr", "midpoint meetup"] in rows
        notes = options(app, "#note-list")
        assert notes[0] == "[03:05]    Zespół z Łodzi pyta o prywatność na LinkedIn."
        assert notes[3].startswith("[21:05] ~  Szef nie może")  # private, marked
        assert notes[4].startswith("[25:05]  ! Zofia:")
        note_list = app.screen.query_one("#note-list", OptionList)
        assert note_list.highlighted == 3
        assert app.screen.focused is note_list


async def test_coverage_map_lists_open_keywords_first_with_touched_cells(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    add_zofia(demo_ws)
    demo_ws.set_keyword_status(ZOFIA, "IoT", "dropped")
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_zofia(app, tab="keywords")
        await settle(pilot)
        rows = table_rows(app, "#coverage-table")
        assert [r[0] for r in rows] == [
            "big data",
            "LinkedIn",
            "prywatność",
            "Datenschutz",
            "IoT",
        ]
        # Columns: keyword, status, sessions 1-10, notes.
        assert len(rows[0]) == 13
        assert rows[0][2] == "·"  # held, not touched
        assert rows[1][2] == "■" and rows[1][12] == "1"
        assert rows[1][3] == " "  # session 2 not held: no cell
        assert rows[4][1] == "✗ dropped"
        # One meaning of covered, as in the exports: talked about is "touched", still open.
        assert [r[1] for r in rows[:2]] == ["○ open", "◐ touched"]
        summary = str(app.screen.query_one("#coverage-summary").render()).splitlines()
        assert summary[0].startswith("0/4 covered · ")
        assert summary[1] == "(✓ covered · ◐ touched · ○ open · ✗ dropped)"


async def test_learning_entries_added_edited_and_made_private_persist(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    add_zofia(demo_ws)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_zofia(app, tab="learning")
        await settle(pilot)
        assert options(app, "#learned-mentor") == [
            "s1  Jak działa kompletacja zamówień w magazynie."
        ]
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, LearningModal)
        await pilot.press(*"Jak")  # typed; the rest set, to keep the test quick
        app.screen.query_one("#text", Input).value += " czytać raport WMS"
        await pilot.press("tab")
        app.screen.query_one("#keywords", Input).value = "LinkedIn, nowe"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TandemScreen)
        [entry] = demo_ws.learning(ZOFIA)
        assert (entry.learned_by, entry.text, entry.keywords) == (
            "mentor",
            "Jak czytać raport WMS",
            ["LinkedIn", "nowe"],
        )
        # The new entry is highlighted; the one above came from a `>` note: editing it
        # turns it into a record first.
        assert app.screen.query_one("#learned-mentor", OptionList).highlighted == 1
        await pilot.press("up", "e")
        await settle(pilot)
        assert isinstance(app.screen, LearningModal)
        text = app.screen.query_one("#text", Input)
        assert text.value == "Jak działa kompletacja zamówień w magazynie."
        text.value = "Jak działa kompletacja zamówień (pick & pack)."
        await pilot.press("enter")
        await settle(pilot)
        edited = next(e for e in demo_ws.learning(ZOFIA) if e.source == "1/6")
        assert edited.text == "Jak działa kompletacja zamówień (pick & pack)."
        assert not edited.private
        await pilot.press("~")
        await settle(pilot)
        assert next(e for e in demo_ws.learning(ZOFIA) if e.source == "1/6").private
        assert options(app, "#learned-mentor")[0].endswith("~private")


async def test_actions_marked_done_dropped_and_added_persist(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    add_zofia(demo_ws)
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_zofia(app, tab="actions")
        await settle(pilot)
        assert table_rows(app, "#action-table")[0][:2] == [
            "○",
            "Zofia: wyłączyć powiadomienia grupy Łódź-magazyn.",
        ]
        await pilot.press("d")
        await settle(pilot)
        [done] = demo_ws.actions(ZOFIA)
        assert (done.state, done.source) == ("done", "1/5")
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ActionModal)
        app.screen.query_one("#text", Input).value = "Jeden post tygodniowo"
        await pilot.press("tab", *"2025-13-01", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ActionModal), "a bad date keeps the form open"
        assert app.screen.query_one("#due-field").has_class("-invalid")
        due = app.screen.query_one("#due", Input)
        due.value = "2025-03-20"
        await pilot.press("ctrl+s")
        await settle(pilot)
        added = next(a for a in demo_ws.actions(ZOFIA) if a.text == "Jeden post tygodniowo")
        assert (added.state, added.owner, str(added.due)) == ("open", "mentee", "2025-03-20")
        table = app.screen.query_one("#action-table", DataTable)
        assert table.cursor_coordinate.row == 0  # the new one, open first
        await pilot.press("delete")
        await settle(pilot)
        assert next(a for a in demo_ws.actions(ZOFIA) if a.id == added.id).state == "dropped"


async def test_keywords_added_covered_and_dropped(demo_ws: Workspace, app_for: MakeApp) -> None:
    add_zofia(demo_ws)
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_zofia(app, tab="keywords")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one(Input).value = "Twitter, Straßenbahn"
        await pilot.press("enter")
        await settle(pilot)
        words = {k.text: k.status for k in demo_ws.keywords(ZOFIA)}
        assert words["Twitter"] == "open" and words["Straßenbahn"] == "open"
        screen = app.screen
        assert isinstance(screen, TandemScreen)
        coverage = screen.query_one("#coverage-table", DataTable)
        await until(pilot, lambda: coverage.row_count == 7)
        # The first keyword added is highlighted.
        await until(pilot, lambda: screen.query_one(CoveragePane).selected == "Twitter")
        await pilot.press("c")
        await settle(pilot)
        assert {k.text: k.status for k in demo_ws.keywords(ZOFIA)}["Twitter"] == "covered"
        await pilot.press("delete")
        await settle(pilot)
        assert {k.text: k.status for k in demo_ws.keywords(ZOFIA)}["Twitter"] == "dropped"


HOSTILE = "[@click=app.quit]x[/] [b]\x1b[31mred\x07"
SHOWN = "[@click=app.quit]x[/] [b][31mred"


async def test_hostile_text_is_shown_literally_on_every_tab(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    from lifetui import at
    from tuikit import NOW

    from rmtui.core.model import Action, LearningEntry, Note, Session
    from rmtui.core.tandems import TandemDraft

    tandem = empty_ws.add_tandem(TandemDraft(mentee="Mal [red]ory[/]", mentee_dept="[/]"))
    empty_ws.update_tandem(tandem.id, mentee_skills=HOSTILE, rules=[HOSTILE])
    empty_ws.add_keywords(tandem.id, ["[bold]k[/]", "[/]"])
    empty_ws.add_session(
        Session(tandem.id, 0, status="done", planned_at=at(NOW.date()), title=HOSTILE)
    )
    empty_ws.add_note(tandem.id, 1, Note(0, 5.0, at(NOW.date()), HOSTILE, keywords=["[/]"]))
    empty_ws.add_action(tandem.id, Action(0, "[/] act"))
    empty_ws.add_learning(tandem.id, [LearningEntry(0, "mentee", HOSTILE, keywords=["[/]"])])
    app = app_for(empty_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TandemScreen)
        assert screen.title == "Mal [red]ory[/]"
        assert table_rows(app, "#session-table")[0][3].startswith("[@click=app.quit]x[/] [b]")
        assert options(app, "#note-list") == [f"[00:05]    {SHOWN}"]
        await pilot.press("2")
        await settle(pilot)
        assert {r[0] for r in table_rows(app, "#coverage-table")} == {"[bold]k[/]", "[/]"}
        await pilot.press("3")
        await settle(pilot)
        assert options(app, "#learned-mentee") == [f"—   {SHOWN}  #[/]"]
        assert str(screen.query_one("#learned-mentee", OptionList).border_title) == (
            "Mentee learned · 1"
        )
        await pilot.press("4")
        await settle(pilot)
        assert table_rows(app, "#action-table")[0][1] == "[/] act"
        await pilot.press("5")
        await settle(pilot)
        assert str(screen.query_one("#p-mentee-skills").render()) == SHOWN
        assert str(screen.query_one("#p-rules").render()) == f"• {SHOWN}"
        assert app.is_running
        shot = app.export_screenshot()
        assert "\x1b" not in shot and "\x07" not in shot


async def test_v_reviews_a_held_session_only(demo_ws: Workspace, app_for: MakeApp) -> None:
    from rmtui.tui.screens.review import ReviewScreen

    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TandemScreen)
        await pilot.press("down")  # session 4: planned, nothing to review
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("up", "v")  # session 3: held
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert str(review.ref) == "henk-de-vries/3"
