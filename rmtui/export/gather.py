"""What an export may show of a tandem: everything, minus what is private.

This is the one place privacy is filtered. ``load`` reads a tandem as it is on disk;
``public`` returns the same shape without a private note, a private action or learning
entry, a record promoted from a private note (or a note whose record was made private),
the mentor's reflection, a follow-up item's reference to anything of those, or a keyword
"touch" that only a private note made. Everything after it (Markdown, HTML, JSON, front
matter, counts) is built from the public data only, so it cannot show what it never got.

Note, action and learning ids are renumbered 1..k so that gaps do not hint at what was
left out; record sources follow their notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from rmtui.core.errors import NotFound
from rmtui.core.model import (
    Action,
    AgendaItem,
    Keyword,
    LearningEntry,
    Note,
    Session,
    SessionInfo,
    Tandem,
)
from rmtui.core.records import pending_notes, record_of, source_of
from rmtui.core.summary import TandemSummary
from rmtui.core.text import fold


class Reader(Protocol):
    """What an export reads of the workspace (the store's ``Workspace`` is one)."""

    def summary(self, tandem_id: str) -> TandemSummary: ...

    def session(self, tandem_id: str, n: int) -> Session: ...


@dataclass(frozen=True, slots=True)
class TandemData:
    """One tandem in full: profile, session index, sessions with notes, records."""

    tandem: Tandem
    index: tuple[SessionInfo, ...]
    sessions: tuple[Session, ...]
    keywords: tuple[Keyword, ...]
    actions: tuple[Action, ...]
    learning: tuple[LearningEntry, ...]

    def session(self, n: int) -> Session | None:
        return next((s for s in self.sessions if s.n == n), None)


def load(ws: Reader, tandem_id: str) -> TandemData:
    """The tandem as stored (private parts included): read once, filter with ``public``."""
    summary = ws.summary(tandem_id)
    sessions: list[Session] = []
    for info in summary.sessions:
        try:
            sessions.append(ws.session(tandem_id, info.n))
        except NotFound:
            continue  # an index entry whose file a crash never wrote: nothing to show
    return TandemData(
        tandem=summary.tandem,
        index=tuple(summary.sessions),
        sessions=tuple(sorted(sessions, key=lambda s: s.n)),
        keywords=tuple(summary.keywords),
        actions=tuple(sorted(summary.actions, key=lambda a: a.id)),
        learning=tuple(sorted(summary.learning, key=lambda e: e.id)),
    )


def public(data: TandemData) -> TandemData:
    """``data`` without anything private (see the module docstring)."""
    renumbered: dict[str, str] = {}
    # A record made private (in the tandem screen) keeps the note it came from private.
    private_sources = {a.source for a in data.actions if a.private and a.source}
    private_sources |= {e.source for e in data.learning if e.private and e.source}
    sessions: list[Session] = []
    for session in data.sessions:
        kept: list[Note] = []
        for note in sorted(session.notes, key=lambda x: x.id):
            source = source_of(session.n, note.id)
            if note.private or source in private_sources:
                private_sources.add(source)
                continue
            new_id = len(kept) + 1
            renumbered[source] = source_of(session.n, new_id)
            kept.append(renumbered_note(note, new_id))
        sessions.append(replace(session, notes=kept, reflection=""))

    def follow(source: str | None) -> str | None:
        return None if source is None else renumbered.get(source)

    shown = [a for a in data.actions if not a.private and a.source not in private_sources]
    new_ids = {a.id: i for i, a in enumerate(shown, start=1)}
    actions = [replace(a, id=new_ids[a.id], source=follow(a.source)) for a in shown]
    hidden = private_sources | {a.source for a in data.actions if a.source and a.id not in new_ids}

    def public_item(item: AgendaItem) -> AgendaItem:
        return replace(
            item,
            prompts=list(item.prompts),
            actions=[new_ids[i] for i in item.actions if i in new_ids],
            action_notes=[
                renumbered[s] for s in item.action_notes if s in renumbered and s not in hidden
            ],
        )

    sessions = [replace(s, items=[public_item(i) for i in s.items]) for s in sessions]
    learning = [
        replace(e, id=i, source=follow(e.source), keywords=list(e.keywords))
        for i, e in enumerate(
            (e for e in data.learning if not e.private and e.source not in private_sources),
            start=1,
        )
    ]
    return TandemData(
        tandem=data.tandem,
        index=data.index,
        sessions=tuple(sessions),
        keywords=tuple(_public_keywords(data.keywords, sessions)),
        actions=tuple(actions),
        learning=tuple(learning),
    )


def renumbered_note(note: Note, new_id: int) -> Note:
    """A copy of ``note`` under ``new_id``, its keyword list its own. Every field is named
    (``dataclasses.replace`` costs four times as much, on thousands of notes per export);
    a test checks that no field of ``Note`` is left out."""
    return Note(
        id=new_id,
        elapsed=note.elapsed,
        wall=note.wall,
        text=note.text,
        kind=note.kind,
        item=note.item,
        keywords=list(note.keywords),
        private=note.private,
        answer=note.answer,
        sheet=note.sheet,
    )


def _public_keywords(keywords: Iterable[Keyword], sessions: Iterable[Session]) -> list[Keyword]:
    """Keywords with the sessions that public notes touched (stored marks count private
    notes too, so they are recomputed rather than trusted)."""
    touched: dict[str, set[int]] = {}
    folded: dict[str, str] = {}  # the same few keywords on thousands of notes
    for session in sessions:
        for note in session.notes:
            for word in note.keywords:
                key = folded.get(word)
                if key is None:
                    key = folded[word] = fold(word)
                touched.setdefault(key, set()).add(session.n)
    return [replace(k, sessions=_touched_by(k, touched)) for k in keywords]


def _touched_by(keyword: Keyword, touched: dict[str, set[int]]) -> list[int]:
    """The sessions whose notes named the keyword or one of its aliases."""
    spellings = (keyword.text, *keyword.aliases)
    return sorted({n for word in spellings for n in touched.get(fold(word), ())})


# --- records as an export shows them: stored ones plus notes not yet promoted -----------


def actions_with_pending(data: TandemData) -> list[Action]:
    """Stored actions, then every `!` note no stored action came from (a session still
    running, or one stopped before promotion existed). Call on public data."""
    known = {a.source for a in data.actions if a.source}
    found = list(data.actions)
    for n, note in pending_notes(data.sessions, known):
        if note.kind == "action" and not note.private:
            record = record_of(n, note)
            if isinstance(record, Action):
                found.append(record)
    return found


def learning_with_pending(data: TandemData) -> list[LearningEntry]:
    """Stored learning entries, then every `>`/`<` note not promoted yet."""
    known = {e.source for e in data.learning if e.source}
    found = list(data.learning)
    for n, note in pending_notes(data.sessions, known):
        if note.kind != "action" and not note.private:
            record = record_of(n, note)
            if isinstance(record, LearningEntry):
                found.append(record)
    return found
