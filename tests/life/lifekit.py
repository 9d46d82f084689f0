"""Helpers for the tandem-life tests: a tandem with a frame, sessions with notes, a clock.

Not in the conftest, so test modules import them by name (like ``storekit``).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from rmtui.cli import main
from rmtui.core.model import Note, NoteKind, Session, SessionStatus
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace

CET = timezone(timedelta(hours=1))
START = date(2027, 1, 4)  # a Monday
KEYWORDS = ["LinkedIn", "prywatność", "big data", "IoT", "Datenschutz"]


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


class FakeTime:
    """Wall and monotonic seconds for ``SessionService``, moved by the test."""

    def __init__(self, wall: float = 1_800_000_000.0) -> None:
        self.now = wall
        self.mono_now = 1000.0

    def wall(self) -> float:
        return self.now

    def mono(self) -> float:
        return self.mono_now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.mono_now += seconds


class Clock:
    """``now`` under the test's control."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: date, hour: int = 9) -> None:
        self.now = datetime(day.year, day.month, day.day, hour, tzinfo=CET)


def add_tandem(
    ws: Workspace,
    mentee: str = "Zofia Wąsowska",
    *,
    start: date = START,
    sessions: int = 10,
    months: int = 6,
    keywords: Iterable[str] = KEYWORDS,
    mentee_dept: str = "Logistyka",
    mentor_dept: str = "IT",
) -> str:
    draft = TandemDraft(
        mentee=mentee,
        mentee_dept=mentee_dept,
        mentor_dept=mentor_dept,
        start=start,
        sessions=sessions,
        months=months,
    )
    tandem = ws.add_tandem(draft)
    ws.add_keywords(tandem.id, list(keywords))
    return tandem.id


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


class Cli:
    """``rmtui --workspace ROOT ...`` in this process; returns (code, stdout, stderr)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["--workspace", str(self.root), *args])
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()
