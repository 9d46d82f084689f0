"""A note save that appends to its session file's bytes instead of re-encoding them all.

rmtui writes a session file with its notes table last, so the file ends
``..."notes":{...,"41":{...}}}}``. The file with note 42 added is those bytes up to the
last three braces, ``,"42":{...}``, and the three braces again: no decode of the notes
before it and no encode, only the durable write of the whole file as usual.

What makes this safe is knowing the bytes. After each write of a session file the
process remembers the bytes it wrote and what a note save needs from them: the session's
own record (clock, current item), the next note id and the latest stamp. A save, under
the tandem's lock, reads the file and compares it whole with the remembered bytes. What
is remembered is derived from the bytes alone, so it can never go stale: it is used for
those exact bytes or not at all.

Bytes this process has not seen (another process's write) are read in one pass that
accepts only rmtui's own layout, separator for separator, with every record checked as a
full read checks it; the append then goes ahead without an encode. Anything else (a hand
edit, a damaged file, a duplicate key around the tables) takes the full path, which
decodes, checks and reports the file.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from rmtui.core import strict_json
from rmtui.core.model import Note, Session
from rmtui.core.strict_json import StrictJSONError
from rmtui.store import converters as conv
from rmtui.store import session_file
from rmtui.store.schema import SCHEMA_VERSION, check_envelope
from rmtui.store.storage import AtomicFileStorage, Tables, dumps

NoteMaker = Callable[[Session, float], Note]
CLOSE = b"}}}"  # the notes table, the tables, the file
LIMIT = 32  # session files remembered at once (a live session needs one)
# rmtui's own layout of a session file, up to the session table and the notes table.
HEAD = f'{{"rmtui":"session","schema":{SCHEMA_VERSION},"tables":{{"session":'
NOTES = ',"notes":'
_decoder = strict_json.DECODER  # duplicate keys and NaN refused, as on a full read


@dataclass(frozen=True, slots=True)
class Tail:
    """What a session file's exact bytes hold, as far as a note save needs."""

    raw: bytes
    head: bytes  # the session's own record, as JSON
    next_id: int
    last_elapsed: float

    def append(self, note_id: int, doc: dict[str, object], elapsed: float) -> Tail:
        raw = b"".join((self.raw[: -len(CLOSE)], b',"%d":' % note_id, dumps(doc), CLOSE))
        return Tail(raw, self.head, note_id + 1, max(self.last_elapsed, elapsed))


_known: dict[Path, Tail] = {}
_guard = threading.Lock()


def remember(path: Path, raw: bytes, tables: Tables) -> None:
    """Note what ``raw`` holds; it was just written as rmtui's encoding of ``tables``."""
    tail = _tail_of(raw, tables)
    with _guard:
        _known.pop(path, None)
        if tail is None:
            return
        _known[path] = tail
        while len(_known) > LIMIT:
            del _known[next(iter(_known))]


def _tail_of(raw: bytes, tables: Tables) -> Tail | None:
    notes = tables.get("notes")
    if not notes or next(reversed(tables)) != "notes" or not raw.endswith(b"}" + CLOSE):
        return None  # no note yet: the first one takes the full path
    try:
        _, head = session_file.record(tables)
        next_id = max(map(int, notes)) + 1
        return Tail(raw, dumps(head), next_id, session_file.last_elapsed(tables))
    except (ValueError, TypeError):
        return None


def known(path: Path, raw: bytes) -> Tail | None:
    """The remembered facts of ``path`` when its bytes are exactly ``raw``."""
    tail = _known.get(path)
    return tail if tail is not None and tail.raw == raw else None


def read_tail(raw: bytes) -> Tail | None:
    """The facts of a session file in rmtui's own layout, read in one pass; ``None`` for
    any other bytes (the full path then says what, if anything, is wrong with them)."""
    if not raw.endswith(b"}" + CLOSE):  # the last record closes, then the three
        return None
    try:
        text = raw.decode("utf-8")
        if not text.startswith(HEAD):
            return None
        session, end = _decoder.raw_decode(text, len(HEAD))
        if not text.startswith(NOTES, end):
            return None
        notes, end = _decoder.raw_decode(text, end + len(NOTES))
        if text[end:] != "}}":  # the tables and the file close; nothing else follows
            return None
        tables = {"session": session, "notes": notes}
        strict_json.check_text(tables, text)
        if check_envelope(
            {"rmtui": "session", "schema": SCHEMA_VERSION, "tables": tables}, "session"
        ):
            return None
        # Every note converts, as on a full read: a file `note list` would call
        # unreadable is never written to.
        session_file.notes(tables)
    except (UnicodeDecodeError, json.JSONDecodeError, StrictJSONError, RecursionError):
        return None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return _tail_of(raw, tables)


def save(storage: AtomicFileStorage, make: NoteMaker) -> Note | None:
    """Save the note ``make`` builds by appending it; ``None`` when the file's bytes are
    not ones this process knows (the caller then takes the full path).

    Call under the tandem's lock. ``make`` gets the session without its notes and the
    latest stamp among them, as on the full path.
    """
    raw = storage.read_raw()
    if raw is None:
        return None
    tail = known(storage.path, raw) or read_tail(raw)
    if tail is None:
        return None
    try:
        head = conv.session_from_doc(json.loads(tail.head), [])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # the full path reports the record, with the newest good backup
    note = replace(make(head, tail.last_elapsed), id=tail.next_id)
    after = tail.append(note.id, conv.note_to_doc(note), note.elapsed)
    storage.replace_raw(raw, after.raw)
    with _guard:
        _known[storage.path] = after
    return note
