"""The workspace repository: tandems and keyword lists, on top of sessions and notes."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmtui.core import documents as conv
from rmtui.core import messages
from rmtui.core.model import (
    Action,
    Keyword,
    KeywordStatus,
    LearningEntry,
    Note,
    Session,
    SessionInfo,
    Tandem,
)
from rmtui.core.text import fold
from rmtui.store import session_file
from rmtui.store.atomic import write_atomic
from rmtui.store.backend import Backend, DiskBackend
from rmtui.store.errors import CorruptFile, FutureSchema, LinkRefused, NotFound, UnreadableFile
from rmtui.store.files import (
    Clock,
    Files,
    check_session,
    check_tandem,
    folder_name,
    local_now,
    open_db,
)
from rmtui.store.paths import Layout
from rmtui.store.repository import Tandems
from rmtui.store.session_file import Signature
from rmtui.store.session_repo import NoteMaker, SavedNote, Sessions
from rmtui.store.storage import Tables, decode, encode

if TYPE_CHECKING:
    # Loaded where they are used: saving a note (``rmtui note add``) needs none of them.
    from rmtui.core.summary import Scan, TandemSummary
    from rmtui.core.tandems import TandemDraft
    from rmtui.store import erase, restore
    from rmtui.store.exports_log import ExportRecord, ExportsLog
    from rmtui.store.note_scan import NoteLine
    from rmtui.store.promotion import Extract, LifeSummary, Owned, Promotion, Promotions
    from rmtui.store.records import Records
    from rmtui.store.search_words import SearchWords
    from rmtui.store.summary_file import SummaryFile

__all__ = ["Clock", "Erasure", "ExportRemoval", "Workspace"]

# Every rmtui export (Markdown and HTML front matter, JSON) names rmtui near its start;
# a file at a logged path without it was replaced by something else and is kept.
EXPORT_MARK = b"rmtui"
EXPORT_MARK_WINDOW = 4096


@dataclass(frozen=True, slots=True)
class Erasure:
    """What an erase found besides the tandem: its logged exports and what it left."""

    exports: list[ExportRecord] | None  # None: the exports log could not be read
    skipped: list[erase.Skipped]

    @property
    def export_files(self) -> list[Path]:
        """The files the tandem's exports wrote (standard output left out), once each."""
        paths = [Path(r.target) for r in self.exports or [] if r.target not in ("", "-")]
        return list(dict.fromkeys(paths))


@dataclass(frozen=True, slots=True)
class ExportRemoval:
    """One export file erase was asked to remove: removed, already gone, or kept (why)."""

    path: Path
    removed: bool
    reason: str | None = None  # why it was kept; None with removed=False: already gone


class Workspace:
    """One mentor's workspace. Builds nothing on disk until the first write.

    Composed of the workspace's ``files`` (layout, backend, backups), shared by its
    tandem files (``tandems``), sessions and notes (``sessions``), actions and learning
    entries (``records``), promotion of notes into records (``promotions``) and the
    exports log (``exports_log``); the methods below are the one API the rest of rmtui
    uses. The records, promotions and exports log are built on first use.
    """

    def __init__(
        self,
        root: Path,
        backend: Backend | None = None,
        now: Clock = local_now,
        settings: Path | None = None,
    ) -> None:
        self.layout = Layout(root, settings)
        self.backend: Backend = backend or DiskBackend()
        self.now = now
        self.files = Files(self.layout, self.backend)
        self.tandems = Tandems(self.files)
        self.sessions = Sessions(self.files, self.tandems)

    # Views over the same files, holding nothing else: each is built on first use (two
    # threads that race to it may build two, alike), and a note save builds none.

    @cached_property
    def summary_file(self) -> SummaryFile:
        from rmtui.store.summary_file import SummaryFile

        return SummaryFile(self.files)

    @cached_property
    def words(self) -> SearchWords:
        from rmtui.store.search_words import SearchWords

        return SearchWords(self.files)

    @cached_property
    def records(self) -> Records:
        from rmtui.store.records import Records

        return Records(self.files, self.tandems)

    @cached_property
    def promotions(self) -> Promotions:
        from rmtui.store.promotion import Promotions

        return Promotions(self.files, self.tandems, self.sessions)

    @cached_property
    def exports_log(self) -> ExportsLog:
        from rmtui.store.exports_log import ExportsLog

        return ExportsLog(self.files)

    @property
    def root(self) -> Path:
        return self.layout.root

    # --- reading tandems ----------------------------------------------------------------

    def tandem_ids(self) -> list[str]:
        return self.tandems.tandem_ids()

    def summary(self, tandem_id: str) -> TandemSummary:
        return self.tandems.summary(tandem_id)

    def session_index(self, tandem_id: str) -> list[SessionInfo]:
        return self.tandems.session_index(tandem_id)

    def keywords(self, tandem_id: str) -> list[Keyword]:
        return self.tandems.keywords(tandem_id)

    def tandem_signature(self, tandem_id: str) -> Signature | None:
        """Like ``session_signature``, for the tandem file (profile, keywords, index)."""
        return self.files.signature(self.layout.tandem_file(tandem_id))

    # --- sessions and notes -------------------------------------------------------------

    def add_session(self, session: Session) -> Session:
        return self.sessions.add_session(session)

    def session(self, tandem_id: str, n: int) -> Session:
        return self.sessions.session(tandem_id, n)

    def update_session(self, tandem_id: str, n: int, change: Callable[[Session], None]) -> Session:
        return self.sessions.update_session(tandem_id, n, change)

    def live_sessions(self) -> list[tuple[str, SessionInfo]]:
        return self.sessions.live_sessions()

    def session_signature(self, tandem_id: str, n: int) -> Signature | None:
        return self.sessions.session_signature(tandem_id, n)

    def note_lines(self, tandem_id: str, n: int) -> list[NoteLine]:
        from rmtui.store.note_scan import note_lines

        return note_lines(self.files, tandem_id, n)

    def add_note(self, tandem_id: str, n: int, note: Note) -> Note:
        return self.sessions.add_note(tandem_id, n, note)

    def add_notes(self, tandem_id: str, n: int, notes: list[Note]) -> list[Note]:
        return self.sessions.add_notes(tandem_id, n, notes)

    def save_note(self, tandem_id: str, n: int, make: NoteMaker) -> SavedNote:
        return self.sessions.save_note(tandem_id, n, make)

    def record_note(self, tandem_id: str, n: int, make: NoteMaker) -> Note:
        return self.sessions.save_note(tandem_id, n, make).note

    def update_note(
        self, tandem_id: str, n: int, note_id: int, change: Callable[[Note], None]
    ) -> Note:
        return self.sessions.update_note(tandem_id, n, note_id, change)

    def delete_note(self, tandem_id: str, n: int, note_id: int) -> Note:
        return self.sessions.delete_note(tandem_id, n, note_id)

    # --- actions and learning -----------------------------------------------------------

    def actions(self, tandem_id: str) -> list[Action]:
        return self.records.actions(tandem_id)

    def add_actions(self, tandem_id: str, actions: list[Action]) -> list[Action]:
        return self.records.add_actions(tandem_id, actions)

    def add_action(self, tandem_id: str, action: Action) -> Action:
        return self.records.add_action(tandem_id, action)

    def update_action(self, tandem_id: str, action_id: int, **changes: Any) -> Action:
        return self.records.update_action(tandem_id, action_id, **changes)

    def learning(self, tandem_id: str) -> list[LearningEntry]:
        return self.records.learning(tandem_id)

    def add_learning(self, tandem_id: str, entries: list[LearningEntry]) -> list[LearningEntry]:
        return self.records.add_learning(tandem_id, entries)

    def update_learning(self, tandem_id: str, entry_id: int, **changes: Any) -> LearningEntry:
        return self.records.update_learning(tandem_id, entry_id, **changes)

    def delete_learning(self, tandem_id: str, entry_id: int) -> None:
        self.records.delete_learning(tandem_id, entry_id)

    def life_summary(self, tandem_id: str) -> LifeSummary:
        return self.promotions.life_summary(tandem_id)

    def life_summaries(self) -> tuple[list[tuple[str, LifeSummary]], list[UnreadableFile]]:
        """What the home screen shows of every tandem: its ``life_summary`` with the
        action records and the learning log counted, not listed (``summary_file.home_life``),
        and a problem for each tandem that cannot be read.

        Read from the tandem's summary (``summary_file``) where its file keeps the
        signature it had when the summary took it, and from the file otherwise (checked
        whole, as any read); the summary is written back when it changed.
        """
        from rmtui.store.summary_file import home_life

        found: list[tuple[str, LifeSummary]] = []
        problems: list[UnreadableFile] = self.folder_problems()
        # Taken without following links: a link in the way has none, and is refused by
        # the reading of the file below, as any read refuses it.
        signatures = self.tandems.tandem_signatures()
        for tandem_id, signature in signatures.items():
            life = self.summary_file.load(tandem_id, signature, self.promotions.unpromoted)
            if life is not None and self.tandems.lagging(tandem_id, life.summary.sessions):
                life = None  # an index a crash left behind its session files: read it
            try:
                if life is None:
                    full = self.promotions.life_summary_of(
                        tandem_id, self.tandems.tables(tandem_id)
                    )
                    if signature is not None:
                        # The signature taken before the read: a write since makes it
                        # differ, and the summary is not written.
                        self.summary_file.save(tandem_id, signature, full)
                    life = home_life(full)
            except UnreadableFile as exc:
                problems.append(exc)
                continue
            except NotFound:
                continue  # erased by another process while we looked
            found.append((tandem_id, life))
        self.summary_file.keep_only(list(signatures))
        return found, problems

    def promote_session(
        self, tandem_id: str, n: int, extract: Extract, follow: Owned | None = None
    ) -> Promotion:
        return self.promotions.promote_session(tandem_id, n, extract, follow)

    # --- exports log and imports --------------------------------------------------------

    def record_export(self, tandem_id: str, record: ExportRecord) -> None:
        self.exports_log.record_export(tandem_id, record)

    def exports(self, tandem_id: str) -> list[ExportRecord]:
        return self.exports_log.exports(tandem_id)

    def import_tandem(
        self,
        tandem: Tandem,
        index: Sequence[SessionInfo],
        sessions: Sequence[Session],
        keywords: Sequence[Keyword],
        actions: Sequence[Action],
        learning: Sequence[LearningEntry],
    ) -> Tandem:
        return self.exports_log.import_tandem(tandem, index, sessions, keywords, actions, learning)

    def discard_import(self, tandem_id: str) -> None:
        self.exports_log.discard_import(tandem_id)

    # --- tandems ------------------------------------------------------------------------

    def tandem(self, tandem_id: str) -> Tandem:
        return self.summary(tandem_id).tandem

    def scan(self) -> Scan:
        """Every tandem that reads cleanly, and a problem for each one that does not."""
        from rmtui.core.summary import Scan

        summaries: list[TandemSummary] = []
        problems: list[UnreadableFile] = self.folder_problems()
        for tandem_id in self.tandem_ids():
            try:
                summaries.append(self.summary(tandem_id))
            except UnreadableFile as exc:
                problems.append(exc)
            except NotFound:
                continue  # erased by another process while we looked
        summaries.sort(key=lambda s: (fold(s.tandem.mentee), s.tandem.id))
        return Scan(summaries, problems)

    def tighten_folders(self) -> list[Path]:
        """Set the workspace's own folders to 0700 where others could open them (made by
        an older rmtui, or by hand); returns the folders changed.

        Only a folder that already holds a workspace is touched, never one that merely
        could (``--workspace ~`` must not close the home folder), and never through a
        link inside it.
        """
        return self.backend.tighten_folders(self.layout)

    def folder_problems(self) -> list[UnreadableFile]:
        """The workspace's own folders that are symbolic links (rmtui does not follow)."""
        problems: list[UnreadableFile] = []
        for folder in (self.layout.tandems, self.layout.backups_root):
            try:
                self.files.refuse_links(folder)
            except LinkRefused as exc:
                problems.append(exc)
        return problems

    def add_tandem(self, draft: TandemDraft) -> Tandem:
        from rmtui.core.tandems import build_tandem

        with self.backend.lock(self.layout.workspace_lock):
            # An erase that stopped half-way (a crash) is finished before an id is given
            # out again: the mentor asked for that data to go.
            with self.sessions.running.tandems_changing():
                self.backend.finish_erase(self.layout)
                taken = self.backend.children(self.layout.tandems)
                tandem = build_tandem(draft, taken, self.now())
                path = self.layout.tandem_file(tandem.id)
                self.files.refuse_links(path)
                db = open_db(self.files.storage(tandem.id, path, "tandem"))
                db.table("profile").insert(conv.tandem_to_doc(tandem))
            return tandem

    def update_tandem(self, tandem_id: str, **changes: Any) -> Tandem:
        with self.files.write_tandem(tandem_id) as db:
            table = db.table("profile")
            doc_id, doc = next(iter((d.doc_id, d) for d in table.all()))
            tandem = replace(conv.tandem_from_doc(dict(doc)), **changes)
            table.update(_whole(conv.tandem_to_doc(tandem)), doc_ids=[doc_id])
            return tandem

    def erase_tandem(self, tandem_id: str) -> Erasure:
        """Delete the tandem's folder and its backups, for good, all or nothing.

        Holds the tandem's lock throughout, so no writer puts a file or a backup back;
        writers that come after find no tandem. Returns the exports the tandem's log names
        (``None`` when the log could not be read) and what was left alone.
        """
        gone = NotFound(messages.NO_TANDEM.format(id=tandem_id))
        if not folder_name(tandem_id):
            raise gone
        exports: list[ExportRecord] | None
        with self.backend.lock(self.layout.workspace_lock):
            folder = self.layout.tandem_dir(tandem_id)
            if not self.backend.lexists(folder):
                aside = self.backend.set_aside(self.layout, tandem_id)
                if aside is not None:  # a retry of an erase that stopped
                    exports = _exports_in(aside)
                    self.backend.finish_erase(self.layout)
                    self.summary_file.drop(tandem_id)
                    return Erasure(exports, [])
                raise gone
            if not self.backend.is_folder(folder):
                raise NotFound(messages.ERASE_NOT_A_FOLDER.format(id=tandem_id))
            with (
                self.backend.lock(self.layout.tandem_lock(tandem_id), gone),
                self.sessions.running.tandems_changing(erased=tandem_id),
            ):
                try:
                    exports = self.exports(tandem_id)
                except (UnreadableFile, NotFound):
                    exports = None
                skipped = self.backend.erase(self.layout, tandem_id)
                self.summary_file.drop(tandem_id)
            return Erasure(exports, skipped)

    def remove_exports(self, records: list[ExportRecord]) -> list[ExportRemoval]:
        """Delete the files these exports wrote, where they still are rmtui exports."""
        done: list[ExportRemoval] = []
        seen: set[str] = set()
        for record in records:
            # Only files: not standard output ("-") nor the clipboard (no path at all).
            if not Path(record.target).is_absolute() or record.target in seen:
                continue
            seen.add(record.target)
            done.append(_remove_export(Path(record.target)))
        return done

    def restore_tandem(self, tandem_id: str, backup: Path | None = None) -> tuple[Path, Path]:
        """Put the newest good backup (or ``backup``) in place of the tandem's broken file.

        The unreadable file is renamed aside (bytes intact). Returns (backup, aside).
        """
        plan = self.plan_restore(tandem_id, backup=backup)
        aside = self.restore(plan)
        return plan.backup, aside or plan.target

    def broken_files(self, tandem_id: str) -> list[tuple[int | None, Path]]:
        """The tandem's files that cannot be read: (None, tandem.json), (n, session n)."""
        broken: list[tuple[int | None, Path]] = []
        if self._readable(tandem_id, self.layout.tandem_file(tandem_id), "tandem") is False:
            broken.append((None, self.layout.tandem_file(tandem_id)))
        sessions = self.layout.tandem_dir(tandem_id) / "sessions"
        numbers = sorted(
            int(p.stem) for p in _listing(sessions) if p.suffix == ".json" and p.stem.isdigit()
        )
        for n in numbers:
            path = self.layout.session_file(tandem_id, n)
            if self._readable(tandem_id, path, "session") is False:
                broken.append((n, path))
        return broken

    def plan_restore(
        self, tandem_id: str, session: int | None = None, backup: Path | None = None
    ) -> restore.RestorePlan:
        """Which file a restore would replace, by which backup, and what it would lose.

        Without ``session`` or ``backup``, the file is the one that cannot be read. Nothing
        is changed; ``restore`` does it.
        """
        from rmtui.store import restore

        if not folder_name(tandem_id) or tandem_id not in self.backend.children(
            self.layout.tandems
        ):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        self.files.refuse_links(self.layout.tandem_file(tandem_id))
        good: bytes | None = None
        if backup is not None:
            good = _read_backup(backup)
            kind = restore.kind_of(good) or ("session" if session is not None else "tandem")
            tables = decode(backup, good, kind)
            if kind == "session":
                session = session or restore.session_of_backup(backup, tables)
                if session is None:
                    raise restore.RestoreRefused(messages.RESTORE_WHICH_SESSION.format(path=backup))
        elif session is None:
            broken = self.broken_files(tandem_id)
            if not broken:
                raise restore.RestoreRefused(messages.RESTORE_NOTHING_BROKEN.format(id=tandem_id))
            if broken[0][0] is not None and len(broken) > 1:
                numbers = ", ".join(str(n) for n, _ in broken)
                raise restore.RestoreRefused(
                    messages.RESTORE_SEVERAL.format(id=tandem_id, numbers=numbers)
                )
            session = broken[0][0]
        kind = "tandem" if session is None else "session"
        target = (
            self.layout.tandem_file(tandem_id)
            if session is None
            else self.layout.session_file(tandem_id, session)
        )
        self.files.refuse_links(target)
        if backup is None:
            backups = self.files.backups(tandem_id)
            backup = None if backups is None else backups.newest_good(target, kind)
            if backup is None:
                raise NotFound(messages.NO_BACKUP)
            good = _read_backup(backup)
        assert good is not None
        tables = decode(backup, good, kind)
        # A backup named with --from is checked like any file before it goes in place.
        self.files.convert(backup, tandem_id, kind, lambda: _check(kind, tables))
        differ: tuple[tuple[str, int], ...] = ()
        now_tables = self._tables_if_readable(tandem_id, target, kind)
        if now_tables is not None:
            differ = restore.differences(kind, now_tables, tables)
        try:
            age = time.time() - backup.stat().st_mtime
        except OSError:
            age = 0.0
        return restore.RestorePlan(
            tandem_id=tandem_id,
            target=target,
            kind=kind,
            session=session,
            backup=backup,
            good=good,
            age=age,
            readable=now_tables is not None,
            differ=differ,
        )

    def restore(self, plan: restore.RestorePlan, replace_readable: bool = False) -> Path | None:
        """Do what ``plan`` says; returns where the replaced file was kept (None: there
        was none). A file that reads cleanly is replaced only with ``replace_readable``."""
        from rmtui.store.restore import RestoreRefused

        tandem_id, target = plan.tandem_id, plan.target
        with self.files.tandem_lock(tandem_id):
            # Checked again under the lock: another process may have written it since.
            readable = self._readable(tandem_id, target, plan.kind)
            if readable and not replace_readable:
                raise RestoreRefused(messages.RESTORE_READABLE.format(path=target))
            good = plan.good
            if plan.kind == "tandem":
                good = self._with_session_files(tandem_id, plan.backup, good)
            aside: Path | None = None
            if os.path.lexists(target):
                label = "replaced" if readable else "corrupt"
                aside = _free_name(
                    target, f"{target.name}.{label}-{time.strftime('%Y%m%dT%H%M%S')}"
                )
                os.replace(target, aside)
            # A restored file may hold a session under way: the pointer is rebuilt.
            with self.sessions.running.forgetting():
                write_atomic(target, good)
            return aside

    def _with_session_files(self, tandem_id: str, backup: Path, good: bytes) -> bytes:
        """The backup's tables with the session index taken from the session files that
        read cleanly: sessions held after the backup was taken stay in the tandem."""
        from rmtui.store.restore import with_sessions

        entries: list[dict[str, Any]] = []
        for n in sorted(
            int(p.stem)
            for p in _listing(self.layout.tandem_dir(tandem_id) / "sessions")
            if p.suffix == ".json" and p.stem.isdigit()
        ):
            path = self.layout.session_file(tandem_id, n)
            tables = self._tables_if_readable(tandem_id, path, "session")
            if tables is None:
                continue
            head = session_file.to_session(tables, with_notes=False)
            head.n = n
            entries.append(conv.session_info_to_doc(session_file.info(head)))
        if not entries:
            return good
        return encode(with_sessions(decode(backup, good, "tandem"), entries), "tandem")

    def _readable(self, tandem_id: str, path: Path, kind: str) -> bool | None:
        """Whether ``path`` reads and converts cleanly; ``None`` when it does not exist."""
        if not os.path.lexists(path):
            return None
        return self._tables_if_readable(tandem_id, path, kind) is not None

    def _tables_if_readable(self, tandem_id: str, path: Path, kind: str) -> Tables | None:
        try:
            tables = self.files.read(tandem_id, path, kind)
            self.files.convert(path, tandem_id, kind, lambda: _check(kind, tables))
        except FutureSchema:
            # Newer, not broken: never replaced as if it were unreadable.
            return {}
        except (UnreadableFile, NotFound):
            return None
        return tables

    # --- keywords -----------------------------------------------------------------------

    def add_keywords(self, tandem_id: str, words: list[str]) -> list[Keyword]:
        """Add the words not yet on the list; returns the keywords actually added."""
        from rmtui.core.tandems import merge_keywords

        with self.files.write_tandem(tandem_id) as db:
            table = db.table("keywords")
            existing = [conv.keyword_from_doc(dict(d)) for d in table.all()]
            added = merge_keywords(existing, words, self.now().date())
            if added:
                table.insert_multiple(conv.keyword_to_doc(k) for k in added)
            return added

    def set_keyword_status(self, tandem_id: str, text: str, status: KeywordStatus) -> Keyword:
        """Mark one keyword open, covered or dropped (dropped ones stay in the history)."""
        with self.files.write_tandem(tandem_id) as db:
            table = db.table("keywords")
            docs = [(d.doc_id, conv.keyword_from_doc(dict(d))) for d in table.all()]
            doc_id, keyword = _find_keyword(docs, text, tandem_id)  # or by an alias
            keyword.status = status
            table.update(conv.keyword_to_doc(keyword), doc_ids=[doc_id])
            return keyword

    def rename_keyword(self, tandem_id: str, text: str, new_text: str) -> Keyword:
        """Rename one keyword; its order, status and touched sessions stay with it."""
        from rmtui.core.tandems import rename_check

        with self.files.write_tandem(tandem_id) as db:
            table = db.table("keywords")
            docs = [(d.doc_id, conv.keyword_from_doc(dict(d))) for d in table.all()]
            doc_id, keyword = _find_keyword(docs, text, tandem_id)
            clean = rename_check([k for _, k in docs], keyword, new_text)
            if clean != keyword.text:
                keyword.text = clean
                # Renamed to one of its other words: that one is its name now.
                keyword.aliases = [a for a in keyword.aliases if fold(a) != fold(clean)]
                table.update(_whole(conv.keyword_to_doc(keyword)), doc_ids=[doc_id])
            return keyword

    def set_keyword_aliases(
        self, tandem_id: str, text: str, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> Keyword:
        """Give one keyword other words (``add``) or take some back (``remove``, any case
        and accents); a word another keyword has, or a keyword itself, is refused."""
        from rmtui.core.tandems import alias_check

        with self.files.write_tandem(tandem_id) as db:
            table = db.table("keywords")
            docs = [(d.doc_id, conv.keyword_from_doc(dict(d))) for d in table.all()]
            doc_id, keyword = _find_keyword(docs, text, tandem_id)
            before = list(keyword.aliases)
            gone = {fold(w.strip()) for w in remove}
            keyword.aliases = [a for a in before if fold(a) not in gone]
            keyword.aliases = alias_check([k for _, k in docs], keyword, add)
            if keyword.aliases != before:
                table.update(_whole(conv.keyword_to_doc(keyword)), doc_ids=[doc_id])
            return keyword

    def move_keyword(self, tandem_id: str, text: str, position: int) -> list[Keyword]:
        """Put one keyword at ``position`` (1-based, clamped) and renumber the list 1..n."""
        with self.files.write_tandem(tandem_id) as db:
            table = db.table("keywords")
            docs = sorted(
                ((d.doc_id, conv.keyword_from_doc(dict(d))) for d in table.all()),
                key=lambda pair: pair[1].order,
            )
            moving = _find_keyword(docs, text, tandem_id)
            rest = [pair for pair in docs if pair[0] != moving[0]]
            rest.insert(max(0, min(position - 1, len(rest))), moving)
            changed: dict[int, int] = {}
            for order, (doc_id, keyword) in enumerate(rest, start=1):
                if keyword.order != order:
                    keyword.order = order
                    changed[doc_id] = order
            if changed:
                orders = {k.text: k.order for _, k in rest}

                def renumber(doc: MutableMapping[str, Any]) -> None:
                    doc["order"] = orders[doc["text"]]

                table.update(renumber, doc_ids=list(changed))
            return [k for _, k in rest]


def _check(kind: str, tables: Tables) -> None:
    """Raise as a read does when ``tables`` hold a record of the wrong shape."""
    (check_session if kind == "session" else check_tandem)(tables)


def _exports_in(path: Path) -> list[ExportRecord] | None:
    """The exports log of a tandem file set aside by an erase; ``None`` if unreadable."""
    from rmtui.store.exports_log import record_from_doc

    try:
        if os.path.islink(path):
            return None
        tables = decode(path, path.read_bytes(), "tandem")
        docs = sorted(tables.get("exports", {}).items(), key=lambda kv: int(kv[0]))
        return [record_from_doc(doc) for _, doc in docs]
    except (OSError, UnreadableFile, KeyError, TypeError, ValueError):
        return None


def _read_backup(path: Path) -> bytes:
    try:
        if os.path.islink(path):
            raise CorruptFile(path, messages.LINK_REFUSED.format(path=path))
        return path.read_bytes()
    except OSError as exc:
        raise CorruptFile(path, exc.strerror or type(exc).__name__) from None


def _listing(folder: Path) -> list[Path]:
    if os.path.islink(folder) or not folder.is_dir():
        return []
    return list(folder.iterdir())


def _free_name(path: Path, name: str) -> Path:
    """``name`` beside ``path``, with ``-2``, ``-3``... when two restores share a second."""
    aside, n = path.with_name(name), 2
    while os.path.lexists(aside):
        aside = path.with_name(f"{name}-{n}")
        n += 1
    return aside


def _remove_export(path: Path) -> ExportRemoval:
    """Remove one export file unless it was replaced meanwhile by something else."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return ExportRemoval(path, removed=False)
    except OSError as exc:
        return ExportRemoval(path, removed=False, reason=exc.strerror or type(exc).__name__)
    if not stat.S_ISREG(info.st_mode):
        return ExportRemoval(path, removed=False, reason=messages.ERASE_EXPORT_NOT_OURS)
    try:
        with open(path, "rb") as f:
            head = f.read(EXPORT_MARK_WINDOW)
        if EXPORT_MARK not in head:
            return ExportRemoval(path, removed=False, reason=messages.ERASE_EXPORT_NOT_OURS)
        path.unlink()
    except FileNotFoundError:
        return ExportRemoval(path, removed=False)
    except OSError as exc:
        return ExportRemoval(path, removed=False, reason=exc.strerror or type(exc).__name__)
    return ExportRemoval(path, removed=True)


def _whole(new: dict[str, Any]) -> Callable[[MutableMapping[str, Any]], None]:
    """An update that makes the record ``new``, keys it no longer has included (an
    update with a mapping only adds and changes keys: a cleared language would stay)."""

    def put(doc: MutableMapping[str, Any]) -> None:
        doc.clear()
        doc.update(new)

    return put


def _find_keyword(
    docs: list[tuple[int, Keyword]], text: str, tandem_id: str
) -> tuple[int, Keyword]:
    wanted = fold(text.strip())
    for pair in docs:
        if fold(pair[1].text) == wanted:
            return pair
    for pair in docs:  # a keyword is found by its other words too
        if any(fold(a) == wanted for a in pair[1].aliases):
            return pair
    raise NotFound(messages.NO_KEYWORD.format(text=text, id=tandem_id))
