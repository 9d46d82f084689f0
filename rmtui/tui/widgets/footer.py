"""Textual's footer, showing only the keys that fit whole.

Textual's footer cuts the last key that does not fit mid-word (``Tande``). This one
leaves such keys out instead; the help screen (f1) and the palette list every key. A key's
description and tooltip are message ids (English, marked ``N_``): shown in the interface's
language. A footer may name keys it always keeps (``KEEP_KEYS``: help, the way back), whatever
the width; the others give way from the end.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from rmtui.core.i18n import gettext


class Footer(TextualFooter):
    KEEP_KEYS: ClassVar[tuple[str, ...]] = ()
    """Keys whose action stays shown at any width (the others give way first)."""

    def __init__(self) -> None:
        super().__init__()
        self._widths: dict[Widget, int] = {}  # measured while shown: hidden keys have none

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = gettext(widget.description)
                if isinstance(widget.tooltip, str) and widget.tooltip:
                    widget.tooltip = gettext(widget.tooltip)
            yield widget

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    async def recompose(self) -> None:
        self._widths.clear()
        await super().recompose()
        self.call_after_refresh(self._fit)

    def _fit(self, tries: int = 10) -> None:
        items = list(self.children)
        if any(w.display and not w.outer_size.width for w in items) and tries:
            self.call_after_refresh(self._fit, tries - 1)  # keys not laid out yet
            return
        docked = [w for w in items if w.has_class("-command-palette")]
        kept = self._kept(items)
        room = self.size.width - sum(_width(w) for w in docked + kept)
        used, fits = 0, True
        for widget in items:
            if widget in docked or widget in kept:
                continue
            if widget.display and widget.outer_size.width:
                self._widths[widget] = _width(widget)
            width = self._widths.get(widget)
            if width is None:
                continue  # not laid out yet: the next resize or refresh fits it
            used += width
            fits = fits and used <= room  # the keys keep their order: none after a cut
            widget.display = fits

    def _kept(self, items: list[Widget]) -> list[Widget]:
        """The keys bound to ``KEEP_KEYS`` (shown whatever the width)."""
        if not self.KEEP_KEYS:
            return []
        try:
            bindings = self.screen.active_bindings
        except (NoScreen, NoMatches):  # the screen went, or is going, before this refresh
            return []
        actions = {bindings[key].binding.action for key in self.KEEP_KEYS if key in bindings}
        return [w for w in items if isinstance(w, FooterKey) and w.action in actions]


def _width(widget: Widget) -> int:
    """The columns ``widget`` takes, its margins too (keys that close up keep one)."""
    return widget.outer_size.width + widget.styles.margin.left + widget.styles.margin.right
