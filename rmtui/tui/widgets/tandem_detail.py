"""The highlighted tandem in detail: profile and frame, keywords with their status,
sessions, and what the mentor should hear about it now."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from rmtui.core import messages
from rmtui.core.dates import day_label
from rmtui.core.i18n import N_, gettext
from rmtui.core.text import one_line
from rmtui.tui import progress
from rmtui.tui.keyword_marks import legend, stored_state
from rmtui.tui.keyword_marks import mark as keyword_mark
from rmtui.tui.literal import literal, literal_line
from rmtui.tui.widgets.learning_log import balance_strip
from rmtui.tui.widgets.timeline import strip_content

if TYPE_CHECKING:
    from rmtui.core.model import Keyword, SessionInfo
    from rmtui.core.summary import TandemSummary
    from rmtui.service.tandems import DashboardRow

# (field id, label) in the order a mentor reads them.
PROFILE_FIELDS = (
    ("mentor-dept", N_("Your dept")),
    ("start", N_("Started")),
    ("frame", N_("Frame")),
    ("pace", N_("Pace")),
    ("midpoint", N_("Midpoint")),
    ("next", N_("Next")),
    ("actions", N_("Actions")),
    ("learned", N_("Learned")),
    ("status", N_("Status")),
    ("expectations", N_("Expects")),
    ("rules", N_("Rules")),
)

SESSION_MARKS = {
    "done": "✓",
    "running": "▶",
    "paused": "‖",
    "planned": "·",
}


class ProfilePanel(VerticalScroll):
    """Who the mentee is and where the tandem stands."""

    def compose(self) -> ComposeResult:
        with Vertical(id="profile-head"):
            yield Static(id="profile-name")
            yield Static(id="profile-role")
        with Grid(id="profile-fields"):
            for key, label in PROFILE_FIELDS:
                yield Label(gettext(label), id=f"{key}-label", classes="field-label")
                yield Static(id=f"{key}-value", classes="field-value")

    def show(self, row: DashboardRow, now: datetime) -> None:
        summary = row.summary
        tandem = summary.tandem
        self.query_one("#profile-name", Static).update(literal_line(tandem.mentee, "bold"))
        parts = (one_line(tandem.role), one_line(tandem.mentee_dept))
        who = " · ".join(part for part in parts if part)
        role = self.query_one("#profile-role", Static)
        role.update(literal_line(who))
        role.display = bool(who)
        frame = tandem.frame
        values: dict[str, Content] = {
            "mentor-dept": literal_line(tandem.mentor_dept),
            "start": Content(
                f"{progress.long_date(tandem.start)} · {row.week_label}" if tandem.start else ""
            ),
            "frame": Content.assemble(
                strip_content(row.timeline),
                f" {summary.sessions_done}/{frame.sessions}{_planned(summary)}",
            ),
            "pace": Content(messages.PACE_NAMES.get(row.progress.pace, row.progress.pace)),
            "midpoint": Content(progress.midpoint_day(row.progress)),
            "next": _next_session(summary, now),
            "actions": _actions(row),
            "learned": _learned(row),
            "status": Content("" if tandem.status == "active" else tandem.status),
            "expectations": literal(tandem.expectations.strip()),
            "rules": Content("\n").join(_bullet(rule) for rule in tandem.rules if rule.strip()),
        }
        for key, _label in PROFILE_FIELDS:
            value = values[key]
            self.query_one(f"#{key}-value", Static).update(value)
            self.query_one(f"#{key}-value").display = bool(value.plain.strip())
            self.query_one(f"#{key}-label").display = bool(value.plain.strip())


def _actions(row: DashboardRow) -> Content:
    """``2 open`` and the oldest open ones, to follow up at the next session."""
    if not row.open_actions:
        return Content.styled(gettext("none open"), "$foreground-muted")
    lines = [Content(messages.TUI_OPEN_COUNT.format(row.open_actions))]
    stored = row.records
    for action in stored.oldest:
        owner = messages.TUI_OWNER_YOU if action.owner == "mentor" else ""
        lines.append(Content.assemble("• ", (owner, "$text-accent"), literal_line(action.text)))
    if stored.count > len(stored.oldest):
        more = messages.TUI_MORE_ACTIONS.format(stored.count - len(stored.oldest))
        lines.append(Content.styled(more, "$foreground-muted"))
    return Content("\n").join(lines)


def _learned(row: DashboardRow) -> Content:
    balance = row.balance
    if not balance.total:
        return Content.styled(gettext("nothing logged yet"), "$foreground-muted")
    return Content.assemble(
        (messages.TUI_LEARNED_MENTOR.format(count=balance.mentor), "$text-primary"),
        balance_strip(balance, 10),
        (messages.TUI_LEARNED_MENTEE.format(count=balance.mentee), "$text-accent"),
        (messages.TUI_ONE_SIDED if balance.one_sided else "", "$text-warning"),
    )


def warning_lines(row: DashboardRow) -> Content:
    """The tandem's warnings, most urgent first, one per line."""
    return Content("\n").join(
        Content.assemble(("⚠ ", "$text-warning"), literal_line(w)) for w in row.warnings
    )


def _planned(summary: TandemSummary) -> str:
    planned = sum(1 for s in summary.sessions if s.status == "planned")
    return messages.TUI_PLANNED_COUNT.format(planned) if planned else ""


def _bullet(text: str) -> Content:
    return Content("• ") + literal_line(text)


def _next_session(summary: TandemSummary, now: datetime) -> Content:
    running = progress.current_session(summary)
    if running is not None:
        return Content.assemble(
            (
                messages.TUI_SESSION_IS.format(
                    n=running.n,
                    status=messages.TUI_SESSION_STATES.get(running.status, running.status),
                ),
                "bold",
            ),
            " · ",
            literal_line(running.title),
        )
    upcoming = progress.next_session(summary)
    if upcoming is None or upcoming.planned_at is None:
        hint = messages.TUI_NONE_PLANNED if summary.sessions else messages.TUI_NONE_PLANNED_KICKOFF
        return Content.styled(hint, "$foreground-muted")
    at = upcoming.planned_at
    parts: list[Content | str | tuple[str, str]] = [
        (progress.when(at), "bold"),
        f" ({progress.relative_day(at, now)})",
    ]
    if upcoming.title.strip():
        parts += ["\n", literal_line(upcoming.title)]
    return Content.assemble(*parts)


class KeywordPanel(VerticalScroll):
    """The keyword list agreed with the mentee, each with its status."""

    def compose(self) -> ComposeResult:
        yield Static(id="keyword-list")

    def show(self, summary: TandemSummary) -> None:
        self.border_title = messages.TUI_KEYWORDS_TITLE.format(
            covered=progress.keyword_coverage(summary)
        )
        self.query_one("#keyword-list", Static).update(keyword_lines(summary.keywords))


def keyword_lines(keywords: list[Keyword]) -> Content:
    if not keywords:
        return Content.styled(gettext("none yet: agree them at the kick-off"), "$foreground-muted")
    ordered = sorted(keywords, key=lambda k: (k.status == "dropped", k.order))
    lines = []
    states = []
    for keyword in ordered:
        state = stored_state(keyword)
        states.append(state)
        text_style = {"covered": "$text-success", "dropped": "$foreground-muted strike"}
        lines.append(
            Content.assemble(
                keyword_mark(state), " ", literal_line(keyword.text, text_style.get(state, ""))
            )
        )
    lines.append(legend(states))  # the symbols of the states shown, named
    return Content("\n").join(lines)


class SessionPanel(VerticalScroll):
    """The tandem's sessions so far and planned."""

    def compose(self) -> ComposeResult:
        yield Static(id="session-list")

    def show(self, summary: TandemSummary) -> None:
        self.border_title = messages.TUI_SESSIONS_TITLE.format(done=progress.sessions_done(summary))
        self.query_one("#session-list", Static).update(session_lines(summary.sessions))


def session_lines(sessions: list[SessionInfo]) -> Content:
    if not sessions:
        return Content.styled(gettext("none planned yet"), "$foreground-muted")
    lines = []
    for info in sessions:
        # Day and month only: the weekday of the next one is in the profile.
        day = (
            day_label(info.planned_at.date(), weekday=False)
            if info.planned_at
            else messages.TUI_NO_DATE
        )
        style = "$foreground-muted" if info.status == "done" else ""
        lines.append(
            Content.assemble(
                (f"{SESSION_MARKS.get(info.status, '?')} {info.n:>2}  {day:>7}  ", style),
                literal_line(info.title or info.agenda_id, style),
            )
        )
    return Content("\n").join(lines)
