"""Search across every tandem's notes, learning entries and actions.

Case- and accent-insensitive (``lodz`` finds "Łódź", ``strasse`` finds "Straße"); every
word of the query must appear. Private notes are found (it is the mentor's own workspace)
and marked. A note that became a record is shown once, as the record, at its note's time.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from rmtui.core.clock import format_elapsed
from rmtui.core.errors import NotFound, UnreadableFile
from rmtui.core.records import parse_source
from rmtui.core.refs import SessionRef
from rmtui.core.summary import TandemSummary
from rmtui.core.text import fold
from rmtui.store.note_scan import NoteLine
from rmtui.store.search_words import EMPTY, TANDEM, WordSet
from rmtui.store.session_file import Signature
from rmtui.store.workspace import Workspace

HitSource = Literal["note", "action", "learning"]
NO_SESSION = 1_000_000


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: where it is (tandem, session, clock time, note) and what it says."""

    tandem_id: str
    mentee: str
    session: int | None
    elapsed: float | None
    kind: str  # a note kind ("note", "question", ...), "action", or "mentor-/mentee-learned"
    text: str
    private: bool
    note_id: int | None
    source: HitSource = "note"
    record_id: int | None = None  # the action's or learning entry's id

    @property
    def ref(self) -> SessionRef | None:
        """The session to open at this hit, if it belongs to one."""
        return SessionRef(self.tandem_id, self.session) if self.session is not None else None

    @property
    def stamp(self) -> str:
        """``[mm:ss]`` on the session clock (``[h:mm:ss]`` past an hour), or ``""``."""
        return "" if self.elapsed is None else f"[{format_elapsed(self.elapsed)}]"


@dataclass(frozen=True, slots=True)
class Query:
    """A folded query: every term must be in the folded text, in one of its spellings."""

    terms: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        return cls(tuple(spellings(term) for term in fold(text).split()))

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, text: str) -> bool:
        return self.found_in(fold(text))

    def found_in(self, folded: str) -> bool:
        """Whether every term is in ``folded`` (a text already folded)."""
        terms = self.terms
        if len(terms) == 1 and len(terms[0]) == 1:  # one word, one spelling: most queries
            return terms[0][0] in folded
        return all(any(s in folded for s in term) for term in terms)


_UMLAUT = re.compile("ae|oe|ue")
MAX_UMLAUTS = 4  # beyond this, a term is tried as typed and with every pair replaced


def spellings(term: str) -> tuple[str, ...]:
    """A folded term and its readings with German umlauts typed as two letters: a text
    folds "prüfen" to "prufen", and ``pruefen`` should find it too. Each "ae", "oe", "ue"
    may or may not stand for one ("steueruebersicht": only the second does)."""
    found = list(_UMLAUT.finditer(term))
    if not found:
        return (term,)
    if len(found) > MAX_UMLAUTS:
        return (term, _UMLAUT.sub(lambda m: m[0][0], term))
    variants: list[str] = []
    for mask in range(1 << len(found)):
        out, last = [], 0
        for i, m in enumerate(found):
            out.append(term[last : m.start()])
            out.append(m[0][0] if mask >> i & 1 else m[0])
            last = m.end()
        out.append(term[last:])
        variants.append("".join(out))
    return tuple(variants)


def search(workspace: Workspace, query: str) -> list[Hit]:
    """Every note, learning entry and action matching ``query`` in the workspace, by
    tandem (mentee name), then session and clock time. Unreadable files are skipped (a
    ``SearchIndex`` lists them in ``problems``); an empty query finds nothing. One-shot:
    to search again and again (as the mentor types), keep a ``SearchIndex``."""
    return SearchIndex(workspace).search(query)


@dataclass(frozen=True)
class _Record:
    """An action or learning entry, folded once when first compared."""

    source: HitSource
    id: int
    kind: str
    text: str
    private: bool
    session: int | None
    note: tuple[int, int] | None

    @cached_property
    def folded(self) -> str:
        return fold(self.text)


@dataclass(frozen=True, slots=True)
class _Tandem:
    signature: Signature | None
    summary: TandemSummary
    by_note: dict[tuple[int, int], _Record]  # the records made from a note, by the note
    records: tuple[_Record, ...]


@dataclass(frozen=True, slots=True)
class _Notes:
    signature: Signature | None
    notes: tuple[tuple[NoteLine, str], ...]  # each note with its folded text and answer


_shared: weakref.WeakKeyDictionary[Workspace, SearchIndex] = weakref.WeakKeyDictionary()
_shared_lock = threading.Lock()


def shared_index(workspace: Workspace) -> SearchIndex:
    """The one index kept for ``workspace`` while it lives (services come and go)."""
    with _shared_lock:
        index = _shared.get(workspace)
        if index is None:
            index = _shared[workspace] = SearchIndex(workspace)
        return index


class SearchIndex:
    """Search that remembers what it read: a file is read and folded again only when its
    signature (one ``stat``) changed, so searching as the mentor types stays quick.
    Thread-safe: searches from several workers take turns."""

    def __init__(self, workspace: Workspace, *, prefilter: bool = True, keep: bool = True) -> None:
        self.workspace = workspace
        # Off only to check, in the tests, that the kept words change no answer.
        self.prefilter = prefilter
        # Off for one search (the CLI): the notes read are not held for the next one, so
        # a word in every note costs the hits' memory, not the workspace's.
        self.keep = keep
        self._tandems: dict[str, _Tandem] = {}
        self._sessions: dict[tuple[str, int], _Notes] = {}
        self._words: dict[str, WordSet] = {}
        self._lock = threading.Lock()
        self.problems: list[UnreadableFile] = []
        """The files the last search could not read (their tandem or session is left out)."""

    def search(self, query: str, stop: Callable[[], bool] | None = None) -> list[Hit]:
        """The hits of ``query``. ``stop``: asked between files; once it says so, the
        search ends at once with no hits (the mentor typed on: nobody wants them)."""
        wanted = Query.parse(query)
        if not wanted:
            return []
        with self._lock:
            try:
                return self._search(wanted, stop or _never)
            except _Stopped:
                return []

    def _search(self, wanted: Query, stop: Callable[[], bool]) -> list[Hit]:
        self.problems = []
        ids = self.workspace.tandem_ids()
        # Each tandem to show, the sessions to read (None: all), and whether a record
        # can match (its words hold the query).
        found: list[tuple[_Tandem, set[int] | None, bool]] = []
        for tandem_id in ids:
            if stop():
                raise _Stopped
            files = self._candidates(tandem_id, wanted) if self.prefilter else None
            if files is not None and not files:
                continue  # no file of the tandem holds every word
            tandem = self._tandem(tandem_id)
            if tandem is None:
                continue
            where = None
            if files is not None:
                where = {int(name) for name in files if name != TANDEM}
                if TANDEM in files:
                    # A record is shown at its note's clock time: read the note's session.
                    where |= {
                        r.note[0]
                        for r in tandem.records
                        if r.note is not None and wanted.found_in(r.folded)
                    }
            found.append((tandem, where, files is None or TANDEM in files))
        for gone in self._tandems.keys() - set(ids):
            del self._tandems[gone]
        for gone in self._words.keys() - set(ids):
            del self._words[gone]
        found.sort(key=lambda pair: _order_of(pair[0]))
        hits: list[Hit] = []
        for tandem, where, records in found:
            hits.extend(self._tandem_hits(tandem, wanted, where, records, stop))
        for key in [key for key in self._sessions if key[0] not in ids]:
            del self._sessions[key]  # erased
        return hits

    def _candidates(self, tandem_id: str, wanted: Query) -> set[str] | None:
        """The files of the tandem (``TANDEM``, or a session's number) whose words hold
        every word of ``wanted``; ``None`` when its words cannot be told (its file cannot
        be read): then every file is read, and what cannot be is reported.

        The words are kept beside the files (``store.search_words``), made again for the
        files whose signature changed. A file that cannot be read counts as holding the
        words, so the full reading reports it as it always does."""
        words = self._word_set(tandem_id)
        return None if words is None else words.holding(wanted.terms)

    def _word_set(self, tandem_id: str) -> WordSet | None:
        signature = self.workspace.tandem_signature(tandem_id)  # before any read
        if signature is None:
            return None
        sessions = self.workspace.sessions.session_signatures(tandem_id)
        signatures = {str(n): sig for n, sig in sessions.items()}
        signatures[TANDEM] = signature
        words = self._words.get(tandem_id)
        if words is None or not words.current(signatures):
            words = self.workspace.words.get(tandem_id)
            if words is None or not words.current(signatures):
                words = (words or EMPTY).updated(
                    signatures, lambda name: self._words_of(tandem_id, name, signatures[name])
                )
                if words.unread >> words.files[TANDEM][1] & 1:
                    return None  # the tandem file itself cannot be read
                self.workspace.words.put(tandem_id, words)
            self._words[tandem_id] = words
        return words

    def _words_of(self, tandem_id: str, name: str, signature: Signature) -> set[str] | None:
        """The words of one file read at ``signature``; ``None`` when it cannot be read
        (or changed since: its words are made again at the next search)."""
        texts: list[str]
        if name == TANDEM:
            tandem = self._tandem(tandem_id, report=False)
            if tandem is None or tandem.signature != signature:
                return None
            texts = [r.folded for r in tandem.records]
        elif (tandem_id, int(name)) in self._sessions:  # held: one reading for both
            notes = self._notes(tandem_id, int(name), report=False)
            if notes is None or notes.signature != signature:
                return None
            texts = [folded for _, folded in notes.notes]
        else:  # read without keeping: one search never holds the notes of every file
            try:
                lines = self.workspace.note_lines(tandem_id, int(name))
            except (UnreadableFile, NotFound):
                return None
            if self.workspace.session_signature(tandem_id, int(name)) != signature:
                return None
            texts = [_folded(line) for line in lines]
        return {word for text in texts for word in text.split()}

    def _tandem(self, tandem_id: str, *, report: bool = True) -> _Tandem | None:
        """The tandem's summary and folded records, read again only when its file
        changed; ``None`` (a problem noted, when ``report``) when it cannot be read."""
        signature = self.workspace.tandem_signature(tandem_id)  # before the read
        cached = self._tandems.get(tandem_id)
        if cached is not None and signature is not None and cached.signature == signature:
            return cached
        try:
            cached = _index_tandem(signature, self.workspace.summary(tandem_id))
        except UnreadableFile as exc:
            if report:
                self.problems.append(exc)
            self._tandems.pop(tandem_id, None)
            return None
        except NotFound:
            self._tandems.pop(tandem_id, None)
            return None
        self._tandems[tandem_id] = cached
        return cached

    def _notes(self, tandem_id: str, n: int, *, report: bool = True) -> _Notes | None:
        signature = self.workspace.session_signature(tandem_id, n)  # before the read
        cached = self._sessions.get((tandem_id, n))
        if cached is not None and signature is not None and cached.signature == signature:
            return cached
        try:
            lines = self.workspace.note_lines(tandem_id, n)
        except UnreadableFile as exc:
            if report:
                self.problems.append(exc)
            return None
        except NotFound:
            return None
        # The kept words only say which files to read; what a hit is, is always
        # told from the file itself.
        folded = tuple((line, _folded(line)) for line in lines)
        cached = _Notes(signature, folded)
        if self.keep:
            self._sessions[(tandem_id, n)] = cached
        return cached

    def _tandem_hits(
        self,
        t: _Tandem,
        wanted: Query,
        where: set[int] | None,
        records: bool,
        stop: Callable[[], bool],
    ) -> list[Hit]:
        """The hits of one tandem; ``where``: the only sessions that can hold any (a
        session left out has no hit of its own nor a record's); ``records``: whether a
        record can be one."""
        tandem = t.summary.tandem
        found: list[tuple[tuple[int, float, int], Hit]] = []
        seen: set[tuple[int, int]] = set()
        for info in t.summary.sessions:
            if info.status == "planned" or (where is not None and info.n not in where):
                continue  # a planned session has no notes yet
            if stop():
                raise _Stopped
            notes = self._notes(tandem.id, info.n)
            for line, folded in notes.notes if notes else ():
                record = t.by_note.get((info.n, line.id))
                if record is not None:
                    seen.add((info.n, line.id))
                    if records and wanted.found_in(record.folded):
                        hit = _record_hit(tandem.id, tandem.mentee, record, info.n, line)
                        found.append(((info.n, line.elapsed, line.id), hit))
                elif wanted.found_in(folded):
                    hit = Hit(
                        tandem.id,
                        tandem.mentee,
                        info.n,
                        line.elapsed,
                        line.kind,
                        line.text,
                        line.private,
                        line.id,
                    )
                    found.append(((info.n, line.elapsed, line.id), hit))
        for record in t.records if records else ():
            keyed = record.note is not None and record.note in seen
            if not keyed and wanted.found_in(record.folded):
                hit = _record_hit(tandem.id, tandem.mentee, record, record.session, None)
                found.append(((_order(record.session), -1.0, record.id), hit))
        found.sort(key=lambda pair: pair[0])
        return [hit for _, hit in found]


class _Stopped(Exception):
    """The search's caller said stop."""


def _never() -> bool:
    return False


def _folded(line: NoteLine) -> str:
    """The folded text a note is compared by: its text and its answer."""
    return fold(f"{line.text}\n{line.answer}" if line.answer else line.text)


def _order_of(t: _Tandem) -> tuple[str, str]:
    """Tandems by mentee name, as the mentor knows them."""
    return fold(t.summary.tandem.mentee), t.summary.tandem.id


def _index_tandem(signature: Signature | None, summary: TandemSummary) -> _Tandem:
    records = [
        _Record("action", a.id, "action", a.text, a.private, a.session,
                parse_source(a.source))
        for a in summary.actions
    ] + [
        _Record("learning", e.id, f"{e.learned_by}-learned", e.text, e.private, e.session,
                parse_source(e.source))
        for e in summary.learning
    ]  # fmt: skip
    by_note = {r.note: r for r in records if r.note is not None}
    return _Tandem(signature, summary, by_note, tuple(records))


def _record_hit(
    tandem_id: str, mentee: str, record: _Record, session: int | None, line: NoteLine | None
) -> Hit:
    """A record's hit; at its note's clock time when the note is still there."""
    note_id = line.id if line else (record.note[1] if record.note else None)
    return Hit(
        tandem_id,
        mentee,
        session,
        line.elapsed if line else None,
        record.kind,
        record.text,
        record.private,
        note_id,
        record.source,
        record.id,
    )


def _order(session: int | None) -> int:
    """Records added outside any session come after every session's notes."""
    return NO_SESSION if session is None else session
