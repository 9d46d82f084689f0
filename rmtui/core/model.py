"""Domain objects of a reverse-mentoring tandem."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, get_args

KeywordStatus = Literal["open", "covered", "dropped"]
ActionOwner = Literal["mentee", "mentor"]
ActionState = Literal["open", "done", "dropped"]
SessionStatus = Literal["planned", "running", "paused", "done"]
NoteKind = Literal["note", "action", "question", "highlight", "mentor-learned", "mentee-learned"]
TandemStatus = Literal["active", "paused", "finished"]
CheckinState = Literal["done", "tried", "stuck", "dropped"]
# A note kept for the mentee's cheat sheet (``+``), or a glossary entry (``=``).
SheetMark = Literal["", "keep", "glossary"]

KEYWORD_STATUSES: tuple[str, ...] = get_args(KeywordStatus)
ACTION_OWNERS: tuple[str, ...] = get_args(ActionOwner)
ACTION_STATES: tuple[str, ...] = get_args(ActionState)
SESSION_STATUSES: tuple[str, ...] = get_args(SessionStatus)
NOTE_KINDS: tuple[str, ...] = get_args(NoteKind)
TANDEM_STATUSES: tuple[str, ...] = get_args(TandemStatus)
CHECKIN_STATES: tuple[str, ...] = get_args(CheckinState)
SHEET_MARKS: tuple[str, ...] = get_args(SheetMark)


@dataclass(frozen=True, slots=True)
class Frame:
    """The program frame of one tandem: so many sessions within so many months."""

    sessions: int = 10
    months: int = 6


@dataclass(slots=True)
class Tandem:
    """One mentor and one mentee, from different departments."""

    id: str
    mentee: str
    role: str = ""
    mentee_dept: str = ""
    mentor_dept: str = ""
    start: date | None = None
    frame: Frame = field(default_factory=Frame)
    status: TandemStatus = "active"
    expectations: str = ""
    rules: list[str] = field(default_factory=list)
    created: datetime | None = None
    # The kick-off profile: what the mentor hopes to learn (``expectations`` is the
    # mentee's), and each side's interests and skills.
    mentor_expectations: str = ""
    mentee_interests: str = ""
    mentee_skills: str = ""
    mentor_interests: str = ""
    mentor_skills: str = ""
    # The language everything made for the tandem speaks (recap, summaries, .ics): one of
    # ``i18n.LANGUAGES``. Empty for a tandem from before languages: it speaks the
    # interface's until the mentor chooses (``core.tandems.spoken``).
    language: str = ""


@dataclass(slots=True)
class Keyword:
    """A topic the pair agreed to cover, tracked across sessions."""

    text: str
    order: int
    status: KeywordStatus = "open"
    sessions: list[int] = field(default_factory=list)
    # The day it went on the list: the final summary tells the keywords agreed at the
    # start from those added along the way. None for lists older than this field.
    added: date | None = None
    # Other words for the same topic (other languages, synonyms), matched like the
    # keyword itself and counted as it: ``notifications`` = ``meldingen``.
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Checkin:
    """How an action or habit went, told at one session (one check-in per session)."""

    session: int
    state: CheckinState
    note: str = ""


@dataclass(slots=True)
class Action:
    """Something to do between sessions, followed up at the next one."""

    id: int
    text: str
    owner: ActionOwner = "mentee"
    due: date | None = None
    state: ActionState = "open"
    session: int | None = None
    private: bool = False
    # "<session>/<note id>" when the action came from a `!` note, so it is promoted once.
    source: str | None = None
    # A habit's rhythm ("one post a day"); empty for a one-off action.
    habit: str = ""
    # How it went, one check-in per session, oldest session first.
    checkins: list[Checkin] = field(default_factory=list)


LearnedBy = Literal["mentor", "mentee"]
LEARNED_BY: tuple[str, ...] = get_args(LearnedBy)


@dataclass(slots=True)
class LearningEntry:
    """Something one side of the tandem learned from the other.

    ``learned_by`` is who learned it: "mentor" (from the mentee) or "mentee" (from the
    mentor). Entries come from `>`/`<` notes or are added directly outside a session.
    """

    id: int
    learned_by: LearnedBy
    text: str
    session: int | None = None
    keywords: list[str] = field(default_factory=list)
    private: bool = False
    source: str | None = None


@dataclass(slots=True)
class SessionInfo:
    """The tandem file's index entry for one session."""

    n: int
    status: SessionStatus = "planned"
    planned_at: datetime | None = None
    agenda_id: str = ""
    title: str = ""


@dataclass(slots=True)
class AgendaItem:
    """One timeboxed item of a session's agenda (a copy taken at planning time)."""

    title: str
    minutes: int
    prompts: list[str] = field(default_factory=list)
    notes: str = ""
    done: bool = False
    skipped: bool = False
    spent_seconds: float = 0.0
    driven_seconds: float = 0.0
    # A follow-up item refers to the actions it follows up, never copies their text (an
    # action may be private, and agenda items reach the live screen and the exports):
    # ``actions`` are action record ids, ``action_notes`` the "<session>/<note id>" of
    # `!` notes not yet promoted when the session was planned (their record keeps that
    # source). Screens show them from the tandem's records as they are at that moment.
    follow_up: bool = False
    actions: list[int] = field(default_factory=list)
    action_notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ClockState:
    """Persisted session clock: time banked so far plus the wall time it last resumed.

    Wall time (not a monotonic counter) is stored so a session survives a crash or a
    reboot; the live clock adds monotonic deltas on top while the process runs.
    """

    banked: float = 0.0
    running_since: float | None = None

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def elapsed(self, now_wall: float) -> float:
        if self.running_since is None:
            return self.banked
        return self.banked + max(0.0, now_wall - self.running_since)


@dataclass(slots=True)
class Note:
    """A timed note taken during a session."""

    id: int
    elapsed: float
    wall: datetime
    text: str
    kind: NoteKind = "note"
    item: int | None = None
    keywords: list[str] = field(default_factory=list)
    private: bool = False
    # The mentor's answer to a `?` question, written in the review; goes into the recap.
    answer: str = ""
    # Kept for the mentee's cheat sheet (``+``), or a glossary entry ``term: explanation``
    # (``=``); see ``core.capture``.
    sheet: SheetMark = ""


@dataclass(slots=True)
class Session:
    """One session of a tandem: agenda copy, clock state and notes."""

    tandem_id: str
    n: int
    status: SessionStatus = "planned"
    planned_at: datetime | None = None
    agenda_id: str = ""
    title: str = ""
    rules: list[str] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    clock: ClockState = field(default_factory=ClockState)
    current_item: int = 0
    notes: list[Note] = field(default_factory=list)
    # Session-clock seconds at which the mentee last took the keyboard, or None while the
    # mentor talks or demos; driven time is booked per item from it (see core/live.py).
    driving_since: float | None = None
    # The mentor's own reflection after the session (what went well, what was hard).
    # Always private: no export ever shows it.
    reflection: str = ""

    @property
    def id(self) -> str:
        return f"{self.tandem_id}/{self.n}"
