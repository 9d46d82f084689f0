"""The base of the workspace repository: locked read-modify-writes of checked files.

Every change is a locked read-modify-write of one file: a fresh TinyDB is opened inside
the tandem's lock, so another process's write is always seen and never lost.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from tinydb import TinyDB
from tinydb.storages import Storage

from rmtui.core import messages
from rmtui.core.live import LIVE
from rmtui.core.model import Keyword, SessionInfo, Tandem
from rmtui.core.summary import TandemSummary
from rmtui.store import converters as conv
from rmtui.store import session_file
from rmtui.store.atomic import remove_stale_temps
from rmtui.store.backend import Backend, DiskBackend
from rmtui.store.backups import Backups, backup_stem
from rmtui.store.errors import (
    CorruptFile,
    FutureSchema,
    LinkRefused,
    NotFound,
    UnreadableFile,
    WriteFailed,
)
from rmtui.store.paths import Layout
from rmtui.store.storage import Tables

T = TypeVar("T")
Clock = Callable[[], datetime]


def _local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _folder_name(tandem_id: str) -> bool:
    """Whether ``tandem_id`` can only name a folder right inside ``tandems/``.

    Ids are slugs, but a folder made by hand is listed too, so any plain name is allowed;
    ``..``, ``x/.`` and the like would reach other files or alias a tandem.
    """
    return (
        tandem_id not in ("", ".", "..")
        and "/" not in tandem_id
        and "\0" not in tandem_id
        and not tandem_id.startswith(".")  # rmtui's own folders there (an erase in progress)
    )


def _open(storage: Storage) -> TinyDB:
    return TinyDB(storage=lambda: storage)


class Repository:
    """Low-level access to one workspace's files: locked, durable, checked reads and writes."""

    def __init__(
        self,
        root: Path,
        backend: Backend | None = None,
        now: Clock = _local_now,
        settings: Path | None = None,
    ):
        self.layout = Layout(root, settings)
        self.backend: Backend = backend or DiskBackend()
        self.now = now
        # Status of each live session file as last read, by the file's stat signature.
        self._live_heads: dict[Path, tuple[tuple[int, int, int], str]] = {}

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
        self._refuse_links(path)
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
        if not _folder_name(tandem_id):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        self._refuse_links(path)
        if not self.backend.exists(path):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return path

    def _tandem_lock(self, tandem_id: str) -> AbstractContextManager[None]:
        """The tandem's lock; never creates the tandem's folder (an erase may have won)."""
        gone = NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return self.backend.lock(self.layout.tandem_lock(tandem_id), gone)

    def _refuse_links(self, path: Path) -> None:
        """Refuse ``path`` when it, or a folder on the way to it from the workspace, is a
        symbolic link: inside the workspace rmtui follows only links it made (none)."""
        if not isinstance(self.backend, DiskBackend):
            return
        try:
            parts = path.relative_to(self.layout.root).parts
        except ValueError:
            return
        here = self.layout.root
        for part in parts:
            here = here / part
            try:
                mode = os.lstat(here).st_mode
            except OSError:
                return  # missing: the caller says what is not there
            if stat.S_ISLNK(mode):
                raise LinkRefused(here)

    def _with_backup(self, exc: UnreadableFile, tandem_id: str, kind: str) -> UnreadableFile:
        if isinstance(exc, FutureSchema):
            # Not broken, only newer: the cure is upgrading rmtui, not an older backup.
            return exc
        exc.tandem_id = tandem_id
        if kind == "session" and exc.path.stem.isdigit():
            exc.session = int(exc.path.stem)
        if isinstance(self.backend, DiskBackend):
            backups = self._backups(tandem_id)
            exc.backup = backups.newest_good(exc.path, kind)
            if exc.backup is None:  # "no backup exists" would be untrue beside damaged ones
                exc.damaged_backups = len(backups.copies(backup_stem(exc.path)))
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
        with self._tandem_lock(tandem_id):
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
    def _locked_session(self, tandem_id: str, n: int) -> Iterator[Storage]:
        """The storage of an existing session file, under the tandem's lock."""
        self._existing_tandem(tandem_id)
        path = self.layout.session_file(tandem_id, n)
        self._refuse_links(path)
        with self._tandem_lock(tandem_id):
            if not self.backend.exists(path):
                raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{n}"))
            yield self._storage(tandem_id, path, "session")

    @contextmanager
    def _write_session(self, tandem_id: str, n: int) -> Iterator[TinyDB]:
        with self._locked_session(tandem_id, n) as storage:
            # Read and convert up front, notes too, so an unreadable file is reported with
            # its newest good backup and never rewritten (a record of the wrong shape would
            # otherwise be carried into the new file).
            path = self.layout.session_file(tandem_id, n)
            tables = self._read(tandem_id, path, "session", storage)
            self._convert(path, tandem_id, "session", lambda: _check_session(tables))
            yield _open(storage)

    # --- reading tandems --------------------------------------------------------------

    def tandem_ids(self) -> list[str]:
        """Every tandem folder; a symbolic link among them is listed so that reading it
        reports it (``scan`` shows it as a problem, as every verb that names it does)."""
        return [
            name
            for name in self.backend.children(self.layout.tandems)
            if _folder_name(name)
            and (
                self.backend.exists(self.layout.tandem_file(name))
                or os.path.islink(self.layout.tandem_dir(name))
            )
        ]

    def summary(self, tandem_id: str) -> TandemSummary:
        path = self.layout.tandem_file(tandem_id)
        return self._summarize(tandem_id, path, self._tandem_tables(tandem_id))

    def _tandem_tables(self, tandem_id: str) -> Tables:
        """The tandem file's tables, its session index repaired where a crash left it
        behind a session file (see ``_lagging``)."""
        tables = self._read(tandem_id, self.layout.tandem_file(tandem_id), "tandem")
        if not self._lagging(tandem_id, tables):
            return tables
        return self._repair_index(tandem_id, tables)

    def _lagging(self, tandem_id: str, tables: Tables) -> list[SessionInfo]:
        """Index entries a crash left behind their session file, as the files have them.

        A session's file is written before its index entry when it leaves running or
        paused, and after it when it goes live: a crash between the two writes always
        leaves the index saying live. So only live entries are checked, each with one
        ``stat`` while its file is unchanged since the last look.
        """
        fixes: list[SessionInfo] = []
        for doc in tables.get("sessions", {}).values():
            n = doc.get("n")
            if doc.get("status") not in LIVE or not isinstance(n, int) or isinstance(n, bool):
                continue
            found = self._file_info(tandem_id, n)
            if found is not None and found.status != doc.get("status"):
                fixes.append(found)
        return fixes

    def _file_info(self, tandem_id: str, n: int) -> SessionInfo | None:
        path = self.layout.session_file(tandem_id, n)
        if not isinstance(self.backend, DiskBackend):
            return self._file_info_read(tandem_id, n, path)
        try:
            st = os.stat(path)
        except OSError:
            return None
        signature = (st.st_mtime_ns, st.st_size, st.st_ino)
        seen = self._live_heads.get(path)
        if seen is not None and seen[0] == signature and seen[1] in LIVE:
            return None  # unchanged since it was read live: nothing to repair
        try:
            record = session_file.head_record(path.read_bytes())
        except OSError:
            return None
        try:
            if record is None:
                found = self._file_info_read(tandem_id, n, path)
            else:
                found = conv.session_info_from_doc({**record, "n": n})
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        if found is not None:
            self._live_heads[path] = (signature, found.status)
        return found

    def _file_info_read(self, tandem_id: str, n: int, path: Path) -> SessionInfo | None:
        try:
            head = session_file.to_session(self._read(tandem_id, path, "session"), with_notes=False)
        except (UnreadableFile, NotFound, ValueError, KeyError, TypeError, AttributeError):
            return None  # reported where the session is opened
        head.n = n
        return session_file.info(head)

    def _repair_index(self, tandem_id: str, tables: Tables) -> Tables:
        """Bring the index in step with the session files, under the tandem's lock."""
        try:
            with self._write_tandem(tandem_id) as db:
                fresh = db.storage.read() or {}
                fixes = self._lagging(tandem_id, fresh)  # again: a writer may have been busy
                index = db.table("sessions")
                for info in fixes:
                    ids = [d.doc_id for d in index.all() if d.get("n") == info.n]
                    index.update(conv.session_info_to_doc(info), doc_ids=ids)
                return db.storage.read() or fresh
        except WriteFailed:
            # A read-only workspace: show the truth, repair on a later write.
            patched = {name: dict(table) for name, table in tables.items()}
            sessions = patched.get("sessions", {})
            for info in self._lagging(tandem_id, tables):
                for doc_id, doc in list(sessions.items()):
                    if doc.get("n") == info.n:
                        sessions[doc_id] = conv.session_info_to_doc(info)
            return patched

    def session_index(self, tandem_id: str) -> list[SessionInfo]:
        """The tandem's session index, without converting its keywords and records."""
        return self._tandem_part(tandem_id, _index)

    def keywords(self, tandem_id: str) -> list[Keyword]:
        """The tandem's keywords, without converting its index and records."""
        return self._tandem_part(tandem_id, _keywords)

    def _tandem_part(self, tandem_id: str, part: Callable[[Tables], T]) -> T:
        path = self.layout.tandem_file(tandem_id)
        tables = self._tandem_tables(tandem_id)

        def convert() -> T:
            _profile(tables)  # a file without its profile is refused whatever is asked
            return part(tables)

        return self._convert(path, tandem_id, "tandem", convert)

    def _summarize(self, tandem_id: str, path: Path, tables: Tables) -> TandemSummary:
        def convert() -> TandemSummary:
            tandem = _profile(tables)
            actions = [
                conv.action_from_doc(int(i), d) for i, d in tables.get("actions", {}).items()
            ]
            learning = [
                conv.learning_from_doc(int(i), d) for i, d in tables.get("learning", {}).items()
            ]
            return TandemSummary(tandem, _index(tables), _keywords(tables), actions, learning)

        return self._convert(path, tandem_id, "tandem", convert)


def _check_session(tables: Tables) -> None:
    """Raise ``ValueError`` (or the like) when a session file's records do not convert."""
    session_file.to_session(tables)


def _profile(tables: Tables) -> Tandem:
    profile = tables.get("profile", {})
    if len(profile) != 1:
        raise ValueError("the 'profile' table should hold exactly one record")
    return conv.tandem_from_doc(next(iter(profile.values())))


def _index(tables: Tables) -> list[SessionInfo]:
    sessions = [conv.session_info_from_doc(d) for d in tables.get("sessions", {}).values()]
    return sorted(sessions, key=lambda s: s.n)


def _keywords(tables: Tables) -> list[Keyword]:
    keywords = [conv.keyword_from_doc(d) for d in tables.get("keywords", {}).values()]
    return sorted(keywords, key=lambda k: k.order)
