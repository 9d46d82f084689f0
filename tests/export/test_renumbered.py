"""An export renumbers the notes it shows: the copy carries every field of the note."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime

from rmtui.core.model import Note
from rmtui.export.gather import renumbered_note


def test_a_renumbered_note_keeps_every_field_but_its_id() -> None:
    note = Note(
        id=4,
        elapsed=12.5,
        wall=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        text="Muted the group himself",
        kind="highlight",
        item=2,
        keywords=["notifications"],
        private=True,
        answer="yes",
        sheet="+",
    )
    defaults = Note(id=0, elapsed=0.0, wall=note.wall, text="")
    # Each field differs from its default here, so one left out of the copy shows.
    assert all(
        getattr(note, f.name) != getattr(defaults, f.name)
        for f in fields(Note)
        if f.name not in ("wall",)
    )
    copy = renumbered_note(note, 9)
    assert copy == replace(note, id=9)
    assert copy.keywords is not note.keywords
