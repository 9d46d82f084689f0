"""Promotion of a session's notes into tandem records, and the marks it leaves.

When a session stops, its `!` and `>`/`<` notes become actions and learning entries, and
the keywords its notes touched are entered in each keyword's ``sessions``. The tandem
file then remembers the session file's signature in a ``promoted`` table: as long as the
file keeps that signature, the dashboard can trust ``tandem.json`` alone and never read
the session's notes again.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field, replace
from typing import Any

from rmtui.core import documents as conv
from rmtui.core.model import Action, LearningEntry, Session, SessionInfo
from rmtui.core.summary import Learned, OpenActions, TandemSummary
from rmtui.core.text import fold
from rmtui.store.files import Files
from rmtui.store.repository import Tandems
from rmtui.store.session_file import Signature
from rmtui.store.session_repo import Sessions
from rmtui.store.storage import Tables

Extract = Callable[[Session], tuple[list[Action], list[LearningEntry]]]
Owned = Callable[[str], bool]  # whether a record's source is a note of the session


@dataclass(frozen=True, slots=True)
class Promotion:
    """What one promotion stored: only the records that were new."""

    session: Session
    actions: list[Action] = field(default_factory=list)
    learning: list[LearningEntry] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # keywords the session touched


@dataclass(frozen=True, slots=True)
class LifeSummary:
    """A tandem's summary plus the signature each session file had when it was promoted,
    what the home screen counts of its records, and the sessions whose notes
    ``tandem.json`` does not reflect (``unpromoted``: not promoted, or their file changed
    since; read them for those notes)."""

    summary: TandemSummary
    promoted: dict[int, Signature]
    learned: Learned = field(default_factory=Learned)
    open: OpenActions = field(default_factory=OpenActions)
    unpromoted: tuple[int, ...] = ()


def _signature(value: Any) -> Signature | None:
    if isinstance(value, list) and len(value) == 3 and all(isinstance(v, int) for v in value):
        return (value[0], value[1], value[2])
    return None


class Promotions:
    """Turns a session's notes into records, once, under the tandem's lock."""

    def __init__(self, files: Files, tandems: Tandems, sessions: Sessions) -> None:
        self.files = files
        self.tandems = tandems
        self.sessions = sessions

    def life_summary(self, tandem_id: str) -> LifeSummary:
        """The tandem's summary and promotion marks, from one read of ``tandem.json``."""
        return self.life_summary_of(tandem_id, self.tandems.tables(tandem_id))

    def life_summary_of(self, tandem_id: str, tables: Tables) -> LifeSummary:
        """``life_summary`` of tables already read."""
        path = self.files.layout.tandem_file(tandem_id)
        summary = self.tandems.summarize(tandem_id, path, tables)
        learned = Learned.of((e.learned_by, e.source) for e in summary.learning)
        open_ = OpenActions.of(summary.actions)
        promoted: dict[int, Signature] = {}
        for doc in tables.get("promoted", {}).values():
            n, sig = doc.get("n"), _signature(doc.get("signature"))
            if isinstance(n, int) and sig is not None:
                promoted[n] = sig
        unpromoted = self.unpromoted(tandem_id, summary.sessions, promoted)
        return LifeSummary(summary, promoted, learned, open_, unpromoted)

    def unpromoted(
        self, tandem_id: str, index: list[SessionInfo], promoted: dict[int, Signature]
    ) -> tuple[int, ...]:
        """Sessions whose notes ``tandem.json`` does not reflect: not promoted, or the
        file changed since (one ``stat`` each; planned sessions have no notes)."""
        held = [info.n for info in index if info.status != "planned"]
        if not held:
            return ()
        now = self.sessions.session_signatures(tandem_id)
        return tuple(n for n in held if n not in promoted or promoted[n] != now.get(n))

    def promote_session(
        self, tandem_id: str, n: int, extract: Extract, follow: Owned | None = None
    ) -> Promotion:
        """Store the records ``extract`` finds in session ``n`` that are not stored yet
        (by ``source``), set session ``n`` in exactly the keywords its notes touch, and
        mark the session file's signature as promoted. Safe to call any number of times;
        a call that finds nothing new writes nothing.

        With ``follow`` (which sources are session ``n``'s notes), records already stored
        follow their notes as the review left them: text and privacy are the note's, and
        a record whose note was deleted or is no longer an action or learned note goes.
        """
        with self.files.write_tandem(tandem_id) as db:
            # Session writes take this same lock, so the file cannot change under us.
            signature = self.sessions.session_signature(tandem_id, n)
            session = self.sessions.session(tandem_id, n)
            actions, learning = extract(session)
            if follow is not None:
                _follow(db.table("actions"), actions, follow, ("text", "private"))
                fields = ("text", "private", "learned_by", "keywords")
                _follow(db.table("learning"), learning, follow, fields)
            new_actions = self._insert_fresh(db.table("actions"), actions, conv.action_to_doc)
            new_learning = self._insert_fresh(db.table("learning"), learning, conv.learning_to_doc)
            touched = {fold(word) for note in session.notes for word in note.keywords}
            self._mark_keywords(db.table("keywords"), n, touched)
            marks = db.table("promoted")
            mark = {"n": n, "signature": list(signature) if signature else None}
            ids = [d.doc_id for d in marks.all() if d.get("n") == n]
            if not ids:
                marks.insert(mark)
            elif any(marks.get(doc_id=i) != mark for i in ids):
                marks.update(mark, doc_ids=ids)
            words = sorted({w for note in session.notes for w in note.keywords}, key=fold)
            return Promotion(session, new_actions, new_learning, words)

    @staticmethod
    def _insert_fresh(table: Any, records: list[Any], to_doc: Callable[[Any], Any]) -> list[Any]:
        known = {d.get("source") for d in table.all() if d.get("source")}
        fresh = [r for r in records if r.source is None or r.source not in known]
        if not fresh:
            return []
        ids = table.insert_multiple(to_doc(r) for r in fresh)
        return [replace(r, id=i) for r, i in zip(fresh, ids, strict=True)]

    @staticmethod
    def _mark_keywords(table: Any, n: int, touched: set[str]) -> None:
        """Session ``n`` in the sessions of exactly the keywords in ``touched`` (one write)."""
        changes: dict[int, list[int]] = {}
        by_text: dict[str, list[int]] = {}
        for doc in table.all():
            keyword = conv.keyword_from_doc(dict(doc))
            spellings = (keyword.text, *keyword.aliases)  # a note may name an alias
            has, should = n in keyword.sessions, any(fold(w) in touched for w in spellings)
            if has == should:
                continue
            sessions = (
                sorted({*keyword.sessions, n})
                if should
                else [s for s in keyword.sessions if s != n]
            )
            changes[doc.doc_id] = sessions
            by_text[keyword.text] = sessions
        if not changes:
            return

        def apply(doc: MutableMapping[str, Any]) -> None:
            # TinyDB hands the raw document (no doc id): keyword texts are unique.
            doc["sessions"] = by_text[doc["text"]]

        table.update(apply, doc_ids=list(changes))


def _follow(table: Any, records: list[Any], owned: Owned, fields: tuple[str, ...]) -> None:
    """Stored records of the session take ``fields`` from ``records`` (by source); those
    whose source no longer yields a record are removed. One write at most."""
    wanted = {r.source: r for r in records if r.source is not None}
    gone: list[int] = []
    changed: dict[int, dict[str, Any]] = {}
    for doc in table.all():
        source = doc.get("source")
        if not isinstance(source, str) or not owned(source):
            continue
        record = wanted.get(source)
        if record is None:
            gone.append(doc.doc_id)
            continue
        values = {f: getattr(record, f) for f in fields}
        if any(doc.get(f) != v for f, v in values.items()):
            changed[doc.doc_id] = values
    if gone:
        table.remove(doc_ids=gone)
    for doc_id, values in changed.items():
        table.update(values, doc_ids=[doc_id])
