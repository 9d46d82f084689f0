"""A question about one session (start it now? resume it?) with the go-ahead focused.

Unlike ``ConfirmModal`` (whose safe answer is focused), the expected answer here is yes:
Enter starts or resumes, escape goes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from rmtui.core.i18n import N_
from rmtui.tui.widgets.footer import Footer


class SessionPrompt(ModalScreen[bool]):
    """Returns True on the go-ahead (Enter, y), False on escape or the other button."""

    AUTO_FOCUS = "#yes"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,n",
            "answer(False)",
            N_("Not now"),
            id="session-prompt.no",
            tooltip=N_("Go back without changing the session"),
        ),
        Binding(
            "y",
            "answer(True)",
            N_("Yes"),
            id="session-prompt.yes",
            tooltip=N_("Go ahead"),
            show=False,
        ),
    ]

    def __init__(
        self,
        title: str,
        body: Content,
        yes: str,
        no: str,
        *,
        go: Callable[[], Screen[Any]] | None = None,
    ) -> None:
        """``go`` builds the screen that takes this prompt's place on a yes."""
        super().__init__()
        self.go = go
        self.title_text = title
        self.body = body
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog session-prompt") as dialog:
            dialog.border_title = self.title_text
            yield Static(self.body, classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.no_label, id="no", compact=True)
                yield Button(self.yes_label, id="yes", variant="primary", compact=True)
        yield Footer()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_answer(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        if yes and self.go is not None:
            self.app.switch_screen(self.go())
        else:
            self.dismiss(yes)
