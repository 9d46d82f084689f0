"""The rmtui Textual application, built from injected parts.

``RmtuiApp`` reads no globals and touches no disk in ``__init__``: the workspace (or the
way to open it), the clock and the change probe are handed in, and ``make_app`` is the one
factory the CLI and the tests share. The workspace is read off the event loop; screens
watch ``scan`` (the latest reading) and ``selected_id`` (the highlighted tandem).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import CommandPalette, Provider
from textual.events import DescendantFocus
from textual.reactive import var
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.i18n import N_
from rmtui.tui.context import OpenLive, OpenReview, OpenSettings, OpenTandem
from rmtui.tui.navigation import (
    DESTINATIONS,
    find_destination,
    key_help,
    live_screen,
    review_screen,
    settings_screen,
    tandem_screen,
)
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.watch import Probe, tandem_files

if TYPE_CHECKING:
    from datetime import datetime

    from textual.driver import Driver
    from textual.theme import Theme

    from rmtui.core.summary import Scan, TandemSummary
    from rmtui.service.services import Clock, Services
    from rmtui.service.sessions import SessionService
    from rmtui.service.settings import Settings, SettingsService
    from rmtui.service.tandems import Dashboard, TandemService
    from rmtui.store import Workspace
    from rmtui.store.recovery import Recovery
    from rmtui.tui.commands import Command
    from rmtui.tui.screens.help import KeyHelp

# Everything the home screen's first frame does not show (the storage layer, other
# screens, modals, the session and tandem services, settings) is imported where it is
# first used.

OpenWorkspace = Callable[[], "Workspace"]
"""Opens the workspace on first use (the CLI's: resolve the folder, fill the demo)."""
OpenServices = Callable[[], "Services"]
"""Gives the services on first use (the CLI's: its context's own)."""


def _start_agenda_sync(app: RmtuiApp) -> None:
    from rmtui.tui.sync_report import sync_or_ask

    sync_or_ask(app, app.services.agendas)


def _offer_resume(app: RmtuiApp) -> None:
    from rmtui.tui.modals.resume import offer_resume

    offer_resume(app, live_screen)


def _mention_recovered(app: RmtuiApp) -> None:
    from rmtui.tui.quit import mention_recovered

    mention_recovered(app)


def _rmtui_commands() -> type[Provider]:
    """The palette's provider, loaded as the palette first opens."""
    from rmtui.tui.commands import RmtuiCommands

    return RmtuiCommands


class RmtuiApp(App[None]):
    """A mentor's workspace in the terminal."""

    # The first frame parses only the styling of what it shows (the home screen's table);
    # the parts around the table, as they are first mounted; the rest (dialogs, every other
    # screen: most of it) once the tandems show, or as a screen opens before that.
    CSS_PATH = "home.tcss"
    PANELS_CSS = "home_panels.tcss"
    LATER_CSS = "app.tcss"
    TITLE = "rmtui"
    # Ours only: Textual's system provider would parse mentee names as markup.
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {_rmtui_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        *(d.binding() for d in DESTINATIONS if d.key),
        Binding(
            "ctrl+p",
            "command_palette",
            N_("Palette"),
            id="app.palette",
            tooltip=N_("Every command, as 'noun: verb'; type a mentee's name to jump to them"),
            show=False,
            priority=True,
        ),
        Binding(
            "ctrl+q",
            "quit",
            N_("Quit"),
            id="app.quit",
            tooltip=N_("Quit rmtui (everything is saved as you go)"),
            priority=True,
            show=False,  # universal; the footer keeps its room for this screen's keys
        ),
    ]

    scan: var[Scan | None] = var(None, always_update=True)
    """The latest reading of the workspace (None until the first one)."""
    selected_id: var[str | None] = var(None)
    """The highlighted tandem, for screens and commands about one tandem."""
    dashboard: var[Dashboard | None] = var(None, always_update=True)
    """Every tandem with its frame, warnings and counts; set right after ``scan``."""
    settings: var[Settings | None] = var(None)
    """The mentor's settings (``rmtui.yaml``), read with the first reading."""

    def __init__(
        self,
        workspace: Workspace | OpenWorkspace | None = None,
        *,
        services: OpenServices | None = None,
        clock: Clock | None = None,
        watch_interval: float | None = 1.0,
        signature: Probe | None = None,
        cursor_blink: bool = True,
        sessions: SessionService | None = None,
        theme: str | None = None,
        started: Callable[[], object] | None = None,
    ) -> None:
        """``workspace``, or a function opening it when the first reading needs it, or
        ``services``, a function giving the services (the CLI's context holds them);
        ``watch_interval`` seconds between checks for changes by other processes
        (None: never); ``signature`` is the cheap probe compared between checks;
        ``cursor_blink=False`` keeps text cursors still (for screenshots);
        ``sessions`` runs sessions (tests give it fixed time sources); ``theme``, the one
        the settings name, read before the start, so the first frame is drawn in it;
        ``started`` is called once start-up has run (the tandems shown, the rest begun)."""
        super().__init__()
        self._first_theme = theme
        self._on_started = started
        if services is None:
            if workspace is None:
                raise TypeError("RmtuiApp needs a workspace or the services")
            services = partial(_make_services, workspace, clock, sessions)
        self._make_services: OpenServices | None = services
        self._services: Services | None = None
        self._lazy_lock = threading.RLock()  # workers may be first to ask for them
        self.clock: Clock = clock or self._workspace_now
        self.watch_interval = watch_interval
        self.cursor_blink = cursor_blink
        self._signature = signature
        self._seen: Hashable = None
        self._reading_started = False
        self._started = False
        """The rest of start-up has run (see _after_first_reading)."""
        self.recovered: list[Recovery] = []
        """Recovery files of notes a quit kept (found after the first frame)."""

    @property
    def services(self) -> Services:
        """Every use case of the workspace (built on first use: the home screen's first
        frame needs none; the workspace opens with the first reading)."""
        with self._lazy_lock:
            if self._services is None:
                assert self._make_services is not None
                self._services = self._make_services()
                self._make_services = None
            return self._services

    @property
    def workspace(self) -> Workspace:
        """The mentor's workspace (opened by the first reading, after the first frame)."""
        return self.services.workspace

    @property
    def sessions(self) -> SessionService:
        """The session use cases (the services' one)."""
        return self.services.sessions

    def _workspace_now(self) -> datetime:
        return self.services.now()

    def _change_probe(self) -> Probe:
        if self._signature is None:
            self._signature = tandem_files(self.workspace.layout)
        return self._signature

    def get_driver_class(self) -> type[Driver]:
        from rmtui.tui.paste_guard import guard_driver

        driver = super().get_driver_class()
        guard_driver(driver)  # a paste is text, never keys
        return driver

    def get_default_screen(self) -> Screen[Any]:
        return HomeScreen()

    def on_mount(self) -> None:
        if self._first_theme in self.available_themes:
            self.theme = self._first_theme  # as saved: the reading of the settings agrees
        # Read after the first frame: the reading's thread would otherwise hold the
        # interpreter while the home screen is being built. The home screen starts it
        # sooner, as its first frame is drawn (see first_reading).
        self.call_after_refresh(self.first_reading)
        if self.watch_interval:
            self.set_interval(self.watch_interval, self._check_workspace, name="workspace-watch")
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        # A screen opened before the first reading is shown gets its styling first.
        self.screen_change_signal.subscribe(self, self._screen_changed, immediate=True)

    def _screen_changed(self, screen: Screen[Any]) -> None:
        self.load_later_css()

    def _after_first_reading(self) -> None:
        """The rest of start-up, once the frame showing the first reading is drawn (or
        the reading failed): nothing else shares the interpreter until the tandems show."""
        if self._started:
            return
        self._started = True
        self.load_later_css()
        self.reload_settings()
        # A session left running by a crash or a closed terminal.
        _offer_resume(self)
        # Notes a quit kept in a recovery file.
        _mention_recovered(self)
        if self._on_started is not None:
            self._on_started()

    def load_panels_css(self) -> None:
        """Parse the styling of the home screen's parts around the table (``PANELS_CSS``),
        before they are first mounted (later calls do nothing). It styles only them: what
        is on screen is not restyled (that would cost the empty workspace's "No tandems
        yet" a frame)."""
        self._load_css(self.PANELS_CSS, restyle=False)

    def load_later_css(self) -> None:
        """Parse the styling the home screen does without (``LATER_CSS``, after
        ``PANELS_CSS``) and restyle what is on screen with it (later calls do nothing)."""
        self._load_css(self.PANELS_CSS, self.LATER_CSS)

    def _load_css(self, *names: str, restyle: bool = True) -> None:
        """Parse the stylesheets ``names`` (beside this module) not parsed yet, in this
        order, and restyle what is on screen with them (``restyle``)."""
        paths = [Path(__file__).with_name(name) for name in names]
        paths = [path for path in paths if not self.stylesheet.has_source(str(path))]
        if not paths:
            return
        if self.css_monitor is not None:
            self.css_monitor.add_paths(paths)
        self.css_path = [*self.css_path, *paths]
        for path in paths:
            self.stylesheet.read(path)
        self.stylesheet.parse()
        if restyle:
            self.stylesheet.update(self)

    async def action_quit(self) -> None:
        """Quit, unless a live session holds notes not saved: then ask first."""
        from rmtui.tui.quit import quit_or_ask

        quit_or_ask(self)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        if not self.cursor_blink and hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False

    # --- the workspace, read off the event loop ----------------------------------------

    @property
    def selected_tandem(self) -> TandemSummary | None:
        if self.scan is None or self.selected_id is None:
            return None
        return next((s for s in self.scan.summaries if s.tandem.id == self.selected_id), None)

    def first_reading(self) -> None:
        """Start the first reading of the workspace (later calls do nothing); the rest of
        start-up follows once it is shown."""
        if not self._reading_started:
            self._reading_started = True
            self.reload_workspace()

    def reload_workspace(self) -> None:
        """Read every tandem again; screens update when the reading arrives."""
        # The first call (right after the first frame) opens the workspace and loads the
        # storage layer and the tandem service here, on the event loop: two threads
        # importing the same modules at once can see them half-initialised.
        try:
            service = self.services.tandems
            probe = self._change_probe()
        except RmtuiError as exc:
            self.notify(messages.TUI_SCAN_FAILED.format(reason=exc), severity="error", markup=False)
            self.call_after_refresh(self._after_first_reading)
            return
        self._read_workspace(service, probe)

    @work(thread=True, exclusive=True, group="workspace-scan", exit_on_error=False)
    def _read_workspace(
        self, service: TandemService, probe: Probe
    ) -> tuple[Scan, Dashboard, Hashable]:
        from rmtui.core.summary import Scan

        # The probe is taken first, so a write during the scan is caught by the next check.
        signature = self._watched(probe)
        # One reading serves both: the dashboard holds every summary the scan would.
        dashboard = service.dashboard()
        scan = Scan([row.summary for row in dashboard.rows], list(dashboard.problems))
        return scan, dashboard, signature

    @work(thread=True, exclusive=True, group="workspace-watch", exit_on_error=False)
    def _probe_workspace(self, probe: Probe) -> Hashable:
        return self._watched(probe)

    def _watched(self, probe: Probe) -> Hashable:
        """What a change of means reading again: the files, and the minute on the clock
        (a planned session becomes overdue, "in 2 days" becomes "tomorrow", with no file
        changing)."""
        return probe(), self.clock().strftime("%Y-%m-%d %H:%M")

    def _check_workspace(self) -> None:
        # Not opened yet: the first reading is coming.
        if self._services is not None and self._services.opened:
            self._probe_workspace(self._change_probe())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "workspace-scan":
            if event.state == WorkerState.SUCCESS and worker.result is not None:
                scan, dashboard, signature = worker.result
                self._seen = signature
                self._apply(scan, dashboard)
            elif event.state == WorkerState.ERROR:
                reason = messages.TUI_SCAN_FAILED.format(reason=worker.error)
                self.notify(reason, severity="error", markup=False)
            if worker.is_finished and not self._started:
                # Twice: the table lays out new rows when it is next idle, and the screen
                # may refresh once before that.
                self.call_after_refresh(self.call_after_refresh, self._after_first_reading)
        elif worker.group in ("settings-read", "settings-theme"):
            if event.state == WorkerState.SUCCESS and worker.result is not None:
                self.settings = worker.result
            elif event.state == WorkerState.ERROR:
                failed = worker.group == "settings-read"
                wording = (
                    messages.TUI_SETTINGS_LOAD_FAILED if failed else messages.TUI_THEME_NOT_SAVED
                )
                reason = wording.format(reason=worker.error)
                self.notify(reason, severity="error", markup=False, timeout=10)
        elif worker.group == "workspace-watch" and event.state == WorkerState.SUCCESS:
            changed = worker.result != self._seen
            if changed:
                self._seen = worker.result
                self.reload_workspace()

    def _apply(self, scan: Scan, dashboard: Dashboard) -> None:
        old = self.dashboard
        if old is not None and _same(old, dashboard):
            return  # nothing changed: keep the screens (and their scroll) as they are
        self.scan = scan
        self.dashboard = dashboard

    # --- settings, read and written off the event loop ---------------------------------

    def reload_settings(self) -> None:
        """Read ``rmtui.yaml`` again; the theme it names is applied."""
        try:
            service = self.services.settings
        except RmtuiError:
            return  # the workspace did not open: its reading says why
        self._read_settings(service)

    @work(thread=True, exclusive=True, group="settings-read", exit_on_error=False)
    def _read_settings(self, service: SettingsService) -> Settings:
        return service.load()

    def watch_settings(self, settings: Settings | None) -> None:
        if settings is not None and settings.theme in self.available_themes:
            self.theme = settings.theme  # equal to the saved one: not written again

    def _theme_changed(self, theme: Theme) -> None:
        """Keep a theme picked in the palette (``theme: change``) for the next start."""
        from rmtui.service.settings import DEFAULT_THEME

        settings = self.settings
        if settings is None or theme.name == (settings.theme or DEFAULT_THEME):
            return
        try:
            service = self.services.settings
        except RmtuiError as exc:
            self.notify(messages.TUI_THEME_NOT_SAVED.format(reason=exc), markup=False)
            return
        self._save_theme(service, theme.name)

    @work(thread=True, exclusive=True, group="settings-theme", exit_on_error=False)
    def _save_theme(self, service: SettingsService, name: str) -> Settings:
        return service.set("theme", name)

    # --- screens and commands ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open" and parameters:
            destination = find_destination(str(parameters[0]))
            if destination is None or not destination.available(self):
                return False
            if getattr(self.screen, "DESTINATION", None) == destination.id:
                return False  # already there: the footer keeps its room
            # A dialog answers its own question first: no screen opens behind it.
            if isinstance(self.screen, ModalScreen):
                return False
            # Where an input always has focus (the live session) a letter key types.
            typing = getattr(self.screen, "ALWAYS_TYPING", False)
            return not (typing and _types(destination.key))
        return True

    def action_open(self, destination_id: str) -> None:
        destination = find_destination(destination_id)
        if destination is None or not destination.available(self):
            self.bell()
            return
        screen = destination.open(self)
        if type(screen) is type(self.screen):
            return  # already there: the key is not a way to stack copies
        self.push_screen(screen)

    def on_open_live(self, message: OpenLive) -> None:
        screen = live_screen(message.ref, start=message.start)
        if message.replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def on_open_review(self, message: OpenReview) -> None:
        screen = review_screen(message.ref, message.note)
        if message.replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen, message.closed)

    def on_open_settings(self, message: OpenSettings) -> None:
        self.push_screen(settings_screen(message.focus))

    def on_open_tandem(self, message: OpenTandem) -> None:
        self.push_screen(tandem_screen(message.tandem_id, message.tab, message.target))

    def key_help(self) -> list[KeyHelp]:
        """The keys of the active screen and the app, as the help screen lists them."""
        return key_help(self)

    def action_command_palette(self) -> None:
        """Textual's palette, its prompt in the interface's language."""
        if self.use_command_palette and not CommandPalette.is_open(cast(Any, self)):
            palette = CommandPalette(
                id="--command-palette", placeholder=messages.TUI_PALETTE_PROMPT
            )
            self.push_screen(palette)

    def palette_commands(self, screen: Screen[Any]) -> Iterable[Command]:
        """What the palette offers on ``screen``: its own commands first, then the app's."""
        from rmtui.tui.commands import Command, CommandSource  # loaded with the palette

        if isinstance(screen, CommandSource):
            yield from screen.palette_commands()
        for destination in DESTINATIONS:
            if destination.available(self):
                yield Command(
                    destination.command,
                    destination.tooltip,
                    partial(self.action_open, destination.id),
                )
        yield Command(
            N_("agendas: sync"),
            N_("Fetch the program's shared agenda templates (git; the repository is in settings)"),
            partial(_start_agenda_sync, self),
        )
        yield Command(
            N_("workspace: reload"),
            N_("Read the workspace again (changes by other processes show up by themselves)"),
            self.reload_workspace,
        )
        if self.recovered:
            from rmtui.tui.quit import save_recovered

            yield Command(
                N_("notes: save recovered"),
                N_("Save the notes a quit kept in a recovery file to their session"),
                partial(save_recovered, self),
            )
        yield Command(
            N_("theme: change"), N_("Pick another colour theme"), self.action_change_theme
        )
        if screen.query("HelpPanel"):
            yield Command(
                N_("keys: hide panel"), N_("Hide the keys panel"), self.action_hide_help_panel
            )
        else:
            yield Command(
                N_("keys: show panel"),
                N_("Show the keys of the focused widget beside the screen"),
                self.action_show_help_panel,
            )
        yield Command(
            N_("app: quit"), N_("Quit rmtui (everything is saved as you go)"), self.action_quit
        )


def _same(a: Dashboard, b: Dashboard) -> bool:
    return a.rows == b.rows and [str(p) for p in a.problems] == [str(p) for p in b.problems]


_NOT_TYPED = frozenset(
    {"escape", "tab", "enter", "up", "down", "left", "right", "home", "end", "pageup"}
    | {"pagedown", "delete", "backspace", "insert"}
)


def _types(keys: str) -> bool:
    """Whether an input takes a destination's key as text (``g``, ``slash``; not ``f1``)."""
    key = keys.split(",")[0]
    return not ("+" in key or key in _NOT_TYPED or (key[:1] == "f" and key[1:].isdigit()))


def _make_services(
    workspace: Workspace | OpenWorkspace, clock: Clock | None, sessions: SessionService | None
) -> Services:
    from rmtui.service.services import make_services

    return make_services(workspace, clock, sessions=sessions)


def make_app(
    workspace: Workspace | OpenWorkspace | None = None,
    *,
    services: OpenServices | None = None,
    clock: Clock | None = None,
    watch_interval: float | None = 1.0,
    cursor_blink: bool = True,
    sessions: SessionService | None = None,
    theme: str | None = None,
    started: Callable[[], object] | None = None,
) -> RmtuiApp:
    """The app as the CLI runs it (in the ``theme`` the settings name, ``started`` told
    when start-up has run); tests fix the clock, stop the blink, may stop watching, and
    give the session service fixed time sources."""
    return RmtuiApp(
        workspace,
        services=services,
        clock=clock,
        watch_interval=watch_interval,
        cursor_blink=cursor_blink,
        sessions=sessions,
        theme=theme,
        started=started,
    )
