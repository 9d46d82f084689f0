"""The footer of the session screens (live, review), whose keys are many."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.events import Resize

from rmtui.tui.widgets.footer import Footer

ROOMY = 110
"""From this width every key has its full spacing; below it the keys close up."""
PALETTE_CHIP = 92
"""Below this width the palette's chip gives its room to the screen's keys (ctrl+p works
anyway, and f1 lists it)."""


class SessionFooter(Footer):
    """A footer that closes up at 80 columns rather than cut a key in two; keys that still
    do not fit (a language's longer words) give way, help (f1) and the way back (escape)
    stay. Its keys speak the interface's language, as every footer's."""

    KEEP_KEYS: ClassVar[tuple[str, ...]] = ("f1", "escape")

    @on(Resize)
    def _close_up(self, event: Resize) -> None:
        width = event.size.width
        self.compact = width < ROOMY
        chip = width >= PALETTE_CHIP
        if chip != self.show_command_palette:
            self.show_command_palette = chip
            self.call_after_refresh(self.recompose)
