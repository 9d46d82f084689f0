"""The kick-off flow: a new tandem walks through it and ends with a profile, a keyword
list and a planned session for every slot of its frame."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from lifetui import still
from textual.widgets import Input, TextArea
from tuikit import NOW, MakeApp, settle

from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.kickoff import KickoffScreen

ANNA = "anna-kowalska"


@pytest.fixture
def app_for(app_for: MakeApp) -> MakeApp:
    return still(app_for)


def add_anna(ws: Workspace) -> None:
    ws.add_tandem(
        TandemDraft(
            mentee="Anna Kowalska",
            role="CFO",
            mentee_dept="Finance",
            mentor_dept="Marketing",
            start=date(2025, 3, 3),  # a Monday
            sessions=8,
            months=4,
        )
    )


def field(app: RmtuiApp, widget_id: str) -> Input:
    return app.screen.query_one(f"#{widget_id}", Input)


async def open_kickoff(app: RmtuiApp) -> KickoffScreen:
    await app.run_action("app.open('kickoff')")
    screen = app.screen
    assert isinstance(screen, KickoffScreen)
    return screen


async def test_kickoff_creates_profile_keywords_and_sessions(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    add_anna(empty_ws)
    app = app_for(empty_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, KickoffScreen)
        assert screen.focused is field(app, "ko-mentee_interests")
        # Eight dates, spread over four months on weekdays, at 15:00.
        dates = [field(app, f"ko-date-{i}").value for i in range(1, 9)]
        assert dates[0] == "2025-03-03 15:00"
        assert all(datetime.fromisoformat(d).weekday() < 5 for d in dates)
        assert dates == sorted(dates) and dates[-1] < "2025-07-03"
        await pilot.press(*"żeglarstwo", "enter")  # enter moves on to the next answer
        assert screen.focused is field(app, "ko-mentee_skills")
        field(app, "ko-mentee_skills").value = "Excel, negocjacje"
        field(app, "ko-mentor_interests").value = "rowery"
        field(app, "ko-mentor_skills").value = "LinkedIn, wideo"
        field(app, "ko-expectations").value = "Pisać na LinkedIn bez stresu"
        field(app, "ko-mentor_expectations").value = "Jak czytać bilans"
        screen.query_one("#ko-keywords", TextArea).text = "LinkedIn\nprywatność, Twitter\n\n"
        field(app, "ko-date-2").value = "2025-03-20 10:00"
        rules = screen.query_one("#ko-rules", TextArea)
        assert rules.text.startswith("The mentee drives")
        rules.text = "Anna prowadzi: mentor nie dotyka myszy."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    tandem = empty_ws.tandem(ANNA)
    assert tandem.mentee_interests == "żeglarstwo"
    assert (tandem.mentee_skills, tandem.mentor_interests) == ("Excel, negocjacje", "rowery")
    assert tandem.mentor_skills == "LinkedIn, wideo"
    assert tandem.expectations == "Pisać na LinkedIn bez stresu"
    assert tandem.mentor_expectations == "Jak czytać bilans"
    assert tandem.rules == ["Anna prowadzi: mentor nie dotyka myszy."]
    assert [k.text for k in empty_ws.keywords(ANNA)] == ["LinkedIn", "prywatność", "Twitter"]
    sessions = empty_ws.summary(ANNA).sessions
    assert [s.n for s in sessions] == list(range(1, 9))
    assert all(s.status == "planned" for s in sessions)
    planned = [s.planned_at for s in sessions]
    assert planned[0] == datetime(2025, 3, 3, 15, 0, tzinfo=NOW.tzinfo)
    assert planned[1] == datetime(2025, 3, 20, 10, 0, tzinfo=NOW.tzinfo)
    assert [f"{p:%Y-%m-%d %H:%M}" for p in planned[2:]] == dates[2:]


async def test_a_bad_date_or_a_gap_saves_nothing(empty_ws: Workspace, app_for: MakeApp) -> None:
    add_anna(empty_ws)
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_kickoff(app)
        await settle(pilot)
        field(app, "ko-date-3").value = "2025-02-30 10:00"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen and screen.has_class("-failed")
        assert screen.query_one("#date-3-field").has_class("-invalid")
        assert screen.focused is field(app, "ko-date-3")
        field(app, "ko-date-3").value = ""  # a gap before later dates
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert screen.query_one("#date-3-field").has_class("-invalid")
        for i in range(3, 9):  # the last ones empty: planned later, fine
            field(app, f"ko-date-{i}").value = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert [s.n for s in empty_ws.summary(ANNA).sessions] == [1, 2]


async def test_leaving_with_answers_typed_asks_first(empty_ws: Workspace, app_for: MakeApp) -> None:
    add_anna(empty_ws)
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_kickoff(app)
        await pilot.press(*"sailing", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("escape")  # no: stay
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("escape", "y")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert empty_ws.tandem(ANNA).mentee_interests == ""
    assert empty_ws.summary(ANNA).sessions == []


async def test_held_sessions_keep_their_dates(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = demo_ws.summary("henk-de-vries").sessions
        screen = await open_kickoff(app)
        await settle(pilot)
        held = [field(app, f"ko-date-{i}") for i in (1, 2, 3)]
        assert all(f.disabled for f in held)
        assert not field(app, "ko-date-4").disabled
        assert field(app, "ko-date-4").value == "2025-03-12 15:00"  # its planned date
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not screen
    after = demo_ws.summary("henk-de-vries").sessions
    assert len(after) == 10
    assert [(s.n, s.status, s.planned_at) for s in after[:4]] == [
        (s.n, s.status, s.planned_at) for s in before[:4]
    ]
