"""Forms under load: text typed right after Tab lands in the field Tab moved to; Esc on a
kick-off nobody touched leaves at once."""

from __future__ import annotations

from textual import events
from textual.widgets import Input
from tuikit import MakeApp, settle, until

from rmtui.store import Workspace
from rmtui.tui.modals.add_tandem import AddTandemModal
from rmtui.tui.screens.kickoff import KickoffScreen


async def test_keys_queued_right_after_tab_go_to_the_next_field(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddTandemModal))
        modal = app.screen
        await pilot.press(*"Ada")
        # Tab and the next letters arrive together, as a fast typist under load sends them:
        # all queued before the app has handled the Tab.
        for key, char in (("tab", None), ("I", "I"), ("T", "T")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert modal.query_one("#mentee", Input).value == "Ada"
        assert modal.focused is not None and modal.focused.id != "mentee"
        assert isinstance(modal.focused, Input) and modal.focused.value.endswith("IT")
        typed_in = modal.focused
        for key, char in (("shift+tab", None), ("!", "!")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert modal.focused is modal.query_one("#mentee", Input)
        assert typed_in.value.endswith("IT"), "nothing typed into the field left behind"


async def test_esc_on_an_untouched_kickoff_leaves_at_once(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, KickoffScreen))
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, KickoffScreen), "no question asked"

        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, KickoffScreen))
        await settle(pilot)
        await pilot.press("x", "backspace")  # typed and taken back: nothing changed
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, KickoffScreen)

        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, KickoffScreen))
        await settle(pilot)
        await pilot.press("x", "escape")  # a change: asked before it is lost
        await settle(pilot)
        assert not isinstance(app.screen, KickoffScreen)
        assert isinstance(app.screen_stack[-2], KickoffScreen)


async def test_keys_after_tab_in_the_learning_form(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t", "3")
        await settle(pilot)
        await pilot.press("a")
        await until(pilot, lambda: len(app.screen_stack) == 3)
        modal = app.screen
        text = modal.query_one("#text", Input)
        text.focus()
        await pilot.press(*"pallets")
        for key, char in (("tab", None), ("r", "r"), ("f", "f")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert text.value == "pallets", "nothing typed after Tab stays behind"
        assert isinstance(modal.focused, Input) and modal.focused.value.endswith("rf")
