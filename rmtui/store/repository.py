"""Reading a workspace's tandems: their files, checked and converted, with the session
index kept in step with the session files a crash left ahead of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rmtui.core import documents as conv
from rmtui.core.live import LIVE
from rmtui.core.model import Keyword, SessionInfo, Tandem
from rmtui.store import session_file
from rmtui.store.errors import NotFound, UnreadableFile, WriteFailed
from rmtui.store.files import Files, folder_name
from rmtui.store.session_file import Signature
from rmtui.store.storage import Tables

if TYPE_CHECKING:
    from rmtui.core.summary import TandemSummary  # loaded by a summary, not by a note save

T = TypeVar("T")


class Tandems:
    """The tandem files of a workspace, read and checked."""

    def __init__(self, files: Files) -> None:
        self.files = files
        # Status of each live session file as last read, by the file's signature.
        self._live_heads: dict[Path, tuple[Signature, str]] = {}

    def tandem_ids(self) -> list[str]:
        """Every tandem folder; a symbolic link among them is listed so that reading it
        reports it (``scan`` shows it as a problem, as every verb that names it does)."""
        backend, layout = self.files.backend, self.files.layout
        return [
            name
            for name in backend.children(layout.tandems)
            if folder_name(name)
            and (backend.exists(layout.tandem_file(name)) or self._link(layout.tandem_dir(name)))
        ]

    def tandem_signatures(self) -> dict[str, Signature | None]:
        """``tandem_ids`` with each tandem file's signature, in one look at each: ``None``
        where a link stands in the way (reading the tandem reports it)."""
        found = self.files.backend.tandem_signatures(self.files.layout)
        return {name: sig for name, sig in found.items() if folder_name(name)}

    def _link(self, folder: Path) -> bool:
        backend = self.files.backend
        return backend.lexists(folder) and not backend.is_folder(folder)

    def summary(self, tandem_id: str) -> TandemSummary:
        path = self.files.layout.tandem_file(tandem_id)
        return self.summarize(tandem_id, path, self.tables(tandem_id))

    def tables(self, tandem_id: str) -> Tables:
        """The tandem file's tables, its session index repaired where a crash left it
        behind a session file (see ``_lagging``)."""
        tables = self.files.read(tandem_id, self.files.layout.tandem_file(tandem_id), "tandem")
        if not self._lagging(tandem_id, tables):
            return tables
        return self._repair_index(tandem_id, tables)

    def lagging(self, tandem_id: str, index: Iterable[SessionInfo]) -> bool:
        """Whether ``index`` (as the workspace summary keeps it) is one a crash left
        behind a session file (then ``tables`` reads and repairs it)."""
        for info in index:
            if info.status in LIVE:
                found = self._file_info(tandem_id, info.n)
                if found is not None and found.status != info.status:
                    return True
        return False

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
        path = self.files.layout.session_file(tandem_id, n)
        signature = self.files.signature(path)
        if signature is None:
            return None
        seen = self._live_heads.get(path)
        if seen is not None and seen[0] == signature and seen[1] in LIVE:
            return None  # unchanged since it was read live: nothing to repair
        raw = self.files.backend.head(path)
        record = None if raw is None else session_file.head_record(raw)
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
            tables = self.files.read(tandem_id, path, "session")
            head = session_file.to_session(tables, with_notes=False)
        except (UnreadableFile, NotFound, ValueError, KeyError, TypeError, AttributeError):
            return None  # reported where the session is opened
        head.n = n
        return session_file.info(head)

    def _repair_index(self, tandem_id: str, tables: Tables) -> Tables:
        """Bring the index in step with the session files, under the tandem's lock."""
        try:
            with self.files.write_tandem(tandem_id) as db:
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
        path = self.files.layout.tandem_file(tandem_id)
        tables = self.tables(tandem_id)

        def convert() -> T:
            _profile(tables)  # a file without its profile is refused whatever is asked
            return part(tables)

        return self.files.convert(path, tandem_id, "tandem", convert)

    def summarize(self, tandem_id: str, path: Path, tables: Tables) -> TandemSummary:
        """The tandem's summary from its tables."""
        from rmtui.core.summary import TandemSummary

        def convert() -> TandemSummary:
            tandem = _profile(tables)
            actions = [
                conv.action_from_doc(int(i), d) for i, d in tables.get("actions", {}).items()
            ]
            entries = [
                conv.learning_from_doc(int(i), d) for i, d in tables.get("learning", {}).items()
            ]
            return TandemSummary(tandem, _index(tables), _keywords(tables), actions, entries)

        return self.files.convert(path, tandem_id, "tandem", convert)


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
