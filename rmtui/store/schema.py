"""Schema versions of workspace files and the shape checks every read goes through."""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 3
# 2: follow-up items refer to actions by id (see ``migrations``);
# 3: a session file's notes are lines of their own after its first line (``storage``).
NOTE_LINES = 3
# Files written before this schema have their tables brought up to date on read
# (``core.upgrades``); schema 3 changed the layout only, so schema 2 files need nothing.
TABLES_SINCE = 2
KINDS = ("tandem", "session")


def check_envelope(doc: Any, kind: str) -> str | None:
    """What is wrong with a decoded file, or ``None`` when it has the expected shape.

    A result starting with ``"schema "`` means the file comes from a newer rmtui.
    """
    if not isinstance(doc, dict):
        return f"expected an object at the top level, found {type(doc).__name__}"
    found = doc.get("rmtui")
    if found != kind:
        return f"not an rmtui {kind} file (its 'rmtui' field is {found!r})"
    schema = doc.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        return f"missing or invalid 'schema' field ({schema!r})"
    if schema > SCHEMA_VERSION:
        return f"schema {schema}"
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        return "missing 'tables' object"
    for name, table in tables.items():
        if not isinstance(table, dict):
            return f"table {name!r} is not an object"
        for doc_id, record in table.items():
            if not isinstance(record, dict) or not str(doc_id).isdigit():
                return f"table {name!r} has a malformed record {doc_id!r}"
    return None
