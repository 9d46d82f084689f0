"""The command palette: every command reads ``noun: verb`` and depends on the state.

Textual's own system-command provider parses titles and help as markup; tandem names are
user text, so this provider builds the displayed titles itself and shows them literally.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen

from rmtui.core.i18n import gettext
from rmtui.core.text import one_line


@dataclass(frozen=True, slots=True)
class Command:
    """One palette entry."""

    title: str
    """``noun: verb [object]``; may hold user text (a mentee's name), shown literally."""
    help: str
    """Fixed wording only: one line under the title."""
    run: Callable[[], Any]
    discover: bool = True
    """Listed before anything is typed; per-tandem commands are found by searching."""


@runtime_checkable
class CommandSource(Protocol):
    """A screen that offers commands of its own while it is the active screen."""

    def palette_commands(self) -> Iterable[Command]: ...


@runtime_checkable
class CommandHost(Protocol):
    """The app: the commands available on a given screen."""

    def palette_commands(self, screen: Screen[Any]) -> Iterable[Command]: ...


class RmtuiCommands(Provider):
    """Serves the app's commands for the screen the palette was opened on."""

    def _commands(self) -> list[Command]:
        """The commands, their title and help in the interface's language (they are
        message ids)."""
        app = self.app
        if not isinstance(app, CommandHost):
            return []
        return [
            replace(c, title=gettext(c.title), help=gettext(c.help))
            for c in app.palette_commands(self.screen)
        ]

    async def discover(self) -> Hits:
        for command in self._commands():
            if command.discover:
                title = one_line(command.title)
                yield DiscoveryHit(
                    Content(title), command.run, text=title, help=escape(command.help)
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            title = one_line(command.title)
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    self._highlight(title, query),
                    command.run,
                    text=title,
                    help=escape(command.help),
                )

    def _highlight(self, title: str, query: str) -> Content:
        # Matcher.highlight would parse the title as markup; mark the matched letters here.
        matcher = self.matcher(query)
        content = Content(title)
        _score, offsets = matcher.fuzzy_search.match(query, title)
        for offset in offsets:
            if not title[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
        return content
