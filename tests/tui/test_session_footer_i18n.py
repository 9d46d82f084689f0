"""The live and review footers speak the interface's language (the live key "Next" has a
message of its own, apart from the next session), and when its words are
longer than 80 columns hold, keys give way from the end while help and the way back stay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from livekit import setup, until_live
from textual.widgets._footer import FooterKey
from tuikit import MakeApp, settle

from rmtui.core import i18n
from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.review import ReviewScreen

GERMAN = {
    "Pause": "Anhalten",
    "Prev": "Vorheriger",
    "Next": "Nächste Sitzung",  # the next session: the live key has its own message
    "Done": "Erledigt",
    "Skip": "Überspringen",
    "Drives": "Wer fährt",
    "Stop": "Beenden",
    "Leave": "Verlassen",
    "Help": "Hilfe",
    "Edit": "Bearbeiten",
    "Private": "Privat",
    "Action": "Aufgabe",
    "Delete": "Löschen",
    "Reflect": "Nachdenken",
    "Recap": "Zusammenfassung",
}


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    catalog = Catalog(locale="de", domain=i18n.DOMAIN, fuzzy=False)
    for english, german in GERMAN.items():
        catalog.add(english, german)
    catalog.add("Next", "Weiter", context="key: next agenda item")
    folder = tmp_path / "locale" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    i18n.translations.cache_clear()
    i18n.use_language("de")
    yield
    i18n.use_language(None)
    i18n.translations.cache_clear()


def shown(app: RmtuiApp) -> list[str]:
    """The descriptions of the footer keys shown, each whole on the screen."""
    keys = [k for k in app.screen.query(FooterKey) if k.display]
    for key in keys:
        assert key.region.right <= app.size.width, f"{key.description!r} is cut"
    return [k.description for k in keys]


async def test_the_live_footer_speaks_german_and_keeps_help_and_leave(
    empty_ws: Workspace, app_for: MakeApp, german: None
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        await until_live(pilot)
        await settle(pilot)
        await pilot.pause(0.1)
        keys = shown(app)
        assert keys[:3] == ["Anhalten", "Vorheriger", "Weiter"]  # the first keys stay
        assert keys[-2:] == ["Verlassen", "Hilfe"]
        assert "Beenden" not in keys  # no room left at 80 columns: f1 lists it


async def test_the_review_footer_speaks_german_and_keeps_help(
    demo_ws: Workspace, app_for: MakeApp, german: None
) -> None:
    app = app_for(demo_ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(ReviewScreen(SessionRef("henk-de-vries", 2)))
        await settle(pilot)
        await pilot.pause(0.1)
        keys = shown(app)
        assert keys[:2] == ["Bearbeiten", "Privat"]
        assert keys[-1] == "Hilfe"


async def test_the_live_footer_follows_the_clock(empty_ws: Workspace, app_for: MakeApp) -> None:
    """The footer rebuilds its keys only when they change: pausing and resuming the
    session still swap its first key."""
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        await until_live(pilot)
        await settle(pilot)
        assert shown(app)[:2] == ["Pause", "Prev"]
        await pilot.press("f5")
        await until_live(pilot, "paused")
        await settle(pilot)
        assert shown(app)[:2] == ["Resume", "Prev"]
        await pilot.press("f5")
        await until_live(pilot, "running")
        await settle(pilot)
        assert shown(app)[:2] == ["Pause", "Prev"]
