"""Hostile YAML, generated: the loader answers with problems, never with an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rmtui.agenda.loader import load_text

PIECES = [
    "id: fuzz\n",
    "title: ",
    "minutes: ",
    "items:\n",
    "  - ",
    "title: x\n",
    "minutes: 10\n",
    "prompts: [",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "<<: ",
    "? ",
    ": ",
    "- ",
    "\t",
    "\n",
    "  ",
    "'",
    '"',
    "\\e",
    "|\n",
    ">\n",
    "---\n",
    "...\n",
    "#",
    "NO",
    "on",
    "12:30",
    "1.10",
    "~",
    "[bold]",
    "[/]",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40))
def test_any_text_gives_a_template_or_problems(parts: list[str]) -> None:
    text = "".join(parts)
    template, problems = load_text(text, Path("fuzz.yaml"))
    assert (template is None) == any(p.severity == "error" for p in problems)
    for problem in problems:
        assert problem.line >= 0 and problem.column >= 0 and problem.message
