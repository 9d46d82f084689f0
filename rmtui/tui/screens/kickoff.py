"""The kick-off: a guided first session for a new tandem.

Five steps, top to bottom: introductions (interests and skills both ways), what each side
wants to learn, the keyword list, a date for every session of the frame (spread over it,
editable) and the ground rules. Saving hands one ``KickoffPlan`` to the tandem service,
which sets the profile, adds the keywords and plans the sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Header, Input, Label, Static, TextArea
from textual.worker import Worker, WorkerState

from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.frame import spread_dates
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import SessionInfo
from rmtui.core.planning import parse_planned_at
from rmtui.core.refs import SessionRef
from rmtui.core.summary import TandemSummary
from rmtui.core.tandems import clean_keyword
from rmtui.core.text import one_line
from rmtui.service.kickoff import KickoffPlan, KickoffSession
from rmtui.tui import progress
from rmtui.tui.form_keys import FORM_FOCUS_KEYS
from rmtui.tui.literal import literal_line
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.widgets.footer import Footer

SESSION_TIME = time(15, 0)
DATE_FORMAT = "%Y-%m-%d %H:%M"
# (KickoffPlan field, label, step index) of the one-line answers.
ANSWERS = (
    ("mentee_interests", N_("Their interests"), 0),
    ("mentee_skills", N_("Their skills"), 0),
    ("mentor_interests", N_("Your interests"), 0),
    ("mentor_skills", N_("Your skills"), 0),
    ("expectations", N_("They want to learn"), 1),
    ("mentor_expectations", N_("You want to learn"), 1),
)


@dataclass(frozen=True, slots=True)
class DateRow:
    """One session of the frame in the dates step."""

    index: int  # 1-based
    value: str  # as the input starts
    held: SessionInfo | None = None  # a session that already took place keeps its date


def date_rows(summary: TandemSummary, now: datetime) -> list[DateRow]:
    """The frame's sessions: held ones fixed, planned ones at their date, the rest at a
    date spread evenly over the frame (on a weekday, at 15:00)."""
    tandem = summary.tandem
    start = tandem.start or now.date()
    suggested = spread_dates(start, tandem.frame, SESSION_TIME)
    existing = sorted(summary.sessions, key=lambda s: s.n)
    rows: list[DateRow] = []
    for i in range(tandem.frame.sessions):
        info = existing[i] if i < len(existing) else None
        if info is not None and info.status != "planned":
            shown = f"{info.planned_at:{DATE_FORMAT}}" if info.planned_at else ""
            rows.append(DateRow(i + 1, shown, info))
        elif info is not None and info.planned_at is not None:
            rows.append(DateRow(i + 1, f"{info.planned_at:{DATE_FORMAT}}"))
        else:
            rows.append(DateRow(i + 1, f"{suggested[i]:{DATE_FORMAT}}"))
    return rows


def keyword_lines(text: str) -> tuple[str, ...]:
    """Keywords from the text area: one per line, commas allowed; checked by the core."""
    words: list[str] = []
    for line in text.splitlines():
        for part in line.split(","):
            if part.strip():
                words.append(clean_keyword(part))
    return tuple(words)


def rule_lines(text: str) -> tuple[str, ...]:
    return tuple(one_line(line) for line in text.splitlines() if line.strip())


class KickoffScreen(RmtuiScreen[list[SessionRef] | None]):
    """Returns the planned sessions once saved, or None when left."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *FORM_FOCUS_KEYS,  # typing right after Tab lands in the next field
        Binding("escape", "leave", N_("Back"), id="kickoff.back", tooltip=N_("Leave the kick-off")),
        Binding(
            "ctrl+s",
            "save",
            N_("Save kick-off"),
            id="kickoff.save",
            tooltip=N_("Save the profile, keywords, dates and rules"),
        ),
    ]

    def __init__(self, summary: TandemSummary, now: datetime) -> None:
        super().__init__()
        self.summary = summary
        self.now = now
        self.tz: tzinfo | None = now.tzinfo
        self.rows = date_rows(summary, now)
        self.dirty = False
        self._as_opened: tuple[str, ...] = ()

    # --- the form ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        steps = messages.TUI_KICKOFF_STEPS
        yield Header()
        with VerticalScroll(id="kickoff-body"):
            yield Static(messages.TUI_KICKOFF_INTRO, id="kickoff-intro", markup=False)
            for step, (title, hint) in enumerate(steps):
                with Vertical(classes="kickoff-step", id=f"step-{step + 1}") as box:
                    box.border_title = title
                    yield Static(hint, classes="kickoff-hint", markup=False)
                    yield from self._step(step)
            yield Static(id="kickoff-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(gettext("Back"), id="leave", compact=True)
                yield Button(gettext("Save kick-off"), id="save", variant="primary", compact=True)
        yield Footer()

    def _step(self, step: int) -> ComposeResult:
        tandem = self.summary.tandem
        for field, label, at in ANSWERS:
            if at == step:
                with Horizontal(classes="kickoff-field"):
                    yield Label(gettext(label), classes="field-label")
                    yield Input(getattr(tandem, field), id=f"ko-{field}", compact=True)
        if step == 2:
            known = [k.text for k in self.summary.keywords if k.status != "dropped"]
            if known:
                words = ", ".join(one_line(w) for w in known)
                yield Static(
                    literal_line(messages.TUI_KICKOFF_KNOWN.format(words=words)),
                    classes="kickoff-known",
                )
            yield TextArea(id="ko-keywords", soft_wrap=True, compact=True)
        elif step == 3:
            for row in self.rows:
                with Horizontal(classes="kickoff-field", id=f"date-{row.index}-field"):
                    yield Label(messages.TUI_SESSION_N.format(n=row.index), classes="field-label")
                    yield Input(
                        row.value,
                        id=f"ko-date-{row.index}",
                        placeholder=messages.TUI_KICKOFF_DATE_HINT,
                        disabled=row.held is not None,
                        compact=True,
                        classes="-date",
                    )
                    yield Static(self._day_hint(row.index, row.value), classes="kickoff-day")
        elif step == 4:
            rules = [r for r in tandem.rules if r.strip()] or messages.TUI_KICKOFF_DEFAULT_RULES
            yield TextArea("\n".join(rules), id="ko-rules", soft_wrap=True, compact=True)

    def on_mount(self) -> None:
        tandem = self.summary.tandem
        self.title = messages.TUI_KICKOFF_TITLE
        self.sub_title = one_line(tandem.mentee)
        self.query_one(f"#ko-{ANSWERS[0][0]}", Input).focus()
        self._as_opened = self._form()

    def _form(self) -> tuple[str, ...]:
        """Every field's text: what "touched" is measured against."""
        return tuple(w.value for w in self.query(Input)) + tuple(
            w.text for w in self.query(TextArea)
        )

    def _day_hint(self, index: int, value: str) -> Content:
        row = self.rows[index - 1]
        if row.held is not None:
            return Content.styled(messages.TUI_KICKOFF_HELD, "$foreground-muted")
        if not value.strip():
            return Content.styled("later", "$foreground-muted")
        try:
            at = parse_planned_at(value, self.tz, today=self.now.date())
        except InvalidInput as exc:
            return Content.styled(exc.reason, "$text-error")
        return Content.styled(progress.short_date(at), "$foreground-muted")

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        self.dirty = True
        input_id = event.input.id or ""
        if input_id.startswith("ko-date-"):
            index = int(input_id.removeprefix("ko-date-"))
            hint = self.query_one(f"#date-{index}-field .kickoff-day", Static)
            hint.update(self._day_hint(index, event.value))

    @on(TextArea.Changed)
    def _area_changed(self) -> None:
        self.dirty = True

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    # --- saving ------------------------------------------------------------------------------

    def plan(self) -> KickoffPlan:
        """The form as a plan; raises ``InvalidInput`` naming the first bad field."""
        answers = {field: self.query_one(f"#ko-{field}", Input).value for field, _l, _s in ANSWERS}
        keywords = keyword_lines(self.query_one("#ko-keywords", TextArea).text)
        rules = rule_lines(self.query_one("#ko-rules", TextArea).text)
        return KickoffPlan(
            expectations=answers["expectations"],
            mentor_expectations=answers["mentor_expectations"],
            mentee_interests=answers["mentee_interests"],
            mentee_skills=answers["mentee_skills"],
            mentor_interests=answers["mentor_interests"],
            mentor_skills=answers["mentor_skills"],
            rules=rules,
            keywords=keywords,
            sessions=self._sessions(),
        )

    def _sessions(self) -> tuple[KickoffSession, ...]:
        values = [self.query_one(f"#ko-date-{row.index}", Input).value for row in self.rows]
        last = max((i for i, v in enumerate(values) if v.strip()), default=-1)
        sessions: list[KickoffSession] = []
        for row, value in zip(self.rows[: last + 1], values[: last + 1], strict=True):
            if row.held is not None:
                at = row.held.planned_at or self.now  # the service keeps a held date anyway
            elif not value.strip():
                raise InvalidInput(f"date-{row.index}", messages.TUI_KICKOFF_GAP)
            else:
                try:
                    at = parse_planned_at(value, self.tz, today=self.now.date())
                except InvalidInput as exc:
                    raise InvalidInput(f"date-{row.index}", exc.reason) from None
            sessions.append(KickoffSession(at))
        return tuple(sessions)

    def action_save(self) -> None:
        try:
            plan = self.plan()
        except InvalidInput as exc:
            self._show_error(exc)
            return
        self._show_error(None)
        self.query_one("#save", Button).disabled = True
        self._save(plan)

    @work(thread=True, exclusive=True, group="kickoff-save", exit_on_error=False)
    def _save(self, plan: KickoffPlan) -> tuple[KickoffPlan, list[SessionRef]]:
        return plan, self.rmtui.services.tandems.kickoff(self.summary.tandem.id, plan)

    @on(Worker.StateChanged)
    def _saved(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "kickoff-save":
            return
        if event.state == WorkerState.ERROR:
            self.query_one("#save", Button).disabled = False
            error = event.worker.error
            reason = error if isinstance(error, InvalidInput) else None
            self._show_error(reason, messages.TUI_SAVE_FAILED.format(reason=error))
        elif event.state == WorkerState.SUCCESS and event.worker.result is not None:
            plan, refs = event.worker.result
            known = {k.text.casefold() for k in self.summary.keywords}
            added = sum(1 for w in plan.keywords if w.casefold() not in known)
            self.notify(
                messages.TUI_KICKOFF_SAVED.format(
                    keywords=messages.TUI_KICKOFF_NEW_KEYWORDS.format(added),
                    sessions=messages.TUI_KICKOFF_SESSIONS_DATED.format(len(refs)),
                ),
                markup=False,
            )
            self.rmtui.reload_workspace()
            self.dismiss(refs)

    def _show_error(self, exc: InvalidInput | None, text: str | None = None) -> None:
        message = text or (str(exc) if exc else "")
        self.query_one("#kickoff-error", Static).update(literal_line(message))
        self.set_class(bool(message), "-failed")
        for field in self.query(".kickoff-field"):
            field.remove_class("-invalid")
        if exc is None:
            return
        target = f"#ko-{exc.field.replace(' ', '_')}"
        if exc.field.startswith("date-"):
            self.query_one(f"#{exc.field}-field").add_class("-invalid")
            target = f"#ko-{exc.field}"
        elif exc.field == "keyword":
            target = "#ko-keywords"
        elif exc.field == "rules":
            target = "#ko-rules"
        found = self.query(target)
        if found:
            found.first().focus()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#leave")
    def _leave_pressed(self) -> None:
        self.action_leave()

    def action_leave(self) -> None:
        # Filling the fields posts changes too: only a form that differs from how it
        # opened has something to lose.
        if not self.dirty or self._form() == self._as_opened:
            self.dismiss(None)
            return
        question = ConfirmModal(
            messages.TUI_KICKOFF_LEAVE_TITLE,
            Content(messages.TUI_KICKOFF_LEAVE_BODY),
            messages.TUI_KICKOFF_LEAVE_QUESTION,
            yes=gettext("Leave"),
            no=gettext("Stay"),
        )
        self.app.push_screen(question, self._leave_answered)

    def _leave_answered(self, yes: bool | None) -> None:
        if yes:
            self.dismiss(None)
