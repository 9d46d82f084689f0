"""The add-tandem modal: core validation by each field, confirmation, the stored result."""

from __future__ import annotations

from datetime import date

from textual.pilot import Pilot
from textual.widgets import Input
from tuikit import MakeApp, settle, shown, table_rows

from rmtui.store import Workspace
from rmtui.tui.modals.add_tandem import AddTandemModal
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.widgets.tandem_table import TandemTable


async def fill(pilot: Pilot[None], **values: str) -> None:
    """Set form fields by id (``mentee_dept`` for ``#mentee-dept``)."""
    for name, value in values.items():
        field = pilot.app.screen.query_one(f"#{name.replace('_', '-')}", Input)
        field.value = value
    await pilot.pause()


async def open_form(pilot: Pilot[None]) -> AddTandemModal:
    await settle(pilot)
    await pilot.press("a")
    await pilot.pause()
    modal = pilot.app.screen
    assert isinstance(modal, AddTandemModal)
    assert modal.focused is modal.query_one("#mentee", Input)
    return modal


async def test_validation_error_keeps_the_modal_open_and_writes_nothing(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_form(pilot)
        await fill(pilot, sessions="0", start="2025-13-01")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is modal
        assert modal.query_one("#mentee-field").has_class("-invalid")
        assert shown(app, "#mentee-error") == "is required"
        assert shown(app, "#sessions-error") == "must be between 1 and 52"
        assert shown(app, "#start-error") == (
            "'2025-13-01' is not a date (use YYYY-MM-DD, DD.MM.YYYY (day first), today, tomorrow "
            "or tue)"
        )
        assert not modal.query_one("#months-field").has_class("-invalid")
        assert modal.focused is modal.query_one("#mentee", Input), "first bad field focused"
        # A name too long is refused by the same core rule.
        await fill(pilot, mentee="x" * 121, sessions="10", start="")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is modal
        assert shown(app, "#mentee-error") == "is longer than 120 characters"
        assert not modal.query_one("#sessions-field").has_class("-invalid"), "fixed: cleared"
    assert empty_ws.scan().summaries == []
    assert not empty_ws.root.exists()


async def test_a_valid_entry_writes_the_tandem_and_selects_it(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(pilot)
        await pilot.press(*"Anna Kowalska")
        await fill(
            pilot,
            role="Chief Financial Officer",
            mentee_dept="Finance",
            mentor_dept="Marketing",
            sessions="8",
            months="4",
            start="2025-04-01",
        )
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.selected_id == "anna-kowalska"
        table = app.screen.query_one(TandemTable)
        assert table.selected_id == "anna-kowalska"
        assert app.screen.focused is table
        mentee, dept, frame, upcoming, actions, keywords = table_rows(app)[0]
        assert (mentee, dept, upcoming, actions, keywords) == (
            "Anna Kowalska",
            "Finance",
            "—",
            "—",
            "0/0",
        )
        assert frame.endswith(" 0/8")
        assert shown(app, "#profile-role").startswith("Chief Financial")
        assert shown(app, "#profile-name") == "Anna Kowalska"
    stored = demo_ws.tandem("anna-kowalska")
    assert (stored.role, stored.mentee_dept, stored.mentor_dept) == (
        "Chief Financial Officer",
        "Finance",
        "Marketing",
    )
    assert (stored.frame.sessions, stored.frame.months) == (8, 4)
    assert stored.start == date(2025, 4, 1)


async def test_defaults_need_only_a_name(empty_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(pilot)
        await pilot.press(*"Henk", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert not app.screen.has_class("-empty")
    stored = empty_ws.tandem("henk")
    assert (stored.frame.sessions, stored.frame.months) == (10, 6)
    assert stored.start == date(2025, 3, 10), "the injected clock's today"


async def test_same_department_requires_confirmation(empty_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_form(pilot)
        await fill(pilot, mentee="Jan Jansen", mentee_dept="Sales", mentor_dept=" sales ")
        await pilot.press("enter")
        await settle(pilot)
        question = app.screen
        assert isinstance(question, ConfirmModal)
        assert question.focused is question.query_one("#no"), "the safe answer is focused"
        await pilot.press("enter")  # "Go back"
        await settle(pilot)
        assert app.screen is modal
        assert modal.focused is modal.query_one("#mentor-dept", Input)
        assert empty_ws.scan().summaries == []

        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.selected_id == "jan-jansen"
    assert empty_ws.tandem("jan-jansen").mentor_dept == "sales"


async def test_cancel_writes_nothing(empty_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(pilot)
        await pilot.press(*"Someone", "escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert not empty_ws.root.exists()


async def test_a_failed_write_keeps_what_was_typed(empty_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_form(pilot)

        def refuse(draft: object) -> object:
            raise OSError(28, "No space left on device")

        modal.save = refuse  # type: ignore[assignment]
        await pilot.press(*"Grace", "enter")
        await settle(pilot)
        assert app.screen is modal
        assert modal.query_one("#mentee", Input).value == "Grace"
        assert "No space left on device" in shown(app, "#save-error")
        assert not modal.query_one("#save").disabled


async def test_an_emoji_only_name_is_a_tandem_shown_as_typed(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(pilot)
        await fill(pilot, mentee="🦊🌸")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert shown(app, "#profile-name") == "🦊🌸"
    [summary] = empty_ws.scan().summaries
    assert summary.tandem.mentee == "🦊🌸"
    assert summary.tandem.id.startswith("tandem-") and summary.tandem.id.isascii()
