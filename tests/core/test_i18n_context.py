"""One English text with two meanings (the live key "Next", the next session) gets two
messages: a catalog translates each apart, and English reads the text alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from rmtui.core import i18n
from rmtui.core.i18n import C_


@pytest.fixture
def dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    catalog = Catalog(locale="nl", domain=i18n.DOMAIN, fuzzy=False)
    catalog.add("Next", "Volgende sessie")
    catalog.add("Next", "Verder", context="key: next agenda item")
    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as file:
        write_mo(file, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.translations.cache_clear()
    yield
    i18n.translations.cache_clear()


def test_a_message_with_a_context_is_translated_apart(dutch: None) -> None:
    key = C_("key: next agenda item", "Next")
    assert i18n.gettext(key) == "Next"
    with i18n.speaking("nl"):
        assert i18n.gettext(key) == "Verder"
        assert i18n.gettext("Next") == "Volgende sessie"
        assert i18n.pgettext("key: next agenda item", "Next") == "Verder"
    with i18n.speaking("fr"):  # no translation: the English text, without its context
        assert i18n.gettext(C_("key: open the file written", "Open")) == "Open"


def test_the_frame_legend_agrees_with_sessions_in_each_language() -> None:
    from rmtui.tui.widgets.timeline import LEGEND_WORDS

    done, planned = LEGEND_WORDS["done"], LEGEND_WORDS["planned"]
    assert (done.format(3), planned.format(1)) == ("3 done", "1 planned")
    with i18n.speaking("fr"):
        assert (done.format(3), planned.format(1)) == ("3 terminées", "1 planifiée")
    with i18n.speaking("pl"):
        assert [done.format(n) for n in (1, 3, 5)] == ["1 odbyta", "3 odbyte", "5 odbytych"]
    with i18n.speaking("de"):
        assert done.format(3) == "3 erledigt"
