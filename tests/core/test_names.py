"""Names in every script: a tandem for any name a person can type, with a stable ASCII id."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from rmtui.core.errors import InvalidInput
from rmtui.core.names import name_id
from rmtui.core.tandems import TandemDraft, build_tandem

NOW = datetime(2026, 3, 2, 9, 0)
SAFE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")

TRANSLITERATED = [
    ("Anna Kowalska-Łęcka", "anna-kowalska-lecka"),
    ("Zoë Ñúñez", "zoe-nunez"),
    ("Jürgen Groß", "jurgen-gross"),
    ("François Lefèvre", "francois-lefevre"),
    ("Søren Ærø", "soren-aero"),
    ("Olena Shevchenko", "olena-shevchenko"),
    ("Олена Шевченко", "olena-shevchenko"),
    ("Григорій Сковорода", "hryhoriy-skovoroda"),
    ("Сергей Ёлкин", "sergey-yolkin"),
    ("Щукин Юрий", "shchukin-yuriy"),
    ("Наталья Жукова", "natalya-zhukova"),
    ("Петар Петровић", "petar-petrovic"),
    ("Ўладзімір", "uladzimir"),
    ("Γιώργος", "giorgos"),
    ("Γιώργος Παπαδόπουλος", "giorgos-papadopoulos"),
    ("Ευάγγελος Ουρανός", "evangelos-ouranos"),
    ("Αθηνά Ψαρρού", "athina-psarrou"),
    ("Χρήστος Ξανθός", "christos-xanthos"),
    ("Ahmed أحمد", "ahmed"),
]
GENERATED = [
    "محمد علي",
    "فاطمة الزهراء",
    "דוד כהן",
    "שרה לוי",
    "王小明",
    "李华",
    "佐藤 花子",
    "김민준",
    "สมชาย",
    "🦊",
    "🦊🌸",
    "👩🏽‍💻",
    "!!!",
]


@pytest.mark.parametrize(("name", "expected"), TRANSLITERATED)
def test_a_name_with_a_latin_spelling_is_transliterated(name: str, expected: str) -> None:
    tandem = build_tandem(TandemDraft(mentee=name), (), NOW)
    assert tandem.id == expected
    assert tandem.mentee == name, "the name is kept as typed"


@pytest.mark.parametrize("name", GENERATED)
def test_a_name_without_one_gets_a_generated_safe_id(name: str) -> None:
    tandem = build_tandem(TandemDraft(mentee=name), (), NOW)
    assert tandem.mentee == name
    assert tandem.id.startswith("tandem-") and SAFE_ID.match(tandem.id)
    assert build_tandem(TandemDraft(mentee=name), (), NOW).id == tandem.id, "stable"


def test_thirty_names_in_one_workspace_get_thirty_distinct_ids() -> None:
    names = [n for n, _ in TRANSLITERATED] + GENERATED
    names += ["Олена Шевченко", "🦊", "王小明"]  # the same name twice: a second tandem
    taken: list[str] = []
    for name in names:
        taken.append(build_tandem(TandemDraft(mentee=name), taken, NOW).id)
    assert len(names) >= 30 and len(set(taken)) == len(taken)
    assert all(SAFE_ID.match(t) for t in taken)
    assert taken.count("olena-shevchenko") == 1 and "olena-shevchenko-3" in taken
    assert f"{name_id('🦊')}-2" in taken and f"{name_id('王小明')}-2" in taken


def test_a_very_long_name_gives_an_id_a_filesystem_takes() -> None:
    tandem = build_tandem(TandemDraft(mentee="Щ" * 120), (), NOW)
    assert len(tandem.id) <= 100 and SAFE_ID.match(tandem.id)


@pytest.mark.parametrize("name", ["", "   ", "\u200b\u200d", "\u2060\ufeff"])
def test_a_name_that_shows_nothing_is_still_required(name: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        build_tandem(TandemDraft(mentee=name), (), NOW)
    assert (caught.value.field, caught.value.reason) == ("mentee", "is required")
