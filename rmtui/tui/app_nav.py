"""Screens reachable from anywhere in the app: one footer key and one palette command
each (see ``rmtui.tui.destinations``). Screens load when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from rmtui.tui.destinations import Destination
from rmtui.tui.session_nav import can_plan, can_start, open_plan, open_session
from rmtui.tui.tandem_nav import TANDEM_DESTINATIONS

if TYPE_CHECKING:
    from rmtui.tui.app import RmtuiApp


def _agenda_browser(app: RmtuiApp) -> Screen[Any]:
    from rmtui.tui.agenda_browser import AgendaBrowser

    return AgendaBrowser(app.services.agendas)


def _help_screen(app: RmtuiApp) -> Screen[Any]:
    from rmtui.tui.screens.help import HelpScreen

    return HelpScreen(app.key_help())


def _export_screen(app: RmtuiApp) -> Screen[Any]:
    from rmtui.tui.screens.export import ExportScreen

    tandems = app.scan.summaries if app.scan else []
    service = app.services.exports
    # A screen about one session (the review) opens the export on that session's recap.
    recap = getattr(app.screen, "recap_ref", None)
    if recap is not None:
        if getattr(app.screen, "export_kind", "session") == "cheatsheet":
            return ExportScreen(service, tandems, recap.tandem_id, kind="cheatsheet")
        return ExportScreen(service, tandems, recap.tandem_id, kind="session", session=recap.n)
    return ExportScreen(service, tandems, app.selected_id)


def _settings_screen(app: RmtuiApp) -> Screen[Any]:
    from rmtui.tui.screens.settings import SettingsScreen

    return SettingsScreen()


# Screens reachable from anywhere. Each line gives a footer key (binding id
# ``open.<id>``) and a "noun: verb" palette command; register new screens here:
#   Destination("agendas", "g", "Agendas", "agendas: browse", "Browse agenda templates",
#               open=lambda app: AgendaBrowser(app.services.agendas)),
# Use ``available=with_tandem`` (rmtui.tui.destinations) for screens about one tandem;
# ``app.selected_tandem`` is the highlighted one.
DESTINATIONS: tuple[Destination, ...] = (
    Destination(
        "agendas",
        "g",
        "Agendas",
        "agendas: browse",
        "Browse agenda templates: filter by words, tag:x or kw:x; see problems in the files",
        open=lambda app: _agenda_browser(app),
        show=False,  # 80 columns hold only the keys used most; help and palette list it
    ),
    Destination(
        "export",
        "x",
        "Export",
        "export: summary",
        "Write a session recap, midpoint or final summary (never a private note)",
        open=lambda app: _export_screen(app),
        show=False,  # see "agendas"
    ),
    Destination(
        "help",
        "f1,question_mark",
        "Help",
        "help: keys",
        "Keys of this screen, the command palette and the note prefixes",
        open=lambda app: _help_screen(app),
    ),
    Destination(
        "settings",
        "f2",
        "Settings",
        "settings: edit",
        "Your name and department, the program's agenda repository, frame defaults, theme",
        open=lambda app: _settings_screen(app),
        show=False,  # see "agendas"; the empty home screen shows it to a new mentor
    ),
    # --- sessions (rmtui/tui/session_nav.py): start, or back to the one under way; plan.
    Destination(
        "session",
        "s",
        "Session",
        "session: start",
        "Start the highlighted tandem's next planned session (or go back to the one "
        "under way; with none planned, plan one)",
        open=open_session,
        available=can_start,
    ),
    Destination(
        "plan",
        "p",
        "Plan",
        "session: plan",
        "Plan a session for the highlighted tandem: template, date and time, items",
        open=open_plan,
        available=can_plan,
    ),
    # --- tandem life (rmtui/tui/tandem_nav.py): the tandem screen, kick-off, search.
    *TANDEM_DESTINATIONS,
)
