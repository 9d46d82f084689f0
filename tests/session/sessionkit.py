"""Helpers shared by the live-session tests: a controllable clock, a tandem, a template.

Not in the conftest, so test modules can import them by name (like ``storekit``).
"""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from rmtui.cli import main
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.store import Workspace

START = 1_800_000_000.0  # a fixed wall time (2027-01-15), so stamps are reproducible
KEYWORDS = ["LinkedIn", "prywatność", "big data", "IoT", "Datenschutz"]


class FakeTime:
    """Wall and monotonic time under the test's control."""

    def __init__(self) -> None:
        self.now = START
        self.mono_now = 1000.0

    def wall(self) -> float:
        return self.now

    def mono(self) -> float:
        return self.mono_now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.mono_now += seconds

    def jump_wall(self, seconds: float) -> None:
        """The wall clock is set (NTP, DST, a user): monotonic time does not move."""
        self.now += seconds


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


def add_tandem(ws: Workspace, mentee: str = "Zofia Wąsowska") -> str:
    tandem = ws.add_tandem(TandemDraft(mentee=mentee, mentee_dept="Logistyka", mentor_dept="IT"))
    ws.add_keywords(tandem.id, KEYWORDS)
    return tandem.id


class Cli:
    """``rmtui --workspace ROOT ...`` in this process: the CLI code path without start-up
    (the subprocess runner of ``tests/conftest.py`` proves the real exit statuses)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["--workspace", str(self.root), *args])
            except SystemExit as exc:  # argparse's usage errors
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()
