"""Which note becomes a record, and the source id that ties the record to its note.

A `!` note (kind ``action``) becomes an action; a `>` or `<` note (``mentor-learned``,
``mentee-learned``) a learning entry. The record's ``source`` is ``"<session n>/<note
id>"``: promoting twice adds nothing, exports renumber it with the note, and the views show
a note not promoted yet (a session still running) as a pending record. Written once here;
the store, the services and the exports all ask this module.
"""

from __future__ import annotations

from collections.abc import Iterable

from rmtui.core.model import Action, LearnedBy, LearningEntry, Note, Session

__all__ = [
    "PROMOTABLE",
    "learned_by",
    "parse_source",
    "pending_notes",
    "record_of",
    "records_of",
    "source_of",
]

PROMOTABLE = frozenset({"action", "mentor-learned", "mentee-learned"})
"""The note kinds that become records."""


def source_of(n: int, note_id: int) -> str:
    """The ``source`` a record promoted from note ``note_id`` of session ``n`` carries."""
    return f"{n}/{note_id}"


def parse_source(source: str | None) -> tuple[int, int] | None:
    """(session n, note id) from a record's ``source``, or None."""
    if not source:
        return None
    head, _, tail = source.partition("/")
    if not (head.isdigit() and tail.isdigit()):
        return None
    return int(head), int(tail)


def learned_by(note: Note) -> LearnedBy | None:
    """Who learned what a `>` (mentor) or `<` (mentee) note says; None for other kinds."""
    if note.kind == "mentor-learned":
        return "mentor"
    if note.kind == "mentee-learned":
        return "mentee"
    return None


def record_of(n: int, note: Note) -> Action | LearningEntry | None:
    """The record note ``note`` of session ``n`` becomes (id 0: the store numbers it),
    or None for a note that stays a note."""
    source = source_of(n, note.id)
    if note.kind == "action":
        return Action(id=0, text=note.text, session=n, private=note.private, source=source)
    by = learned_by(note)
    if by is None:
        return None
    return LearningEntry(
        id=0,
        learned_by=by,
        text=note.text,
        session=n,
        keywords=list(note.keywords),
        private=note.private,
        source=source,
    )


def records_of(session: Session) -> tuple[list[Action], list[LearningEntry]]:
    """The records a session's `!`, `>` and `<` notes become, in note order."""
    actions: list[Action] = []
    learning: list[LearningEntry] = []
    for note in session.notes:
        record = record_of(session.n, note)
        if isinstance(record, Action):
            actions.append(record)
        elif isinstance(record, LearningEntry):
            learning.append(record)
    return actions, learning


def pending_notes(sessions: Iterable[Session], known: set[str]) -> list[tuple[int, Note]]:
    """(session n, note) of every `!`, `>`, `<` note whose source no record carries yet."""
    found: list[tuple[int, Note]] = []
    for session in sessions:
        for note in session.notes:
            if note.kind in PROMOTABLE and source_of(session.n, note.id) not in known:
                found.append((session.n, note))
    return found
