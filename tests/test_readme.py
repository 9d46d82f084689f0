"""README's two set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r'^TEST_CMD="(.+)"$', ci, re.MULTILINE)
    assert match is not None
    assert match.group(1) in (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_the_app_on_demo_data() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install . && .venv/bin/rmtui --demo" in readme
