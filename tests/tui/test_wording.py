"""One name per note kind on every screen, a tag written in the text shown once, and no
dangling "·" in the title of a session without an agenda."""

from __future__ import annotations

from rmtui.core import messages
from rmtui.service.records import Balance, LearningItem
from rmtui.tui import session_view as view
from rmtui.tui.screens.search import kind_labels
from rmtui.tui.widgets.learning_log import balance_line, entry_line
from rmtui.tui.widgets.tandem_sessions import note_legend


def test_each_note_kind_has_one_name_everywhere() -> None:
    names = messages.NOTE_KIND_NAMES
    assert (names["mentor-learned"], names["mentee-learned"]) == (
        "mentor learned",
        "mentee learned",
    )
    assert {kind: label for kind, (_, label) in kind_labels().items()} == names  # search
    for legend in (note_legend(), view.typing_preview("", None).plain):  # type: ignore[arg-type]
        assert "> mentor learned  < mentee learned" in legend
        assert "you learned" not in legend and "they learned" not in legend
    line = balance_line(Balance(mentor=3, mentee=1)).plain
    assert line.startswith("mentor learned 3 ") and " 1 mentee learned" in line


def test_a_tag_in_the_text_is_shown_once() -> None:
    item = LearningItem(
        id=1,
        learned_by="mentor",
        text="pallets carry #privacy labels",
        session=2,
        keywords=("privacy", "big data"),
        private=False,
        source=None,
    )
    assert entry_line(item).plain == "s2  pallets carry #privacy labels  #big data"


def test_a_session_without_an_agenda_has_no_dangling_dot() -> None:
    assert view.heading("Henk de Vries", "session 4", "") == "Henk de Vries · session 4"
    assert view.heading("Session 4", "  ") == "Session 4"
    assert view.heading("Henk", "session 3", "LinkedIn") == "Henk · session 3 · LinkedIn"
