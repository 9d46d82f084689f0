"""How the homework went: the mentee's open actions and habits, one key per state.

Opened from the live session (f3). ``d`` done, ``t`` tried, ``s`` stuck, ``x`` dropped
tell how the highlighted one went at this session; ``n`` writes a one-line note on it
(Enter keeps it). A stuck one is offered as agenda material: ``a`` puts it on this
session's agenda, right after the item under way (never a private one: the agenda reaches
the mentee's screen). Each change is saved at once, off the event loop, and the row shows
it; a failed save says why and changes nothing.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.habits import GLYPHS, MAX_CHECKIN_NOTE, strip
from rmtui.core.i18n import N_, gettext
from rmtui.core.text import one_line
from rmtui.tui.literal import cell
from rmtui.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from rmtui.service.tandems import ActionView, TandemService


_STATE_LABELS = {"done": N_("Done"), "tried": N_("Tried"), "stuck": N_("Stuck")}
_STATE_LABELS["dropped"] = N_("Dropped")


def _state_key(key: str, state: str) -> Binding:
    return Binding(
        key,
        f"check_in('{state}')",
        _STATE_LABELS[state],
        id=f"checkin.{state}",
        tooltip=messages.TUI_CHECKIN_KEY.format(state=state),
    )


class CheckinModal(ModalScreen[None]):
    """The open actions of the mentee at session ``n``; returns when closed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _state_key("d", "done"),
        _state_key("t", "tried"),
        _state_key("s", "stuck"),
        _state_key("x", "dropped"),
        Binding("n", "note", N_("Note"), id="checkin.note", tooltip=messages.TUI_CHECKIN_NOTE_TIP),
        Binding(
            "a",
            "to_agenda",
            N_("Agenda"),
            id="checkin.agenda",
            tooltip=messages.TUI_STUCK_KEY_TIP,
        ),
        Binding(
            "escape", "close", N_("Close"), id="checkin.close", tooltip=N_("Back to the session")
        ),
    ]

    def __init__(self, service: TandemService, tandem_id: str, n: int) -> None:
        super().__init__()
        self.service = service
        self.tandem_id = tandem_id
        self.n = n
        self.actions: list[ActionView] = []
        self.on_agenda: set[int] = set()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="checkin") as dialog:
            dialog.border_title = messages.TUI_CHECKIN_TITLE.format(n=self.n)
            yield Static(messages.TUI_CHECKIN_HINT, classes="dialog-hint", markup=False)
            yield DataTable(id="checkin-table", cursor_type="row")
            yield Input(
                placeholder=messages.TUI_CHECKIN_NOTE_PLACEHOLDER,
                id="checkin-note",
                max_length=MAX_CHECKIN_NOTE,
            )
            yield Static(id="checkin-error", classes="dialog-error")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, label in (
            ("now", ""),
            ("text", N_("Action")),
            ("habit", N_("Habit")),
            ("strip", ""),
        ):
            table.add_column(gettext(label) if label else "", key=key)
        self.query_one("#checkin-note").display = False
        table.focus()
        self._load()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("check_in", "note"):
            return bool(self.actions) and self.focused is self.query_one(DataTable)
        if action == "to_agenda":
            return self._offered(self.selected) and self.focused is self.query_one(DataTable)
        return True

    def _offered(self, action: ActionView | None) -> bool:
        """A stuck one, told at this session, that may go on the agenda and is not yet."""
        return (
            action is not None
            and action.id is not None
            and not action.private
            and action.open
            and self._told(action) == "stuck"
            and action.id not in self.on_agenda
        )

    # --- reading and showing ----------------------------------------------------------------

    @work(thread=True, exclusive=True, name="checkin-load")
    def _load(self) -> None:
        try:
            found = self._homework()
            self.on_agenda = self.service.on_agenda(self.tandem_id, self.n)
        except RmtuiError as error:
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(self._show, found)

    def _homework(self) -> list[ActionView]:
        """The mentee's stored actions still open, or told about at this session."""
        return [
            a
            for a in self.service.actions(self.tandem_id)
            if a.id is not None and a.owner == "mentee" and (a.open or self._told(a) is not None)
        ]

    def _told(self, action: ActionView) -> str | None:
        return next((c.state for c in action.checkins if c.session == self.n), None)

    def _said(self, action: ActionView) -> str:
        return next((c.note for c in action.checkins if c.session == self.n), "")

    def _show(self, actions: list[ActionView], select: int | None = None) -> None:
        self.actions = actions
        table = self.query_one(DataTable)
        row = table.cursor_coordinate.row if table.row_count else 0
        table.clear()
        for action in actions:
            told = self._told(action)
            table.add_row(
                Text(GLYPHS[told] if told else "○", style="bold" if told else "dim"),
                cell(action.text),
                cell(action.habit, "dim"),
                self._strip_cell(action),
                key=str(action.id),
            )
        if not actions:
            self.query_one("#checkin-error", Static).update(messages.TUI_CHECKIN_NONE)
            self.query_one("#checkin").add_class("-failed")
        if select is not None:
            row = next((i for i, a in enumerate(actions) if a.id == select), row)
        if actions:
            table.move_cursor(row=min(row, len(actions) - 1), animate=False)
        self.refresh_bindings()

    def _strip_cell(self, action: ActionView) -> Text:
        shown = Text(strip(action.checkins))
        if action.id is not None and action.id in self.on_agenda:
            shown.append(f"  {messages.TUI_STUCK_ON_AGENDA}", style="italic")
        return shown

    def _failed(self, error: Exception) -> None:
        self.query_one("#checkin-error", Static).update(Content(one_line(str(error))))
        self.query_one("#checkin").add_class("-failed")

    @property
    def selected(self) -> ActionView | None:
        table = self.query_one(DataTable)
        row = table.cursor_coordinate.row
        return self.actions[row] if self.actions and row < len(self.actions) else None

    # --- telling how it went ----------------------------------------------------------------

    def action_check_in(self, state: str) -> None:
        action = self.selected
        if action is not None and action.id is not None:
            self._save(action.id, state, self._said(action))

    def action_note(self) -> None:
        action = self.selected
        if action is None:
            return
        if self._told(action) is None:
            self.notify(messages.TUI_CHECKIN_STATE_FIRST, markup=False)
            return
        note = self.query_one("#checkin-note", Input)
        note.value = self._said(action)
        note.display = True
        note.focus()

    @on(Input.Submitted, "#checkin-note")
    def _note_entered(self, event: Input.Submitted) -> None:
        action = self.selected
        event.input.display = False
        self.query_one(DataTable).focus()
        told = self._told(action) if action is not None else None
        if action is not None and action.id is not None and told is not None:
            self._save(action.id, told, event.value)

    def _save(self, action_id: int, state: str, note: str) -> None:
        self.query_one("#checkin").remove_class("-failed")
        self._write(partial(self._check_in, action_id, state, note))

    def _check_in(self, action_id: int, state: str, note: str) -> int:
        action = self.service.check_in(self.tandem_id, action_id, state, note=note, session=self.n)
        if state == "stuck" and not action.private and action_id not in self.on_agenda:
            self.app.call_from_thread(self.notify, messages.TUI_STUCK_OFFER, markup=False)
        return action_id

    def action_to_agenda(self) -> None:
        action = self.selected
        if action is not None and action.id is not None and self._offered(action):
            self.query_one("#checkin").remove_class("-failed")
            self._write(partial(self._put_on_agenda, action.id))

    def _put_on_agenda(self, action_id: int) -> int:
        _, added = self.service.put_on_agenda(self.tandem_id, action_id, session=self.n)
        self.on_agenda.add(action_id)
        said = messages.TUI_STUCK_ADDED if added else messages.TUI_STUCK_ALREADY
        self.app.call_from_thread(self.notify, said, markup=False)
        return action_id

    @work(thread=True, exclusive=True, name="checkin-save")
    def _write(self, run: partial[int]) -> None:
        try:
            action_id = run()
            actions = self._homework()
        except RmtuiError as error:
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(self._show, actions, action_id)

    def action_close(self) -> None:
        note = self.query_one("#checkin-note", Input)
        if note.has_focus:
            note.display = False
            self.query_one(DataTable).focus()
            return
        self.dismiss(None)
