"""Workspace files as one JSON document each, whatever their layout on disk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def file_doc(path: Path) -> Any:
    """The file's envelope (``rmtui``, ``schema``, ``tables``) as ``json`` reads it: a
    session file in lines has the notes of its lines back in its ``notes`` table. Written
    back with ``json.dumps``, it is one document, which rmtui reads as well."""
    raw = path.read_bytes()
    first, _, rest = raw.partition(b"\n")
    if not rest.strip():
        return json.loads(raw)
    doc = json.loads(first)
    notes = doc["tables"].setdefault("notes", {})
    for line in rest.splitlines():
        if line.strip():
            notes.update(json.loads(line))
    return doc
