"""What one export says about one tandem, computed from its public data.

A ``Report`` is plain data: the Markdown writer, the front matter and the TUI preview
read it; none of them looks at the workspace again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime

from rmtui.core import habits, messages
from rmtui.core.coverage import KEYWORD_STATES, KeywordState, coverage
from rmtui.core.errors import NotFound
from rmtui.core.exporting import HELD, Kind
from rmtui.core.frame import Progress, progress
from rmtui.core.model import Action, ActionOwner, ActionState, Session, SessionInfo, Tandem
from rmtui.export.gather import TandemData, actions_with_pending, learning_with_pending


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of user text and the session it came from."""

    text: str
    session: int | None = None
    label: str = ""  # rmtui's own word for it ("skipped item"), shown before the text


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    session: int
    answer: str = ""


@dataclass(frozen=True, slots=True)
class ActionEntry:
    text: str
    owner: ActionOwner
    state: ActionState
    session: int | None
    due: date | None
    habit: str = ""  # a habit's rhythm
    strip: str = ""  # its check-ins across sessions, ``✓ ~ ✓ ✗`` (see ``core.habits``)
    checked: tuple[int, int] | None = None  # the first and last session checked in
    stuck: bool = False  # the last check-in said stuck


@dataclass(frozen=True, slots=True)
class KeywordRow:
    text: str
    status: KeywordState
    sessions: tuple[int, ...]
    added: date | None = None
    aliases: tuple[str, ...] = ()  # the keyword in other words (other languages)


@dataclass(frozen=True, slots=True)
class Report:
    kind: Kind
    tandem: Tandem
    as_of: datetime
    period: tuple[date, date]
    progress: Progress
    sessions: tuple[Session, ...]  # the sessions reported on
    next_session: SessionInfo | None
    keywords: tuple[KeywordRow, ...]
    mentor_learned: tuple[Entry, ...]
    mentee_learned: tuple[Entry, ...]
    highlights: tuple[Entry, ...]
    questions: tuple[Question, ...]
    actions: tuple[ActionEntry, ...]
    hard: tuple[Entry, ...]

    @property
    def session(self) -> Session | None:
        """The session of a session recap."""
        return self.sessions[0] if self.kind == "session" and self.sessions else None

    def keyword_texts(self, status: str) -> list[str]:
        return [k.text for k in self.keywords if k.status == status]

    def actions_in(self, *states: str) -> list[ActionEntry]:
        return [a for a in self.actions if a.state in states]

    def counts(self) -> dict[str, int]:
        return {
            "sessions": len(self.sessions),
            "notes": sum(len(s.notes) for s in self.sessions),
            "highlights": len(self.highlights),
            "questions": len(self.questions),
            "mentor_learned": len(self.mentor_learned),
            "mentee_learned": len(self.mentee_learned),
            "actions_open": len(self.actions_in("open")),
            "actions_done": len(self.actions_in("done")),
            "keywords_covered": len(self.keyword_texts("covered")),
            "keywords_touched": len(self.keyword_texts("touched")),
            "keywords_open": len(self.keyword_texts("open")),
        }


def start_of(tandem: Tandem, index: tuple[SessionInfo, ...], now: datetime) -> date:
    if tandem.start is not None:
        return tandem.start
    if tandem.created is not None:
        return tandem.created.date()
    dated = [s.planned_at.date() for s in index if s.planned_at is not None]
    return min(dated, default=now.date())


def build(data: TandemData, kind: Kind, now: datetime, session: int | None = None) -> Report:
    """The report of ``kind`` on ``data`` (public data: see ``gather.public``)."""
    tandem = data.tandem
    start = start_of(tandem, data.index, now)
    frame = progress(start, tandem.frame, list(data.index), now)
    if kind == "session":
        chosen = pick_session(data, session)
        sessions: tuple[Session, ...] = (chosen,)
        day = chosen.planned_at.date() if chosen.planned_at else now.date()
        period = (day, day)
        later = [
            s
            for s in data.index
            if s.n > chosen.n and s.status == "planned" and s.planned_at is not None
        ]
        upcoming = min(later, key=lambda s: s.n, default=None)
    else:
        sessions = tuple(s for s in data.sessions if s.status in HELD)
        period = (start, frame.end if kind == "final" else max(start, now.date()))
        upcoming = next_planned(data.index, now)
    numbers = {s.n for s in sessions}

    def within(n: int | None) -> bool:
        return kind != "session" or n in numbers

    learning = [e for e in learning_with_pending(data) if within(e.session)]
    actions = [_action_entry(a) for a in actions_with_pending(data) if within(a.session)]
    return Report(
        kind=kind,
        tandem=tandem,
        as_of=now,
        period=period,
        progress=frame,
        sessions=sessions,
        next_session=upcoming,
        keywords=_keywords(data, sessions, kind),
        mentor_learned=tuple(
            Entry(e.text, e.session) for e in learning if e.learned_by == "mentor"
        ),
        mentee_learned=tuple(
            Entry(e.text, e.session) for e in learning if e.learned_by == "mentee"
        ),
        highlights=tuple(_notes(sessions, "highlight")),
        questions=tuple(
            Question(n.text, s.n, n.answer)
            for s in sessions
            for n in s.notes
            if n.kind == "question"
        ),
        actions=tuple(sorted(actions, key=_action_order)),
        hard=tuple(_hard(sessions, actions, frame, now, kind)),
    )


def _action_entry(a: Action) -> ActionEntry:
    told = [c.session for c in a.checkins]
    return ActionEntry(
        a.text,
        a.owner,
        a.state,
        a.session,
        a.due,
        habit=a.habit,
        strip=habits.strip(a.checkins),
        checked=(min(told), max(told)) if told else None,
        stuck=bool(a.checkins) and max(a.checkins, key=lambda c: c.session).state == "stuck",
    )


def _naive(value: datetime) -> datetime:
    return value if value.tzinfo is None else value.astimezone().replace(tzinfo=None)


def next_planned(index: tuple[SessionInfo, ...], now: datetime) -> SessionInfo | None:
    """The next session still to come (a running one is not "next")."""
    coming = [
        s
        for s in index
        if s.status == "planned"
        and s.planned_at is not None
        and _naive(s.planned_at) >= _naive(now)
    ]
    return min(coming, key=lambda s: _naive(s.planned_at or now), default=None)


def pick_session(data: TandemData, n: int | None) -> Session:
    """Session ``n``, or the latest one held when ``n`` is None."""
    if n is not None:
        found = data.session(n)
        if found is None:
            raise NotFound(messages.NO_SESSION.format(id=f"{data.tandem.id}/{n}"))
        return found
    held = [s for s in data.sessions if s.status in HELD]
    if not held:
        raise NotFound(messages.EXPORT_NO_SESSION_HELD.format(id=data.tandem.id))
    return held[-1]


def _notes(sessions: tuple[Session, ...], kind: str) -> list[Entry]:
    return [Entry(n.text, s.n) for s in sessions for n in s.notes if n.kind == kind]


def _keywords(
    data: TandemData, sessions: tuple[Session, ...], kind: Kind
) -> tuple[KeywordRow, ...]:
    if kind == "session":
        # A recap lists the keywords this session touched.
        keywords = [replace(k, sessions=[]) for k in data.keywords]
        rows = coverage(keywords, sessions, include_private=False).rows
        return tuple(KeywordRow(r.keyword.text, r.state, r.sessions) for r in rows if r.touched)
    # The app's meaning of covered (see KeywordState): a keyword only talked about is
    # "touched", still open, never counted as covered.
    rows = coverage(data.keywords, data.sessions, include_private=False).rows
    out = [
        KeywordRow(r.keyword.text, r.state, r.sessions, r.keyword.added, tuple(r.keyword.aliases))
        for r in rows
    ]
    return tuple(sorted(out, key=lambda k: KEYWORD_STATES.index(k.status)))


def _action_order(a: ActionEntry) -> tuple[int, int]:
    rank = {"open": 0, "done": 1, "dropped": 2}
    return rank[a.state], a.session if a.session is not None else 10**6


def _hard(
    sessions: tuple[Session, ...],
    actions: list[ActionEntry],
    frame: Progress,
    now: datetime,
    kind: Kind,
) -> list[Entry]:
    """What did not go to plan, from facts only (the mentor's private reflection is never
    read): skipped agenda items, dropped and overdue actions, the pace."""
    found: list[Entry] = []
    for s in sessions:
        for item in s.items:
            if item.skipped:
                found.append(Entry(item.title, s.n, messages.EXPORT_HARD_SKIPPED))
    for a in actions:
        if a.state == "dropped":
            found.append(Entry(a.text, a.session, messages.EXPORT_HARD_DROPPED))
        elif a.state == "open" and a.due is not None and a.due < now.date():
            found.append(Entry(a.text, a.session, messages.EXPORT_HARD_OVERDUE))
        elif a.state == "open" and a.stuck:
            found.append(Entry(a.text, a.session, messages.EXPORT_HARD_STUCK))
    if kind != "session" and frame.pace == "behind":
        text = messages.EXPORT_HARD_BEHIND.format(
            frame.done, done=frame.done, expected=math.floor(frame.expected)
        )
        found.append(Entry(text, None, messages.EXPORT_HARD_PACE))
    return found
