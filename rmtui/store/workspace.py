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
from rmtui.core.live import LIVE
from rmtui.core.model import Keyword, KeywordStatus, Note, Session, SessionInfo, Tandem
from rmtui.core.tandems import TandemDraft, build_tandem, merge_keywords
from rmtui.core.text import fold
from rmtui.store import converters as conv
from rmtui.store import session_file
from rmtui.store.atomic import remove_stale_temps, write_atomic
from rmtui.store.backend import Backend, DiskBackend
from rmtui.store.backups import Backups
from rmtui.store.errors import CorruptFile, FutureSchema, NotFound, UnreadableFile
from rmtui.store.paths import Layout
from rmtui.store.storage import Tables, decode, encode

T = TypeVar("T")
Clock = Callable[[], datetime]


def _local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _folder_name(tandem_id: str) -> bool:
    """Whether ``tandem_id`` can only name a folder right inside ``tandems/``.

    Ids are slugs, but a folder made by hand is listed too, so any plain name is allowed;
    ``..``, ``x/.`` and the like would reach other files or alias a tandem.
    """
    return tandem_id not in ("", ".", "..") and "/" not in tandem_id and "\0" not in tandem_id


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

    def _read(
        self, tandem_id: str, path: Path, kind: str, storage: Storage | None = None
    ) -> Tables:
        if not _folder_name(tandem_id):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        try:
            tables = (storage or self._storage(tandem_id, path, kind)).read()
        except UnreadableFile as exc:
            raise self._with_backup(exc, tandem_id, kind) from None
        if tables is None:
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return tables

    def _existing_tandem(self, tandem_id: str) -> Path:
        """The tandem's file, checked before any lock is taken.

        Taking the lock creates the lock file and so the tandem's folder: for an id that
        names no tandem, that stray folder would make the next tandem of that name get a
        "-2" id, and an id such as ``../x`` would create folders outside the workspace.
        """
        path = self.layout.tandem_file(tandem_id)
        if not _folder_name(tandem_id) or not self.backend.exists(path):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return path

    def _with_backup(self, exc: UnreadableFile, tandem_id: str, kind: str) -> UnreadableFile:
        if isinstance(exc, FutureSchema):
            # Not broken, only newer: the cure is upgrading rmtui, not an older backup.
            return exc
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
        path = self._existing_tandem(tandem_id)
        with self.backend.lock(self.layout.tandem_lock(tandem_id)):
            if isinstance(self.backend, DiskBackend):
                self._sweep(tandem_id)
            storage = self._storage(tandem_id, path, "tandem")
            # Refuse a file that does not read or convert before TinyDB can rewrite it: a
            # record of the wrong shape would otherwise be carried into a fresh file. The
            # storage keeps what it decoded, so TinyDB's own reads cost no second parse.
            self._summarize(tandem_id, path, self._read(tandem_id, path, "tandem", storage))
            yield _open(storage)

    def _sweep(self, tandem_id: str) -> None:
        """Remove temp files left by a crash mid-write (held under the tandem's lock).

        Done on tandem writes (keywords, session index), which are rare, rather than on
        note saves, which must stay cheap.
        """
        folder = self.layout.tandem_dir(tandem_id)
        for where in (folder, folder / "sessions", self.layout.backups(tandem_id)):
            remove_stale_temps(where)

    @contextmanager
    def _write_session(self, tandem_id: str, n: int) -> Iterator[TinyDB]:
        self._existing_tandem(tandem_id)
        path = self.layout.session_file(tandem_id, n)
        with self.backend.lock(self.layout.tandem_lock(tandem_id)):
            if not self.backend.exists(path):
                raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{n}"))
            storage = self._storage(tandem_id, path, "session")
            # Read up front so an unreadable file is reported with its newest good backup.
            self._read(tandem_id, path, "session", storage)
            yield _open(storage)

    # --- tandems ------------------------------------------------------------------------

    def tandem_ids(self) -> list[str]:
        return [
            name
            for name in self.backend.children(self.layout.tandems)
            if self.backend.exists(self.layout.tandem_file(name))
        ]

    def summary(self, tandem_id: str) -> TandemSummary:
        path = self.layout.tandem_file(tandem_id)
        return self._summarize(tandem_id, path, self._read(tandem_id, path, "tandem"))

    def _summarize(self, tandem_id: str, path: Path, tables: Tables) -> TandemSummary:
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
        summaries.sort(key=lambda s: (fold(s.tandem.mentee), s.tandem.id))
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
        if tandem_id not in self.backend.children(self.layout.tandems):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        with self.backend.lock(self.layout.tandem_lock(tandem_id)):
            source = backup or self._backups(tandem_id).newest_good(path, "tandem")
            if source is None:
                raise NotFound(messages.NO_BACKUP)
            try:
                good = source.read_bytes()
            except OSError as exc:
                raise CorruptFile(source, exc.strerror or type(exc).__name__) from None
            # A backup named with --from is checked like any file before it goes in place.
            self._summarize(tandem_id, source, decode(source, good, "tandem"))
            stamp = time.strftime("%Y%m%dT%H%M%S")
            aside = path.with_name(f"{path.name}.corrupt-{stamp}")
            n = 2
            while aside.exists():  # two restores within a second must not share a name
                aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
                n += 1
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
        path = self._session_path(tandem_id, n)
        tables = self._read(tandem_id, path, "session")
        return self._convert(path, tandem_id, "session", lambda: session_file.to_session(tables))

    def _session_path(self, tandem_id: str, n: int) -> Path:
        path = self.layout.session_file(tandem_id, n)
        if not self.backend.exists(path):
            raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{n}"))
        return path

    def _session_tables(self, db: TinyDB) -> Tables:
        tables = db.storage.read()  # already read (and kept) by _write_session
        if tables is None:
            raise NotFound(messages.NO_SESSION.format(id="?"))
        return tables

    def update_session(self, tandem_id: str, n: int, change: Callable[[Session], None]) -> Session:
        """Apply ``change`` to the session as it is on disk now, in one locked step.

        Only the session's own record is written (notes have their own methods); the
        tandem's session index follows its status, date and title. A session going live is
        entered in the index before its file is written, and one leaving it after, so after
        a crash between the two writes the index still names every live session.
        """
        path = self.layout.session_file(tandem_id, n)
        with self._write_session(tandem_id, n) as db:
            tables = self._session_tables(db)
            session = self._convert(
                path, tandem_id, "session", lambda: session_file.to_session(tables)
            )
            before = session_file.info(session)
            change(session)
            session.tandem_id, session.n = tandem_id, n
            after = session_file.info(session)
            going_live = after.status in LIVE and before.status not in LIVE
            if after != before and going_live:
                self._set_index_entry(tandem_id, after)
            doc_id, _ = session_file.record(tables)
            db.table("session").update(conv.session_to_doc(session), doc_ids=[doc_id])
            if after != before and not going_live:
                self._set_index_entry(tandem_id, after)
            return session

    def _set_index_entry(self, tandem_id: str, entry: SessionInfo) -> None:
        with self._write_tandem(tandem_id) as db:
            index = db.table("sessions")
            ids = [d.doc_id for d in index.all() if d.get("n") == entry.n]
            if ids:
                index.update(conv.session_info_to_doc(entry), doc_ids=ids)
            else:  # an entry lost to a crash between the two files
                index.insert(conv.session_info_to_doc(entry))

    def live_sessions(self) -> list[tuple[str, SessionInfo]]:
        """(tandem id, index entry) of every session running or paused in the workspace.

        Reads each tandem's small file and only the session files its index names as live,
        so the cost grows with the number of tandems, not with their notes. Tandems that
        cannot be read are left out (``scan`` reports them).
        """
        found: list[tuple[str, SessionInfo]] = []
        for tandem_id in self.tandem_ids():
            try:
                entries = self.summary(tandem_id).sessions
            except (UnreadableFile, NotFound):
                continue
            for entry in entries:
                if entry.status not in LIVE:
                    continue
                path = self.layout.session_file(tandem_id, entry.n)
                try:
                    tables = self._read(tandem_id, path, "session")
                    head = session_file.to_session(tables, with_notes=False)
                except (UnreadableFile, NotFound, ValueError, KeyError, TypeError):
                    continue
                if head.status in LIVE:  # the file is the truth; the index may lag a crash
                    found.append((tandem_id, session_file.info(head)))
        return found

    def session_signature(self, tandem_id: str, n: int) -> session_file.Signature | None:
        """Changes whenever the session file does (every write renames a new file over it).

        One ``stat``, no read: cheap enough for a screen to poll for notes that another
        process (``rmtui note add``) saved. ``None`` when the session does not exist.
        """
        return self._signature(tandem_id, self.layout.session_file(tandem_id, n), "session")

    def tandem_signature(self, tandem_id: str) -> session_file.Signature | None:
        """Like ``session_signature``, for the tandem file (profile, keywords, index)."""
        return self._signature(tandem_id, self.layout.tandem_file(tandem_id), "tandem")

    def _signature(self, tandem_id: str, path: Path, kind: str) -> session_file.Signature | None:
        if isinstance(self.backend, DiskBackend):
            try:
                st = os.stat(path)
            except FileNotFoundError:
                return None
            return (st.st_mtime_ns, st.st_size, st.st_ino)
        if not self.backend.exists(path):
            return None
        raw = encode(self._read(tandem_id, path, kind), kind)
        return (0, len(raw), hash(raw))

    def add_note(self, tandem_id: str, n: int, note: Note) -> Note:
        """Store ``note`` durably in its session; only that session's file is rewritten."""
        with self._write_session(tandem_id, n) as db:
            doc_id = db.table("notes").insert(conv.note_to_doc(note))
            return replace(note, id=doc_id)

    def add_notes(self, tandem_id: str, n: int, notes: list[Note]) -> list[Note]:
        """Store many notes with one write (imports, demo data, large test fixtures)."""
        with self._write_session(tandem_id, n) as db:
            ids = db.table("notes").insert_multiple(conv.note_to_doc(note) for note in notes)
            return [replace(note, id=i) for note, i in zip(notes, ids, strict=True)]

    def record_note(self, tandem_id: str, n: int, make: Callable[[Session, float], Note]) -> Note:
        """Store the note ``make`` builds, durably, and return it with its id.

        ``make`` runs inside the lock with the session as it is on disk now (without its
        notes) and the latest stamp among its notes, so a note is stamped with the clock
        and current item even when another process has just changed them.
        """
        path = self.layout.session_file(tandem_id, n)
        with self._write_session(tandem_id, n) as db:
            tables = self._session_tables(db)
            head = self._convert(
                path,
                tandem_id,
                "session",
                lambda: session_file.to_session(tables, with_notes=False),
            )
            note = make(head, session_file.last_elapsed(tables))
            doc_id = db.table("notes").insert(conv.note_to_doc(note))
            return replace(note, id=doc_id)

    def update_note(
        self, tandem_id: str, n: int, note_id: int, change: Callable[[Note], None]
    ) -> Note:
        """Apply ``change`` to one note (text, kind, private flag) in one locked step."""
        with self._write_session(tandem_id, n) as db:
            note = self._note(db, tandem_id, n, note_id)
            change(note)
            note.id = note_id
            db.table("notes").update(conv.note_to_doc(note), doc_ids=[note_id])
            return note

    def delete_note(self, tandem_id: str, n: int, note_id: int) -> Note:
        """Remove one note for good; returns it as it was."""
        with self._write_session(tandem_id, n) as db:
            note = self._note(db, tandem_id, n, note_id)
            db.table("notes").remove(doc_ids=[note_id])
            return note

    def _note(self, db: TinyDB, tandem_id: str, n: int, note_id: int) -> Note:
        doc = self._session_tables(db).get("notes", {}).get(str(note_id))
        if doc is None:
            raise NotFound(messages.NO_NOTE.format(id=f"{tandem_id}/{n}", note=note_id))
        path = self.layout.session_file(tandem_id, n)
        return self._convert(path, tandem_id, "session", lambda: conv.note_from_doc(note_id, doc))
