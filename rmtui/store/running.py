"""Which sessions are under way, found without reading every tandem: ``<workspace>/.running``.

A small derived file naming the sessions running or paused (tandem id and number), so
``rmtui note add`` without a session and the TUI's resume offer read one small file and
the head of each session it names, whatever the size of the workspace. It is never the
source of truth: the session files are. It is trusted only while

- it reads as rmtui wrote it (else: damaged),
- the ``tandems/`` folder is as it was when it was written (a tandem added, erased or
  copied in by hand changes the folder), and
- every session it names is still running or paused (else: stale);

otherwise it is rebuilt from the files (the tandems' indexes, then the live sessions'
heads) under its own lock and written again.

Writers keep it a superset of the live sessions: a session going live is entered before
its index entry and its file are written, and one leaving is taken out after both, with
the pointer's lock held throughout (always the last lock taken, so no lock order can
deadlock). A crash in between leaves a session named that is not live, which a reader
takes as stale. A change the writers cannot describe (an import, a restore) removes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from rmtui.core import documents as conv
from rmtui.core.live import LIVE
from rmtui.core.model import SessionInfo
from rmtui.store import session_file
from rmtui.store.errors import NotFound, UnreadableFile, WriteFailed, WriteUncertain
from rmtui.store.files import Files, folder_name
from rmtui.store.storage import dumps

KIND = "running"
VERSION = 1
Entry = tuple[str, int]
Live = list[tuple[str, SessionInfo]]
ChangeEntries = Callable[[set[Entry]], set[Entry]]


class Running:
    """The workspace's pointer to its live sessions (see the module's docstring)."""

    def __init__(self, files: Files) -> None:
        self.files = files

    @property
    def path(self) -> Path:
        return self.files.layout.root / ".running"

    @property
    def lock_path(self) -> Path:
        return self.files.layout.root / ".running.lock"

    # --- reading ------------------------------------------------------------------------

    def live_sessions(self) -> Live:
        """(tandem id, index entry) of every session running or paused, as the session
        files say; from the pointer when it can be trusted, else from every tandem."""
        found = self._trusted()
        if found is not None:
            return found
        if not self.files.backend.is_folder(self.files.layout.tandems):
            return []  # no tandem yet: a reader creates nothing (not even the workspace)
        try:
            with self.files.backend.lock(self.lock_path):
                stamp = self._stamp()
                found = self.scan()
                self._write(stamp, [(tandem_id, info.n) for tandem_id, info in found])
                return found
        except (WriteFailed, WriteUncertain):
            return self.scan()  # a read-only workspace: the truth, without the pointer

    def _trusted(self) -> Live | None:
        entries = self._entries()
        if entries is None:
            return None
        found: Live = []
        for tandem_id, n in entries:
            info = self._live_info(tandem_id, n)
            if info is None:
                return None  # stale: a crash between two writes, or a hand edit
            found.append((tandem_id, info))
        return found

    def _entries(self) -> list[Entry] | None:
        """The sessions the pointer names, if it reads cleanly and the folder of tandems
        is as it was when it was written."""
        raw = self.files.backend.read_derived(self.path)
        if raw is None:
            return None
        try:
            doc = json.loads(raw)
            if not (
                isinstance(doc, dict)
                and doc.get("rmtui") == KIND
                and doc.get("schema") == VERSION
                and doc.get("tandems") == self._stamp()
                and isinstance(doc.get("sessions"), list)
            ):
                return None
            entries: list[Entry] = []
            for tandem_id, n in doc["sessions"]:
                if not isinstance(tandem_id, str) or not folder_name(tandem_id):
                    return None
                if not isinstance(n, int) or isinstance(n, bool):
                    return None
                entries.append((tandem_id, n))
        except (ValueError, TypeError):
            return None
        return entries

    def _stamp(self) -> list[int] | None:
        signature = self.files.signature(self.files.layout.tandems)
        return None if signature is None else list(signature)

    def _live_info(self, tandem_id: str, n: int) -> SessionInfo | None:
        """Session ``n``'s index entry as its file has it, when it is running or paused."""
        path = self.files.layout.session_file(tandem_id, n)
        try:
            self.files.refuse_links(path)  # as every read of a workspace file does
        except UnreadableFile:
            return None
        raw = self.files.backend.head(path)
        record = None if raw is None else session_file.head_record(raw)
        try:
            if record is None:
                tables = self.files.read(tandem_id, path, "session")
                head = session_file.to_session(tables, with_notes=False)
                head.n = n
                info = session_file.info(head)
            else:
                info = conv.session_info_from_doc({**record, "n": n})
        except (UnreadableFile, NotFound, ValueError, KeyError, TypeError, AttributeError):
            return None
        return info if info.status in LIVE else None

    def scan(self) -> Live:
        """Every live session, from the files: each tandem's index names the candidates
        (a session goes live in its index first and leaves it last), its file decides.

        Reads only: it runs under the pointer's lock, which writers take while holding
        their tandem's lock, so it must take no tandem lock itself.
        """
        found: Live = []
        layout = self.files.layout
        for tandem_id in self.files.backend.children(layout.tandems):
            if not folder_name(tandem_id):
                continue
            try:
                tables = self.files.read(tandem_id, layout.tandem_file(tandem_id), "tandem")
            except (UnreadableFile, NotFound):
                continue  # reported where the tandem is opened
            numbers: set[int] = set()
            for doc in tables.get("sessions", {}).values():
                n = doc.get("n") if isinstance(doc, dict) else None
                if isinstance(n, int) and not isinstance(n, bool) and doc["status"] in LIVE:
                    numbers.add(n)
            for n in sorted(numbers):
                info = self._live_info(tandem_id, n)
                if info is not None:
                    found.append((tandem_id, info))
        return found

    # --- writing ------------------------------------------------------------------------

    @contextmanager
    def changing(self, tandem_id: str, n: int, live: bool) -> Iterator[None]:
        """Around the writes that take session ``n`` live (``live``) or out of it: the
        pointer names it before they start, or stops naming it once they are done."""
        with self.files.backend.lock(self.lock_path):
            if live:
                # Refused when it cannot be written: the session must not go live unnamed.
                self._edit(lambda entries: entries | {(tandem_id, n)})
            yield
            if not live:
                # Not written: it names a session no longer live, which readers rebuild.
                with suppress(WriteFailed, WriteUncertain):
                    self._edit(lambda entries: entries - {(tandem_id, n)})

    @contextmanager
    def tandems_changing(self, erased: str | None = None) -> Iterator[None]:
        """Around adding or erasing a tandem (under the workspace lock): the pointer
        follows the folder of tandems when it was trusted before, and forgets an erased
        tandem's sessions."""
        with self.files.backend.lock(self.lock_path):
            entries = self._entries()
            yield
            if entries is None:
                return
            kept = [(t, n) for t, n in entries if t != erased]
            try:
                self._write(self._stamp(), kept)
            except (WriteFailed, WriteUncertain):
                self.files.backend.remove_derived(self.path)

    @contextmanager
    def forgetting(self) -> Iterator[None]:
        """Around a change the pointer cannot follow (an import, a restore): it is removed
        once the change is written, and no reader rebuilds it meanwhile."""
        with self.files.backend.lock(self.lock_path):
            self.files.backend.remove_derived(self.path)
            try:
                yield
            finally:
                self.files.backend.remove_derived(self.path)

    def _edit(self, change: ChangeEntries) -> None:
        entries = self._entries()
        if entries is None:
            return  # missing or not trusted: the next reader rebuilds it from the files
        self._write(self._stamp(), sorted(change(set(entries))))

    def _write(self, stamp: list[int] | None, entries: list[Entry]) -> None:
        doc = {"rmtui": KIND, "schema": VERSION, "tandems": stamp, "sessions": entries}
        self.files.backend.write_derived(self.path, dumps(doc))
