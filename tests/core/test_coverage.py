"""Keyword coverage: which keyword was touched in which session, open ones first."""

from __future__ import annotations

from datetime import datetime

from rmtui.core.coverage import bar, coverage
from rmtui.core.model import Keyword, Note, Session

WHEN = datetime(2026, 3, 2, 15)


def _session(n: int, *notes: tuple[list[str], bool]) -> Session:
    return Session(
        tandem_id="ada",
        n=n,
        notes=[
            Note(id=i, elapsed=60.0 * i, wall=WHEN, text="x", keywords=kws, private=private)
            for i, (kws, private) in enumerate(notes, 1)
        ],
    )


def test_coverage_per_session_accent_insensitive_and_open_first() -> None:
    keywords = [
        Keyword("LinkedIn", 1, status="covered"),
        Keyword("Prywatność", 2),
        Keyword("IoT", 3),
        Keyword("Blockchain", 4, status="dropped"),
    ]
    sessions = [
        _session(1, (["linkedin"], False), (["prywatnosc"], False)),
        _session(2, (["LinkedIn", "Prywatność"], False)),
    ]
    result = coverage(keywords, sessions)
    assert [r.keyword.text for r in result.rows] == ["IoT", "Prywatność", "LinkedIn", "Blockchain"]
    by_text = {r.keyword.text: r for r in result.rows}
    assert by_text["Prywatność"].sessions == (1, 2)
    assert by_text["LinkedIn"].notes == 2
    assert by_text["IoT"].touched is False
    # One meaning of covered everywhere: marked covered. Talked about is "touched".
    assert (result.covered, result.active) == (1, 3)
    assert [r.state for r in result.rows] == ["open", "touched", "covered", "dropped"]
    assert (result.count("touched"), result.count("open")) == (1, 1)


def test_private_notes_do_not_count_when_left_out() -> None:
    sessions = [_session(1, (["IoT"], True))]
    assert coverage([Keyword("IoT", 1)], sessions).rows[0].sessions == (1,)
    shared = coverage([Keyword("IoT", 1)], sessions, include_private=False)
    assert shared.rows[0].sessions == ()


def test_bar_is_compact_and_bounded() -> None:
    assert bar(7, 10) == "███████░░░ 7/10"
    assert bar(0, 0) == "░░░░░░░░░░ 0/0"
    assert bar(12, 10).startswith("██████████")
