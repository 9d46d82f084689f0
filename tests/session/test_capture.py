"""A typed line read as a note: prefixes, privacy, escapes, #tags."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmtui.core.capture import (
    MARKERS,
    PREFIXES,
    Capture,
    check_text,
    find_tags,
    glossary_entry,
    parse,
)
from rmtui.core.errors import InvalidInput
from rmtui.core.text import strip_control


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("plain words", "note", "plain words"),
        ("! send one tweet a day", "action", "send one tweet a day"),
        ("?why do my notifications pile up", "question", "why do my notifications pile up"),
        ("* posted on his own", "highlight", "posted on his own"),
        ("> cross-docking saves trucks", "mentor-learned", "cross-docking saves trucks"),
        ("< a headline beats a job title", "mentee-learned", "a headline beats a job title"),
    ],
)
def test_each_prefix_sets_the_kind(line: str, kind: str, text: str) -> None:
    assert parse(line) == Capture(kind=kind, private=False, text=text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "line", ["~* proud of it", "*~ proud of it", "~*proud of it", "~ * proud of it"]
)
def test_private_combines_with_a_kind_in_either_order(line: str) -> None:
    assert parse(line) == Capture("highlight", True, "proud of it")


def test_private_alone_is_a_private_note() -> None:
    assert parse("~ admits he never changed a setting") == Capture(
        "note", True, "admits he never changed a setting"
    )


def test_only_one_kind_and_one_tilde_are_read() -> None:
    assert parse("!? both").kind == "action"
    assert parse("!? both").text == "? both"
    assert parse("~~ twice") == Capture("note", True, "~ twice")
    assert parse("~!~ x") == Capture("action", True, "~ x")


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("\\!important, not an action", "!important, not an action"),
        ("\\~tilde", "~tilde"),
        ("\\\\ backslash", "\\ backslash"),
        ("\\n is not an escape", "\\n is not an escape"),
    ],
)
def test_a_backslash_keeps_the_leading_character(line: str, text: str) -> None:
    assert parse(line) == Capture("note", False, text)


def test_an_escape_after_a_prefix() -> None:
    assert parse("~ \\*stars*") == Capture("note", True, "*stars*")


def test_prefix_characters_inside_the_text_are_text() -> None:
    assert parse("what? really!") == Capture("note", False, "what? really!")


def test_control_characters_and_edges_are_stripped() -> None:
    assert parse("  \x1b[31m! red\x07  \n").text == "[31m! red"


def test_tags() -> None:
    assert parse("! ask about #GDPR and #big_data, not C# or #1").tags == ("GDPR", "big data")
    assert find_tags("#Prywatność #Datenschutz-Grundverordnung #école") == (
        "Prywatność",
        "Datenschutz-Grundverordnung",
        "école",
    )
    assert find_tags("#iot #iot") == ("iot",)
    assert find_tags("mail me: a#b") == ()


def test_empty_and_too_long_text_are_refused() -> None:
    with pytest.raises(InvalidInput):
        check_text(parse("!  ").text)
    with pytest.raises(InvalidInput):
        check_text("x" * 5000)


def _lead(line: str) -> str:
    return strip_control(line).strip()[:1]


@given(st.text(min_size=1).filter(lambda s: _lead(s) not in (*PREFIXES, *MARKERS, "\\")))
def test_text_without_a_prefix_is_kept_as_typed(line: str) -> None:
    captured = parse(line)
    assert captured.kind == "note"
    assert not captured.private
    assert captured.text == strip_control(line).strip()
    assert "\x1b" not in captured.text


@given(st.sampled_from(sorted(PREFIXES)), st.booleans(), st.text(min_size=1))
def test_any_prefix_then_escaped_text_round_trips(prefix: str, private: bool, body: str) -> None:
    body = body.strip()
    if not body or "\x00" <= body[0] <= "\x1f" or body[0] in "\x7f\x85\xa0":
        return
    line = ("~" if private else "") + prefix + "\\" + body
    captured = parse(line)
    assert captured.kind == PREFIXES[prefix]
    assert captured.private is private
    if body[0] in (*PREFIXES, "~", "\\"):
        assert captured.text.startswith(body[0])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("+ best on Tuesday", Capture("note", False, "best on Tuesday", sheet="keep")),
        ("+* set it herself", Capture("highlight", False, "set it herself", sheet="keep")),
        ("*+ set it herself", Capture("highlight", False, "set it herself", sheet="keep")),
        ("~+! x", Capture("action", True, "x", sheet="keep")),
        ("= feed: seen first", Capture("note", False, "feed: seen first", sheet="glossary")),
        ("=? x: y", Capture("note", False, "? x: y", sheet="glossary")),
        ("\\+1 for this", Capture("note", False, "+1 for this")),
        ("\\= 2", Capture("note", False, "= 2")),
    ],
)  # fmt: skip
def test_plus_keeps_a_note_for_the_cheat_sheet_and_equals_makes_a_glossary_entry(
    line: str, expected: Capture
) -> None:
    assert parse(line) == expected


def test_a_glossary_entry_needs_a_term_a_colon_and_a_meaning() -> None:
    assert glossary_entry("hashtag : a word with #") == ("hashtag", "a word with #")
    assert glossary_entry("URL: https://example.org/x") == ("URL", "https://example.org/x")
    for bad in ("no colon here", ": no term", "term:", "x" * 90 + ": too long a term"):
        assert glossary_entry(bad) is None
        with pytest.raises(InvalidInput):
            check_text(bad, "glossary")
    assert check_text("no colon here") == "no colon here"  # only a glossary entry needs one
