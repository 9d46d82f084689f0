"""What was shared: the log of a tandem's exports, and restoring an imported tandem.

Each export leaves one record in the tandem's ``exports`` table (what, when, which kind,
where), so the mentor can always see what left the workspace. An import writes a whole
tandem at once: its session files first, ``tandem.json`` last, so a crash half-way leaves
no tandem that looks complete.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from rmtui.core import documents as conv
from rmtui.core import messages
from rmtui.core.errors import ImportConflict
from rmtui.core.model import Action, Keyword, LearningEntry, Session, SessionInfo, Tandem
from rmtui.core.tandems import import_id
from rmtui.store.files import Files
from rmtui.store.running import Running
from rmtui.store.storage import Tables


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One export: when, which kind and format, where it went ("-" for stdout)."""

    when: datetime
    kind: str
    format: str
    target: str
    anonymized: bool = False
    session: int | None = None


def record_to_doc(r: ExportRecord) -> conv.Doc:
    return {
        "when": r.when.isoformat(),
        "kind": r.kind,
        "format": r.format,
        "target": r.target,
        "anonymized": r.anonymized,
        "session": r.session,
    }


def record_from_doc(doc: conv.Doc) -> ExportRecord:
    when = datetime.fromisoformat(str(doc["when"]))
    session = doc.get("session")
    return ExportRecord(
        when=when,
        kind=str(doc.get("kind", "")),
        format=str(doc.get("format", "")),
        target=str(doc.get("target", "")),
        anonymized=bool(doc.get("anonymized", False)),
        session=session if isinstance(session, int) and not isinstance(session, bool) else None,
    )


class ExportsLog:
    """The exports log of each tandem, and whole-tandem imports."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.layout = files.layout
        self.backend = files.backend

    def record_export(self, tandem_id: str, record: ExportRecord) -> None:
        with self.files.write_tandem(tandem_id) as db:
            db.table("exports").insert(record_to_doc(record))

    def exports(self, tandem_id: str) -> list[ExportRecord]:
        """The tandem's exports, oldest first; a record of the wrong shape is skipped."""
        path = self.layout.tandem_file(tandem_id)
        tables = self.files.read(tandem_id, path, "tandem")
        found: list[ExportRecord] = []
        for _, doc in sorted(tables.get("exports", {}).items(), key=lambda kv: int(kv[0])):
            try:
                found.append(record_from_doc(doc))
            except (KeyError, TypeError, ValueError):
                continue
        return found

    def import_tandem(
        self,
        tandem: Tandem,
        index: Sequence[SessionInfo],
        sessions: Sequence[Session],
        keywords: Sequence[Keyword],
        actions: Sequence[Action],
        learning: Sequence[LearningEntry],
    ) -> Tandem:
        """Store a whole tandem under its own id (``core.tandems.import_id``); one that is
        taken is refused (``ImportConflict``), never stored as a copy beside it.

        Record and note ids are kept as given, so sources keep pointing at their notes.
        """
        with self.backend.lock(self.layout.workspace_lock):
            tandem_id = import_id(tandem)
            if tandem_id in self.backend.children(self.layout.tandems):
                message = messages.IMPORT_EXISTS.format(ids=tandem_id)
                raise ImportConflict(message, (tandem_id,))
            stored = replace(tandem, id=tandem_id)
            # Imported sessions may be under way: the pointer to them is rebuilt.
            with (
                self.backend.lock(self.layout.tandem_lock(tandem_id)),
                Running(self.files).forgetting(),
            ):
                try:
                    self._write_import(stored, index, sessions, keywords, actions, learning)
                except BaseException:
                    # No orphan session files: a failed import leaves nothing behind.
                    with contextlib.suppress(OSError):
                        self._remove_folder(tandem_id)
                    raise
            return stored

    def discard_import(self, tandem_id: str) -> None:
        """Remove a tandem this process has just imported (a later one of the same file
        failed: an import is all or nothing)."""
        with (
            self.backend.lock(self.layout.workspace_lock),
            self.backend.lock(self.layout.tandem_lock(tandem_id)),
        ):
            self._remove_folder(tandem_id)

    def _remove_folder(self, tandem_id: str) -> None:
        folder = self.layout.tandem_dir(tandem_id)
        if self.backend.exists(folder) or tandem_id in self.backend.children(self.layout.tandems):
            self.backend.remove_tree(folder)

    def _write_import(
        self,
        stored: Tandem,
        index: Sequence[SessionInfo],
        sessions: Sequence[Session],
        keywords: Sequence[Keyword],
        actions: Sequence[Action],
        learning: Sequence[LearningEntry],
    ) -> None:
        tandem_id = stored.id
        for session in sessions:
            path = self.layout.session_file(tandem_id, session.n)
            tables: Tables = {
                "session": {"1": conv.session_to_doc(replace(session, tandem_id=tandem_id))},
                "notes": {str(note.id): conv.note_to_doc(note) for note in session.notes},
            }
            self.files.storage(tandem_id, path, "session").write(tables)
        path = self.layout.tandem_file(tandem_id)
        main: dict[str, dict[str, Any]] = {
            "profile": {"1": conv.tandem_to_doc(stored)},
            "keywords": _numbered(conv.keyword_to_doc(k) for k in keywords),
            "sessions": _numbered(conv.session_info_to_doc(i) for i in index),
            "actions": {str(a.id): conv.action_to_doc(a) for a in actions},
            "learning": {str(e.id): conv.learning_to_doc(e) for e in learning},
        }
        self.files.storage(tandem_id, path, "tandem").write(main)


def _numbered(docs: Any) -> dict[str, conv.Doc]:
    return {str(i): doc for i, doc in enumerate(docs, start=1)}
