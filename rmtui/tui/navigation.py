"""Where the mentor can go, declared once: one footer key, one palette command and one lazy
opener per screen.

Each ``Destination`` in ``DESTINATIONS`` becomes one footer binding (with its id,
description and tooltip) and one command palette command, both hidden while the
destination is not available (e.g. a screen about one tandem while no tandem is
highlighted). Openers get the app's context (``rmtui.tui.context``) and import their
screen only when it opens. Screens never import each other to move on: they ask the app
(``action_open``, or a message of ``rmtui.tui.context``), and the app asks this module.

Sessions are two keys away at most: ``s`` goes back to the session under way if there is
one; otherwise it offers to start the highlighted tandem's next planned session (Enter
starts it); when that session has no agenda yet, or none is planned, it opens the plan
screen for it. ``p`` plans one: on the tandem screen the highlighted session, elsewhere
the next dated session without an agenda. Both read the workspace scan the app already
holds, so no key waits on the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.tui import progress
from rmtui.tui.context import RmtuiContext, Target, in_session

if TYPE_CHECKING:
    from rmtui.core.model import SessionInfo
    from rmtui.core.refs import SessionRef
    from rmtui.tui.screens.help import KeyHelp


def always(app: RmtuiContext) -> bool:
    return True


def with_tandem(app: RmtuiContext) -> bool:
    """For screens about one tandem: available while one is highlighted."""
    return app.selected_tandem is not None


class Destination(NamedTuple):  # not a dataclass: made at import, before the first frame
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
    open: Callable[[RmtuiContext], Screen[Any]]
    """Builds the screen; gets the app's context for its services, clock and tandem."""
    available: Callable[[RmtuiContext], bool] = always
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


def find_destination(destination_id: str) -> Destination | None:
    return next((d for d in DESTINATIONS if d.id == destination_id), None)


# --- screens opened with what they show ------------------------------------------------


def live_screen(ref: SessionRef, *, start: bool = False) -> Screen[Any]:
    """The live session screen (``start``: start the planned session as it opens)."""
    from rmtui.tui.screens.live import LiveScreen

    return LiveScreen(ref, start=start)


def review_screen(ref: SessionRef, note: int | None = None) -> Screen[Any]:
    """A held session's review, on ``note`` if given."""
    from rmtui.tui.screens.review import ReviewScreen

    return ReviewScreen(ref, note=note)


def tandem_screen(tandem_id: str, tab: str, target: Target | None = None) -> Screen[Any]:
    """A tandem's screen on ``tab``, showing ``target`` first."""
    from rmtui.tui.screens.tandem import TandemScreen

    return TandemScreen(tandem_id, tab=tab, target=target)


# --- from anywhere: agendas, export, help, settings ------------------------------------


def _agenda_browser(app: RmtuiContext) -> Screen[Any]:
    from rmtui.tui.agenda_browser import AgendaBrowser

    return AgendaBrowser(app.services.agendas)


def key_help(app: RmtuiContext) -> list[KeyHelp]:
    """The keys of the active screen and the app, as the help screen lists them."""
    from rmtui.tui.screens.help import KeyHelp

    grouped: dict[tuple[str, str], KeyHelp] = {}
    for _node, binding, enabled, tooltip in app.screen.active_bindings.values():
        # rmtui's own bindings all have an id; Textual's (focus, copy) are the usual ones.
        if binding.id is None or binding.system or not enabled:
            continue
        display = app.get_key_display(binding)
        group = (binding.action, binding.description)
        if group in grouped:  # one action on two keys (f1 and ?): one line
            known = grouped[group]
            grouped[group] = KeyHelp(f"{known.key} {display}", known.description, known.tooltip)
        else:
            said = gettext(tooltip or binding.tooltip) if (tooltip or binding.tooltip) else ""
            grouped[group] = KeyHelp(display, gettext(binding.description), said)
    return list(grouped.values())


def _help_screen(app: RmtuiContext) -> Screen[Any]:
    from rmtui.tui.screens.help import HelpScreen

    return HelpScreen(key_help(app))


def _export_screen(app: RmtuiContext) -> Screen[Any]:
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


def settings_screen(focus: str | None = None) -> Screen[Any]:
    """The settings, with the field ``focus`` (a settings key) focused."""
    from rmtui.tui.screens.settings import SettingsScreen

    return SettingsScreen(focus=focus)


def _settings_screen(app: RmtuiContext) -> Screen[Any]:
    return settings_screen()


# --- sessions: start, or back to the one under way; plan -------------------------------


def live_ref(app: RmtuiContext) -> SessionRef | None:
    """The session running or paused, as of the latest scan: the highlighted tandem's
    first, then any other tandem's (only one can be under way at a time)."""
    scan = app.scan
    if scan is None:
        return None
    # Imported once there is a reading: the footer asks before the first one.
    from rmtui.core.live import LIVE
    from rmtui.core.refs import SessionRef

    found = [
        (summary.tandem.id != app.selected_id, SessionRef(summary.tandem.id, info.n))
        for summary in scan.summaries
        for info in summary.sessions
        if info.status in LIVE
    ]
    return min(found)[1] if found else None


def can_start(app: RmtuiContext) -> bool:
    return not in_session(app) and (app.selected_tandem is not None or live_ref(app) is not None)


def can_plan(app: RmtuiContext) -> bool:
    return not in_session(app) and app.selected_tandem is not None


def open_session(app: RmtuiContext) -> Screen[Any]:
    """The screen ``s`` opens: the live session, a start prompt, or the plan screen."""
    # The footer asks can_start at every frame; what opens is imported only on the key.
    from rmtui.core.refs import SessionRef
    from rmtui.service.sessions import next_planned_of
    from rmtui.tui.modals.session_prompt import SessionPrompt
    from rmtui.tui.screens.plan import PlanScreen

    running = live_ref(app)
    if running is not None:
        return live_screen(running)
    summary = app.selected_tandem
    assert summary is not None  # can_start
    info = next_planned_of(summary.sessions)
    if info is None:
        return PlanScreen(summary.tandem.id, start=True)
    if not info.agenda_id:  # dated by the kick-off, no agenda yet: plan it, then start
        return PlanScreen(summary.tandem.id, start=True, session=info.n)
    ref = SessionRef(summary.tandem.id, info.n)
    return SessionPrompt(
        messages.TUI_START_TITLE,
        start_body(summary.tandem.mentee, info),
        gettext("Start"),
        gettext("Not now"),
        go=lambda: live_screen(ref, start=True),
    )


def open_plan(app: RmtuiContext) -> Screen[Any]:
    """The plan screen for the session highlighted on the screen below (a screen that
    lists sessions has ``plan_session``), else for the next one to plan."""
    from rmtui.tui.screens.plan import PlanScreen

    chosen = getattr(app.screen, "plan_session", None)
    if callable(chosen):
        tandem_id, session = chosen()
        return PlanScreen(tandem_id, session=session)
    summary = app.selected_tandem
    assert summary is not None  # can_plan
    return PlanScreen(summary.tandem.id)


def start_body(mentee: str, info: SessionInfo) -> Content:
    from rmtui.tui.literal import literal_line  # the footer's first frame does without it

    when = progress.when(info.planned_at) if info.planned_at else gettext("no date set")
    return Content.assemble(
        *_with_mentee(messages.TUI_SESSION_WITH.format(n=info.n, mentee="{mentee}"), mentee),
        "\n",
        literal_line(info.title or info.agenda_id),
        "\n",
        (messages.TUI_PLANNED_FOR.format(when=when), "$text-muted"),
        "\n\n",
        messages.TUI_START_BODY,
    )


# --- the tandem's life: the tandem screen (and its tabs), kick-off, search --------------


def _tandem(tab: str) -> Callable[[RmtuiContext], Screen[Any]]:
    def build(app: RmtuiContext) -> Screen[Any]:
        from rmtui.tui.screens.tandem import TandemScreen

        assert app.selected_id is not None  # with_tandem
        here = app.screen
        if isinstance(here, TandemScreen) and here.tandem_id == app.selected_id:
            here.action_show_tab(tab)  # already on it: the command switches the tab
            return here
        return TandemScreen(app.selected_id, tab=tab)

    return build


def _kickoff(app: RmtuiContext) -> Screen[Any]:
    from rmtui.tui.screens.kickoff import KickoffScreen

    summary = app.selected_tandem
    assert summary is not None  # with_tandem
    return KickoffScreen(summary, app.clock())


def _search(app: RmtuiContext) -> Screen[Any]:
    from rmtui.tui.screens.search import SearchScreen

    return SearchScreen()


# Screens reachable from anywhere. Each line gives a footer key (binding id
# ``open.<id>``) and a "noun: verb" palette command; register new screens here:
#   Destination("agendas", "g", "Agendas", "agendas: browse", "Browse agenda templates",
#               open=lambda app: AgendaBrowser(app.services.agendas)),
# Use ``available=with_tandem`` for screens about one tandem; ``app.selected_tandem`` is
# the highlighted one.
DESTINATIONS: tuple[Destination, ...] = (
    Destination(
        "agendas",
        "g",
        N_("Agendas"),
        N_("agendas: browse"),
        N_("Browse agenda templates: filter by words, tag:x or kw:x; see problems in the files"),
        open=_agenda_browser,
        show=False,  # 80 columns hold only the keys used most; help and palette list it
    ),
    Destination(
        "export",
        "x",
        N_("Export"),
        N_("export: summary"),
        N_("Write a session recap, midpoint or final summary (never a private note)"),
        open=_export_screen,
        show=False,  # see "agendas"
    ),
    Destination(
        "help",
        "f1,question_mark",
        N_("Help"),
        N_("help: keys"),
        N_("Keys of this screen, the command palette and the note prefixes"),
        open=_help_screen,
    ),
    Destination(
        "settings",
        "f2",
        N_("Settings"),
        N_("settings: edit"),
        N_("Your name and department, the program's agenda repository, frame defaults, theme"),
        open=_settings_screen,
        show=False,  # see "agendas"; the empty home screen shows it to a new mentor
    ),
    # --- sessions: start, or back to the one under way; plan.
    Destination(
        "session",
        "s",
        N_("Session"),
        N_("session: start"),
        N_(
            "Start the highlighted tandem's next planned session (or go back to the one "
            "under way; with none planned, plan one)"
        ),
        open=open_session,
        available=can_start,
    ),
    Destination(
        "plan",
        "p",
        N_("Plan"),
        N_("session: plan"),
        N_("Plan a session for the highlighted tandem: template, date and time, items"),
        open=open_plan,
        available=can_plan,
    ),
    # --- the tandem's life: the tandem screen, kick-off, search.
    Destination(
        "tandem",
        "t",
        N_("Tandem"),
        N_("tandem: open"),
        N_("The highlighted tandem: sessions, keywords, learning log, actions, profile (keys 1-5)"),
        open=_tandem("sessions"),
        available=with_tandem,
    ),
    Destination(
        "kickoff",
        "k",
        N_("Kick-off"),
        N_("tandem: kick-off"),
        N_("Walk through the first session: what each wants to learn, keywords, dates, rules"),
        open=_kickoff,
        available=with_tandem,
        show=False,  # the footer is full; the profile says "press k" while it is not done
    ),
    Destination(
        "search",
        "slash",
        N_("Search"),
        N_("search: notes"),
        N_("Search notes, learning entries and actions of every tandem (any case, any accents)"),
        open=_search,
    ),
    Destination(
        "coverage",
        "",
        N_("Coverage"),
        N_("keywords: coverage"),
        N_("The highlighted tandem's keywords by session: what is covered, what is still open"),
        open=_tandem("keywords"),
        available=with_tandem,
    ),
    Destination(
        "learning",
        "",
        N_("Learning"),
        N_("learning: log"),
        N_("What you and the mentee learned from each other, side by side"),
        open=_tandem("learning"),
        available=with_tandem,
    ),
    Destination(
        "actions",
        "",
        N_("Actions"),
        N_("actions: follow up"),
        N_("The highlighted tandem's actions: mark done, drop, add"),
        open=_tandem("actions"),
        available=with_tandem,
    ),
)


def _with_mentee(text: str, mentee: str) -> tuple[str, Content, str]:
    """``text`` around its ``{mentee}``, the mentee's name literal and bold."""
    from rmtui.tui.literal import literal_line

    before, _, after = text.partition("{mentee}")
    return before, literal_line(mentee, "bold"), after
