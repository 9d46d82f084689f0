"""Forms for the tandem's records: a learning entry, an action. Each returns a typed draft
(the screen writes it through the tandem service), or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, Static

from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import ActionOwner, LearnedBy
from rmtui.core.tandems import parse_date
from rmtui.core.text import checked_line, one_line
from rmtui.service.tandems import MAX_RECORD_TEXT, ActionView, LearningItem
from rmtui.tui.form_keys import FORM_FOCUS_KEYS
from rmtui.tui.literal import literal_line
from rmtui.tui.validators import CoreRule
from rmtui.tui.widgets.footer import Footer

D = TypeVar("D")


def check_text(value: str) -> None:
    """The rule the service applies to an action's or entry's text."""
    checked_line(value, "text", MAX_RECORD_TEXT)


def check_due(value: str) -> None:
    if value.strip():
        parse_date(value, "due")


@dataclass(frozen=True, slots=True)
class LearningDraft:
    learned_by: LearnedBy
    text: str
    keywords: tuple[str, ...]
    private: bool


@dataclass(frozen=True, slots=True)
class ActionDraft:
    text: str
    owner: ActionOwner
    due: date | None
    private: bool


class RecordModal(ModalScreen[D | None], Generic[D]):
    """A small form: a choice of two sides, the text, extra fields, private."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *FORM_FOCUS_KEYS,  # typing right after Tab lands in the next field
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            id="record.cancel",
            tooltip=N_("Close, change nothing"),
        ),
        Binding(
            "ctrl+s",
            "save",
            N_("Save"),
            id="record.save",
            tooltip=N_("Check the fields and save (enter in a text field does the same)"),
        ),
    ]
    SIDE_LABEL = ""
    SIDES: tuple[tuple[str, str], ...] = ()
    CHECKED: ClassVar[dict[str, Callable[[str], None]]] = {"text": check_text}

    def __init__(self, title: str, side: str, text: str, private: bool) -> None:
        super().__init__()
        self.title_text = title
        self.side = side
        self.text = text
        self.private = private

    def extra_fields(self) -> ComposeResult:
        yield from ()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog record-dialog") as dialog:
            dialog.border_title = self.title_text
            with Horizontal(classes="field"):
                yield Label(gettext(self.SIDE_LABEL), classes="field-label")
                with RadioSet(id="side", compact=True):
                    for key, label in self.SIDES:
                        yield RadioButton(gettext(label), value=key == self.side, id=f"side-{key}")
            with Horizontal(classes="field", id="text-field"):
                yield Label(gettext("Text"), classes="field-label")
                with Vertical(classes="field-body"):
                    yield Input(
                        self.text,
                        id="text",
                        validators=[CoreRule(check_text)],
                        validate_on=["submitted"],
                        compact=True,
                    )
                    yield Static(classes="field-error", id="text-error")
            yield from self.extra_fields()
            with Horizontal(classes="field"):
                yield Label(gettext("Private"), classes="field-label")
                yield Checkbox(
                    gettext("never leaves the workspace"), self.private, id="private", compact=True
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button(gettext("Cancel"), id="cancel", compact=True)
                yield Button(gettext("Save"), id="save", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    def _problems(self) -> list[str]:
        """Field ids whose value fails its check, each error shown by its field."""
        failing: list[str] = []
        for field_id, check in self.CHECKED.items():
            value = self.query_one(f"#{field_id}", Input).value
            try:
                check(value)
                reason = ""
            except InvalidInput as exc:
                reason = exc.reason
                failing.append(field_id)
            self.query_one(f"#{field_id}-error", Static).update(literal_line(reason))
            self.query_one(f"#{field_id}-field").set_class(bool(reason), "-invalid")
        return failing

    def chosen_side(self) -> str:
        pressed = self.query_one("#side", RadioSet).pressed_button
        return (pressed.id or "").removeprefix("side-") if pressed else self.side

    def draft(self) -> D:
        raise NotImplementedError

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_save(self) -> None:
        failing = self._problems()
        if failing:
            self.query_one(f"#{failing[0]}", Input).focus()
            return
        self.dismiss(self.draft())

    def action_cancel(self) -> None:
        self.dismiss(None)

    def value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value


class LearningModal(RecordModal[LearningDraft]):
    """Add or edit what one side learned from the other."""

    SIDE_LABEL = N_("Learned by")
    SIDES = (("mentor", N_("you (mentor)")), ("mentee", N_("the mentee")))

    def __init__(self, entry: LearningItem | None = None, side: LearnedBy = "mentor") -> None:
        title = messages.TUI_LEARNING_EDIT if entry else messages.TUI_LEARNING_ADD
        super().__init__(
            title,
            entry.learned_by if entry else side,
            entry.text if entry else "",
            entry.private if entry else False,
        )
        self.keywords = ", ".join(entry.keywords) if entry else ""

    def extra_fields(self) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Label(gettext("Keywords"), classes="field-label")
            yield Input(self.keywords, id="keywords", placeholder="comma-separated", compact=True)

    def draft(self) -> LearningDraft:
        words = tuple(w for w in (one_line(x) for x in self.value("keywords").split(",")) if w)
        by: LearnedBy = "mentee" if self.chosen_side() == "mentee" else "mentor"
        return LearningDraft(
            by, one_line(self.value("text")), words, self.query_one(Checkbox).value
        )


class ActionModal(RecordModal[ActionDraft]):
    """Add or edit an action between sessions."""

    SIDE_LABEL = N_("Owner")
    SIDES = (("mentee", N_("the mentee")), ("mentor", N_("you (mentor)")))
    CHECKED: ClassVar[dict[str, Callable[[str], None]]] = {"text": check_text, "due": check_due}

    def __init__(self, action: ActionView | None = None) -> None:
        title = messages.TUI_ACTION_EDIT if action else messages.TUI_ACTION_ADD
        super().__init__(
            title,
            action.owner if action else "mentee",
            action.text if action else "",
            action.private if action else False,
        )
        self.due = action.due.isoformat() if action and action.due else ""

    def extra_fields(self) -> ComposeResult:
        with Horizontal(classes="field", id="due-field"):
            yield Label(gettext("Due"), classes="field-label")
            with Vertical(classes="field-body"):
                yield Input(
                    self.due,
                    id="due",
                    placeholder=gettext("YYYY-MM-DD (optional)"),
                    validators=[CoreRule(check_due)],
                    validate_on=["submitted"],
                    compact=True,
                )
                yield Static(classes="field-error", id="due-error")

    def draft(self) -> ActionDraft:
        due = self.value("due")
        owner: ActionOwner = "mentor" if self.chosen_side() == "mentor" else "mentee"
        return ActionDraft(
            one_line(self.value("text")),
            owner,
            parse_date(due, "due") if due.strip() else None,
            self.query_one(Checkbox).value,
        )
