"""What the home screen reads of every tandem, kept in one derived file:
``<workspace>/.summary``.

Per tandem, the tables of its ``tandem.json`` that the dashboard reads (all but the
exports log, and of the learning log only who learned and from which note), with the
file's signature when they were read. The dashboard stats
each ``tandem.json`` and reads again only those whose signature changed (another process
wrote them), or that the summary does not hold; the file is written back, atomically and
0600, when anything changed. It is never the source of truth: missing or damaged it is
rebuilt from the tandems' files, and an entry is trusted only while its file keeps the
signature it was read with, so the rows are those a full reading gives.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rmtui.core.model import LearningEntry
from rmtui.store.errors import WriteFailed, WriteUncertain
from rmtui.store.files import Files
from rmtui.store.session_file import Signature
from rmtui.store.storage import Tables, dumps

KIND = "summary"
VERSION = 2
# The exports log grows with every export and the home screen never shows it.
LEFT_OUT = ("exports",)

Entries = dict[str, tuple[Signature, Tables]]


class SummaryFile:
    """The workspace's summary of its tandem files (see the module's docstring)."""

    def __init__(self, files: Files) -> None:
        self.files = files

    @property
    def path(self) -> Path:
        return self.files.layout.root / ".summary"

    @property
    def lock_path(self) -> Path:
        return self.files.layout.root / ".summary.lock"

    def load(self) -> Entries:
        """The entries as last written; none when the file is missing or damaged."""
        raw = self.files.backend.read_derived(self.path)
        if raw is None:
            return {}
        try:
            doc = json.loads(raw)
            if not (
                isinstance(doc, dict)
                and doc.get("rmtui") == KIND
                and doc.get("schema") == VERSION
                and isinstance(doc.get("tandems"), dict)
            ):
                return {}
            entries: Entries = {}
            for tandem_id, entry in doc["tandems"].items():
                signature, tables = _entry(entry)
                if signature is not None and tables is not None:
                    entries[tandem_id] = (signature, tables)
            return entries
        except (ValueError, TypeError, RecursionError):
            return {}

    def save(self, entries: Entries) -> None:
        """Write ``entries`` (best effort: a read-only workspace keeps reading the files).

        Never the first file of a workspace: a reader creates nothing."""
        if not self.files.backend.is_folder(self.files.layout.tandems):
            return
        try:
            with self.files.backend.lock(self.lock_path):
                # Checked under the lock that erase takes to drop a tandem: a tandem
                # erased while this reading went on is not written back.
                layout = self.files.layout
                current = {
                    tandem_id: entry
                    for tandem_id, entry in entries.items()
                    if self.files.signature(layout.tandem_file(tandem_id)) == entry[0]
                }
                self.files.backend.write_derived(self.path, _encode(current))
        except (WriteFailed, WriteUncertain):
            return

    def drop(self, tandem_id: str) -> None:
        """Take an erased tandem out: nothing of it may stay behind. The summary is
        removed whole when it cannot be rewritten without it."""
        with self.files.backend.lock(self.lock_path):
            entries = self.load()
            entries.pop(tandem_id, None)
            try:
                self.files.backend.write_derived(self.path, _encode(entries))
            except (WriteFailed, WriteUncertain):
                self.files.backend.remove_derived(self.path)


def _encode(entries: Entries) -> bytes:
    doc = {
        "rmtui": KIND,
        "schema": VERSION,
        "tandems": {
            tandem_id: {"signature": list(signature), "tables": tables}
            for tandem_id, (signature, tables) in sorted(entries.items())
        },
    }
    return dumps(doc)


def kept(tables: Tables, learning: Sequence[LearningEntry]) -> Tables:
    """The tables of a tandem file the summary keeps, read and checked as ``learning``:
    of the learning log only who learned and from which note (the home screen counts
    it)."""
    out = {name: table for name, table in tables.items() if name not in LEFT_OUT}
    out["learning"] = {
        str(e.id): {"learned_by": e.learned_by, "source": e.source} for e in learning
    }
    return out


def _entry(entry: Any) -> tuple[Signature | None, Tables | None]:
    if not isinstance(entry, dict):
        return None, None
    sig, tables = entry.get("signature"), entry.get("tables")
    if not (
        isinstance(sig, list)
        and len(sig) == 3
        and all(isinstance(v, int) and not isinstance(v, bool) for v in sig)
    ):
        return None, None
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        return None, None
    return (sig[0], sig[1], sig[2]), tables
