"""Stop the session? The safe answer, go on, is the default: focused, in the primary
colour, and named in the footer as on its button; f10 (or y) a second time stops."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.tui.modals.confirm import ConfirmModal

GO_ON = N_("Go on")
STOP = N_("Stop")


class StopModal(ConfirmModal):
    """True: stop the session now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,n",
            "answer(False)",
            GO_ON,
            id="stop.go-on",
            tooltip=N_("Back to the session; the clock runs on (Enter too)"),
        ),
        Binding(
            "f10,y",
            "answer(True)",
            STOP,
            id="stop.stop",
            tooltip=N_("Stop the clock and open the review"),
        ),
    ]

    def __init__(self, body: Content) -> None:
        super().__init__(
            messages.TUI_LIVE_STOP_TITLE,
            body,
            messages.TUI_LIVE_STOP_QUESTION,
            gettext(STOP),
            gettext(GO_ON),
        )
