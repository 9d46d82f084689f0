"""Front matter in the shape rmtui writes is read line by line, and gives exactly what the
strict YAML loader gives; anything the strict loader refuses, or reads otherwise, is left
to it (so a hostile summary is refused with the same message as before)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rmtui.export import frontmatter
from rmtui.formats import safe_yaml

HOSTILE = st.sampled_from(
    [
        ": ", " #", "#", "- ", "-", "'", "''", '"', "&a", "*a", "!!str", "!x", "%", "@", "`",
        "[", "]", "{", "}", ",", "?", "|", ">", "~", "null", "yes", "No", "on", "1e3", "0o17",
        "012", "0x1f", "1_000", ".5", ".inf", "2026-03-02", "12:30", "<<", "=", "\t", "\n",
        "\r", "\x00", "\x85", "\u2028", "\ufeff", "\xa0", "\u3000", " ", "---", "...", "\\",
        "Zażółć", "powiadomienia",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=5)), max_size=6).map("".join)
WORDS = st.text(st.sampled_from("abcżółćXYZ019 -_'.,:#"), max_size=12)  # mostly plain
SCALAR = st.one_of(WORDS, TEXT, st.integers(min_value=0, max_value=10**6), st.booleans(), st.none())
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.one_of(WORDS, TEXT), inner, max_size=4)
    ),
    max_leaves=12,
)
META = st.dictionaries(st.one_of(WORDS, TEXT), VALUE, min_size=1, max_size=6)


def _strict(head: str) -> Any:
    try:
        return safe_yaml.load(head)
    except Exception as exc:  # refused, whatever the reason
        return exc


def _same_or_left_to_the_strict_loader(head: str) -> None:
    strict = _strict(head)
    own = frontmatter._own(head)
    if isinstance(strict, Exception) or not isinstance(strict, dict):
        assert own is None
    else:
        assert own is None or own == strict


@settings(max_examples=400)
@given(META)
def test_what_rmtui_writes_reads_as_the_strict_loader_reads_it(meta: dict[str, Any]) -> None:
    head, _ = frontmatter.split(frontmatter.dump(meta) + "# body\n")
    assert head is not None
    _same_or_left_to_the_strict_loader(head)


SUMMARY = """rmtui: export
schema: 1
title: 'Midpoint summary: Ada'
lang: en
kind: midpoint
mentor: Sam
anonymized: false
sections:
  mentor_learned: The mentor learned
tandems:
- id: ada
  label: Ada
  progress:
    held: 5
    pace: behind
  keywords:
    covered: []
    touched:
    - LinkedIn
    - big data
  aliases:
    notifications:
    - powiadomienia
"""


@settings(max_examples=600)
@given(st.integers(0, len(SUMMARY)), st.integers(0, 4), TEXT)
@example(0, 0, "x: &a 1\ny: *a\n")
@example(len("rmtui: export\n"), 0, "rmtui: again\n")
@example(len("rmtui: export\n"), 0, "  deeper: 1\n")
def test_a_summary_edited_anywhere_is_read_the_same_or_by_the_strict_loader(
    at: int, cut: int, text: str
) -> None:
    _same_or_left_to_the_strict_loader(SUMMARY[:at] + text + SUMMARY[at + cut :])


def test_rmtui_front_matter_takes_the_line_reading() -> None:
    own = frontmatter._own(SUMMARY)
    assert own is not None and own == safe_yaml.load(SUMMARY)
    assert own["tandems"][0]["aliases"] == {"notifications": ["powiadomienia"]}


@pytest.mark.parametrize(
    ("head", "said"),
    [
        ("rmtui: export\nrmtui: export\n", "line 3: 'rmtui' appears twice"),
        ("a: &x 1\nb: *x\n", "line 2: anchors (&x) are not allowed"),
        ("a: !!python/object 1\n", "line 2: YAML tags (!!python/object) are not allowed"),
    ],
)
def test_hostile_front_matter_is_still_refused(head: str, said: str) -> None:
    with pytest.raises(frontmatter.FrontMatterError) as refused:
        frontmatter.parse(head)
    assert str(refused.value).startswith(said)


def test_golden_summaries_read_the_line_way() -> None:
    golden = Path(__file__).parent / "golden"
    heads = [
        frontmatter.split(p.read_text(encoding="utf-8"))[0] for p in sorted(golden.glob("*.md"))
    ]
    heads = [h for h in heads if h]
    for head in heads:
        own = frontmatter._own(head)
        assert own is not None and own == safe_yaml.load(head)
