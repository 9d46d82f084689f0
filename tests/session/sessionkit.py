"""Helpers of the live-session tests: a clock at a fixed wall time, a tandem, a template.

The shared ones live in ``tests/kit``; this module keeps what is the session tests' own.
"""

from __future__ import annotations

from kit import clock
from kit.cli import Cli
from kit.workspace import KEYWORDS, add_tandem

from rmtui.core.template import Template, TemplateItem

__all__ = ["KEYWORDS", "START", "TEMPLATE", "Cli", "FakeTime", "add_tandem"]

START = 1_800_000_000.0  # a fixed wall time (2027-01-15), so stamps are reproducible


class FakeTime(clock.FakeTime):
    """Wall and monotonic time under the test's control, from ``START``."""

    def __init__(self) -> None:
        super().__init__(wall=START, mono=1000.0)


TEMPLATE = Template(
    id="privacy",
    title="Data protection and privacy",
    keywords=("privacy", "GDPR"),
    rules=("The mentee drives: the mentor never takes the mouse or keyboard.",),
    items=(
        TemplateItem("Follow-up", 10, ("How did the week go?",)),
        TemplateItem("Privacy settings tour", 30, ("Open LinkedIn settings",), "Let them click."),
        TemplateItem("What to share", 20),
    ),
)
