"""Which note becomes a record: the one rule the store, the views and the exports share."""

from __future__ import annotations

from datetime import UTC, datetime

from rmtui.core.model import NOTE_KINDS, Action, LearningEntry, Note, NoteKind, Session
from rmtui.core.records import parse_source, pending_notes, record_of, source_of

WALL = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def note(note_id: int, kind: NoteKind, text: str = "text", private: bool = False) -> Note:
    return Note(note_id, 60.0, WALL, text, kind, keywords=["linkedin"], private=private)


def test_an_action_note_becomes_an_open_action_tied_to_its_note() -> None:
    record = record_of(3, note(7, "action", "post once a week", private=True))
    assert isinstance(record, Action)
    assert (record.text, record.session, record.state) == ("post once a week", 3, "open")
    assert record.private  # a private note's record stays private
    assert record.source == "3/7" and parse_source(record.source) == (3, 7)


def test_learned_notes_become_learning_entries_of_who_learned() -> None:
    mentor = record_of(2, note(1, "mentor-learned"))
    mentee = record_of(2, note(2, "mentee-learned"))
    assert isinstance(mentor, LearningEntry) and mentor.learned_by == "mentor"
    assert isinstance(mentee, LearningEntry) and mentee.learned_by == "mentee"
    assert mentee.keywords == ["linkedin"] and mentee.source == source_of(2, 2)


def test_other_notes_stay_notes() -> None:
    others = set(NOTE_KINDS) - {"action", "mentor-learned", "mentee-learned"}
    assert others == {"note", "question", "highlight"}
    for kind in others:
        assert record_of(1, note(1, kind)) is None  # type: ignore[arg-type]


def test_pending_notes_are_those_no_record_carries_yet() -> None:
    notes = [note(1, "action"), note(2, "note"), note(3, "mentor-learned")]
    session = Session("henk", 4, notes=notes)
    assert [n.id for _, n in pending_notes([session], set())] == [1, 3]
    assert [n.id for _, n in pending_notes([session], {"4/1"})] == [3]


def test_a_source_that_is_not_session_slash_note_is_no_source() -> None:
    for text in (None, "", "3", "a/1", "3/", "/4", "3/4/5"):
        assert parse_source(text) is None
