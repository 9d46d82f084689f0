"""A follow-up item on screen: the live screen, which the mentee sees (and drives), never
shows a private action; the plan screen, the mentor's own, shows it marked private."""

from __future__ import annotations

from livekit import TEMPLATE, Setup, setup, until_live
from tuikit import NOW, MakeApp, settle, until

from rmtui.core.model import Action
from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.plan import PlanScreen
from rmtui.tui.widgets.plan_items import ItemEditor

SECRET = "SECRETQ see a coach about the burnout"
TYPED_SECRET = "SECRETT ask HR about part-time"
LATER_SECRET = "SECRETL talk to the works council"
PUBLIC = "post once a week in the logistics community"


def _held_with_actions(ws: Workspace) -> tuple[Setup, str]:
    """A first session with a public, a `~!` and a `!` made private in the review, and
    a private action added directly (as `rmtui action add --private` does)."""
    s = setup(ws)
    ref = s.plan()
    s.svc.start(ref)
    for line in (f"! {PUBLIC}", f"~! {TYPED_SECRET}", f"! {LATER_SECRET}"):
        s.svc.add_note(ref, line)
    s.svc.stop(ref)
    later = next(n for n in s.svc.notes(ref) if n.text == LATER_SECRET)
    s.svc.update_note(ref, later.id, private=True)
    s.svc.finish_review(ref)
    ws.add_action(s.tandem_id, Action(0, SECRET, private=True))
    return s, s.tandem_id


def _plan_next(s: Setup) -> SessionRef:
    """The next session, planned as a mentor plans it: after what the last one left open."""
    session = s.svc.plan(s.tandem_id, TEMPLATE, NOW)
    return SessionRef(s.tandem_id, session.n)


def _details(live: LiveScreen) -> str:
    return str(live.query_one("#item-details").render())


async def test_the_live_screen_shows_no_private_action(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s, tid = _held_with_actions(empty_ws)
    ref = _plan_next(s)
    first = empty_ws.session(tid, ref.n).items[0]
    assert first.follow_up and len(first.actions) == 4 and first.prompts == ["How did the week go?"]
    app = s.app(app_for)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref, start=True))
        live = await until_live(pilot)
        await until(pilot, lambda: PUBLIC in _details(live))
        text = _details(live)
        assert "How did the week go?" in text
        for secret in (SECRET, TYPED_SECRET, LATER_SECRET):
            assert secret not in text
        assert "private" not in text
        # And nowhere else on the screen either (agenda, log, side panels).
        everything = "\n".join(str(w.render()) for w in live.query("Static"))
        assert not any(secret in everything for secret in (SECRET, TYPED_SECRET, LATER_SECRET))


async def test_the_plan_screen_marks_private_actions(empty_ws: Workspace, app_for: MakeApp) -> None:
    s, tid = _held_with_actions(empty_ws)
    app = s.app(app_for)
    async with app.run_test(size=(140, 50)) as pilot:
        await settle(pilot)
        app.push_screen(PlanScreen(tid))
        await until(pilot, lambda: isinstance(app.screen, PlanScreen))
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        await until(pilot, lambda: plan.data is not None and bool(plan.query_one(ItemEditor).items))
        editor = plan.query_one(ItemEditor)
        follow_up = editor.get_option_at_index(0).prompt
        lines = str(follow_up).splitlines()
        by_text = {
            text: next(line for line in lines if text in line)
            for text in (PUBLIC, SECRET, TYPED_SECRET, LATER_SECRET)
        }
        assert "private" not in by_text[PUBLIC]
        for secret in (SECRET, TYPED_SECRET, LATER_SECRET):
            assert by_text[secret].lstrip().startswith("~ ")
            assert "private" in by_text[secret]
        assert editor.items[0].follow_up  # the bundled template's own follow-up item


async def test_the_demo_follows_up_its_open_action(demo_ws: Workspace, app_for: MakeApp) -> None:
    [tid] = demo_ws.tandem_ids()
    planned = [i.n for i in demo_ws.session_index(tid) if i.status == "planned"]
    ref = SessionRef(tid, planned[0])
    app = app_for(demo_ws)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref, start=True))
        live = await until_live(pilot)
        await until(pilot, lambda: "cold-chain post" in _details(live))
        assert "Yammer app" not in _details(live)  # done before: not followed up
