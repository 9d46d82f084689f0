"""Screens the mentor can open from anywhere, declared once.

Each destination becomes one footer binding (with its id, description and tooltip) and
one command palette command, both hidden while the destination is not available (e.g.
a screen about one tandem while no tandem is highlighted). A new screen registers by
adding one ``Destination`` to ``DESTINATIONS`` in ``rmtui/tui/app_nav.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.screen import Screen

if TYPE_CHECKING:
    from rmtui.tui.app import RmtuiApp


def always(app: RmtuiApp) -> bool:
    return True


def with_tandem(app: RmtuiApp) -> bool:
    """For screens about one tandem: available while one is highlighted."""
    return app.selected_tandem is not None


@dataclass(frozen=True, slots=True)
class Destination:
    """A screen reachable by one key and one ``noun: verb`` command."""

    id: str
    """Stable id: the binding id is ``open.<id>`` (remappable in a keymap)."""
    key: str
    """Footer key, e.g. ``"f1"``; ``""`` for a destination reached by the palette only."""
    description: str
    """Short footer label, e.g. ``"Help"``."""
    command: str
    """Palette title reading ``noun: verb``, e.g. ``"help: keys"``."""
    tooltip: str
    """One sentence: footer tooltip and palette help line."""
    open: Callable[[RmtuiApp], Screen[Any]]
    """Builds the screen; gets the app for its workspace, clock and highlighted tandem."""
    available: Callable[[RmtuiApp], bool] = always
    show: bool = True
    """Show the key in the footer (it works either way)."""

    @property
    def binding_id(self) -> str:
        return f"open.{self.id}"

    def binding(self) -> Binding:
        return Binding(
            self.key,
            f"app.open({self.id!r})",
            self.description,
            show=self.show,
            tooltip=self.tooltip,
            id=self.binding_id,
        )
