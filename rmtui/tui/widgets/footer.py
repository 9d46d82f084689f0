"""Textual's footer, showing only the keys that fit whole.

Textual's footer cuts the last key that does not fit mid-word (``Tande``). This one
leaves such keys out instead; the help screen (f1) and the palette list every key. A key's
description and tooltip are message ids (English, marked ``N_``): shown in the interface's
language. A footer may name keys it always keeps (``KEEP_KEYS``: help, the way back), whatever
the width; the others give way from the end.

Textual's footer rebuilds its keys each time the screen's bindings may have changed (every
focus change); this one rebuilds them only when what it shows has changed.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import ClassVar, NamedTuple

from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from rmtui.core.i18n import current, gettext


class _Shown(NamedTuple):
    """What a footer's keys show: compared to skip a rebuild that would change nothing."""

    keys: tuple[Hashable, ...]  # each shown binding, its key display, enabled, tooltip
    palette: Hashable
    kept: tuple[str, ...]  # the actions of the ``KEEP_KEYS``
    language: str


class Footer(TextualFooter):
    KEEP_KEYS: ClassVar[tuple[str, ...]] = ()
    """Keys whose action stays shown at any width (the others give way first)."""

    def __init__(self) -> None:
        super().__init__()
        self._widths: dict[Widget, int] = {}  # measured while shown: hidden keys have none
        self._composed: _Shown | None = None  # what the keys show, as last composed
        self._fit_pending = False
        self._tries = 0  # refreshes left to wait for the keys to be laid out
        self._kept_actions: tuple[str, ...] = ()  # of the KEEP_KEYS, as last asked

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                if not widget.has_class("-command-palette"):  # (compact, bound to nothing)
                    # Compact or not from the start, as its footer: not restyled twice as
                    # it mounts (for its own default, then for the footer's value).
                    widget.set_reactive(FooterKey.compact, self.compact)
                    widget.set_class(self.compact, "-compact", update=False)
                widget.description = gettext(widget.description)
                if isinstance(widget.tooltip, str) and widget.tooltip:
                    widget.tooltip = gettext(widget.tooltip)
            yield widget

    def on_resize(self) -> None:
        self._fit_soon()

    async def recompose(self) -> None:
        shows = self._shows()
        if shows is not None:
            self._kept_actions = shows.kept
        if shows is not None and shows == self._composed:
            self._fit_soon()  # the same keys: fit them again, no rebuild
            return
        self._composed = shows if self.is_attached else None
        self._widths.clear()
        await super().recompose()
        self._fit_soon()

    def _shows(self) -> _Shown | None:
        """What ``compose`` would show now (keys, their actions, words, tooltips, whether
        enabled, the kept keys, the language); ``None`` before the bindings are ready."""
        if not self._bindings_ready:
            return None
        try:
            bindings = self.screen.active_bindings
        except (NoScreen, NoMatches):  # the screen went, or is going
            return None
        app = self.app
        keys = tuple(
            (b.binding, app.get_key_display(b.binding), b.enabled, b.tooltip)
            for b in bindings.values()
            if b.binding.show
        )
        palette = bindings.get(app.COMMAND_PALETTE_BINDING) if self._palette_shown() else None
        kept = tuple(bindings[k].binding.action for k in self.KEEP_KEYS if k in bindings)
        return _Shown(keys, palette and (palette.binding, palette.enabled), kept, current())

    def _palette_shown(self) -> bool:
        return self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE

    def _fit_soon(self) -> None:
        """Fit the keys after the next refresh (once, however often asked)."""
        self._tries = 10
        if not self._fit_pending:
            self._fit_pending = True
            self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        self._fit_pending = False
        items = list(self.children)
        if any(w.display and not w.outer_size.width for w in items) and self._tries:
            # Keys not laid out yet: after the next refresh. A refresh inside a batch of
            # updates lays nothing out, so it spends none of the tries.
            if not self.app._batch_count:
                self._tries -= 1
            self._fit_pending = True
            self.call_after_refresh(self._fit)
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
        """The keys bound to ``KEEP_KEYS`` (shown whatever the width), as the bindings
        were when last asked (a screen that is going may no longer answer)."""
        actions = self._kept_actions
        return [w for w in items if isinstance(w, FooterKey) and w.action in actions]


def _width(widget: Widget) -> int:
    """The columns ``widget`` takes, its margins too (keys that close up keep one)."""
    return widget.outer_size.width + widget.styles.margin.left + widget.styles.margin.right
