"""What the home screen reads of every tandem, kept as derived files:
``<workspace>/.summaries/<tandem id>``.

Per tandem, what its ``tandem.json`` gives the home screen (``LifeSummary``: profile,
session index, keywords, promotion marks; of the action records and the learning log
only what ``Learned`` and ``OpenActions`` hold), in a compact shape of its own (rows of
fields, not documents: it decodes at a fraction of the cost), after a first line holding
the file's signature when it was read. The dashboard stats each ``tandem.json`` and reads
the first line of its summary: the rest is parsed only when the signature is the file's
now; otherwise (another process wrote the file, or there is no summary yet) the file is
read, and its summary written again, atomically and 0600. It is never the source of
truth and never trusted blindly: every field is checked against the limits a reading of
the file applies, and a summary missing, damaged, of another shape or of another
signature is rebuilt from the tandem's file, so the rows are those a full reading gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from rmtui.core import documents as conv
from rmtui.core.limits import MAX_COUNT, day_in_range
from rmtui.core.model import KEYWORD_STATUSES, SESSION_STATUSES, Keyword, SessionInfo
from rmtui.core.strict_json import check_text
from rmtui.core.summary import Learned, OpenActions, TandemSummary
from rmtui.store.errors import WriteFailed, WriteUncertain
from rmtui.store.files import Files, folder_name
from rmtui.store.promotion import LifeSummary
from rmtui.store.session_file import Signature
from rmtui.store.storage import dumps

KIND = "summary"
VERSION = 5
_SESSION_STATUSES = frozenset(SESSION_STATUSES)
Unpromoted = Callable[[str, list[SessionInfo], dict[int, Signature]], tuple[int, ...]]
"""The sessions of a tandem whose notes its file does not reflect (``Promotions.unpromoted``)."""
_KEYWORD_STATUSES = frozenset(KEYWORD_STATUSES)


class SummaryFile:
    """The workspace's summaries of its tandem files (see the module's docstring)."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.folder = files.layout.root / ".summaries"

    @property
    def lock_path(self) -> Path:
        return self.files.layout.root / ".summary.lock"

    def path(self, tandem_id: str) -> Path:
        return self.folder.joinpath(tandem_id)

    def load(
        self, tandem_id: str, signature: Signature | None, unpromoted: Unpromoted
    ) -> LifeSummary | None:
        """The tandem's summary when it was taken at ``signature`` and reads back whole;
        else ``None`` (the caller reads the file). ``unpromoted`` tells the sessions whose
        notes ``tandem.json`` does not reflect (see ``life_of``)."""
        if signature is None:
            return None
        raw = self.files.backend.read_derived(self.path(tandem_id))
        if raw is None:
            return None
        head, _, body = raw.partition(b"\n")
        if head != _head(signature):  # another signature, another shape, or damaged
            return None
        try:
            return life_of(body.decode("utf-8"), partial(unpromoted, tandem_id))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            # Not JSON, not UTF-8, or a field of the wrong shape: read the file.
            return None

    def save(self, tandem_id: str, signature: Signature, life: LifeSummary) -> None:
        """Write the tandem's summary (best effort: a read-only workspace keeps reading
        the files). Never the first file of a workspace: a reader creates nothing."""
        if not self.files.backend.is_folder(self.files.layout.tandems):
            return
        head = _head(signature)
        try:
            with self.files.backend.lock(self.lock_path):
                # Checked under the lock erase takes to drop a tandem: a tandem erased
                # (or written) while this reading went on is not written back.
                now = self.files.signature(self.files.layout.tandem_file(tandem_id))
                if now != signature:
                    return
                data = head + b"\n" + dumps(kept(life))
                self.files.backend.write_derived(self.path(tandem_id), data)
        except (WriteFailed, WriteUncertain):
            return

    def drop(self, tandem_id: str) -> None:
        """Take an erased tandem's summary out: nothing of it may stay behind."""
        with self.files.backend.lock(self.lock_path):
            self.files.backend.remove_derived(self.path(tandem_id))

    def keep_only(self, tandem_ids: list[str]) -> None:
        """Remove the summaries of tandems that are gone (a folder deleted by hand), and
        what a crash left mid-write."""
        # The one file an earlier rmtui kept them all in goes too.
        self.files.backend.remove_derived(self.files.layout.root / ".summary")
        listed = self.files.backend.derived_names(self.folder)
        gone = [name for name in listed if name not in tandem_ids]
        if not gone:
            return
        try:
            with self.files.backend.lock(self.lock_path):
                for name in gone:
                    if folder_name(name):
                        self.files.backend.remove_derived(self.path(name))
                # Temp files a crash left mid-write hold a tandem's summary too.
                self.files.backend.sweep((self.folder,))
        except (WriteFailed, WriteUncertain):
            return


def _head(signature: Signature) -> bytes:
    """The first line of a summary taken at ``signature``: a summary is read only when its
    first line is exactly this one."""
    # ``dumps({"rmtui": KIND, "schema": VERSION, "signature": list(signature)})``, made
    # at a fraction of its cost (once per tandem at every start).
    return _HEAD % signature


_HEAD = b'{"rmtui":"%s","schema":%d,"signature":[%%d,%%d,%%d]}' % (KIND.encode(), VERSION)


# --- the compact shape ----------------------------------------------------------------
#
# {"tandem": <the profile document>,
#  "sessions": [[n, status, planned_at, agenda_id, title], ...],     (by n)
#  "keywords": [[text, order, status, sessions, added, aliases], ...], (by order)
#  "promoted": [n, mtime_ns, size, inode, n, ...],        (four numbers a session)
#  "learned": [mentor, mentee, sources],
#  "open": [due, oldest, sources]}
# ``due``: the due day of each open action (oldest first, null for none); ``oldest``:
# [id, action document] of the oldest open ones; ``sources``: the notes the records came
# from, in one string, separated by spaces (a list where one holds a space).


def kept(life: LifeSummary) -> dict[str, Any]:
    """What the summary keeps of ``life`` (a full reading: records listed or counted)."""
    summary, learned, open_ = life.summary, life.learned, life.open
    return {
        "tandem": conv.tandem_to_doc(summary.tandem),
        "sessions": [
            [s.n, s.status, _iso(s.planned_at), s.agenda_id, s.title] for s in summary.sessions
        ],
        "keywords": [
            [k.text, k.order, k.status, list(k.sessions), _iso(k.added), list(k.aliases)]
            for k in summary.keywords
        ],
        "promoted": [v for n, sig in life.promoted.items() for v in (n, *sig)],
        "learned": [learned.mentor, learned.mentee, _joined(learned.sources)],
        "open": [
            [_iso(d) for d in open_.due],
            [[a.id, conv.action_to_doc(a)] for a in open_.oldest],
            _joined(open_.sources),
        ],
    }


def life_of(
    text: str, unpromoted: Callable[[list[SessionInfo], dict[int, Signature]], tuple[int, ...]]
) -> LifeSummary:
    """``LifeSummary`` from the text ``kept`` wrote, every field checked as a reading of
    the file checks it; raises ``ValueError`` (or ``KeyError``, ``TypeError``) on a field
    of the wrong shape. ``unpromoted`` gives its ``unpromoted`` from the index and the
    promotion marks; the sources of the learning log and the action records (the notes
    already recorded) are read only where a session is unpromoted, the one case that
    needs them (``home_life``)."""
    doc = json.loads(text)
    check_text(doc, text)  # no lone surrogate in any string
    tandem = conv.tandem_from_doc(_dict(doc["tandem"]))
    sessions = [_session(*row) for row in _list(doc["sessions"])]
    keywords = [_keyword(*row) for row in _list(doc["keywords"])]
    marks = _list(doc["promoted"])
    if len(marks) % 4 or not _ints(marks):
        raise ValueError("a promotion mark of the wrong shape")
    signatures = zip(marks[1::4], marks[2::4], marks[3::4], strict=True)
    promoted: dict[int, Signature] = dict(zip(marks[::4], signatures, strict=True))
    mentor, mentee, learned_sources = _list(doc["learned"])
    if not (_ints((mentor, mentee)) and mentor >= 0 and mentee >= 0):
        raise ValueError("a count of the wrong shape")
    due, oldest, open_sources = _list(doc["open"])
    if not (_text_or_texts(learned_sources) and _text_or_texts(open_sources)):
        raise ValueError("a source of the wrong shape")
    pending = unpromoted(sessions, promoted)
    open_ = OpenActions(
        _days(_list(due)),
        tuple(conv.action_from_doc(_id(i), _dict(d)) for i, d in _list(oldest)),
        _sources(open_sources) if pending else frozenset(),
    )
    learned = Learned(mentor, mentee, _sources(learned_sources) if pending else frozenset())
    summary = TandemSummary(tandem, sessions, keywords)
    return LifeSummary(summary, promoted, learned, open_, pending)


def home_life(full: LifeSummary) -> LifeSummary:
    """``full`` (a reading of the file) as the summary gives it back: the action records
    and the learning log counted, not listed, and their sources only where a session is
    unpromoted (see ``life_of``)."""
    learned, open_ = full.learned, full.open
    if not full.unpromoted:
        learned = Learned(learned.mentor, learned.mentee)
        open_ = OpenActions(open_.due, open_.oldest)
    summary = replace(full.summary, actions=[], learning=[])
    return replace(full, summary=summary, learned=learned, open=open_)


def _session(n: Any, status: Any, at: Any, agenda_id: Any, title: Any) -> SessionInfo:
    if not (
        type(n) is int
        and 1 <= n <= MAX_COUNT
        and status in _SESSION_STATUSES
        and type(agenda_id) is str
        and type(title) is str
    ):
        raise ValueError("a session of the wrong shape")
    return SessionInfo(n, status, None if at is None else _moment(at), agenda_id, title)


def _keyword(
    text: Any, order: Any, status: Any, sessions: Any, added: Any, aliases: Any
) -> Keyword:
    if not (
        type(text) is str
        and type(order) is int
        and 0 <= order <= MAX_COUNT
        and status in _KEYWORD_STATUSES
        and type(sessions) is list
        and _ints(sessions)
        and (not sessions or (min(sessions) >= 0 and max(sessions) <= MAX_COUNT))
        and type(aliases) is list
        and set(map(type, aliases)) <= {str}
    ):
        raise ValueError("a keyword of the wrong shape")
    return Keyword(text, order, status, sessions, None if added is None else _day(added), aliases)


def _ints(values: Sequence[Any]) -> bool:
    """Whether every value is an ``int`` (``True`` is not one)."""
    return set(map(type, values)) <= {int}


def _id(value: Any) -> int:
    if type(value) is not int or not 1 <= value <= MAX_COUNT:
        raise ValueError("a record id of the wrong shape")
    return value


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise ValueError("a list of the wrong shape")
    return value


def _dict(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise ValueError("a document of the wrong shape")
    return value


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(value)  # TypeError when it is not a string
    if not day_in_range(moment.date()):
        raise ValueError("a date out of range")
    return moment


def _day(value: Any) -> date:
    day = date.fromisoformat(value)
    if not day_in_range(day):
        raise ValueError("a date out of range")
    return day


def _days(values: list[Any]) -> tuple[date | None, ...]:
    if values.count(None) == len(values):  # the common case: no action has a due day
        return tuple(values)
    return tuple(None if v is None else _day(v) for v in values)


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _joined(sources: frozenset[str]) -> str | list[str]:
    """Sources in one string, separated by spaces (a note's sources are ``<n>/<id>``):
    one string decodes and splits at C speed, with no escape to undo; a list where a
    source holds a space."""
    listed = sorted(sources)
    if any(" " in s for s in listed):
        return listed
    return " ".join(listed)


def _text_or_texts(value: Any) -> bool:
    return type(value) is str or (type(value) is list and set(map(type, value)) <= {str})


def _sources(value: Any) -> frozenset[str]:
    if not _text_or_texts(value):
        raise ValueError("a source of the wrong shape")
    if isinstance(value, str):
        return frozenset(value.split(" ")) if value else frozenset()
    return frozenset(value)
