"""Plan a session: pick a template, set the date and time, adjust the items, save.

The template goes on one session: the one the screen was opened for (the highlighted
row of the tandem's sessions), else the next dated session without an agenda, else a
new one; a session that has a date keeps it unless the mentor changes it, and a new
session beyond the frame is added only after a confirmation. Templates covering the
tandem's still-open keywords come first (the kick-off first for a tandem that has none
yet), one per topic in the tandem's language where the topic has it (the entry and the
preview say when it falls back to another), each with a Markdown preview. The items follow
the highlighted template, after what the previous session left open ("carried from
session N"); edits are kept per template, so looking at another template and coming back
loses nothing. Loading and saving run in workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import ClassVar

from markdown_it import MarkdownIt
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.events import DescendantFocus, Resize
from textual.geometry import Size
from textual.widgets import Header, Input, Label, Markdown, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from rmtui.core import i18n, messages
from rmtui.core.errors import RmtuiError
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import AgendaItem, Session
from rmtui.core.planning import CarryOver, PlanTarget, Ranked, item_title, parse_planned_at
from rmtui.core.refs import SessionRef
from rmtui.core.tandems import spoken
from rmtui.core.template import Pick, Template
from rmtui.core.text import one_line
from rmtui.service.sessions import proposed
from rmtui.tui import progress
from rmtui.tui.context import OpenLive
from rmtui.tui.literal import literal_line
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.modals.prompt import TextPrompt
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.widgets.clean_input import CleanInput
from rmtui.tui.widgets.footer import Footer
from rmtui.tui.widgets.plan_items import ItemEditor

NARROW = 100
SHORT = 32
DEFAULT_HOUR = time(15, 0)
AT_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True, slots=True)
class PlanData:
    """What the plan screen needs, read in one go off the event loop."""

    mentee: str
    ranked: list[Ranked]
    carried: CarryOver | None
    last_at: datetime | None  # the latest dated session, for a default hour
    target: PlanTarget  # the session the template goes on
    frame: int  # the frame's number of sessions
    start: date | None = None  # the tandem's start: no session is planned before it
    language: str = i18n.DEFAULT  # the language the templates are offered in


def _markdown_parser() -> MarkdownIt:
    return MarkdownIt("gfm-like", {"html": False})


def _binding(keys: str, action: str, label: str, tooltip: str, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"plan.{action}", tooltip=tooltip, show=show)


class PlanScreen(RmtuiScreen[None]):
    """State classes: -saving, -failed, -narrow, -short, -picking."""

    AUTO_FOCUS = "#plan-templates"
    DOCUMENTS = frozenset({"plan-preview"})
    SESSION_SCREEN = True  # see context.in_session

    BINDINGS: ClassVar[list[BindingType]] = [
        _binding("ctrl+s", "save", N_("Save plan"), N_("Save this session as planned")),
        _binding(
            "f5",
            "save_and_start",
            N_("Start now"),
            N_("Save the plan and start the session now (it is dated now)"),
        ),
        _binding(
            "ctrl+r",
            "reset",
            N_("Reset items"),
            N_("Back to the template's items (and the carried ones)"),
        ),
        _binding("escape", "back", N_("Back"), N_("Leave without planning")),
    ]

    def __init__(self, tandem_id: str, *, start: bool = False, session: int | None = None) -> None:
        """Plan for ``tandem_id``: session ``session`` (one not held yet, or the next new
        number), else the next dated session without an agenda, else a new one;
        ``start``: opened to start a session now (date: now)."""
        super().__init__()
        self.tandem_id = tandem_id
        self.start_now = start
        self.session = session
        self.data: PlanData | None = None
        self.edited: dict[str, list[AgendaItem]] = {}
        self._shown_id: str | None = None

    def compose(self) -> ComposeResult:
        # States set before the widgets mount style them as they mount (set after, every
        # widget would be styled again).
        self.set_state("-picking")  # the templates have the focus first (AUTO_FOCUS)
        self._fit(self.app.size)
        yield Header()
        with Horizontal(id="plan-body"):
            yield OptionList(id="plan-templates", classes="panel")
            with Vertical(id="plan-right"):
                with Horizontal(id="plan-when", classes="panel"):
                    yield Label(gettext("When"), id="plan-at-label")
                    yield CleanInput(
                        placeholder=messages.TUI_PLAN_AT_HINT, id="plan-at", max_length=16
                    )
                    yield Static(id="plan-total", markup=False)
                yield ItemEditor(id="plan-items", classes="panel")
                with VerticalScroll(id="plan-preview-scroll", classes="panel"):
                    yield Markdown(
                        messages.AGENDA_BROWSER_LOADING,
                        id="plan-preview",
                        open_links=False,
                        parser_factory=_markdown_parser,
                    )
        yield Static(id="plan-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.TUI_PLAN_TITLE
        self.sub_title = self.tandem_id
        self.query_one("#plan-templates").border_title = gettext("Templates · open keywords first")
        self.query_one("#plan-when").border_title = gettext("Date and time")
        self.query_one("#plan-items").border_title = gettext("Items")
        self.query_one("#plan-preview-scroll").border_title = gettext("Preview")
        self._load()

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        self.set_states({"-narrow": size.width < NARROW, "-short": size.height < SHORT})

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        # Short screens show the preview while a template is picked, the items otherwise.
        self.set_state("-picking", event.widget.id == "plan-templates")

    # --- loading -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="plan-load", exit_on_error=False)
    def _load(self) -> PlanData:
        app = self.rmtui
        svc = app.sessions
        summary = app.services.tandems.summary(self.tandem_id)
        language = spoken(summary.tandem)  # the tandem's own, else the interface's
        templates = svc.templates(language)
        dated = [i.planned_at for i in summary.sessions if i.planned_at is not None]
        try:
            target = svc.target(self.tandem_id, self.session)
        except RmtuiError:  # held meanwhile, or gone: the next one to plan instead
            target = svc.target(self.tandem_id)
        return PlanData(
            mentee=summary.tandem.mentee,
            ranked=svc.rank_templates(self.tandem_id, templates, first=target.first),
            carried=svc.carry_over(self.tandem_id),
            last_at=max(dated) if dated else None,
            target=target,
            frame=summary.tandem.frame.sessions,
            start=summary.tandem.start,
            language=language,
        )

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "plan-load":
            if event.state == WorkerState.SUCCESS and isinstance(worker.result, PlanData):
                self._loaded(worker.result)
            elif event.state == WorkerState.ERROR:
                self._failed(messages.TUI_PLAN_LOAD_FAILED.format(reason=worker.error))
        elif worker.group == "plan-save":
            if event.state == WorkerState.SUCCESS and isinstance(worker.result, tuple):
                session, start = worker.result
                self._saved(session, start)
            elif event.state == WorkerState.ERROR:
                self.set_state("-saving", on=False)
                self._failed(messages.TUI_PLAN_NOT_SAVED.format(reason=worker.error))

    def _loaded(self, data: PlanData) -> None:
        self.data = data
        target = _target_label(data.target)
        self.sub_title = one_line(f"{data.mentee} · {target}")
        self.query_one("#plan-when").border_title = target[:1].upper() + target[1:]
        self.query_one("#plan-at", Input).value = self._default_at(data).strftime(AT_FORMAT)
        templates = self.query_one("#plan-templates", OptionList)
        templates.set_options(
            Option(_entry(r, data.language), id=r.template.id) for r in data.ranked
        )
        if data.ranked:
            templates.highlighted = 0
            self._show_template(data.ranked[0].template)
        else:
            self.query_one("#plan-preview", Markdown).update(messages.TUI_PLAN_NO_TEMPLATES)

    def _default_at(self, data: PlanData) -> datetime:
        now = self.rmtui.clock()
        if data.target.planned_at is not None:
            return data.target.planned_at  # kept by ctrl+s; f5 dates the session now
        if self.start_now:
            return now.replace(second=0, microsecond=0)
        hour = data.last_at.timetz() if data.last_at else DEFAULT_HOUR
        day = now.date() + timedelta(days=1)
        if data.start is not None and data.start > day:
            day = data.start
        if data.last_at is not None and data.last_at.date() >= day:
            day = data.last_at.date() + timedelta(weeks=1)  # a new session comes after them
        while day.weekday() >= 5:  # sessions are workday sessions
            day += timedelta(days=1)
        return datetime.combine(day, hour.replace(tzinfo=None), now.tzinfo)

    # --- templates and items -------------------------------------------------------------

    @property
    def template(self) -> Template | None:
        """The highlighted template."""
        if self.data is None:
            return None
        index = self.query_one("#plan-templates", OptionList).highlighted
        if index is None or not 0 <= index < len(self.data.ranked):
            return None
        return self.data.ranked[index].template

    @on(OptionList.OptionHighlighted, "#plan-templates")
    def _template_highlighted(self) -> None:
        if self.template is not None:
            self._show_template(self.template)

    @on(OptionList.OptionSelected, "#plan-templates")
    def _template_selected(self) -> None:
        self.query_one(ItemEditor).focus()

    def _show_template(self, template: Template) -> None:
        if self._shown_id == template.id:
            return
        self._shown_id = template.id
        preview = self.rmtui.services.agendas.markdown(template)
        wanted = self.data.language if self.data is not None else i18n.DEFAULT
        if Pick(template, wanted).fell_back:
            notice = messages.TUI_PLAN_FALLBACK.format(wanted=wanted, language=template.language)
            preview = f"> {notice}\n\n{preview}"
        self.query_one("#plan-preview", Markdown).update(preview)
        self.query_one("#plan-preview-scroll", VerticalScroll).scroll_home(animate=False)
        self._show_items(self.edited.get(template.id) or self._proposal(template))

    def _proposal(self, template: Template) -> list[AgendaItem]:
        assert self.data is not None  # templates are shown once loaded
        return proposed(template, self.data.carried, self.data.target)

    def _show_items(self, items: list[AgendaItem]) -> None:
        editor = self.query_one(ItemEditor)
        carried = self.data.carried if self.data else None
        editor.actions = carried.actions if carried else []
        editor.show(items)
        self._show_total()

    def _show_total(self) -> None:
        editor = self.query_one(ItemEditor)
        editor.border_title = messages.TUI_PLAN_ITEMS_TITLE.format(count=len(editor.items))
        hours, mins = divmod(editor.total, 60)
        total = (
            messages.TUI_HOURS_MINUTES.format(hours=hours, minutes=mins)
            if hours
            else messages.TUI_MINUTES.format(minutes=mins)
        )
        self.query_one("#plan-total", Static).update(messages.TUI_PLAN_TOTAL.format(total=total))

    @on(ItemEditor.Changed)
    def _items_changed(self, event: ItemEditor.Changed) -> None:
        if self.template is not None:
            self.edited[self.template.id] = list(event.editor.items)
        self._show_total()

    @on(ItemEditor.RenameWanted)
    def _rename_item(self, event: ItemEditor.RenameWanted) -> None:
        editor, index = event.editor, event.index
        prompt = TextPrompt(
            messages.PLAN_RENAME_ITEM, messages.PLAN_ITEM_HINT, event.title, check=item_title
        )
        self.app.push_screen(prompt, lambda title: editor.rename(index, title))

    @on(ItemEditor.AddWanted)
    def _add_item(self, event: ItemEditor.AddWanted) -> None:
        editor, at = event.editor, event.at
        prompt = TextPrompt(messages.PLAN_ADD_ITEM, messages.PLAN_ITEM_HINT, check=item_title)
        self.app.push_screen(prompt, lambda title: editor.add(at, title))

    def action_reset(self) -> None:
        template = self.template
        if template is None:
            return
        self.edited.pop(template.id, None)
        self._show_items(self._proposal(template))

    # --- saving --------------------------------------------------------------------------

    def action_save(self) -> None:
        self._submit(start=False)

    def action_save_and_start(self) -> None:
        self._submit(start=True)

    def _submit(self, *, start: bool) -> None:
        template = self.template
        if template is None or self.data is None or self.has_class("-saving"):
            self.app.bell()
            return
        field = self.query_one("#plan-at", Input)
        at: datetime | None = None
        if start:
            pass  # a session is dated when it takes place: starting it dates it now
        else:
            try:
                now = self.rmtui.clock()
                at = parse_planned_at(field.value, now.tzinfo, today=now.date())
            except RmtuiError as exc:
                self._failed(str(exc))
                field.focus()
                return
        items = list(self.query_one(ItemEditor).items)
        target = self.data.target
        if not target.beyond_frame:
            self._send(template, at, items, start)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._send(template, at, items, start)

        body = messages.TUI_PLAN_BEYOND_BODY.format(
            self.data.frame, sessions=self.data.frame, n=target.n
        )
        self.app.push_screen(
            ConfirmModal(
                messages.TUI_PLAN_BEYOND_TITLE,
                Content(body),
                messages.TUI_PLAN_BEYOND_QUESTION,
                yes=gettext("Add it"),
                no=gettext("Go back"),
            ),
            answered,
        )

    def _send(
        self, template: Template, at: datetime | None, items: list[AgendaItem], start: bool
    ) -> None:
        self.set_state("-saving")
        self._save(template, at, items, start)

    @work(thread=True, exclusive=True, group="plan-save", exit_on_error=False)
    def _save(
        self, template: Template, at: datetime | None, items: list[AgendaItem], start: bool
    ) -> tuple[Session, bool]:
        assert self.data is not None
        target = self.data.target
        session = self.rmtui.sessions.plan(
            self.tandem_id,
            template,
            at,
            items=items,
            session=target.n,
            extend=target.beyond_frame,  # asked and confirmed in _submit
        )
        return session, start

    def _saved(self, session: Session, start: bool) -> None:
        self.rmtui.reload_workspace()
        ref = SessionRef(session.tandem_id, session.n)
        if start:
            self.post_message(OpenLive(ref, start=True, replace=True))
            return
        when = progress.when(session.planned_at) if session.planned_at else ""
        self.notify(messages.TUI_PLAN_SAVED.format(n=session.n, when=when), markup=False)
        self.dismiss(None)

    def _failed(self, reason: str) -> None:
        self.set_state("-failed")
        self.query_one("#plan-error", Static).update(one_line(reason))
        self.notify(one_line(reason), severity="error", markup=False)

    @on(Input.Changed, "#plan-at")
    def _at_changed(self) -> None:
        self.set_state("-failed", on=False)

    @on(Input.Submitted, "#plan-at")
    def _at_submitted(self) -> None:
        self.query_one(ItemEditor).focus()

    def action_back(self) -> None:
        self.dismiss(None)


def _target_label(target: PlanTarget) -> str:
    if target.new:
        text = messages.TUI_PLAN_NEW_BEYOND if target.beyond_frame else messages.TUI_PLAN_NEW
        return text.format(n=target.n)
    if target.planned_at is None:
        return messages.TUI_PLAN_ON_UNDATED.format(n=target.n)
    return messages.TUI_PLAN_ON.format(n=target.n, when=progress.when(target.planned_at))


def _entry(ranked: Ranked, language: str) -> Content:
    """Title, then minutes, the template's language when it is not the one asked for,
    and the open keywords the template covers."""
    t = ranked.template
    facts = (
        f"{messages.TUI_MINUTES.format(minutes=t.minutes)} · "
        f"{messages.TUI_ITEM_COUNT.format(len(t.items))}"
    )
    second = literal_line(facts, "$text-muted")
    if Pick(t, language).fell_back:
        second += Content.styled(" · ", "$text-muted")
        second += literal_line(t.language, "$text-warning")
    if ranked.covers:
        second += Content.styled(gettext(" · covers "), "$text-muted")
        second += literal_line(", ".join(ranked.covers), "$text-success")
    return literal_line(t.title, "bold") + Content("\n") + second
