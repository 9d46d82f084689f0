"""The base of the workspace repository: locked read-modify-writes of checked files.

Every change is a locked read-modify-write of one file: a fresh TinyDB is opened inside
the tandem's lock, so another process's write is always seen and never lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from tinydb import TinyDB
from tinydb.storages import Storage

from rmtui.core import messages
from rmtui.core.model import Action, Keyword, LearningEntry, SessionInfo, Tandem
from rmtui.store import converters as conv
from rmtui.store.atomic import remove_stale_temps
from rmtui.store.backend import Backend, DiskBackend
from rmtui.store.backups import Backups
from rmtui.store.errors import CorruptFile, FutureSchema, NotFound, UnreadableFile
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
    return tandem_id not in ("", ".", "..") and "/" not in tandem_id and "\0" not in tandem_id


def _open(storage: Storage) -> TinyDB:
    return TinyDB(storage=lambda: storage)


@dataclass(frozen=True, slots=True)
class TandemSummary:
    """What the home screen and ``tandem list`` show of one tandem."""

    tandem: Tandem
    sessions: list[SessionInfo]
    keywords: list[Keyword]
    actions: list[Action] = field(default_factory=list)
    learning: list[LearningEntry] = field(default_factory=list)

    @property
    def sessions_done(self) -> int:
        return sum(1 for s in self.sessions if s.status == "done")


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
    def _locked_session(self, tandem_id: str, n: int) -> Iterator[Storage]:
        """The storage of an existing session file, under the tandem's lock."""
        self._existing_tandem(tandem_id)
        path = self.layout.session_file(tandem_id, n)
        with self.backend.lock(self.layout.tandem_lock(tandem_id)):
            if not self.backend.exists(path):
                raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{n}"))
            yield self._storage(tandem_id, path, "session")

    @contextmanager
    def _write_session(self, tandem_id: str, n: int) -> Iterator[TinyDB]:
        with self._locked_session(tandem_id, n) as storage:
            # Read up front so an unreadable file is reported with its newest good backup.
            self._read(tandem_id, self.layout.session_file(tandem_id, n), "session", storage)
            yield _open(storage)

    # --- reading tandems --------------------------------------------------------------

    def tandem_ids(self) -> list[str]:
        return [
            name
            for name in self.backend.children(self.layout.tandems)
            if self.backend.exists(self.layout.tandem_file(name))
        ]

    def summary(self, tandem_id: str) -> TandemSummary:
        path = self.layout.tandem_file(tandem_id)
        return self._summarize(tandem_id, path, self._read(tandem_id, path, "tandem"))

    def session_index(self, tandem_id: str) -> list[SessionInfo]:
        """The tandem's session index, without converting its keywords and records."""
        return self._tandem_part(tandem_id, _index)

    def keywords(self, tandem_id: str) -> list[Keyword]:
        """The tandem's keywords, without converting its index and records."""
        return self._tandem_part(tandem_id, _keywords)

    def _tandem_part(self, tandem_id: str, part: Callable[[Tables], T]) -> T:
        path = self.layout.tandem_file(tandem_id)
        tables = self._read(tandem_id, path, "tandem")

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
