"""The meetup digest says what is wrong with an export's front matter in its own words,
never in the words of agenda templates (issue 12, item 17)."""

from __future__ import annotations

from datetime import datetime

import pytest

from rmtui.export.digest import digest

NOW = datetime(2026, 3, 2, 9, 30)


@pytest.mark.parametrize(
    ("front", "says"),
    [
        ("a: &a [x]\nb: *a\n", "anchors (&a)"),
        ("b: *a\n", "aliases (*a)"),
        ("a: !!python/object x\n", "YAML tags"),
    ],
)
def test_a_refused_front_matter_is_not_called_a_template(front: str, says: str) -> None:
    text = f"---\nrmtui: export\n{front}---\n# x\n"
    result = digest([("mentor.md", text.encode())], NOW)
    (skipped,) = result.skipped
    assert says in skipped.reason and "front matter" in skipped.reason
    assert "template" not in skipped.reason
