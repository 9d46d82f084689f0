"""The settings screen: a new mentor finds it, sets who they are and the program's agenda
repository; values are checked, saved to rmtui.yaml and shown again; the theme stays."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, Select
from tuikit import MakeApp, settle, shown

from rmtui.core.tandems import TandemDraft
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.service.settings import THEMES
from rmtui.store import Workspace
from rmtui.store.settings import load_settings
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.settings import SettingsScreen


async def fill(pilot: Pilot[None], **values: str) -> None:
    """Set fields by id (``frame_sessions`` for ``#frame-sessions``)."""
    for name, value in values.items():
        pilot.app.screen.query_one(f"#{name.replace('_', '-')}", Input).value = value
    await pilot.pause()


async def open_settings(pilot: Pilot[None]) -> SettingsScreen:
    await pilot.press("f2")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SettingsScreen)
    return screen


async def test_a_new_mentor_sets_who_they_are_and_the_agenda_repo(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # The empty home screen says where the settings are, and the footer has the key.
        assert "f2 opens your settings" in shown(app, "#empty-settings")
        assert app.screen.query_one("#empty-settings").display
        footer_keys = {
            b.id for _n, b, enabled, _t in app.screen.active_bindings.values() if enabled and b.show
        }
        assert "home.settings" in footer_keys
        screen = await open_settings(pilot)
        assert screen.focused is screen.query_one("#mentor-name", Input)
        await pilot.press(*"Łucja Wiśniewska")
        await fill(
            pilot,
            mentor_dept="Komunikacja",
            agenda_repo="https://git.example.org/program/agendas.git",
            branch="main",
            path="templates/",
            frame_sessions="8",
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert any(n.message == "Settings saved" for n in app._notifications)
        assert not app.screen.query_one("#empty-settings").display  # it knows the name now
        # Shown again as saved (the folder without its trailing slash).
        screen = await open_settings(pilot)
        assert screen.query_one("#mentor-name", Input).value == "Łucja Wiśniewska"
        assert screen.query_one("#path", Input).value == "templates"
        assert screen.query_one("#frame-sessions", Input).value == "8"
    settings = load_settings(empty_ws.layout.settings)
    assert settings.mentor_name == "Łucja Wiśniewska"
    assert settings.mentor_dept == "Komunikacja"
    assert settings.agenda_repo == "https://git.example.org/program/agendas.git"
    assert (settings.branch, settings.path, settings.frame.sessions) == ("main", "templates", 8)
    # Exports now carry the mentor's name.
    tandem = empty_ws.add_tandem(TandemDraft(mentee="Jan de Vries", mentee_dept="Logistiek"))
    exported = ExportService(empty_ws).render(ExportRequest((tandem.id,), kind="midpoint"))
    assert "mentor: Łucja Wiśniewska" in exported.text


async def test_bad_values_are_refused_with_a_message_and_nothing_is_written(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await open_settings(pilot)
        await fill(pilot, branch="a..b", frame_sessions="99", agenda_repo="--upload-pack=x")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        assert shown(app, "#branch-error") == "'a..b' is not a branch name"
        assert shown(app, "#frame-sessions-error") == "must be between 1 and 52"
        assert "is not a repository address" in shown(app, "#agenda-repo-error")
        assert "fix the fields marked in red" in shown(app, "#save-error")
        assert screen.focused is screen.query_one("#agenda-repo", Input), "first bad field"
        # f5 (save and sync) with no repository says what is missing.
        await fill(pilot, branch="", frame_sessions="10", agenda_repo="")
        await pilot.press("f5")
        await settle(pilot)
        assert app.screen is screen
        assert "name the program's agenda repository first" in shown(app, "#agenda-repo-error")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert not empty_ws.layout.settings.exists()


async def test_the_theme_persists_across_restarts(empty_ws: Workspace, app_for: MakeApp) -> None:
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_settings(pilot)
        app.screen.query_one("#theme", Select).value = "nord"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.theme == "nord"
    assert load_settings(empty_ws.layout.settings).theme == "nord"

    again = app_for(empty_ws)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
        # A theme picked in the palette (`theme: change`) is kept too.
        again.theme = "gruvbox"
        await settle(pilot)
    assert load_settings(empty_ws.layout.settings).theme == "gruvbox"


def test_the_theme_list_is_textuals() -> None:
    # `rmtui settings set theme` checks names without loading Textual.
    from textual.theme import BUILTIN_THEMES

    assert set(THEMES) == set(BUILTIN_THEMES)


async def test_saving_keeps_the_mentors_comments_and_keys(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    empty_ws.root.mkdir(parents=True)
    hand = "# mine\nmentor_name: Jo  # badge\nteam: blue\n"
    empty_ws.layout.settings.write_text(hand, encoding="utf-8")
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_settings(pilot)
        await fill(pilot, mentor_name="Joëlle Peeters")
        await pilot.press("ctrl+s")
        await settle(pilot)
    text = empty_ws.layout.settings.read_text(encoding="utf-8")
    assert text == "# mine\nmentor_name: Joëlle Peeters  # badge\nteam: blue\n"


async def test_a_settings_file_it_cannot_read_is_named_and_left_alone(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    empty_ws.root.mkdir(parents=True)
    empty_ws.layout.settings.write_text("frame: {sessions: 0}\n", encoding="utf-8")
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("frame.sessions" in n.message for n in app._notifications)
        await open_settings(pilot)
        assert "frame.sessions: expected a whole number" in shown(app, "#save-error")
        await fill(pilot, mentor_name="Jo", frame_sessions="10", frame_months="6")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert "Not saved" in shown(app, "#save-error")
    assert empty_ws.layout.settings.read_text(encoding="utf-8") == "frame: {sessions: 0}\n"
