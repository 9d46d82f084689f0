"""A label and its value are joined by a message, so a language can write its own colon
(French: "Séances : 4")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from rmtui.core import i18n
from rmtui.export.markdown import Doc


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    catalog = Catalog(locale="fr", domain=i18n.DOMAIN, fuzzy=False)
    catalog.add("{label}:", "{label} :")
    catalog.add("{label}: {value}", "{label} : {value}")
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.translations.cache_clear()
    yield
    i18n.translations.cache_clear()


def test_a_fact_takes_the_colon_of_the_language_spoken(french: None) -> None:
    doc = Doc()
    doc.fact("Sessions", "4")
    with i18n.speaking("fr"):
        doc.fact("Séances", "4")
    assert doc.text().splitlines()[-2:] == ["- **Sessions:** 4", "- **Séances :** 4"]
