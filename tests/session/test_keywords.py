"""Keywords found in note text: case, accents, word boundaries, four languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmtui.core.keywords import KeywordMatcher, attach, find_keywords

KEYWORDS = [
    "LinkedIn",
    "prywatność",
    "big data",
    "IoT",
    "Datenschutz",
    "Straße",
    "vie privée",
    "e-mail",
    "C++",
    "sociale media",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish
        ("Pokazałam jej ustawienia PRYWATNOŚĆ na LinkedIn.", ["LinkedIn", "prywatność"]),
        ("Prywatnosc bez ogonków też się liczy", ["prywatność"]),
        ("prywatności (inflected) is another word", []),
        # Dutch
        ("Hij deelt nu alles via Sociale Media en e-mail", ["e-mail", "sociale media"]),
        ("Big-Data is voor hem nog abstract", ["big data"]),
        ("bigdata als één woord", ["big data"]),
        # German
        ("Datenschutz zuerst, dann die STRASSE der Daten", ["Datenschutz", "Straße"]),
        ("Die Datenschutzerklärung ist lang", []),
        ("Straße", ["Straße"]),
        # French
        ("La VIE PRIVEE d'abord; l'IoT ensuite", ["IoT", "vie privée"]),
        ("L\u2019IoT à la maison", ["IoT"]),  # typographic apostrophe
        # boundaries
        ("an idiot", []),
        ("LinkedInner", []),
        ("#LinkedIn", ["LinkedIn"]),
        ("she codes C++ at night", ["C++"]),
        ("C is not C++'s cousin", ["C++"]),
        ("plain C", []),
        ("email", ["e-mail"]),
    ],
)
def test_matching(text: str, expected: list[str]) -> None:
    found = find_keywords(text, KEYWORDS)
    assert sorted(found) == sorted(expected)


def test_found_in_list_order_and_once() -> None:
    assert find_keywords("IoT and LinkedIn and linkedin", KEYWORDS) == ["LinkedIn", "IoT"]


def test_wildcard_matches_endings() -> None:
    matcher = KeywordMatcher.of(["prywatnoś*", "Daten*"])
    assert matcher.find("o prywatności i prywatnością") == ["prywatnoś*"]
    assert matcher.find("Datenschutzerklärung") == ["Daten*"]
    assert matcher.find("nieprywatność") == []


def test_tags_resolve_to_the_tandems_spelling() -> None:
    matcher = KeywordMatcher.of(KEYWORDS)
    assert attach("nothing here", ["big_data", "Big-Data", "iot", "blockchain"], matcher) == [
        "big data",
        "IoT",
        "blockchain",
    ]
    assert attach("LinkedIn again", ["linkedin"], matcher) == ["LinkedIn"]


def test_keywords_without_letters_are_ignored() -> None:
    assert KeywordMatcher.of(["", "  ", "---"]).find("--- anything") == []


WORD = st.text(alphabet="aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźżäöüßéèàçœ", min_size=2, max_size=10)
SEP = st.sampled_from([" ", ", ", ". ", "! ", " (", ") ", "\n", " — ", ": "])


@given(WORD, st.lists(WORD, max_size=4), st.lists(WORD, max_size=4), SEP, SEP)
def test_a_keyword_standing_alone_is_found(
    keyword: str, before: list[str], after: list[str], left: str, right: str
) -> None:
    text = " ".join(before) + left + keyword.upper() + right + " ".join(after)
    assert keyword in find_keywords(text, [keyword])


@given(WORD, WORD, WORD)
def test_a_keyword_inside_a_longer_word_is_not_found(keyword: str, head: str, tail: str) -> None:
    word = head + keyword + tail
    assert find_keywords(f"ein {word} hier", [keyword]) == []


@given(st.lists(WORD, min_size=2, max_size=3), st.sampled_from([" ", "-", "  ", "_", "/"]))
def test_multi_word_keywords_match_any_joint(words: list[str], joint: str) -> None:
    keyword = " ".join(words)
    assert find_keywords(f"about {joint.join(words).title()} today", [keyword]) == [keyword]
