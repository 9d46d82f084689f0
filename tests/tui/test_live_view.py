"""What the live screen says about a session: timeboxes, agenda rows, the typing preview."""

from __future__ import annotations

from datetime import UTC, datetime

from rmtui.core.keywords import KeywordMatcher
from rmtui.core.model import AgendaItem, ClockState, Keyword, Note, Session
from rmtui.tui import session_view as view

WALL = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def session(spent: float, *, driving_since: float | None = None) -> Session:
    """Item 2 of 3 current (25 min), ``spent`` seconds into it; item 1 done, 3 skipped."""
    return Session(
        tandem_id="t",
        n=1,
        status="running",
        items=[
            AgendaItem("Follow-up", 10, done=True, spent_seconds=720),
            AgendaItem("A day in the inbox", 25),
            AgendaItem("Rules that stick", 20, skipped=True),
        ],
        current_item=1,
        clock=ClockState(banked=720 + spent),
        driving_since=driving_since,
    )


def test_the_timebox_warns_at_two_minutes_and_counts_overtime() -> None:
    assert view.timebox_text(session(600), 1320) == ("15:00 left of 25 min", "ok")
    assert view.timebox_text(session(1380), 2100) == ("02:00 left of 25 min", "warning")
    assert view.timebox_text(session(1500), 2220) == ("00:00 left of 25 min", "warning")
    assert view.timebox_text(session(1690), 2410) == ("03:10 over 25 min", "over")


def test_agenda_rows_show_marks_and_actual_of_planned_minutes() -> None:
    s = session(1690)
    rows = view.agenda_lines(s, 2410).plain.splitlines()
    assert rows == [
        "✓ 1  12/10  Follow-up",
        "▶ 2  28/25  A day in the inbox",
        "↷ 3   0/20  Rules that stick",
    ]


def test_who_drives_and_the_share_driven() -> None:
    s = session(600, driving_since=1020)
    assert view.driving_text(s) == "mentee drives"
    assert view.driven_share(s, 1320) == "mentee drove 23%"  # 300 of 1320 s
    assert view.driving_text(session(600)) == "talk / demo"


def test_the_preview_names_the_kind_privacy_and_keywords_as_typed() -> None:
    matcher = KeywordMatcher.of(["privacy", "big data"])
    assert view.typing_preview("~* Big-Data is fun", matcher).plain == (
        "* highlight  ~ private  #big data"
    )
    assert view.typing_preview("? who sees my likes", matcher).plain == "? question"
    assert view.typing_preview("\\! not an action", matcher).plain == "· note"
    assert view.typing_preview("!", matcher).plain == "! action  (empty)"
    assert "~ private" in view.typing_preview("", matcher).plain  # the legend


def test_notes_read_like_the_input_and_keywords_show_once() -> None:
    note = Note(
        id=1,
        elapsed=125,
        wall=WALL,
        text="switch off the digest #privacy",
        kind="action",
        keywords=["privacy", "big data"],
        private=True,
    )
    assert view.note_line(note).plain == "[02:05] ~! switch off the digest #privacy  #big data"
    keywords = [Keyword("privacy", 1), Keyword("LinkedIn", 2, status="covered")]
    chips = view.keyword_chips(keywords, {"PRIVACY"}).plain
    # The states' own symbols (as on the keyword tab), named by a legend under them.
    assert chips == "◐privacy  ✓LinkedIn\n(✓ covered · ◐ touched)"
