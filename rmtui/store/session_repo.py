"""Sessions and notes: one file per session, so a note save rewrites only that file."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from tinydb import TinyDB

from rmtui.core import documents as conv
from rmtui.core import messages
from rmtui.core.live import LIVE
from rmtui.core.model import Note, Session, SessionInfo
from rmtui.store import session_file
from rmtui.store.errors import NotFound
from rmtui.store.files import Files, open_db
from rmtui.store.repository import Tandems
from rmtui.store.running import Running
from rmtui.store.session_file import Signature
from rmtui.store.storage import Tables

NoteMaker = Callable[[Session, float], Note]


@dataclass(frozen=True, slots=True)
class SavedNote:
    """A note as saved, and the session file's signature just before and after the save:
    a reader that had seen ``before`` has seen everything but this note at ``after``."""

    note: Note
    before: Signature | None
    after: Signature | None


class Sessions:
    """Sessions of a tandem and their timed notes."""

    def __init__(self, files: Files, tandems: Tandems) -> None:
        self.files = files
        self.tandems = tandems
        self.running = Running(files)

    def add_session(self, session: Session) -> Session:
        """Store a new session for its tandem; its number is the next free one."""
        tandem_id = session.tandem_id
        with self.files.write_tandem(tandem_id) as db:
            index = db.table("sessions")
            n = max((int(d["n"]) for d in index.all()), default=0) + 1
            while self.files.backend.exists(self.files.layout.session_file(tandem_id, n)):
                n += 1  # a session file left by a crash before its index entry
            stored = replace(session, n=n, notes=[])
            live = stored.status in LIVE
            with self.running.changing(tandem_id, n, True) if live else nullcontext():
                path = self.files.layout.session_file(tandem_id, n)
                sdb = open_db(self.files.storage(tandem_id, path, "session"))
                sdb.table("session").insert(conv.session_to_doc(stored))
                index.insert(conv.session_info_to_doc(session_file.info(stored)))
            return stored

    def session(self, tandem_id: str, n: int) -> Session:
        path = self._session_path(tandem_id, n)
        tables = self.files.read(tandem_id, path, "session")
        return self.files.convert(
            path, tandem_id, "session", lambda: session_file.to_session(tables)
        )

    def _session_path(self, tandem_id: str, n: int) -> Path:
        path = self.files.layout.session_file(tandem_id, n)
        if not self.files.backend.exists(path):
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
        path = self.files.layout.session_file(tandem_id, n)
        with self.files.write_session(tandem_id, n) as db:
            tables = self._session_tables(db)
            session = self.files.convert(
                path, tandem_id, "session", lambda: session_file.to_session(tables)
            )
            before = session_file.info(session)
            change(session)
            session.tandem_id, session.n = tandem_id, n
            after = session_file.info(session)
            going_live = after.status in LIVE and before.status not in LIVE
            leaving = before.status in LIVE and after.status not in LIVE
            pointer = (
                self.running.changing(tandem_id, n, going_live)
                if going_live or leaving
                else nullcontext()
            )
            with pointer:
                if after != before and going_live:
                    self._set_index_entry(tandem_id, after)
                doc_id, _ = session_file.record(tables)
                db.table("session").update(conv.session_to_doc(session), doc_ids=[doc_id])
                if after != before and not going_live:
                    self._set_index_entry(tandem_id, after)
            return session

    def _set_index_entry(self, tandem_id: str, entry: SessionInfo) -> None:
        with self.files.write_tandem(tandem_id) as db:
            index = db.table("sessions")
            ids = [d.doc_id for d in index.all() if d.get("n") == entry.n]
            if ids:
                index.update(conv.session_info_to_doc(entry), doc_ids=ids)
            else:  # an entry lost to a crash between the two files
                index.insert(conv.session_info_to_doc(entry))

    def live_sessions(self) -> list[tuple[str, SessionInfo]]:
        """(tandem id, index entry) of every session running or paused in the workspace,
        as the session files say (``Running``: one small file and the live sessions'
        heads, whatever the size of the workspace). Tandems that cannot be read are left
        out (``scan`` reports them)."""
        return self.running.live_sessions()

    def session_signature(self, tandem_id: str, n: int) -> Signature | None:
        """Changes whenever the session file does (every write renames a new file over it).

        One ``stat``, no read: cheap enough for a screen to poll for notes that another
        process (``rmtui note add``) saved. ``None`` when the session does not exist.
        """
        return self.files.signature(self.files.layout.session_file(tandem_id, n))

    def session_signatures(self, tandem_id: str) -> dict[int, Signature]:
        """The signature of each session file of the tandem, by number, in one look at
        its folder (plain names: the home screen and search ask it of every tandem). A
        link is signed as itself, so it never matches a signature a read took, and the
        read that follows refuses it."""
        folder = self.files.layout.sessions_dir(tandem_id)
        return {
            int(name[:-5]): sig
            for name, sig in self.files.backend.signatures(folder).items()
            if name.endswith(".json") and name[:-5].isdigit()
        }

    def add_note(self, tandem_id: str, n: int, note: Note) -> Note:
        """Store ``note`` durably in its session; only that session's file is rewritten."""
        return self.save_note(tandem_id, n, lambda _session, _last: note).note

    def add_notes(self, tandem_id: str, n: int, notes: list[Note]) -> list[Note]:
        """Store many notes with one write (imports, demo data, large test fixtures)."""
        with self.files.write_session(tandem_id, n) as db:
            ids = db.table("notes").insert_multiple(conv.note_to_doc(note) for note in notes)
            return [replace(note, id=i) for note, i in zip(notes, ids, strict=True)]

    def save_note(self, tandem_id: str, n: int, make: NoteMaker) -> SavedNote:
        """Store the note ``make`` builds, durably, and return it with its id and the
        file's signatures around the save.

        ``make`` runs inside the lock with the session as it is on disk now (without its
        notes) and the latest stamp among its notes, so a note is stamped with the clock
        and current item even when another process has just changed them.
        """
        path = self.files.layout.session_file(tandem_id, n)
        with self.files.locked_session(tandem_id, n) as storage:
            before = self.files.signature(path)
            tables = self.files.read(tandem_id, path, "session", storage)
            head = self.files.convert(
                path,
                tandem_id,
                "session",
                lambda: session_file.to_session(tables, with_notes=False),
            )
            # Every note converts too, so a file `note list` calls unreadable is never
            # added to; the storage this workspace keeps for the session checks each note
            # once, not again at every save.
            self.files.convert(
                path,
                tandem_id,
                "session",
                lambda: storage.check_records("notes", conv.note_from_doc),
            )
            note = make(head, session_file.last_elapsed(tables))
            doc_id = storage.insert("notes", conv.note_to_doc(note))  # one line appended
            return SavedNote(replace(note, id=doc_id), before, self.files.signature(path))

    def update_note(
        self, tandem_id: str, n: int, note_id: int, change: Callable[[Note], None]
    ) -> Note:
        """Apply ``change`` to one note (text, kind, private flag) in one locked step."""
        with self.files.write_session(tandem_id, n) as db:
            note = self._note(db, tandem_id, n, note_id)
            change(note)
            note.id = note_id
            db.table("notes").update(conv.note_to_doc(note), doc_ids=[note_id])
            return note

    def delete_note(self, tandem_id: str, n: int, note_id: int) -> Note:
        """Remove one note for good; returns it as it was."""
        with self.files.write_session(tandem_id, n) as db:
            note = self._note(db, tandem_id, n, note_id)
            db.table("notes").remove(doc_ids=[note_id])
            return note

    def _note(self, db: TinyDB, tandem_id: str, n: int, note_id: int) -> Note:
        doc = self._session_tables(db).get("notes", {}).get(str(note_id))
        if doc is None:
            raise NotFound(messages.NO_NOTE.format(id=f"{tandem_id}/{n}", note=note_id))
        path = self.files.layout.session_file(tandem_id, n)
        return self.files.convert(
            path, tandem_id, "session", lambda: conv.note_from_doc(note_id, doc)
        )
