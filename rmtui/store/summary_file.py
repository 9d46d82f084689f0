"""What the home screen reads of every tandem, kept as derived files:
``<workspace>/.summaries/<tandem id>``.

Per tandem, the tables of its ``tandem.json`` that the dashboard reads (all but the
exports log; of the learning log and the action records only what ``Learned`` and
``OpenActions`` hold, in the tables ``learned`` and ``open``), after a first line
holding the file's signature when they were read. The dashboard stats each
``tandem.json`` and reads the first line of its summary: the rest is parsed only when
the signature is the file's now; otherwise (another process wrote the file, or there is
no summary yet) the file is read, and its summary written again, atomically and 0600. It
is never the source of truth: a summary missing, damaged or of another signature is
rebuilt from the tandem's file, so the rows are those a full reading gives.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmtui.core import documents as conv
from rmtui.core.model import LearningEntry
from rmtui.store.errors import WriteFailed, WriteUncertain
from rmtui.store.files import Files, folder_name
from rmtui.store.session_file import Signature
from rmtui.store.storage import Tables, dumps

if TYPE_CHECKING:
    from rmtui.core.summary import Learned, OpenActions  # loaded by a summary's reading

KIND = "summary"
VERSION = 4
# The exports log grows with every export and the home screen never shows it; of the
# learning log it shows counts (``LEARNED``), of the actions counts and the oldest open
# few (``OPEN``).
LEFT_OUT = ("exports", "actions", "learning")
LEARNED = "learned"
OPEN = "open"


class SummaryFile:
    """The workspace's summaries of its tandem files (see the module's docstring)."""

    def __init__(self, files: Files) -> None:
        self.files = files

    @property
    def folder(self) -> Path:
        return self.files.layout.root / ".summaries"

    @property
    def lock_path(self) -> Path:
        return self.files.layout.root / ".summary.lock"

    def path(self, tandem_id: str) -> Path:
        return self.folder / tandem_id

    def load(self, tandem_id: str, signature: Signature | None) -> Tables | None:
        """The tandem's summary when it was taken at ``signature``; else ``None``."""
        if signature is None:
            return None
        raw = self.files.backend.read_derived(self.path(tandem_id))
        if raw is None:
            return None
        head, _, body = raw.partition(b"\n")
        try:
            doc = json.loads(head)
            if not (
                isinstance(doc, dict)
                and doc.get("rmtui") == KIND
                and doc.get("schema") == VERSION
                and doc.get("signature") == list(signature)
            ):
                return None
            tables = json.loads(body)
        except (ValueError, TypeError, RecursionError):
            return None
        if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
            return None
        return tables

    def save(self, tandem_id: str, signature: Signature, tables: Tables) -> None:
        """Write the tandem's summary (best effort: a read-only workspace keeps reading
        the files). Never the first file of a workspace: a reader creates nothing."""
        if not self.files.backend.is_folder(self.files.layout.tandems):
            return
        head = dumps({"rmtui": KIND, "schema": VERSION, "signature": list(signature)})
        try:
            with self.files.backend.lock(self.lock_path):
                # Checked under the lock erase takes to drop a tandem: a tandem erased
                # (or written) while this reading went on is not written back.
                now = self.files.signature(self.files.layout.tandem_file(tandem_id))
                if now != signature:
                    return
                self.files.backend.write_derived(self.path(tandem_id), head + b"\n" + dumps(tables))
        except (WriteFailed, WriteUncertain):
            return

    def drop(self, tandem_id: str) -> None:
        """Take an erased tandem's summary out: nothing of it may stay behind."""
        with self.files.backend.lock(self.lock_path):
            self.files.backend.remove_derived(self.path(tandem_id))

    def keep_only(self, tandem_ids: list[str]) -> None:
        """Remove the summaries of tandems that are gone (a folder deleted by hand), and
        what a crash left mid-write."""
        # The one file an earlier rmtui kept them all in goes too.
        self.files.backend.remove_derived(self.files.layout.root / ".summary")
        listed = self.files.backend.derived_names(self.folder)
        gone = [name for name in listed if name not in tandem_ids]
        if not gone:
            return
        try:
            with self.files.backend.lock(self.lock_path):
                for name in gone:
                    if folder_name(name):
                        self.files.backend.remove_derived(self.path(name))
                # Temp files a crash left mid-write hold a tandem's summary too.
                self.files.backend.sweep((self.folder,))
        except (WriteFailed, WriteUncertain):
            return


def kept(tables: Tables, learning: Sequence[LearningEntry], actions: OpenActions) -> Tables:
    """The tables of a tandem file the summary keeps, read and checked as ``learning``
    and ``actions``: of the learning log and the action records only what the home
    screen shows of them (``Learned``, ``OpenActions``)."""
    from rmtui.core.summary import Learned

    out = {name: table for name, table in tables.items() if name not in LEFT_OUT}
    learned = Learned.of((e.learned_by, e.source) for e in learning)
    out[LEARNED] = {
        "mentor": learned.mentor,
        "mentee": learned.mentee,
        "sources": _joined(learned.sources),
    }
    out[OPEN] = {
        "due": [None if d is None else d.isoformat() for d in actions.due],
        "oldest": [[a.id, conv.action_to_doc(a)] for a in actions.oldest],
        "sources": _joined(actions.sources),
    }
    return out


def counted(tables: Tables) -> tuple[Learned, OpenActions]:
    """``Learned`` and ``OpenActions`` as ``kept`` wrote them; raises ``ValueError`` (or
    ``KeyError``, ``TypeError``) on a table of the wrong shape."""
    from rmtui.core.summary import Learned, OpenActions

    doc: dict[str, Any] = tables[LEARNED]
    mentor, mentee = doc["mentor"], doc["mentee"]
    if not (type(mentor) is int and type(mentee) is int and mentor >= 0 and mentee >= 0):
        raise ValueError("a count of the wrong shape")
    learned = Learned(mentor, mentee, _sources(doc["sources"]))
    doc = tables[OPEN]
    due = tuple(None if d is None else date.fromisoformat(d) for d in doc["due"])
    oldest = tuple(conv.action_from_doc(int(i), d) for i, d in doc["oldest"])
    return learned, OpenActions(due, oldest, _sources(doc["sources"]))


def _joined(sources: frozenset[str]) -> str | list[str]:
    """Sources on lines of one string (a note's sources are ``<n>/<id>``): one string
    decodes and splits at C speed; a list where a source holds a line break."""
    listed = sorted(sources)
    if any("\n" in s for s in listed):
        return listed
    return "\n".join(listed)


def _sources(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(value.split("\n")) if value else frozenset()
    if not (isinstance(value, list) and set(map(type, value)) <= {str}):
        raise ValueError("a source of the wrong shape")
    return frozenset(value)
