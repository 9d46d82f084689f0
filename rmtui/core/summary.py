"""Read models of the workspace: what a reading of it gives the services and the faces.

The store builds them; the screens, the commands and the services read them. They hold
domain objects only, so no face needs the store to name them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rmtui.core.errors import UnreadableFile
from rmtui.core.model import Action, Keyword, LearningEntry, SessionInfo, Tandem

__all__ = ["OPEN_SHOWN", "Learned", "OpenActions", "Scan", "TandemSummary"]

# How many open actions the home screen lists for a tandem (the oldest ones).
OPEN_SHOWN = 3


@dataclass(frozen=True, slots=True)
class TandemSummary:
    """What the home screen and ``tandem list`` show of one tandem."""

    tandem: Tandem
    sessions: list[SessionInfo]
    keywords: list[Keyword]
    actions: list[Action] = field(default_factory=list)
    learning: list[LearningEntry] = field(default_factory=list)

    @property
    def sessions_done(self) -> int:
        return sum(1 for s in self.sessions if s.status == "done")


@dataclass(frozen=True, slots=True)
class Scan:
    """All tandems of the workspace: the readable ones, and the files that are not."""

    summaries: list[TandemSummary]
    problems: list[UnreadableFile]


@dataclass(frozen=True, slots=True)
class Learned:
    """What the home screen needs of a tandem's learning log: who learned how much, and
    which notes the entries came from (so a note not promoted yet is not counted twice)."""

    mentor: int = 0
    mentee: int = 0
    sources: frozenset[str] = frozenset()

    @classmethod
    def of(cls, entries: Iterable[tuple[str, str | None]]) -> Learned:
        """From (learned_by, source) pairs."""
        mentor = mentee = 0
        sources: set[str] = set()
        for learned_by, source in entries:
            if source:
                sources.add(source)
            if learned_by == "mentor":
                mentor += 1
            else:
                mentee += 1
        return cls(mentor, mentee, frozenset(sources))


@dataclass(frozen=True, slots=True)
class OpenActions:
    """What the home screen needs of a tandem's action records: the due date of each
    open one (it counts them, and those overdue), the oldest open ones it lists, and which
    notes every record came from (so a note not promoted yet is not counted twice)."""

    due: tuple[date | None, ...] = ()
    oldest: tuple[Action, ...] = ()
    sources: frozenset[str] = frozenset()

    @property
    def count(self) -> int:
        return len(self.due)

    def overdue(self, today: date) -> int:
        return sum(1 for due in self.due if due is not None and due < today)

    @classmethod
    def of(cls, actions: Iterable[Action]) -> OpenActions:
        """From every action record of the tandem."""
        listed = list(actions)
        open_ = sorted((a for a in listed if a.state == "open"), key=_age)
        sources = frozenset(a.source for a in listed if a.source)
        return cls(tuple(a.due for a in open_), tuple(open_[:OPEN_SHOWN]), sources)


def _age(action: Action) -> tuple[int, int]:
    """Oldest first: by the session that set it, then as stored."""
    return action.session or 0, action.id
