"""A summary's front matter is read by the strict YAML loader: a hostile one is refused
with a message that names its line and what is not allowed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rmtui.export import frontmatter
from rmtui.formats import safe_yaml


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


# Front matter without "&", "*" or "!" is composed by libyaml itself; whatever it holds,
# a mentor gets the data, or the refusal, that the strict loader gives.
SAME_AS_STRICT = [
    "rmtui: export\nschema: 1\ntandems:\n- id: a\n  counts: {notes: 3}\n  keywords: []\n",
    "date: 2026-03-02\nat: 2001-12-14t21:59:43.10-05:00\nn: 0x1F\nf: .inf\nz: ~\nyes: Off\n",
    "1: a\n'1': b\n",  # one key to the strict composer: refused
    "a: 1\nb:\n  c: 2\n  c: 3\n",
    "<<: {a: 1}\nb: 2\n",  # a merge key, built as the safe constructor builds it
    "? [a]\n: b\n",
    "a: 1\n---\nb: 2\n",
    "a: " + "[" * 16 + "]" * 16 + "\n",
    "a: " + "[" * 15 + "]" * 15 + "\n",
    "- " * 20 + "x\n",
    "a: b: c\n",
    "",
]


def _outcome(read: Callable[[str], Any], text: str) -> tuple[str, Any]:
    try:
        return "data", read(text)
    except safe_yaml.YamlRefused as exc:
        return "refused", (exc.message, exc.line, exc.column)
    except yaml.YAMLError as exc:
        return "refused", str(exc)


@pytest.mark.parametrize("text", SAME_AS_STRICT)
def test_unmarked_front_matter_reads_as_the_strict_loader_reads_it(text: str) -> None:
    strict = _outcome(lambda t: yaml.load(t, Loader=safe_yaml.StrictLoader), text)
    assert _outcome(safe_yaml.load, text) == strict


# Pieces of YAML, most of them making text that is not YAML or is refused.
PIECES = [
    "a",
    "b",
    "1",
    "0x1F",
    "yes",
    "~",
    "2026-03-02",
    ".5",
    "<<",
    "=",
    ":",
    ": ",
    " ",
    "  ",
    "\n",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "'",
    '"',
    "# c",
    "? ",
    "---\n",
    "...",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
def test_any_unmarked_text_reads_as_the_strict_loader_reads_it(text: str) -> None:
    strict = _outcome(lambda t: yaml.load(t, Loader=safe_yaml.StrictLoader), text)
    assert _outcome(safe_yaml.load, text) == strict
