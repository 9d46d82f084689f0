"""The workspace repository: tandems and keyword lists, on top of sessions and notes."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import MutableMapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rmtui.core import messages
from rmtui.core.model import Keyword, KeywordStatus, Tandem
from rmtui.core.summary import Scan, TandemSummary
from rmtui.core.tandems import TandemDraft, build_tandem, merge_keywords, rename_check
from rmtui.core.text import fold
from rmtui.store import converters as conv
from rmtui.store import erase, restore, session_file
from rmtui.store.atomic import DIR_MODE, write_atomic
from rmtui.store.backend import DiskBackend
from rmtui.store.errors import CorruptFile, FutureSchema, LinkRefused, NotFound, UnreadableFile
from rmtui.store.exports_log import ExportRecord, ExportsRepository, record_from_doc
from rmtui.store.promotion import PromotionRepository
from rmtui.store.repository import Clock, _folder_name, _local_now, _open
from rmtui.store.storage import Tables, decode, encode

__all__ = ["Clock", "Erasure", "ExportRemoval", "Scan", "TandemSummary", "Workspace", "_local_now"]

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


class Workspace(PromotionRepository, ExportsRepository):
    """One mentor's workspace. Builds nothing on disk until the first write."""

    # --- tandems ------------------------------------------------------------------------

    def tandem(self, tandem_id: str) -> Tandem:
        return self.summary(tandem_id).tandem

    def scan(self) -> Scan:
        """Every tandem that reads cleanly, and a problem for each one that does not."""
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
        if not isinstance(self.backend, DiskBackend):
            return []
        layout = self.layout
        if not any(os.path.lexists(p) for p in (layout.tandems, layout.settings)):
            return []
        changed: list[Path] = []
        folders = (layout.root, layout.tandems, layout.exports, layout.backups_root)
        for folder in folders:
            try:
                info = os.stat(folder) if folder == layout.root else os.lstat(folder)
                if (
                    not stat.S_ISDIR(info.st_mode)
                    or info.st_uid != os.getuid()
                    or not info.st_mode & 0o077
                ):
                    continue
                os.chmod(folder, DIR_MODE)
            except OSError:
                continue  # missing, or not ours to change: the writes say what matters
            changed.append(folder)
        return changed

    def folder_problems(self) -> list[UnreadableFile]:
        """The workspace's own folders that are symbolic links (rmtui does not follow)."""
        problems: list[UnreadableFile] = []
        for folder in (self.layout.tandems, self.layout.backups_root):
            try:
                self._refuse_links(folder)
            except LinkRefused as exc:
                problems.append(exc)
        return problems

    def add_tandem(self, draft: TandemDraft) -> Tandem:
        with self.backend.lock(self.layout.workspace_lock):
            if isinstance(self.backend, DiskBackend):
                # An erase that stopped half-way (a crash) is finished before an id is
                # given out again: the mentor asked for that data to go.
                with contextlib.suppress(erase.EraseUnfinished, OSError):
                    erase.finish_leftovers(self.layout)
            taken = self.backend.children(self.layout.tandems)
            tandem = build_tandem(draft, taken, self.now())
            path = self.layout.tandem_file(tandem.id)
            self._refuse_links(path)
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

    def erase_tandem(self, tandem_id: str) -> Erasure:
        """Delete the tandem's folder and its backups, for good, all or nothing.

        Holds the tandem's lock throughout, so no writer puts a file or a backup back;
        writers that come after find no tandem. Returns the exports the tandem's log names
        (``None`` when the log could not be read) and what was left alone.
        """
        gone = NotFound(messages.NO_TANDEM.format(id=tandem_id))
        if not _folder_name(tandem_id):
            raise gone
        if not isinstance(self.backend, DiskBackend):
            if tandem_id not in self.backend.children(self.layout.tandems):
                raise gone
            with self.backend.lock(self.layout.workspace_lock):
                self.backend.remove_tree(self.layout.backups(tandem_id))
                self.backend.remove_tree(self.layout.tandem_dir(tandem_id))
            return Erasure([], [])
        exports: list[ExportRecord] | None
        with self.backend.lock(self.layout.workspace_lock):
            folder = self.layout.tandem_dir(tandem_id)
            if not os.path.lexists(folder):
                aside = self.layout.erasing / tandem_id
                if os.path.lexists(aside):  # a retry of an erase that stopped
                    exports = _exports_in(aside / "tandem" / "tandem.json")
                    erase.finish_leftovers(self.layout)
                    return Erasure(exports, [])
                raise gone
            if os.path.islink(folder) or not folder.is_dir():
                raise NotFound(messages.ERASE_NOT_A_FOLDER.format(id=tandem_id))
            with self.backend.lock(self.layout.tandem_lock(tandem_id), gone):
                try:
                    exports = self.exports(tandem_id)
                except (UnreadableFile, NotFound):
                    exports = None
                skipped = erase.erase(self.layout, tandem_id)
            return Erasure(exports, skipped)

    def remove_exports(self, records: list[ExportRecord]) -> list[ExportRemoval]:
        """Delete the files these exports wrote, where they still are rmtui exports."""
        done: list[ExportRemoval] = []
        seen: set[str] = set()
        for record in records:
            if record.target in ("", "-") or record.target in seen:
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
        if not _folder_name(tandem_id) or tandem_id not in self.backend.children(
            self.layout.tandems
        ):
            raise NotFound(messages.NO_TANDEM.format(id=tandem_id))
        self._refuse_links(self.layout.tandem_file(tandem_id))
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
        self._refuse_links(target)
        if backup is None:
            backup = self._backups(tandem_id).newest_good(target, kind)
            if backup is None:
                raise NotFound(messages.NO_BACKUP)
            good = _read_backup(backup)
        assert good is not None
        tables = decode(backup, good, kind)
        # A backup named with --from is checked like any file before it goes in place.
        self._convert(backup, tandem_id, kind, lambda: _check(kind, tables))
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
        tandem_id, target = plan.tandem_id, plan.target
        with self._tandem_lock(tandem_id):
            # Checked again under the lock: another process may have written it since.
            readable = self._readable(tandem_id, target, plan.kind)
            if readable and not replace_readable:
                raise restore.RestoreRefused(messages.RESTORE_READABLE.format(path=target))
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
            write_atomic(target, good)
            return aside

    def _with_session_files(self, tandem_id: str, backup: Path, good: bytes) -> bytes:
        """The backup's tables with the session index taken from the session files that
        read cleanly: sessions held after the backup was taken stay in the tandem."""
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
        return encode(restore.with_sessions(decode(backup, good, "tandem"), entries), "tandem")

    def _readable(self, tandem_id: str, path: Path, kind: str) -> bool | None:
        """Whether ``path`` reads and converts cleanly; ``None`` when it does not exist."""
        if not os.path.lexists(path):
            return None
        return self._tables_if_readable(tandem_id, path, kind) is not None

    def _tables_if_readable(self, tandem_id: str, path: Path, kind: str) -> Tables | None:
        try:
            tables = self._read(tandem_id, path, kind)
            self._convert(path, tandem_id, kind, lambda: _check(kind, tables))
        except FutureSchema:
            # Newer, not broken: never replaced as if it were unreadable.
            return {}
        except (UnreadableFile, NotFound):
            return None
        return tables

    # --- keywords -----------------------------------------------------------------------

    def add_keywords(self, tandem_id: str, words: list[str]) -> list[Keyword]:
        """Add the words not yet on the list; returns the keywords actually added."""
        with self._write_tandem(tandem_id) as db:
            table = db.table("keywords")
            existing = [conv.keyword_from_doc(dict(d)) for d in table.all()]
            added = merge_keywords(existing, words, self.now().date())
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

    def rename_keyword(self, tandem_id: str, text: str, new_text: str) -> Keyword:
        """Rename one keyword; its order, status and touched sessions stay with it."""
        with self._write_tandem(tandem_id) as db:
            table = db.table("keywords")
            docs = [(d.doc_id, conv.keyword_from_doc(dict(d))) for d in table.all()]
            doc_id, keyword = _find_keyword(docs, text, tandem_id)
            clean = rename_check([k for _, k in docs], keyword, new_text)
            if clean != keyword.text:
                keyword.text = clean
                table.update(conv.keyword_to_doc(keyword), doc_ids=[doc_id])
            return keyword

    def move_keyword(self, tandem_id: str, text: str, position: int) -> list[Keyword]:
        """Put one keyword at ``position`` (1-based, clamped) and renumber the list 1..n."""
        with self._write_tandem(tandem_id) as db:
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
    if kind == "session":
        session_file.to_session(tables)
    else:
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


def _exports_in(path: Path) -> list[ExportRecord] | None:
    """The exports log of a tandem file set aside by an erase; ``None`` if unreadable."""
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


def _find_keyword(
    docs: list[tuple[int, Keyword]], text: str, tandem_id: str
) -> tuple[int, Keyword]:
    wanted = fold(text.strip())
    for pair in docs:
        if fold(pair[1].text) == wanted:
            return pair
    raise NotFound(messages.NO_KEYWORD.format(text=text, id=tandem_id))
