"""Where the tandem's life is reached from anywhere: the tandem screen (and its tabs by
name in the palette), the kick-off, and search across every tandem."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from rmtui.tui.destinations import Destination, with_tandem

if TYPE_CHECKING:
    from rmtui.tui.app import RmtuiApp


def _tandem(tab: str) -> Callable[[RmtuiApp], Screen[Any]]:
    def build(app: RmtuiApp) -> Screen[Any]:
        from rmtui.tui.screens.tandem import TandemScreen

        assert app.selected_id is not None  # with_tandem
        here = app.screen
        if isinstance(here, TandemScreen) and here.tandem_id == app.selected_id:
            here.action_show_tab(tab)  # already on it: the command switches the tab
            return here
        return TandemScreen(app.selected_id, tab=tab)

    return build


def _kickoff(app: RmtuiApp) -> Screen[Any]:
    from rmtui.tui.screens.kickoff import KickoffScreen

    summary = app.selected_tandem
    assert summary is not None  # with_tandem
    return KickoffScreen(summary, app.clock())


def _search(app: RmtuiApp) -> Screen[Any]:
    from rmtui.tui.screens.search import SearchScreen

    return SearchScreen()


TANDEM_DESTINATIONS: tuple[Destination, ...] = (
    Destination(
        "tandem",
        "t",
        "Tandem",
        "tandem: open",
        "The highlighted tandem: sessions, keywords, learning log, actions, profile (keys 1-5)",
        open=_tandem("sessions"),
        available=with_tandem,
    ),
    Destination(
        "kickoff",
        "k",
        "Kick-off",
        "tandem: kick-off",
        "Walk through the first session: what each wants to learn, keywords, dates, rules",
        open=_kickoff,
        available=with_tandem,
        show=False,  # the footer is full; the profile says "press k" while it is not done
    ),
    Destination(
        "search",
        "slash",
        "Search",
        "search: notes",
        "Search notes, learning entries and actions of every tandem (any case, any accents)",
        open=_search,
    ),
    Destination(
        "coverage",
        "",
        "Coverage",
        "keywords: coverage",
        "The highlighted tandem's keywords by session: what is covered, what is still open",
        open=_tandem("keywords"),
        available=with_tandem,
    ),
    Destination(
        "learning",
        "",
        "Learning",
        "learning: log",
        "What you and the mentee learned from each other, side by side",
        open=_tandem("learning"),
        available=with_tandem,
    ),
    Destination(
        "actions",
        "",
        "Actions",
        "actions: follow up",
        "The highlighted tandem's actions: mark done, drop, add",
        open=_tandem("actions"),
        available=with_tandem,
    ),
)
