"""The tandem's actions between sessions: open first, with owner, due date and state."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.service.tandems import ActionView, TandemOverview
from rmtui.tui import progress
from rmtui.tui.literal import cell, literal

STATE_MARKS = {"open": ("○", ""), "done": ("✓", "green"), "dropped": ("✗", "dim")}
TEXT_STYLES = {"open": "", "done": "dim", "dropped": "dim strike"}


class ActionsPane(Vertical):
    """One row per action; the highlighted one in full below (long texts are cut above)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "screen.add_action", N_("Add"), id="actions.add", tooltip=N_("Add an action")),
        Binding(
            "e",
            "screen.edit_action",
            N_("Edit"),
            id="actions.edit",
            tooltip=N_("Edit the highlighted action: text, owner, due date, private"),
        ),
        Binding(
            "d",
            "screen.action_state('done')",
            N_("Done"),
            id="actions.done",
            tooltip=N_("Mark the highlighted action done"),
        ),
        Binding(
            "delete",
            "screen.action_state('dropped')",
            N_("Drop"),
            id="actions.drop",
            tooltip=N_("Drop the highlighted action (kept, no longer followed up)"),
        ),
        Binding(
            "o",
            "screen.action_state('open')",
            N_("Reopen"),
            id="actions.reopen",
            tooltip=N_("Open the highlighted action again"),
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.actions: tuple[ActionView, ...] = ()
        self._shown: TandemOverview | None = None

    def compose(self) -> ComposeResult:
        yield DataTable(id="action-table", cursor_type="row", classes="panel")
        yield Static(id="action-detail")

    def on_mount(self) -> None:
        table = self.table
        table.border_title = gettext("Actions")
        for key, label in (
            ("state", ""),
            ("text", N_("Action")),
            ("owner", N_("Owner")),
            ("due", N_("Due")),
            ("from", N_("From")),
            ("checkins", N_("Check-ins")),
        ):
            table.add_column(gettext(label) if label else "", key=key)

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#action-table", DataTable)

    @property
    def selected(self) -> ActionView | None:
        table = self.table
        if not table.row_count or not self.actions:
            return None
        row = table.cursor_coordinate.row
        return self.actions[row] if row < len(self.actions) else None

    def on_resize(self) -> None:
        if self._shown is not None:
            self.call_after_refresh(self.show, self._shown)

    def show(self, overview: TandemOverview, select: int | None = None) -> None:
        """Fill the table; ``select`` is an action id to highlight."""
        self._shown = overview
        table = self.table
        previous = table.cursor_coordinate.row if table.row_count else 0
        self.actions = overview.actions
        table.clear()
        # The other columns: mark 1, owner 6, due 10, from 4, check-ins (at least its
        # label), and 2 cells of padding each.
        strips = max((len(a.strip) for a in overview.actions), default=0)
        width = max(12, table.scrollable_content_region.width - 42 - max(0, strips - 9))
        open_count = sum(1 for a in self.actions if a.open)
        table.border_title = messages.TUI_ACTIONS_TITLE.format(
            open=open_count, total=len(self.actions)
        )
        for i, action in enumerate(self.actions):
            table.add_row(*_cells(action, width), key=str(i))
        if not self.actions:
            self.query_one("#action-detail", Static).update(
                Content.styled(messages.TUI_NO_ACTIONS, "$foreground-muted")
            )
            return
        row = previous
        if select is not None:
            row = next((i for i, a in enumerate(self.actions) if a.id == select), previous)
        table.move_cursor(row=min(row, len(self.actions) - 1), animate=False)
        self.show_detail()

    def show_detail(self) -> None:
        action = self.selected
        detail = self.query_one("#action-detail", Static)
        if action is None:
            detail.update("")
            return
        detail.update(action_detail(action))


def _cells(action: ActionView, width: int) -> list[Text]:
    mark, mark_style = STATE_MARKS.get(action.state, ("?", ""))
    text = cell(action.text, TEXT_STYLES.get(action.state, ""))
    text.truncate(width, overflow="ellipsis")
    if action.private:
        text = Text.assemble(("~ ", "italic yellow"), text)
    due = Text("—", style="dim")
    if action.due is not None:
        due = Text(_due(action.due), style="bold red" if action.overdue else "")
    return [
        Text(mark, style=mark_style),
        text,
        Text(
            messages.TUI_ACTION_OWNERS.get(action.owner, action.owner),
            style="dim" if action.owner == "mentee" else "cyan",
        ),
        due,
        Text(f"s{action.session}" if action.session is not None else "—", style="dim"),
        Text(action.strip or ("…" if action.habit else "")),
    ]


def _due(day: date) -> str:
    return progress.short_date(day)


def action_detail(action: ActionView) -> Content:
    """The whole text and what the row cannot say."""
    facts = [
        messages.TUI_ACTION_STATES.get(action.state, action.state),
        messages.TUI_ACTION_OWNER.format(
            owner=messages.TUI_ACTION_OWNERS.get(action.owner, action.owner)
        ),
    ]
    if action.due is not None:
        due = messages.TUI_ACTION_DUE_OVERDUE if action.overdue else messages.TUI_ACTION_DUE
        facts.append(due.format(day=progress.long_date(action.due)))
    if action.session is not None:
        facts.append(messages.TUI_ACTION_FROM.format(n=action.session))
    if action.private:
        facts.append(messages.TUI_PRIVATE)
    where = (" · ".join(facts), "$foreground-muted")
    parts: list[Content | str | tuple[str, str]] = [literal(action.text, "bold"), "\n", where]
    if action.habit:
        parts += ["\n", messages.TUI_HABIT.format(rhythm=""), literal(action.habit)]
    for told in action.checkins:
        head = messages.TUI_CHECKIN.format(n=told.session, state=told.state)
        parts += ["\n", (head, "$foreground-muted"), literal(told.note)]
    return Content.assemble(*parts)
