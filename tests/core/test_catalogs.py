"""The catalogs translators fill are the ones rmtui reads: the template holds every
message of the code, each .mo is its .po compiled, and a translation keeps its message's
placeholders and its language's plural forms."""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
import string
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from rmtui.core.i18n import CONTEXT, Plural

ROOT = Path(__file__).resolve().parents[2]


def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rmtui_catalogs", ROOT / "tools" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


catalogs = _tools()
CODES = sorted(catalogs.LANGUAGES)


def _ids(catalog: Catalog) -> set[object]:
    return {message.id for message in catalog if message.id}


def test_the_template_holds_every_message_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "rmtui.pot"
    catalogs.extract(fresh)
    assert _ids(catalogs.read(fresh)) == _ids(catalogs.read(catalogs.TEMPLATE)), (
        "rmtui/locale/rmtui.pot is out of date: run python tools/catalogs.py"
    )


@pytest.mark.parametrize("code", CODES)
def test_each_language_has_every_message_and_a_current_mo(code: str) -> None:
    path = catalogs.po_path(code)
    assert _ids(catalogs.read(path, code)) == _ids(catalogs.read(catalogs.TEMPLATE)), (
        f"{path} misses messages of the template: run python tools/catalogs.py"
    )
    fresh = gettext.GNUTranslations(io.BytesIO(catalogs.compiled(path, code)))
    with path.with_suffix(".mo").open("rb") as file:
        committed = gettext.GNUTranslations(file)
    assert committed._catalog == fresh._catalog, (  # type: ignore[attr-defined]
        f"{path.with_suffix('.mo')} is not its .po compiled: run python tools/catalogs.py compile"
    )


def _fields(text: str) -> set[str]:
    """The placeholders of a message: ``{name}``, ``{value!r}``, ``{day:%d}`` -> names."""
    return {
        re.split(r"[.\[]", name)[0]
        for _, name, _, _ in string.Formatter().parse(text)
        if name is not None
    }


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_placeholders_and_plural_forms(code: str) -> None:
    path = catalogs.po_path(code)
    with path.open("rb") as file:
        catalog = read_po(file, locale=code)
    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message.id, tuple):
            assert len(strings) == catalog.num_plurals, (code, message.id)
        wanted = set().union(*(_fields(text) for text in ids))
        for text in strings:
            if text:
                assert _fields(text) <= wanted, (code, message.id, text)
                if not isinstance(message.id, tuple):
                    assert _fields(text) == wanted, (code, message.id, text)


def _texts(name: str, value: object) -> list[str]:
    """The sentences of a message: strings, tuple elements, dict values (keys are ids);
    a typed-words list only by its first word, the one the catalog translates."""
    if isinstance(value, str):
        return [value] if re.search(r"[a-z]", value) else []
    if isinstance(value, tuple) and name.endswith("_WORDS"):
        if isinstance(value[0], tuple):  # one list per weekday
            return [t for words in value for t in _texts(name, words)]
        return _texts(name, value[0])
    if isinstance(value, tuple):
        return [t for v in value for t in _texts(name, v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(name, v)]
    if isinstance(value, Plural):
        return [value.singular]
    return []


# Not sentences: the export's language code, and each language's own name.
NOT_MARKED = {"EXPORT_LANG", "LANGUAGE_NAMES"}


def test_every_message_is_marked_for_the_catalogs() -> None:
    from rmtui.core import messages

    known = {
        (f"{m.context}{CONTEXT}" if m.context else "")
        + (m.id[0] if isinstance(m.id, tuple) else m.id)
        for m in catalogs.read(catalogs.TEMPLATE)
    }
    missing = [
        (name, text)
        for name, value in messages.ENGLISH.items()
        if name not in NOT_MARKED
        for text in _texts(name, value)
        if text not in known
    ]
    assert missing == [], "wrap these in N_(...) (P_ with a count), then run tools/catalogs.py"
