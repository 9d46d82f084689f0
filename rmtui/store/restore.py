"""What a restore would do, worked out before it is done: which file, which backup, how
old, and what the backup lacks of the file as it is now.

A restore acts on the file that is broken (``tandem.json`` or one session file), never on
a readable one unless the mentor asks for it by name. Pure functions on decoded tables;
the workspace does the locking and the I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmtui.core.errors import RestoreRefused as RestoreRefused  # named here by the store
from rmtui.core.text import fold
from rmtui.store.storage import Tables

# What is counted in each kind of file, in the order it is shown: (table, label).
COUNTED = {
    "session": (("notes", "notes"),),
    "tandem": (
        ("keywords", "keywords"),
        ("actions", "actions"),
        ("learning", "learning"),
        ("sessions", "sessions"),
    ),
}


@dataclass(frozen=True, slots=True)
class RestorePlan:
    """One restore, before it happens."""

    tandem_id: str
    target: Path  # the file to put the backup in place of
    kind: str  # "tandem" or "session"
    session: int | None  # the session's number, for a session file
    backup: Path
    good: bytes  # the backup's bytes, checked
    age: float  # seconds since the backup was taken (negative: stamped ahead of now)
    readable: bool  # whether the target reads cleanly now
    # For a readable target: records it holds that the backup lacks or holds otherwise.
    differ: tuple[tuple[str, int], ...] = ()


def kind_of(raw: bytes) -> str | None:
    """What an rmtui file says it is (``"tandem"``, ``"session"``), or ``None``."""
    # One JSON document, or a session file in lines: its first line says.
    for text in dict.fromkeys((raw, raw.partition(b"\n")[0])):
        try:
            doc = json.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            continue
        found = doc.get("rmtui") if isinstance(doc, dict) else None
        return found if found in COUNTED else None
    return None


def session_of_backup(path: Path, tables: Tables) -> int | None:
    """The session a session backup belongs to: its name (``session-3.…``), else its
    own record's number."""
    stem = path.name.split(".", 1)[0]
    if stem.startswith("session-") and stem[len("session-") :].isdigit():
        return int(stem[len("session-") :])
    for doc in tables.get("session", {}).values():
        n = doc.get("n")
        if isinstance(n, int) and not isinstance(n, bool) and n > 0:
            return n
    return None


def differences(kind: str, now: Tables, backup: Tables) -> tuple[tuple[str, int], ...]:
    """Per table, how many records of the file as it is now the backup lacks or holds
    otherwise: what the restore would lose or change."""
    counts: list[tuple[str, int]] = []
    for table, label in COUNTED[kind]:
        mine = _keyed(table, now.get(table, {}))
        theirs = _keyed(table, backup.get(table, {}))
        counts.append((label, sum(1 for k, doc in mine.items() if theirs.get(k) != doc)))
    return tuple(counts)


def _keyed(table: str, records: dict[str, Any]) -> dict[str, Any]:
    """Records by what identifies them across copies: a keyword by its text, a session
    entry by its number, the others by their id."""
    if table == "keywords":
        return {fold(str(d.get("text", ""))): d for d in records.values()}
    if table == "sessions":
        return {str(d.get("n")): d for d in records.values()}
    return dict(records)


def with_sessions(tables: Tables, entries: list[dict[str, Any]]) -> Tables:
    """``tables`` with an index entry added for each session it does not list."""
    index = dict(tables.get("sessions", {}))
    listed = {d.get("n") for d in index.values()}
    next_id = max((int(k) for k in index), default=0) + 1
    for entry in entries:
        if entry["n"] not in listed:
            index[str(next_id)] = entry
            next_id += 1
    return {**tables, "sessions": index}
