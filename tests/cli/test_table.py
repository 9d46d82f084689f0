"""`tandem list` and the other tables line up however a name is spelled: decomposed
accents, emoji sequences and wide characters take the cells a terminal gives them."""

from __future__ import annotations

import unicodedata

import pytest

from rmtui.cli.table import table, width

DECOMPOSED = unicodedata.normalize("NFD", "Łęcka Zoë")


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("Anna", 4),
        (DECOMPOSED, 9),  # combining marks take no cell
        ("e\u0301", 1),
        ("中文", 4),  # wide
        ("\U0001f468\u200d\U0001f469\u200d\U0001f467", 2),  # family: one emoji, joined
        ("\U0001f44d\U0001f3fd", 2),  # thumbs up, skin tone
        ("\u2764\ufe0f", 2),  # heart with the emoji selector: drawn wide
        ("\u2764\ufe0e", 1),  # heart with the text selector
        ("\U0001f1e7\U0001f1ea", 2),  # a flag: two regional indicators
        ("a\u200db", 2),  # a joiner between letters joins nothing
        ("x\u200bx", 2),  # zero-width space
    ],
)
def test_width_counts_terminal_cells(text: str, cells: int) -> None:
    assert width(text) == cells


def test_columns_line_up_for_every_spelling() -> None:
    names = ["Anna", DECOMPOSED, "Zofia \U0001f468\u200d\U0001f469\u200d\U0001f467", "李小龍"]
    lines = table(["MENTEE", "SESSIONS"], [[n, "0/10"] for n in names])
    # The second column starts at the same cell on every line.
    starts = [width(line[: line.index("0/10")]) for line in lines[1:]]
    assert len(set(starts)) == 1
    assert width(lines[0][: lines[0].index("SESSIONS")]) == starts[0]
