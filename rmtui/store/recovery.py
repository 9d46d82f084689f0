"""Notes the TUI could not save, kept when the mentor quit anyway.

One JSON file per session and quit in ``<workspace>/recovery/``, written atomically and
0600 like every workspace file; the next start offers them again. A kept note is the line
as typed (prefixes included) and the session-clock reading when Enter was pressed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rmtui.store.atomic import fsync_dir, write_atomic
from rmtui.store.paths import Layout

SCHEMA = 1
FOLDER = "recovery"


@dataclass(frozen=True, slots=True)
class KeptNote:
    line: str
    elapsed: float


@dataclass(frozen=True, slots=True)
class Recovery:
    """One recovery file: the session it belongs to and its notes."""

    path: Path
    tandem_id: str
    n: int
    notes: tuple[KeptNote, ...]


def folder(layout: Layout) -> Path:
    return layout.root / FOLDER


def keep(layout: Layout, tandem_id: str, n: int, notes: Sequence[KeptNote], now: datetime) -> Path:
    """Write ``notes`` of session ``tandem_id``/``n`` to a new recovery file; its path."""
    name = f"{tandem_id}-{n}-{now:%Y%m%d-%H%M%S}-{os.getpid()}.json"
    path = folder(layout) / name
    _write(path, tandem_id, n, notes)
    return path


def rewrite(recovery: Recovery, notes: Sequence[KeptNote]) -> None:
    """Keep only ``notes`` in a recovery file (the others were saved)."""
    _write(recovery.path, recovery.tandem_id, recovery.n, notes)


def _write(path: Path, tandem_id: str, n: int, notes: Sequence[KeptNote]) -> None:
    body = {
        "schema": SCHEMA,
        "tandem": tandem_id,
        "session": n,
        "notes": [{"line": k.line, "elapsed": k.elapsed} for k in notes],
    }
    write_atomic(path, json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8"))


def found(layout: Layout) -> list[Recovery]:
    """Every readable recovery file, oldest first (an unreadable one is left alone)."""
    where = folder(layout)
    if not where.is_dir():
        return []
    kept: list[Recovery] = []
    for path in sorted(where.glob("*.json")):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            notes = tuple(
                KeptNote(str(note["line"]), float(note["elapsed"])) for note in body["notes"]
            )
            kept.append(Recovery(path, str(body["tandem"]), int(body["session"]), notes))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return kept


def discard(recovery: Recovery) -> None:
    """Remove a recovery file whose notes are saved now."""
    recovery.path.unlink(missing_ok=True)
    fsync_dir(recovery.path.parent)
