"""A tandem added with a Polish name, then its profile edited from the profile tab (`e`):
the same checks and the same one-department question as adding it, saved by the service."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, Static
from tuikit import MakeApp, settle, shown

from rmtui.service.settings import SettingsService
from rmtui.store import Workspace
from rmtui.tui.modals.add_tandem import AddTandemModal, EditProfileModal
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.tandem import TandemScreen


async def fill(pilot: Pilot[None], **values: str) -> None:
    for name, value in values.items():
        pilot.app.screen.query_one(f"#{name.replace('_', '-')}", Input).value = value
    await pilot.pause()


async def test_add_with_diacritics_then_edit_the_profile(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    SettingsService(empty_ws.layout).update({"mentor_dept": "Komunikacja", "frame.months": "5"})
    app = app_for(empty_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, AddTandemModal)
        # The mentor's department and frame come from the settings.
        assert form.query_one("#mentor-dept", Input).value == "Komunikacja"
        assert form.query_one("#months", Input).value == "5"
        await pilot.press(*"Zofia Wójcik-Łęcka")
        await fill(pilot, role="Dyrektor finansowy", mentee_dept="Finanse")
        await pilot.press("enter")
        await settle(pilot)
        [summary] = empty_ws.scan().summaries
        tandem = summary.tandem
        assert (tandem.id, tandem.mentee) == ("zofia-wojcik-lecka", "Zofia Wójcik-Łęcka")
        assert (tandem.mentor_dept, tandem.frame.months) == ("Komunikacja", 5)

        await pilot.press("t")
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        assert isinstance(app.screen, TandemScreen)
        footer = {b.id for _n, b, on, _t in app.screen.active_bindings.values() if on and b.show}
        assert "profile.edit" in footer
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, EditProfileModal)
        assert form.query_one("#mentee", Input).value == "Zofia Wójcik-Łęcka"
        assert not form.query("#sessions"), "the frame is not part of the profile"
        # The same rules as adding: a name is required.
        await fill(pilot, mentee="  ")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        assert shown(app, "#mentee-error") == "is required"
        # The same department as the mentor's asks first; "go back" saves nothing.
        await fill(pilot, mentee="Zofia Wójcik", role="Prezes", mentee_dept="komunikacja")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is form
        assert empty_ws.tandem("zofia-wojcik-lecka").mentee == "Zofia Wójcik-Łęcka"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, TandemScreen)
        assert str(app.screen.query_one("#p-mentee", Static).render()) == "Zofia Wójcik"
        assert app.screen.title == "Zofia Wójcik"
    saved = empty_ws.tandem("zofia-wojcik-lecka")  # the id stays: files and links keep working
    assert (saved.mentee, saved.role, saved.mentee_dept) == (
        "Zofia Wójcik",
        "Prezes",
        "komunikacja",
    )
    assert saved.mentor_dept == "Komunikacja"
