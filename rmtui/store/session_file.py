"""The parts of one session file the workspace reads and keeps in step with the tandem's
session index. Pure functions on decoded tables; the workspace does the locking and I/O.
"""

from __future__ import annotations

import json
from operator import itemgetter
from typing import Any

from rmtui.core import documents as conv
from rmtui.core.model import Note, Session, SessionInfo
from rmtui.store.storage import LINES_START, Tables

Signature = tuple[int, int, int]
# rmtui's own layout of a session file starts with the session's record, notes after it.
HEAD = LINES_START + b'"tables":{"session":'
_decoder = json.JSONDecoder()


def record(tables: Tables) -> tuple[int, dict[str, Any]]:
    """The session's own record (doc id, document); its notes live in their own table."""
    records = tables.get("session", {})
    if len(records) != 1:
        raise ValueError("the 'session' table should hold exactly one record")
    doc_id, doc = next(iter(records.items()))
    return int(doc_id), doc


def notes(tables: Tables) -> list[Note]:
    found = [conv.note_from_doc(int(i), d) for i, d in tables.get("notes", {}).items()]
    found.sort(key=lambda note: note.id)
    return found


def to_session(tables: Tables, *, with_notes: bool = True) -> Session:
    """The session held in ``tables``; ``with_notes=False`` skips converting the notes
    (a note save only needs the clock and the current item)."""
    return conv.session_from_doc(record(tables)[1], notes(tables) if with_notes else [])


def last_elapsed(tables: Tables) -> float:
    """The latest clock stamp among the notes, so a new stamp never goes below it."""
    docs = tables.get("notes", {}).values()
    try:  # the common case at C speed: this runs on every note save
        return float(max(map(itemgetter("elapsed"), docs), default=0.0))
    except (KeyError, TypeError, ValueError):  # a record of the wrong shape: reads report it
        stamps = [d.get("elapsed") for d in docs]
        return max((float(s) for s in stamps if isinstance(s, int | float)), default=0.0)


def info(session: Session) -> SessionInfo:
    """The tandem file's index entry for ``session``."""
    return SessionInfo(
        n=session.n,
        status=session.status,
        planned_at=session.planned_at,
        agenda_id=session.agenda_id,
        title=session.title,
    )


def head_record(raw: bytes) -> dict[str, Any] | None:
    """The session's own record, read from the start of a file in rmtui's own layout
    without decoding its notes; ``None`` for any other bytes (read them in full).

    The tandem's session index is checked against its live sessions on every read of
    it, ``rmtui note add`` included: that check must not cost a decode of every note.
    """
    if not raw.startswith(HEAD):
        return None
    try:
        table, _ = _decoder.raw_decode(raw.decode("utf-8"), len(HEAD))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(table, dict) or len(table) != 1:
        return None
    record = next(iter(table.values()))
    return record if isinstance(record, dict) else None
