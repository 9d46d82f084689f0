"""Helpers for the tandem-life tests: a tandem with a frame, sessions with notes, a clock.

Not in the conftest, so test modules import them by name (like ``storekit``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from kit import clock, workspace
from kit.cli import Cli
from kit.workspace import KEYWORDS

from rmtui.core.model import Note, NoteKind, Session, SessionStatus
from rmtui.core.template import Template, TemplateItem
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace

__all__ = ["KEYWORDS", "Cli"]  # shared from tests/kit, imported from here by the tests

CET = timezone(timedelta(hours=1))
START = date(2027, 1, 4)  # a Monday


TEMPLATE = Template(
    id="privacy",
    title="Data protection and privacy",
    keywords=("privacy", "GDPR"),
    rules=("The mentee drives: the mentor never takes the mouse or keyboard.",),
    items=(
        TemplateItem("Follow-up", 10, ("How did the week go?",)),
        TemplateItem("Privacy settings tour", 30, ("Open LinkedIn settings",)),
    ),
)


class FakeTime(clock.FakeTime):
    """Wall and monotonic seconds for ``SessionService``, moved by the test."""

    def __init__(self, wall: float = 1_800_000_000.0) -> None:
        super().__init__(wall=wall, mono=1000.0, tz=CET)


class Clock:
    """``now`` under the test's control."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: date, hour: int = 9) -> None:
        self.now = datetime(day.year, day.month, day.day, hour, tzinfo=CET)


def add_tandem(ws: Workspace, mentee: str = "Zofia Wąsowska", **fields: Any) -> str:
    """``kit.workspace.add_tandem`` with the frame starting on ``START``."""
    return workspace.add_tandem(ws, mentee, **{"start": START, **fields})


def at(day: date, hour: int = 15) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CET)


def note(
    text: str,
    kind: NoteKind = "note",
    *,
    elapsed: float = 60.0,
    keywords: Iterable[str] = (),
    private: bool = False,
) -> Note:
    return Note(
        id=0,
        elapsed=elapsed,
        wall=at(START) + timedelta(seconds=elapsed),
        text=text,
        kind=kind,
        keywords=list(keywords),
        private=private,
    )


def add_session(
    ws: Workspace,
    tandem_id: str,
    when: datetime | None,
    status: SessionStatus = "planned",
    notes: Iterable[Note] = (),
    title: str = "",
) -> int:
    """A session as it would be after planning (and running, when ``status`` says so)."""
    stored = ws.add_session(Session(tandem_id=tandem_id, n=0, planned_at=when, title=title))
    listed = list(notes)
    if listed:
        ws.add_notes(tandem_id, stored.n, listed)
    if status != "planned":

        def change(s: Session) -> None:
            s.status = status

        ws.update_session(tandem_id, stored.n, change)
    return stored.n


def service(ws: Workspace, now: datetime) -> tuple[TandemService, Clock]:
    clock = Clock(now)
    return TandemService(ws, clock), clock
