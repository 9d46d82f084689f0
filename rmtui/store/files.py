"""The files of one workspace as the repositories use them: checked reads, and locked
read-modify-writes of one file at a time.

Every change is a locked read-modify-write of one file: a fresh TinyDB is opened inside
the tandem's lock, so another process's write is always seen and never lost. The tandem
file, the session files and the exports log all go through one ``Files``; it holds the
workspace's layout, its backend (storages, locks) and the backups of each tandem.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from tinydb import TinyDB
from tinydb.storages import Storage

from rmtui.core import documents as conv
from rmtui.core import messages
from rmtui.store import session_file
from rmtui.store.backend import Backend
from rmtui.store.backups import Backups, backup_stem
from rmtui.store.errors import CorruptFile, FutureSchema, NotFound, UnreadableFile
from rmtui.store.paths import Layout
from rmtui.store.session_file import Signature
from rmtui.store.storage import FileStorage, Tables

T = TypeVar("T")
Clock = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def folder_name(tandem_id: str) -> bool:
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


def open_db(storage: Storage) -> TinyDB:
    """A TinyDB over ``storage``, for one locked operation."""
    return TinyDB(storage=lambda: storage)


def check_session(tables: Tables) -> None:
    """Raise ``ValueError`` (or the like) when a session file's records do not convert."""
    session_file.to_session(tables)


def check_tandem(tables: Tables) -> None:
    """Raise ``ValueError`` (or the like) when a tandem file's records do not convert."""
    profile = tables.get("profile", {})
    if len(profile) != 1:
        raise ValueError("the 'profile' table should hold exactly one record")
    conv.tandem_from_doc(next(iter(profile.values())))
    for doc in tables.get("sessions", {}).values():
        conv.session_info_from_doc(doc)
    for doc in tables.get("keywords", {}).values():
        conv.keyword_from_doc(doc)
    for i, doc in tables.get("actions", {}).items():
        conv.action_from_doc(int(i), doc)
    for i, doc in tables.get("learning", {}).items():
        conv.learning_from_doc(int(i), doc)


class Files:
    """Checked reads and locked writes of a workspace's tandem and session files."""

    KEPT = 8  # session storages kept between locked operations (the live sessions')

    def __init__(self, layout: Layout, backend: Backend) -> None:
        self.layout = layout
        self.backend = backend
        # The storage of each session file written lately, kept with what it last read
        # and checked: the next save of that session reads only what changed since.
        self._kept: dict[Path, FileStorage] = {}
        self._kept_lock = threading.Lock()

    def backups(self, tandem_id: str) -> Backups | None:
        """The tandem's backups; ``None`` where the backend keeps none."""
        return self.backend.backups(self.layout.backups(tandem_id))

    def storage(self, tandem_id: str, path: Path, kind: str) -> FileStorage:
        return self.backend.storage(path, kind, self.backups(tandem_id))

    def signature(self, path: Path) -> Signature | None:
        """Changes whenever the file does; one ``stat`` on disk."""
        return self.backend.signature(path)

    def read(self, tandem_id: str, path: Path, kind: str, storage: Storage | None = None) -> Tables:
        """The file's tables, checked; an unreadable file is reported with its newest
        good backup."""
        if not folder_name(tandem_id):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        self.refuse_links(path)
        if storage is None:
            storage = self.backend.storage(path, kind, None)
        try:
            tables = storage.read()
        except UnreadableFile as exc:
            raise self.with_backup(exc, tandem_id, kind) from None
        if tables is None:
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return tables

    def existing_tandem(self, tandem_id: str) -> Path:
        """The tandem's file, checked before any lock is taken.

        Taking the lock creates the lock file and so the tandem's folder: for an id that
        names no tandem, that stray folder would make the next tandem of that name get a
        "-2" id, and an id such as ``../x`` would create folders outside the workspace.
        """
        path = self.layout.tandem_file(tandem_id)
        if not folder_name(tandem_id):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        self.refuse_links(path)
        if not self.backend.exists(path):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return path

    def tandem_lock(self, tandem_id: str) -> AbstractContextManager[None]:
        """The tandem's lock; never creates the tandem's folder (an erase may have won)."""
        gone = NotFound(messages.NO_TANDEM.format(id=tandem_id))
        return self.backend.lock(self.layout.tandem_lock(tandem_id), gone)

    def refuse_links(self, path: Path) -> None:
        """Refuse ``path`` when it, or a folder on the way to it from the workspace, is a
        symbolic link: inside the workspace rmtui follows only links it made (none)."""
        self.backend.refuse_links(self.layout.root, path)

    def with_backup(self, exc: UnreadableFile, tandem_id: str, kind: str) -> UnreadableFile:
        """``exc`` naming the tandem, the session and the newest good backup."""
        if isinstance(exc, FutureSchema):
            # Not broken, only newer: the cure is upgrading rmtui, not an older backup.
            return exc
        exc.tandem_id = tandem_id
        if kind == "session" and exc.path.stem.isdigit():
            exc.session = int(exc.path.stem)
        backups = self.backups(tandem_id)
        if backups is not None:
            exc.backup = backups.newest_good(exc.path, kind)
            if exc.backup is None:  # "no backup exists" would be untrue beside damaged ones
                exc.damaged_backups = len(backups.copies(backup_stem(exc.path)))
        return exc

    def convert(self, path: Path, tandem_id: str, kind: str, fn: Callable[[], T]) -> T:
        """``fn()``, with a record of the wrong shape reported as the file's damage."""
        try:
            return fn()
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            err = CorruptFile(path, f"a record has the wrong shape: {exc}")
            raise self.with_backup(err, tandem_id, kind) from None

    @contextmanager
    def write_tandem(self, tandem_id: str) -> Iterator[TinyDB]:
        """The tandem's file opened for a locked read-modify-write."""
        path = self.existing_tandem(tandem_id)
        with self.tandem_lock(tandem_id):
            self.sweep(tandem_id)
            storage = self.storage(tandem_id, path, "tandem")
            # Refuse a file that does not read or convert before TinyDB can rewrite it: a
            # record of the wrong shape would otherwise be carried into a fresh file. The
            # storage keeps what it decoded, so TinyDB's own reads cost no second parse.
            tables = self.read(tandem_id, path, "tandem", storage)
            self.convert(path, tandem_id, "tandem", lambda: check_tandem(tables))
            yield open_db(storage)

    def sweep(self, tandem_id: str) -> None:
        """Remove temp files left by a crash mid-write (held under the tandem's lock).

        Done on tandem writes (keywords, session index), which are rare, rather than on
        note saves, which must stay cheap.
        """
        folder = self.layout.tandem_dir(tandem_id)
        self.backend.sweep((folder, folder / "sessions", self.layout.backups(tandem_id)))

    @contextmanager
    def locked_session(self, tandem_id: str, n: int) -> Iterator[FileStorage]:
        """The storage of an existing session file, under the tandem's lock."""
        self.existing_tandem(tandem_id)
        path = self.layout.session_file(tandem_id, n)
        self.refuse_links(path)
        with self.tandem_lock(tandem_id):
            if not self.backend.exists(path):
                raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{n}"))
            storage = self._kept_storage(tandem_id, path)
            try:
                yield storage
            except BaseException:
                # What it holds may be half changed by the failed operation: read afresh.
                with self._kept_lock:
                    self._kept.pop(path, None)
                raise

    def _kept_storage(self, tandem_id: str, path: Path) -> FileStorage:
        """The session file's storage kept by this workspace (used under the tandem's
        lock only, so one operation at a time uses it)."""
        with self._kept_lock:
            storage = self._kept.pop(path, None)
            if storage is None:
                storage = self.storage(tandem_id, path, "session")
            self._kept[path] = storage  # the newest last
            while len(self._kept) > self.KEPT:
                del self._kept[next(iter(self._kept))]
            return storage

    @contextmanager
    def write_session(self, tandem_id: str, n: int) -> Iterator[TinyDB]:
        """A session file opened for a locked read-modify-write."""
        with self.locked_session(tandem_id, n) as storage:
            # Read and convert up front, notes too, so an unreadable file is reported with
            # its newest good backup and never rewritten (a record of the wrong shape would
            # otherwise be carried into the new file).
            path = self.layout.session_file(tandem_id, n)
            tables = self.read(tandem_id, path, "session", storage)
            self.convert(path, tandem_id, "session", lambda: check_session(tables))
            yield open_db(storage)
