"""The workspace repository: tandems, keywords, sessions and notes on durable files.

Every change is a locked read-modify-write of one file: a fresh TinyDB is opened inside
the tandem's lock, so another process's write is always seen and never lost.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from tinydb import TinyDB
from tinydb.storages import Storage

from rmtui.core import messages
from rmtui.core.model import Keyword, KeywordStatus, Note, Session, SessionInfo, Tandem
from rmtui.core.tandems import TandemDraft, build_tandem, merge_keywords
from rmtui.core.text import fold
from rmtui.store import converters as conv
from rmtui.store.atomic import write_atomic
from rmtui.store.backend import Backend, DiskBackend
from rmtui.store.backups import Backups
from rmtui.store.errors import CorruptFile, NotFound, UnreadableFile
from rmtui.store.paths import Layout
from rmtui.store.storage import Tables

T = TypeVar("T")
Clock = Callable[[], datetime]


def _local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _open(storage: Storage) -> TinyDB:
    return TinyDB(storage=lambda: storage)


@dataclass(frozen=True, slots=True)
class TandemSummary:
    """What the home screen and ``tandem list`` show of one tandem."""

    tandem: Tandem
    sessions: list[SessionInfo]
    keywords: list[Keyword]

    @property
    def sessions_done(self) -> int:
        return sum(1 for s in self.sessions if s.status == "done")


@dataclass(frozen=True, slots=True)
class Scan:
    """All tandems of the workspace: the readable ones, and the files that are not."""

    summaries: list[TandemSummary]
    problems: list[UnreadableFile]


class Workspace:
    """One mentor's workspace. Builds nothing on disk until the first write."""

    def __init__(self, root: Path, backend: Backend | None = None, now: Clock = _local_now):
        self.layout = Layout(root)
        self.backend: Backend = backend or DiskBackend()
        self.now = now

    @property
    def root(self) -> Path:
        return self.layout.root

    # --- low level ----------------------------------------------------------------------

    def _backups(self, tandem_id: str) -> Backups:
        return Backups(self.layout.backups(tandem_id))

    def _storage(self, tandem_id: str, path: Path, kind: str) -> Storage:
        return self.backend.storage(path, kind, self._backups(tandem_id))

    def _read(self, tandem_id: str, path: Path, kind: str) -> Tables:
        try:
            tables = self._storage(tandem_id, path, kind).read()
        except UnreadableFile as exc:
            raise self._with_backup(exc, tandem_id, kind) from None
        if tables is None:
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return tables

    def _with_backup(self, exc: UnreadableFile, tandem_id: str, kind: str) -> UnreadableFile:
        exc.tandem_id = tandem_id
        if isinstance(self.backend, DiskBackend):
            exc.backup = self._backups(tandem_id).newest_good(exc.path, kind)
        return exc

    def _convert(self, path: Path, tandem_id: str, kind: str, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            err = CorruptFile(path, f"a record has the wrong shape: {exc}")
            raise self._with_backup(err, tandem_id, kind) from None

    @contextmanager
    def _write_tandem(self, tandem_id: str) -> Iterator[TinyDB]:
        """The tandem's file opened for a locked read-modify-write."""
        path = self.layout.tandem_file(tandem_id)
        with self.backend.lock(self.layout.tandem_lock(tandem_id)):
            self._read(tandem_id, path, "tandem")  # refuses unreadable files up front
            yield _open(self._storage(tandem_id, path, "tandem"))

    @contextmanager
    def _write_session(self, tandem_id: str, n: int) -> Iterator[TinyDB]:
        path = self.layout.session_file(tandem_id, n)
        with self.backend.lock(self.layout.tandem_lock(tandem_id)):
            if not self.backend.exists(path):
                raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{n}"))
            yield _open(self._storage(tandem_id, path, "session"))

    # --- tandems ------------------------------------------------------------------------

    def tandem_ids(self) -> list[str]:
        return [
            name
            for name in self.backend.children(self.layout.tandems)
            if self.backend.exists(self.layout.tandem_file(name))
        ]

    def summary(self, tandem_id: str) -> TandemSummary:
        path = self.layout.tandem_file(tandem_id)
        tables = self._read(tandem_id, path, "tandem")

        def convert() -> TandemSummary:
            profile = tables.get("profile", {})
            if len(profile) != 1:
                raise ValueError("the 'profile' table should hold exactly one record")
            tandem = conv.tandem_from_doc(next(iter(profile.values())))
            sessions = [conv.session_info_from_doc(d) for d in tables.get("sessions", {}).values()]
            keywords = [conv.keyword_from_doc(d) for d in tables.get("keywords", {}).values()]
            sessions.sort(key=lambda s: s.n)
            keywords.sort(key=lambda k: k.order)
            return TandemSummary(tandem, sessions, keywords)

        return self._convert(path, tandem_id, "tandem", convert)

    def tandem(self, tandem_id: str) -> Tandem:
        return self.summary(tandem_id).tandem

    def scan(self) -> Scan:
        """Every tandem that reads cleanly, and a problem for each one that does not."""
        summaries: list[TandemSummary] = []
        problems: list[UnreadableFile] = []
        for tandem_id in self.tandem_ids():
            try:
                summaries.append(self.summary(tandem_id))
            except UnreadableFile as exc:
                problems.append(exc)
            except NotFound:
                continue  # erased by another process while we looked
        summaries.sort(key=lambda s: s.tandem.mentee.casefold())
        return Scan(summaries, problems)

    def add_tandem(self, draft: TandemDraft) -> Tandem:
        with self.backend.lock(self.layout.workspace_lock):
            taken = self.backend.children(self.layout.tandems)
            tandem = build_tandem(draft, taken, self.now())
            path = self.layout.tandem_file(tandem.id)
            db = _open(self._storage(tandem.id, path, "tandem"))
            db.table("profile").insert(conv.tandem_to_doc(tandem))
            return tandem

    def update_tandem(self, tandem_id: str, **changes: Any) -> Tandem:
        with self._write_tandem(tandem_id) as db:
            table = db.table("profile")
            doc_id, doc = next(iter((d.doc_id, d) for d in table.all()))
            tandem = replace(conv.tandem_from_doc(dict(doc)), **changes)
            table.update(conv.tandem_to_doc(tandem), doc_ids=[doc_id])
            return tandem

    def erase_tandem(self, tandem_id: str) -> None:
        """Delete the tandem's folder and its backups, for good."""
        folder = self.layout.tandem_dir(tandem_id)
        if tandem_id not in self.backend.children(self.layout.tandems):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        with self.backend.lock(self.layout.workspace_lock):
            backups = self.layout.backups(tandem_id)
            if self.backend.exists(backups):
                self.backend.remove_tree(backups)
            with self.backend.lock(self.layout.tandem_lock(tandem_id)):
                self.backend.remove_tree(folder)

    def restore_tandem(self, tandem_id: str, backup: Path | None = None) -> tuple[Path, Path]:
        """Put the newest good backup in place of an unreadable tandem file.

        The unreadable file is renamed aside (bytes intact). Returns (backup, aside).
        """
        path = self.layout.tandem_file(tandem_id)
        with self.backend.lock(self.layout.tandem_lock(tandem_id)):
            source = backup or self._backups(tandem_id).newest_good(path, "tandem")
            if source is None:
                raise NotFound(messages.NO_BACKUP)
            good = source.read_bytes()
            stamp = time.strftime("%Y%m%dT%H%M%S")
            aside = path.with_name(f"{path.name}.corrupt-{stamp}")
            if path.exists():
                os.replace(path, aside)
            write_atomic(path, good)
            return source, aside

    # --- keywords -----------------------------------------------------------------------

    def keywords(self, tandem_id: str) -> list[Keyword]:
        return self.summary(tandem_id).keywords

    def add_keywords(self, tandem_id: str, words: list[str]) -> list[Keyword]:
        """Add the words not yet on the list; returns the keywords actually added."""
        with self._write_tandem(tandem_id) as db:
            table = db.table("keywords")
            existing = [conv.keyword_from_doc(dict(d)) for d in table.all()]
            added = merge_keywords(existing, words)
            if added:
                table.insert_multiple(conv.keyword_to_doc(k) for k in added)
            return added

    def set_keyword_status(self, tandem_id: str, text: str, status: KeywordStatus) -> Keyword:
        """Mark one keyword open, covered or dropped (dropped ones stay in the history)."""
        with self._write_tandem(tandem_id) as db:
            table = db.table("keywords")
            for doc in table.all():
                keyword = conv.keyword_from_doc(dict(doc))
                if fold(keyword.text) == fold(text):
                    keyword.status = status
                    table.update(conv.keyword_to_doc(keyword), doc_ids=[doc.doc_id])
                    return keyword
        raise NotFound(messages.NO_KEYWORD.format(text=text, id=tandem_id))

    # --- sessions and notes -------------------------------------------------------------

    def add_session(self, session: Session) -> Session:
        """Store a new session for its tandem; its number is the next free one."""
        tandem_id = session.tandem_id
        with self._write_tandem(tandem_id) as db:
            index = db.table("sessions")
            n = max((int(d["n"]) for d in index.all()), default=0) + 1
            while self.backend.exists(self.layout.session_file(tandem_id, n)):
                n += 1  # a session file left by a crash before its index entry
            stored = replace(session, n=n, notes=[])
            path = self.layout.session_file(tandem_id, n)
            sdb = _open(self._storage(tandem_id, path, "session"))
            sdb.table("session").insert(conv.session_to_doc(stored))
            info = SessionInfo(
                n=n,
                status=stored.status,
                planned_at=stored.planned_at,
                agenda_id=stored.agenda_id,
                title=stored.title,
            )
            index.insert(conv.session_info_to_doc(info))
            return stored

    def session(self, tandem_id: str, n: int) -> Session:
        path = self.layout.session_file(tandem_id, n)
        if not self.backend.exists(path):
            raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{n}"))
        tables = self._read(tandem_id, path, "session")

        def convert() -> Session:
            records = list(tables.get("session", {}).values())
            if len(records) != 1:
                raise ValueError("the 'session' table should hold exactly one record")
            notes = [conv.note_from_doc(int(i), d) for i, d in tables.get("notes", {}).items()]
            notes.sort(key=lambda note: note.id)
            return conv.session_from_doc(records[0], notes)

        return self._convert(path, tandem_id, "session", convert)

    def add_note(self, tandem_id: str, n: int, note: Note) -> Note:
        """Store ``note`` durably in its session; only that session's file is rewritten."""
        with self._write_session(tandem_id, n) as db:
            doc_id = db.table("notes").insert(conv.note_to_doc(note))
            return replace(note, id=doc_id)
