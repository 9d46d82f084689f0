"""Read models of the workspace: what a reading of it gives the services and the faces.

The store builds them; the screens, the commands and the services read them. They hold
domain objects only, so no face needs the store to name them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rmtui.core.errors import UnreadableFile
from rmtui.core.model import Action, Keyword, LearningEntry, SessionInfo, Tandem

__all__ = ["Scan", "TandemSummary"]


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
