"""A light read of a session's notes for scanning many sessions at once (search).

Converting every note into a ``Note`` (dates parsed, every field checked) is most of the
cost of reading a session; a scan over a whole workspace only needs a few fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from rmtui.core import documents as conv
from rmtui.core.limits import day_in_range, seconds_in_range
from rmtui.core.strict_json import valid_unicode
from rmtui.store import session_file
from rmtui.store.files import Files


@dataclass(frozen=True, slots=True)
class NoteLine:
    """What a search shows of one note."""

    id: int
    elapsed: float
    kind: str
    text: str
    answer: str
    private: bool


def note_lines(files: Files, tandem_id: str, n: int) -> list[NoteLine]:
    """The notes of session ``n``, in id order. A note record that does not pass the
    quick checks is converted in full, so a damaged one is reported (``CorruptFile``, with
    the newest good backup) exactly as opening the session reports it."""
    path = files.layout.session_file(tandem_id, n)
    tables = files.read(tandem_id, path, "session")
    # The session's own record is one small record: checked as opening the session would.
    files.convert(
        path, tandem_id, "session", partial(session_file.to_session, tables, with_notes=False)
    )
    lines: list[NoteLine] = []
    for key, doc in tables.get("notes", {}).items():
        text, elapsed, answer = doc.get("text"), doc.get("elapsed", 0.0), doc.get("answer", "")
        if not (
            isinstance(text, str)
            and isinstance(answer, str)
            and isinstance(elapsed, int | float)
            and not isinstance(elapsed, bool)
            and seconds_in_range(elapsed)
            and valid_unicode(text)
            and valid_unicode(answer)
            and _sane_wall(doc.get("wall"))
        ):
            convert = partial(conv.note_from_doc, int(key), doc)
            files.convert(path, tandem_id, "session", convert)
            continue
        kind = doc.get("kind", "note")
        lines.append(
            NoteLine(
                id=int(key),
                elapsed=float(elapsed),
                kind=kind if isinstance(kind, str) else "note",
                text=text,
                answer=answer,
                private=doc.get("private") is True,
            )
        )
    lines.sort(key=lambda line: line.id)
    return lines


def _sane_wall(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return day_in_range(datetime.fromisoformat(value).date())
    except ValueError:
        return False
