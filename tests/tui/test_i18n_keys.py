"""The footer, the help screen and the palette show keys and commands in the interface's
language: their descriptions are message ids, translated where they are shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets._footer import FooterKey

from rmtui.core import i18n
from rmtui.core.i18n import N_
from rmtui.tui.widgets.footer import Footer


@pytest.fixture
def dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    catalog = Catalog(locale="nl", domain=i18n.DOMAIN, fuzzy=False)
    catalog.add("Close", "Sluiten")
    catalog.add("Close this and go back", "Sluit dit en ga terug")
    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.translations.cache_clear()
    i18n.use_language("nl")
    yield
    i18n.use_language(None)
    i18n.translations.cache_clear()


class Keys(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "quit", N_("Close"), tooltip=N_("Close this and go back")),
        Binding("f9", "bell", N_("Ring"), tooltip=N_("No translation: English")),
    ]

    def compose(self) -> ComposeResult:
        yield Footer()


async def test_the_footer_speaks_the_interface_language(dutch: None) -> None:
    app = Keys()
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        keys = {k.key: k for k in app.query(FooterKey)}
        assert keys["escape"].description == "Sluiten"
        assert keys["escape"].tooltip == "Sluit dit en ga terug"
        assert keys["f9"].description == "Ring"  # no translation yet: the English text
