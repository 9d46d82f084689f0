"""A yes/no question with the safe answer focused."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from rmtui.core.i18n import N_
from rmtui.tui.widgets.footer import Footer


class ConfirmModal(ModalScreen[bool]):
    """Returns True only on an explicit yes; escape and the focused button say no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,n",
            "answer(False)",
            N_("Go back"),
            id="confirm.no",
            tooltip=N_("Do nothing and go back"),
        ),
        Binding(
            "y",
            "answer(True)",
            N_("Yes"),
            id="confirm.yes",
            tooltip=N_("Go ahead anyway"),
        ),
    ]

    def __init__(self, title: str, body: Content, question: str, yes: str, no: str) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -warning") as dialog:
            dialog.border_title = self.title_text
            yield Static(self.body, classes="dialog-body")
            yield Static(self.question, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                # The default (focused, Enter) is the safe answer, and looks it.
                yield Button(self.no_label, id="no", variant="primary", compact=True)
                yield Button(self.yes_label, id="yes", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
