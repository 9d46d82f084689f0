"""Kick-off -> planned sessions -> agendas, in the TUI only: the kick-off dates the frame,
planning puts a template on one of those dated sessions (never a session beyond the frame
without asking), and f5 starts it dated now."""

from __future__ import annotations

from datetime import date, timedelta

from lifetui import still
from livekit import until_live, until_prompt
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Markdown, OptionList
from tuikit import NOW, MakeApp, settle, shown, until

from rmtui.core.model import SessionInfo
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.kickoff import KickoffScreen
from rmtui.tui.screens.plan import PlanScreen
from rmtui.tui.screens.tandem import TandemScreen
from rmtui.tui.widgets.plan_items import ItemEditor

ANNA = "anna-kowalska"


def add_anna(ws: Workspace, sessions: int = 10) -> None:
    ws.add_tandem(
        TandemDraft(
            mentee="Anna Kowalska",
            mentee_dept="Finance",
            mentor_dept="Marketing",
            start=date(2025, 3, 12),  # Wednesday, two days after NOW
            sessions=sessions,
        )
    )


def make(ws: Workspace, app_for: MakeApp) -> RmtuiApp:
    """The app with the session service on the test's clock (NOW)."""
    service = SessionService(ws, wall=NOW.timestamp, mono=lambda: 1000.0)
    return still(app_for)(ws, sessions=service)


def infos(ws: Workspace) -> list[SessionInfo]:
    return ws.summary(ANNA).sessions


async def open_plan(pilot: Pilot[None], app: RmtuiApp) -> PlanScreen:
    """``p``, as the mentor presses it, and the plan screen once it has loaded."""
    await pilot.press("p")
    await until(pilot, lambda: isinstance(app.screen, PlanScreen))
    screen = app.screen
    assert isinstance(screen, PlanScreen)
    await until(pilot, lambda: screen.data is not None)
    return screen


async def test_kickoff_then_plan_dated_sessions_then_start_now(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    add_anna(empty_ws)
    app = make(empty_ws, app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # The kick-off dates all ten sessions of the frame.
        await app.run_action("app.open('kickoff')")
        assert isinstance(app.screen, KickoffScreen)
        await settle(pilot)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await settle(pilot)
        dates = [i.planned_at for i in infos(empty_ws)]
        assert len(dates) == 10 and all(dates)

        # On the tandem screen, `p` plans the highlighted session: session 3.
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, TandemScreen))
        await settle(pilot)
        table = app.screen.query_one("#session-table", DataTable)
        table.move_cursor(row=2)
        await settle(pilot)
        notes = app.screen.query_one("#note-list", OptionList)
        assert "p puts a template on it" in str(notes.get_option_at_index(0).prompt)
        plan = await open_plan(pilot, app)
        assert plan.data is not None and plan.data.target.n == 3
        assert plan.query_one("#plan-at", Input).value == f"{dates[2]:%Y-%m-%d %H:%M}"
        assert "session 3" in str(plan.sub_title)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, TandemScreen))
        await settle(pilot)
        third = infos(empty_ws)[2]
        assert third.agenda_id and third.planned_at == dates[2]  # its date kept
        assert len(infos(empty_ws)) == 10
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))

        # From home, `p` plans the next dated session without an agenda: session 1. A
        # tandem without keywords sees the kick-off template first; its items show at
        # 80x24 while the templates are picked.
        plan = await open_plan(pilot, app)
        assert plan.data is not None and plan.data.target.n == 1
        assert plan.template is not None and plan.template.id == "kickoff"
        await settle(pilot)
        editor = plan.query_one(ItemEditor)
        assert plan.focused is plan.query_one("#plan-templates")
        assert editor.display and editor.scrollable_content_region.height >= 4
        assert editor.items[0].title == "Introductions"
        # A topic template opens session 1 without a follow-up of "last session".
        templates = plan.query_one("#plan-templates", OptionList)
        ids = [r.template.id for r in plan.data.ranked]
        templates.highlighted = ids.index("iot")
        await settle(pilot)
        assert editor.items and not any("follow-up" in i.title.casefold() for i in editor.items)
        templates.highlighted = 0
        await settle(pilot)
        # Item edits, then f5: saved, started, and dated now (not Wednesday).
        editor.focus()
        await pilot.press("minus")
        await pilot.press("f5")
        live = await until_live(pilot)
        assert live.ref.n == 1
    first = empty_ws.session(ANNA, 1)
    assert first.agenda_id == "kickoff" and first.status == "running"
    assert first.items[0].minutes == 15  # the edit was kept
    assert first.planned_at is not None and first.planned_at.date() == NOW.date()
    assert first.planned_at != dates[0]
    assert len(infos(empty_ws)) == 10  # no session 11


async def test_beyond_the_frame_asks_first(empty_ws: Workspace, app_for: MakeApp) -> None:
    add_anna(empty_ws, sessions=1)
    service = SessionService(empty_ws)
    tiny = Template(id="x", title="X", items=(TemplateItem("x", 5),))
    service.plan(ANNA, tiny, NOW + timedelta(days=3))  # the tandem starts in two days
    app = make(empty_ws, app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        plan = await open_plan(pilot, app)
        assert plan.data is not None and plan.data.target.beyond_frame
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("escape")  # no: nothing is written
        await until(pilot, lambda: app.screen is plan)
        assert len(infos(empty_ws)) == 1
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("y")
        await until(pilot, lambda: len(infos(empty_ws)) == 2)
    assert infos(empty_ws)[1].n == 2


async def test_s_on_a_dated_session_without_agenda_plans_it_first(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    add_anna(empty_ws)
    app = make(empty_ws, app_for)
    from rmtui.service.tandems import TandemService

    TandemService(empty_ws, lambda: NOW).schedule(ANNA, [NOW + timedelta(days=2)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, PlanScreen))
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        await until(pilot, lambda: plan.data is not None)
        assert plan.data is not None and plan.data.target.n == 1
        planned = NOW + timedelta(days=2)
        assert plan.query_one("#plan-at", Input).value == f"{planned:%Y-%m-%d %H:%M}"
        await pilot.press("f5")  # started now, not in two days
        live = await until_live(pilot)
        assert live.ref.n == 1
    first = empty_ws.session(ANNA, 1)
    assert first.status == "running" and first.planned_at == NOW.replace(second=0)


async def test_the_demo_upcoming_session_follows_up_the_open_action(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = make(demo_ws, app_for)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await until_prompt(pilot)
        await pilot.press("enter")
        await until_live(pilot)
        assert "Follow-up" in shown(app, "#item-title")
        details = shown(app, "#item-details")
        assert "cold-chain post" in details  # the action left open at session 3
        assert "Show me how your action from last time went" in details


async def test_plan_offers_the_tandems_language_first_and_says_when_it_falls_back(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    add_anna(empty_ws)
    empty_ws.update_tandem(ANNA, language="nl")  # Anna's tandem speaks Dutch
    # Every bundled topic has a Dutch version: the mentor's own topic has only English.
    (empty_ws.root / "agendas").mkdir(parents=True, exist_ok=True)
    (empty_ws.root / "agendas" / "budget-talk.yaml").write_text(
        "id: budget-talk\ntitle: Budget talk\nlanguage: en\nminutes: 30\n"
        "items:\n  - title: Numbers\n    minutes: 30\n",
        encoding="utf-8",
    )
    app = make(empty_ws, app_for)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(PlanScreen(ANNA))
        await until(pilot, lambda: isinstance(app.screen, PlanScreen))
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        await until(pilot, lambda: screen.data is not None)
        assert screen.data is not None
        first = screen.data.ranked[0].template
        assert (first.id, first.language) == ("kickoff", "nl"), "the Dutch kick-off first"
        assert [r.template.id for r in screen.data.ranked].count("kickoff") == 1
        preview = screen.query_one("#plan-preview", Markdown)
        assert "version of this topic yet" not in preview.source
        options = screen.query_one("#plan-templates", OptionList)
        fallback = next(
            n for n, r in enumerate(screen.data.ranked) if r.template.id == "budget-talk"
        )
        assert str(options.get_option_at_index(fallback).prompt).endswith("· en")
        options.highlighted = fallback
        await settle(pilot)
        assert "No 'nl' version of this topic yet: this is the 'en' one." in preview.source
    planned = SessionService(empty_ws).plan_from(ANNA, "kickoff")  # in the tandem's language
    assert (planned.agenda_id, planned.title) == ("kickoff", "Kick-off: kennismaken")
