"""One line of text asked for in a small dialog: a keyword, a new name."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from rmtui.core.i18n import N_
from rmtui.tui.literal import literal_line
from rmtui.tui.validators import CoreRule
from rmtui.tui.widgets.footer import Footer


class TextPrompt(ModalScreen[str | None]):
    """Returns the text typed (checked by ``check``), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            id="prompt.cancel",
            tooltip=N_("Close, change nothing"),
        ),
    ]

    def __init__(
        self, title: str, hint: str, value: str = "", *, check: Callable[[str], object]
    ) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.value = value
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt", classes="dialog") as dialog:
            dialog.border_title = self.title_text
            yield Static(self.hint, classes="dialog-hint", markup=False)
            yield Input(
                self.value,
                id="prompt-input",
                validators=[CoreRule(self.check)],
                validate_on=["submitted"],
                compact=True,
            )
            yield Static(id="prompt-error", classes="dialog-error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        result = event.validation_result
        if result is not None and not result.is_valid:
            reason = "; ".join(result.failure_descriptions)
            self.query_one("#prompt-error", Static).update(literal_line(reason))
            self.query_one("#prompt").add_class("-failed")
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
