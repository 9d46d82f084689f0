"""``--format json``: all of a tandem's non-private data, and reading it back for import.

The records use the workspace's own document shapes (``core.documents``), so an
import restores exactly what was exported. Only public data (``gather.public``) is ever
handed to ``dump``; ``REVIEWED`` lists the fields whose privacy was decided, and a test
fails when a model grows a field nobody reviewed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rmtui.core import documents as conv
from rmtui.core import messages, strict_json
from rmtui.core.errors import RmtuiError
from rmtui.core.strict_json import StrictJSONError
from rmtui.core.tandems import spoken
from rmtui.core.text import escape_unsafe_json
from rmtui.core.upgrades import refer_to_actions
from rmtui.export.gather import TandemData

MARK = "tandem-export"
SCHEMA = 1
MAX_BYTES = 128 * 1024 * 1024

# Fields whose privacy was decided. Private notes, actions and learning entries are left
# out whole; the session's reflection is always private and never written.
REVIEWED: dict[str, frozenset[str]] = {
    "Tandem": frozenset(
        [
            "id",
            "mentee",
            "role",
            "mentee_dept",
            "mentor_dept",
            "start",
            "frame",
            "status",
            "expectations",
            "rules",
            "created",
            "mentor_expectations",
            "mentee_interests",
            "mentee_skills",
            "mentor_interests",
            "mentor_skills",
            "language",  # what the tandem's exports speak
        ]
    ),
    "Session": frozenset(
        [
            "tandem_id",
            "n",
            "status",
            "planned_at",
            "agenda_id",
            "title",
            "rules",
            "items",
            "clock",
            "current_item",
            "notes",
            "driving_since",
            "reflection",
        ]
    ),
    "Note": frozenset(
        ["id", "elapsed", "wall", "text", "kind", "item", "keywords", "private", "answer", "sheet"]
    ),
    # A private action goes whole: its habit rhythm and check-ins with it.
    "Action": frozenset(
        ["id", "text", "owner", "due", "state", "session", "private", "source", "habit", "checkins"]
    ),
    "LearningEntry": frozenset(
        ["id", "learned_by", "text", "session", "keywords", "private", "source"]
    ),
    # added: a date; aliases: the keyword in other words, as the mentee sees it
    "Keyword": frozenset(["text", "order", "status", "sessions", "added", "aliases"]),
    "AgendaItem": frozenset(
        [
            "title",
            "minutes",
            "prompts",
            "notes",
            "done",
            "skipped",
            "spent_seconds",
            "driven_seconds",
            # References only: ``gather.public`` keeps those to public actions, renumbered.
            "follow_up",
            "actions",
            "action_notes",
        ]
    ),
    "SessionInfo": frozenset(["n", "status", "planned_at", "agenda_id", "title"]),
}
NEVER_WRITTEN = ("reflection",)


class ImportRefused(RmtuiError):
    """A file that is not an rmtui JSON export, or one this rmtui cannot read."""


def _tandem_doc(data: TandemData) -> dict[str, Any]:
    sessions = []
    for s in data.sessions:
        doc = conv.session_to_doc(s)
        for key in NEVER_WRITTEN:
            doc.pop(key, None)
        notes = {str(n.id): conv.note_to_doc(n) for n in s.notes}
        sessions.append({"session": doc, "notes": notes})
    return {
        # The language it speaks here, chosen or not: the importing mentor's interface may
        # speak another.
        "tandem": conv.tandem_to_doc(replace(data.tandem, language=spoken(data.tandem))),
        "index": [conv.session_info_to_doc(i) for i in data.index],
        "keywords": [conv.keyword_to_doc(k) for k in data.keywords],
        "sessions": sessions,
        "actions": {str(a.id): conv.action_to_doc(a) for a in data.actions},
        "learning": {str(e.id): conv.learning_to_doc(e) for e in data.learning},
    }


def dump(tandems: Sequence[TandemData], *, exported: datetime, anonymized: bool) -> str:
    """The JSON text of public tandem data."""
    doc = {
        "rmtui": MARK,
        "schema": SCHEMA,
        "exported": exported.isoformat(timespec="seconds"),
        "anonymized": anonymized,
        "tandems": [_tandem_doc(d) for d in tandems],
    }
    # C1 and BIDI controls are written as escapes: an import reads back the same text,
    # and the file shows as it reads when opened.
    return escape_unsafe_json(json.dumps(doc, ensure_ascii=False, indent=1)) + "\n"


def _ids(table: Any, what: str) -> list[tuple[int, dict[str, Any]]]:
    if not isinstance(table, dict):
        raise ValueError(messages.IMPORT_NOT_OBJECT.format(what=what))
    out: list[tuple[int, dict[str, Any]]] = []
    for key, doc in table.items():
        if not (isinstance(key, str) and key.isdigit() and int(key) >= 1):
            raise ValueError(messages.IMPORT_BAD_ID.format(what=what, key=key))
        if not isinstance(doc, dict):
            raise ValueError(messages.IMPORT_RECORD_NOT_OBJECT.format(what=what, key=key))
        out.append((int(key), doc))
    return sorted(out, key=lambda pair: pair[0])


def _list(value: Any, what: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(messages.IMPORT_NOT_OBJECTS.format(what=what))
    return value


def _tandem_from(doc: Any) -> TandemData:
    if not isinstance(doc, dict):
        raise ValueError(messages.IMPORT_TANDEM_NOT_OBJECT)
    tandem_doc = doc.get("tandem")
    if not isinstance(tandem_doc, dict):
        raise ValueError(messages.IMPORT_NOT_OBJECT.format(what="tandem"))
    actions = [conv.action_from_doc(i, d) for i, d in _ids(doc.get("actions", {}), "actions")]
    sessions = []
    for entry in _list(doc.get("sessions", []), "sessions"):
        notes = [conv.note_from_doc(i, d) for i, d in _ids(entry.get("notes", {}), "notes")]
        head = entry.get("session")
        if not isinstance(head, dict):
            raise ValueError(messages.IMPORT_NOT_OBJECT.format(what="session"))
        items = head.get("items")
        if isinstance(items, list):
            # Items exported before follow-ups referred to actions copied their text.
            old = [i for i in items if isinstance(i, dict) and "follow_up" not in i]
            refer_to_actions(old, [(a.id, a.text) for a in actions])
        sessions.append(conv.session_from_doc(head, notes))
    numbers = [s.n for s in sessions]
    if len(set(numbers)) != len(numbers) or any(n < 1 for n in numbers):
        raise ValueError(messages.IMPORT_SESSION_NUMBERS)
    return TandemData(
        tandem=conv.tandem_from_doc(tandem_doc),
        index=tuple(conv.session_info_from_doc(d) for d in _list(doc.get("index", []), "index")),
        sessions=tuple(sorted(sessions, key=lambda s: s.n)),
        keywords=tuple(
            conv.keyword_from_doc(d) for d in _list(doc.get("keywords", []), "keywords")
        ),
        actions=tuple(actions),
        learning=tuple(
            conv.learning_from_doc(i, d) for i, d in _ids(doc.get("learning", {}), "learning")
        ),
    )


def load(raw: bytes, path: Path) -> list[TandemData]:
    """The tandems of an export file; ``ImportRefused`` with the reason otherwise."""

    def refuse(reason: str) -> ImportRefused:
        return ImportRefused(messages.IMPORT_NOT_EXPORT.format(path=path, reason=reason))

    if len(raw) > MAX_BYTES:
        raise ImportRefused(messages.IMPORT_TOO_BIG.format(path=path, limit=MAX_BYTES >> 20))
    try:
        doc = strict_json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise refuse(messages.IMPORT_NOT_UTF8) from None
    except json.JSONDecodeError as exc:
        raise refuse(
            messages.IMPORT_NOT_JSON.format(line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from None
    except StrictJSONError as exc:
        raise ImportRefused(messages.IMPORT_DAMAGED.format(path=path, reason=exc)) from None
    except RecursionError:
        raise refuse(messages.IMPORT_TOO_DEEP) from None
    if not isinstance(doc, dict) or doc.get("rmtui") != MARK:
        raise refuse(messages.IMPORT_NOT_MARKED)
    schema = doc.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise refuse(messages.IMPORT_BAD_SCHEMA.format(schema=schema))
    if schema > SCHEMA:
        raise ImportRefused(messages.IMPORT_NEWER.format(path=path, found=schema, known=SCHEMA))
    try:
        docs = _list(doc.get("tandems"), "tandems")
    except ValueError as exc:
        raise refuse(str(exc)) from None
    tandems: list[TandemData] = []
    for number, one in enumerate(docs, start=1):
        try:
            tandems.append(_tandem_from(one))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = messages.IMPORT_DAMAGED_TANDEM.format(
                path=path, number=number, count=len(docs), reason=exc
            )
            raise ImportRefused(reason) from None
    return tandems
