"""App shell: help screen, quitting, the command palette and its state-dependent commands."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, OptionList
from tuikit import MakeApp, settle, shown, until

from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.modals.add_tandem import AddTandemModal
from rmtui.tui.navigation import DESTINATIONS, with_tandem
from rmtui.tui.screens.help import HelpScreen
from rmtui.tui.screens.home import HomeScreen


def titles(app: RmtuiApp, discover_only: bool = False) -> list[str]:
    return [c.title for c in app.palette_commands(app.screen) if c.discover or not discover_only]


async def test_help_opens_and_closes(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = [(k.key, k.description) for k in app.screen.keys]
        assert ("a", "Add tandem") in keys
        assert ("f1 ?", "Help") in keys
        assert ("^q", "Quit") in keys
        prefixes = shown(app, "#help-prefixes")
        for prefix in "!?*><~":
            assert any(line.startswith(prefix) for line in prefixes.splitlines()), prefix
        await pilot.press("f1")  # the same key again does not stack a second help
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_ctrl_q_quits(demo_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_ctrl_q_quits_from_a_modal(empty_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddTandemModal)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_every_binding_has_an_id_description_and_tooltip(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for screen_key in ("", "a", "f1"):
            if screen_key:
                await pilot.press(screen_key)
                await pilot.pause()
            for _node, binding, _enabled, _tip in app.screen.active_bindings.values():
                if (binding.show and not binding.system) or binding.action == "command_palette":
                    assert binding.id, binding
                    assert binding.description, binding
                    assert binding.tooltip, binding
            await pilot.press("escape")
            await pilot.pause()


async def test_palette_commands_read_noun_verb_and_follow_state(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = titles(app, discover_only=True)
        assert "tandem: add" in home
        assert "help: keys" in home
        assert "app: quit" in home
        for title in titles(app):
            noun, _, verb = title.partition(": ")
            assert noun and verb and noun == noun.lower(), title
        assert "tandem: show Henk de Vries" in titles(app)
        assert "tandem: show Henk de Vries" not in home, "found by search, not listed"
        await pilot.press("f1")
        await pilot.pause()
        assert "tandem: add" not in titles(app), "home commands only on home"


async def test_palette_runs_a_command(empty_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"tandem: add")
        options = app.screen.query_one(OptionList)
        await until(
            pilot,
            lambda: (
                options.highlighted is not None
                and str(options.get_option_at_index(options.highlighted).prompt).startswith(
                    "tandem: add"
                )
            ),
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, AddTandemModal)
        assert app.screen.focused is app.screen.query_one("#mentee", Input)


def test_destinations_register_one_binding_each() -> None:
    ids = {b.id for b in RmtuiApp.BINDINGS if not isinstance(b, tuple)}  # type: ignore[union-attr]
    for destination in DESTINATIONS:
        # A destination without a key is reached by the palette only.
        assert (destination.binding_id in ids) == bool(destination.key)
        noun, _, verb = destination.command.partition(": ")
        assert noun and verb


async def test_tandem_destinations_wait_for_a_highlighted_tandem(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not with_tandem(app)
        empty_ws.add_tandem(TandemDraft(mentee="Ada"))
        app.reload_workspace()
        await settle(pilot)
        assert with_tandem(app)
        assert app.selected_tandem is not None
        assert app.selected_tandem.tandem.mentee == "Ada"


async def test_keys_behind_a_dialog_open_no_screen(demo_ws: Workspace, app_for: MakeApp) -> None:
    """Typing at a dialog with only buttons must not open search, export... behind it."""
    from textual.screen import ModalScreen
    from textual.widgets import Button

    class Ask(ModalScreen[bool]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Button("OK")

    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(Ask())
        await pilot.pause()
        for key in ("slash", "x", "g", "t", "s", "p"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, Ask), key
        assert len(app.screen_stack) == 2
