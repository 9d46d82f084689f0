"""What the home screen and the tandem screen show of a tandem, built from its files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rmtui.core import messages
from rmtui.core.coverage import Coverage, coverage
from rmtui.core.dates import day_label
from rmtui.core.errors import UnreadableFile
from rmtui.core.frame import Progress, progress
from rmtui.core.frame import warnings as frame_warnings
from rmtui.core.model import Session
from rmtui.core.summary import OpenActions, TandemSummary
from rmtui.core.text import fold
from rmtui.service.records import ActionView, Balance, LearningLog, Tally
from rmtui.service.timeline import Timeline, timeline


@dataclass(frozen=True, slots=True)
class DashboardRow:
    """One tandem on the home screen."""

    summary: TandemSummary
    progress: Progress
    timeline: Timeline
    warnings: tuple[str, ...]
    coverage: Coverage
    open_actions: int
    balance: Balance
    # The action records counted and the oldest open ones listed (``summary.actions`` is
    # empty on the home screen: it lists these).
    records: OpenActions = field(default_factory=OpenActions)

    @property
    def tandem_id(self) -> str:
        return self.summary.tandem.id

    @property
    def frame_label(self) -> str:
        """``4/10``: sessions done of the frame's sessions."""
        return f"{self.progress.done}/{self.progress.planned}"

    @property
    def week_label(self) -> str:
        """``week 9/26``."""
        return messages.WEEK_LABEL.format(week=self.progress.week, weeks=self.progress.weeks)

    @property
    def midpoint_label(self) -> str:
        """``midpoint 12 Mar (in 23 days)``."""
        days, day = (
            self.progress.days_to_midpoint,
            day_label(self.progress.midpoint, weekday=False, year=True),
        )
        if days > 0:
            return messages.MIDPOINT_IN.format(days, date=day, days=days)
        if days == 0:
            return messages.MIDPOINT_TODAY.format(date=day)
        return messages.MIDPOINT_AGO.format(-days, date=day, days=-days)


@dataclass(frozen=True, slots=True)
class TandemOverview(DashboardRow):
    """Everything the tandem screen shows: the dashboard row plus the action list, the
    learning log and per-keyword note counts (``coverage`` read from every session)."""

    actions: tuple[ActionView, ...] = ()
    learning: LearningLog = field(default_factory=lambda: LearningLog((), ()))


@dataclass(frozen=True, slots=True)
class Dashboard:
    """All tandems that read cleanly, and a problem for each file that does not."""

    rows: tuple[DashboardRow, ...]
    problems: tuple[UnreadableFile, ...]


def build_row(
    summary: TandemSummary,
    sessions: list[Session],
    now: datetime,
    counts: Tally,
    records: OpenActions | None = None,
) -> DashboardRow:
    """The dashboard's view of one tandem from its summary and the sessions read."""
    tandem, balance = summary.tandem, counts.balance
    start = tandem.start or (tandem.created or now).date()
    prog = progress(start, tandem.frame, summary.sessions, now)
    found = list(frame_warnings(prog, summary.keywords))
    if _same_department(tandem.mentee_dept, tandem.mentor_dept):
        found.append(messages.SAME_DEPARTMENT.format(dept=tandem.mentee_dept))
    if counts.overdue_actions:
        found.append(messages.ACTIONS_OVERDUE.format(counts.overdue_actions))
    if balance.one_sided and balance.leaning is not None:
        found.append(
            messages.LEARNING_ONE_SIDED.format(
                balance.total,
                side=balance.leaning,
                count=max(balance.mentor, balance.mentee),
                total=balance.total,
            )
        )
    return DashboardRow(
        summary=summary,
        progress=prog,
        timeline=timeline(start, tandem.frame, summary.sessions, now, prog.midpoint),
        warnings=tuple(found),
        coverage=coverage(summary.keywords, sessions),
        open_actions=counts.open_actions,
        balance=balance,
        records=OpenActions.of(summary.actions) if records is None else records,
    )


def _same_department(a: str, b: str) -> bool:
    x, y = fold(a).strip(), fold(b).strip()
    return bool(x) and x == y
