"""Read models of the workspace: what a reading of it gives the services and the faces.

The store builds them; the screens, the commands and the services read them. They hold
domain objects only, so no face needs the store to name them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rmtui.core.errors import UnreadableFile
from rmtui.core.model import Action, Keyword, LearningEntry, SessionInfo, Tandem

__all__ = ["Learned", "Scan", "TandemSummary"]


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
