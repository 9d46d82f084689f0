"""Quit with notes not saved? Try again (the default), keep them in a recovery file and
quit, or stay."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.tui.widgets.footer import Footer

QuitAnswer = Literal["retry", "keep"]


class QuitModal(ModalScreen[QuitAnswer | None]):
    """``retry``, ``keep`` (and quit), or None: stay."""

    AUTO_FOCUS = "#retry"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "answer(None)", N_("Stay"), id="quit.stay", tooltip=N_("Back; nothing quits")
        ),
        Binding(
            "r",
            "answer('retry')",
            N_("Retry"),
            id="quit.retry",
            tooltip=N_("Try to save the notes again (Enter too); rmtui stays open"),
        ),
        Binding(
            "k",
            "answer('keep')",
            N_("Keep and quit"),
            id="quit.keep",
            tooltip=N_("Keep the notes in a recovery file in the workspace, then quit"),
        ),
    ]

    def __init__(self, body: Content) -> None:
        super().__init__()
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog -warning") as dialog:
            dialog.border_title = messages.TUI_QUIT_TITLE
            yield Static(self.body, classes="dialog-body")
            yield Static(messages.TUI_QUIT_QUESTION, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(gettext("Stay"), id="stay", compact=True)
                yield Button(gettext("Keep and quit"), id="keep", compact=True)
                yield Button(gettext("Retry"), id="retry", variant="primary", compact=True)
        yield Footer()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        answers: dict[str | None, QuitAnswer] = {"retry": "retry", "keep": "keep"}
        self.dismiss(answers.get(event.button.id))

    def action_answer(self, answer: QuitAnswer | None) -> None:
        self.dismiss(answer)
