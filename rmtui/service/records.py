"""Actions and the learned-in-both-directions log as the screens show them.

A tandem's records live in ``tandem.json``; notes typed with ``!``, ``>`` or ``<`` become
records when their session stops (``promote``). Until then (a session still running) the
views below show those notes too, marked ``pending``, so nothing typed is ever missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from rmtui.core import habits
from rmtui.core.model import (
    Action,
    ActionOwner,
    ActionState,
    Checkin,
    LearnedBy,
    LearningEntry,
    Note,
    Session,
)
from rmtui.core.records import learned_by, parse_source, pending_notes, records_of, source_of
from rmtui.core.summary import Learned, OpenActions

if TYPE_CHECKING:  # the store is only needed to call it, not to load this module
    from rmtui.store.promotion import Promotion
    from rmtui.store.workspace import Workspace

STATE_ORDER: dict[str, int] = {"open": 0, "done": 1, "dropped": 2}
ONE_SIDED_SHARE = 0.2  # one side below a fifth of the entries: worth a word
ONE_SIDED_MIN = 3  # ... once there are at least this many entries


@dataclass(frozen=True, slots=True)
class ActionView:
    """One action: a stored record (``id``), or a `!` note not yet promoted (``pending``)."""

    id: int | None
    text: str
    owner: ActionOwner
    due: date | None
    state: ActionState
    session: int | None
    private: bool
    source: str | None
    pending: bool = False
    overdue: bool = False  # open and its due date has passed
    habit: str = ""  # a habit's rhythm; empty for a one-off action
    checkins: tuple[Checkin, ...] = ()

    @property
    def open(self) -> bool:
        return self.state == "open"

    @property
    def strip(self) -> str:
        """How it went across sessions, ``✓ ~ ✓ ✗`` (see ``core.habits``)."""
        return habits.strip(self.checkins)

    @property
    def note(self) -> tuple[int, int] | None:
        """(session n, note id) of the note it came from, if any."""
        return parse_source(self.source)


@dataclass(frozen=True, slots=True)
class LearningItem:
    """One learning entry: a stored record (``id``), or a `>`/`<` note not yet promoted."""

    id: int | None
    learned_by: LearnedBy
    text: str
    session: int | None
    keywords: tuple[str, ...]
    private: bool
    source: str | None
    pending: bool = False

    @property
    def note(self) -> tuple[int, int] | None:
        return parse_source(self.source)


@dataclass(frozen=True, slots=True)
class Balance:
    """How much each side of the tandem learned: ``mentor`` entries vs ``mentee`` entries."""

    mentor: int
    mentee: int

    @property
    def total(self) -> int:
        return self.mentor + self.mentee

    @property
    def mentor_share(self) -> float:
        """The mentor's share of all entries (0.5 when there are none)."""
        return self.mentor / self.total if self.total else 0.5

    @property
    def one_sided(self) -> bool:
        """Only one side (or nearly) learns: in reverse mentoring, worth noticing."""
        if self.total < ONE_SIDED_MIN:
            return False
        return min(self.mentor, self.mentee) / self.total < ONE_SIDED_SHARE

    @property
    def leaning(self) -> LearnedBy | None:
        """The side that learned more, or None when even."""
        if self.mentor == self.mentee:
            return None
        return "mentor" if self.mentor > self.mentee else "mentee"

    def bar(self, width: int = 10) -> str:
        """``mentor ███▒▒▒▒▒▒▒ mentee``-style strip: the mentor's share filled from the left."""
        if not self.total:
            return "·" * width
        filled = round(width * self.mentor_share)
        return "█" * filled + "▒" * (width - filled)


@dataclass(frozen=True, slots=True)
class LearningLog:
    """Two lists, learned by the mentor (from the mentee) and by the mentee (from the mentor)."""

    mentor: tuple[LearningItem, ...]
    mentee: tuple[LearningItem, ...]

    @property
    def balance(self) -> Balance:
        return Balance(len(self.mentor), len(self.mentee))


@dataclass(frozen=True, slots=True)
class Tally:
    """The counts the dashboard shows: open actions, those past due, learning balance."""

    open_actions: int
    overdue_actions: int
    balance: Balance

    @classmethod
    def of(cls, actions: Iterable[ActionView], log: LearningLog) -> Tally:
        listed = list(actions)
        return cls(
            sum(1 for a in listed if a.open), sum(1 for a in listed if a.overdue), log.balance
        )


def tally(
    actions: OpenActions,
    learned: Learned,
    sessions: Iterable[Session],
    today: date,
) -> Tally:
    """``Tally.of(action_views(...), learning_log(...))`` without building every view:
    the dashboard counts, it does not list (``actions``: the action records, ``learned``:
    the learning log, both counted)."""
    open_actions, overdue = actions.count, actions.overdue(today)
    mentor, mentee = learned.mentor, learned.mentee
    read = list(sessions)
    if not read:  # the common case: every session promoted
        return Tally(open_actions, overdue, Balance(mentor, mentee))
    known: set[str] = set(learned.sources) | actions.sources
    for _, note in pending_notes(read, known):
        if note.kind == "action":
            open_actions += 1
        elif note.kind == "mentor-learned":
            mentor += 1
        else:
            mentee += 1
    return Tally(open_actions, overdue, Balance(mentor, mentee))


# --- promotion ----------------------------------------------------------------------------


def promote(workspace: Workspace, tandem_id: str, n: int, *, follow: bool = False) -> Promotion:
    """Turn session ``n``'s `!`, `>` and `<` notes into records and note the keywords it
    touched (``TandemService.promote``; ``SessionService.stop`` calls it). Idempotent.

    ``follow`` (the end of the review): records already promoted from the session follow
    their notes' text and privacy, and go when their note is deleted or un-marked.
    """

    def owned(source: str) -> bool:
        parsed = parse_source(source)
        return parsed is not None and parsed[0] == n

    return workspace.promote_session(tandem_id, n, records_of, owned if follow else None)


# --- building views -----------------------------------------------------------------------


def open_actions(actions: Iterable[Action], previous: Session) -> list[Action | Note]:
    """What the next session follows up: open action records (oldest first), then the
    `!` notes of ``previous`` that are not records yet (a session not stopped)."""
    stored = sorted(actions, key=lambda a: (a.session or 0, a.id))
    known = {a.source for a in stored if a.source}
    found: list[Action | Note] = [a for a in stored if a.state == "open"]
    found += [n for _, n in pending_notes([previous], known) if n.kind == "action"]
    return found


def action_view(action: Action, today: date) -> ActionView:
    return ActionView(
        id=action.id,
        text=action.text,
        owner=action.owner,
        due=action.due,
        state=action.state,
        session=action.session,
        private=action.private,
        source=action.source,
        overdue=action.state == "open" and action.due is not None and action.due < today,
        habit=action.habit,
        checkins=tuple(action.checkins),
    )


def learning_item(entry: LearningEntry) -> LearningItem:
    return LearningItem(
        id=entry.id,
        learned_by=entry.learned_by,
        text=entry.text,
        session=entry.session,
        keywords=tuple(entry.keywords),
        private=entry.private,
        source=entry.source,
    )


def action_views(
    actions: Iterable[Action], sessions: Iterable[Session], today: date
) -> list[ActionView]:
    """Records and not-yet-promoted `!` notes: open first, then by session and id."""
    stored = list(actions)
    views = [action_view(a, today) for a in stored]
    known = {a.source for a in stored if a.source}
    for n, note in pending_notes(sessions, known):
        if note.kind == "action":
            views.append(
                ActionView(
                    id=None,
                    text=note.text,
                    owner="mentee",
                    due=None,
                    state="open",
                    session=n,
                    private=note.private,
                    source=source_of(n, note.id),
                    pending=True,
                )
            )
    return sorted(views, key=_action_key)


def _action_key(view: ActionView) -> tuple[int, int, int, int]:
    note = view.note or (0, 0)
    return (
        STATE_ORDER[view.state],
        view.session if view.session is not None else 10**6,
        note[1] if view.id is None else 0,
        view.id if view.id is not None else 10**9,
    )


def learning_log(entries: Iterable[LearningEntry], sessions: Iterable[Session]) -> LearningLog:
    """Records and not-yet-promoted `>`/`<` notes, in two lists, oldest session first."""
    stored = list(entries)
    items = [learning_item(e) for e in stored]
    known = {e.source for e in stored if e.source}
    for n, note in pending_notes(sessions, known):
        by = learned_by(note)
        if by is not None:
            items.append(
                LearningItem(
                    id=None,
                    learned_by=by,
                    text=note.text,
                    session=n,
                    keywords=tuple(note.keywords),
                    private=note.private,
                    source=source_of(n, note.id),
                    pending=True,
                )
            )
    items.sort(key=_learning_key)
    return LearningLog(
        mentor=tuple(i for i in items if i.learned_by == "mentor"),
        mentee=tuple(i for i in items if i.learned_by == "mentee"),
    )


def _learning_key(item: LearningItem) -> tuple[int, int, int]:
    note = item.note or (0, 0)
    return (
        item.session if item.session is not None else 10**6,
        note[1],
        item.id if item.id is not None else 10**9,
    )
