"""Home: the mentor's tandems (frame strip, next session, open actions, coverage,
warnings), the highlighted one in detail, and unreadable files."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.widgets import DataTable, Header, Static
from textual.widgets.data_table import RowDoesNotExist

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.widgets.footer import Footer
from rmtui.tui.widgets.tandem_table import TandemTable

if TYPE_CHECKING:
    from rmtui.core.model import Tandem
    from rmtui.service.tandems import Dashboard, DashboardRow
    from rmtui.tui.commands import Command

# Below this width the side column (keywords, sessions) gets narrower.
NARROW = 100


class HomeScreen(RmtuiScreen[None]):
    """Tandems at a glance. State classes: -empty, -problems, -narrow, -warned."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a",
            "add_tandem",
            N_("Add tandem"),
            id="home.add-tandem",
            tooltip=N_("Add a tandem: the mentee, their department and the program frame"),
        ),
        Binding(
            "f2",
            "open_settings",
            N_("Settings"),
            id="home.settings",
            tooltip=N_("Your name and department, the program's agenda repository, frame defaults"),
        ),
        Binding(
            "r",
            "reload",
            N_("Reload"),
            id="home.reload",
            tooltip=N_(
                "Read the workspace again (changes by other rmtui processes show up anyway)"
            ),
            show=False,
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._panels = False
        """The panels around the table are mounted (see _mount_panels)."""
        self._panels_pending = False
        self._filling = False
        """A reading is being shown: it shows the selected tandem itself."""

    def compose(self) -> ComposeResult:
        # While loading only the table shows: the other parts come after the first
        # reading is shown, so the first frame is quick and they are styled once, for it.
        yield Header()
        with Vertical(id="home-body"):
            yield TandemTable(id="tandems", classes="panel")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = gettext("Tandems")
        self.query_one("#tandems").border_title = gettext("Tandems")
        self.watch(self.app, "dashboard", self._show_dashboard)
        self.watch(self.app, "selected_id", self._show_selected)

    def on_screen_resume(self) -> None:
        # Textual draws the first frame as the screen resumes: the first reading starts
        # right after it, rather than after the next refresh.
        self.call_next(self.rmtui.first_reading)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_settings":
            # The footer names the settings before the first tandem only (the app's f2
            # works anyway, and help and the palette list it).
            return self.has_class("-empty")
        return True

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    # --- showing the workspace ---------------------------------------------------------

    def _show_dashboard(self, dashboard: Dashboard | None) -> None:
        if dashboard is None:
            return
        app = self.rmtui
        ids = [row.tandem_id for row in dashboard.rows]
        if app.selected_id not in ids:
            self._filling = True  # the detail follows below, with the other classes
            try:
                app.selected_id = ids[0] if ids else None
            finally:
                self._filling = False
        self.query_one(TandemTable).show(list(dashboard.rows), app.selected_id)
        row = self._row(app.selected_id)
        # "No tandems yet" would be untrue beside a tandem that cannot be read.
        empty = not ids and not dashboard.problems
        state = {"-empty": empty, "-problems": bool(dashboard.problems)}
        if row is not None:
            state["-warned"] = bool(row.warnings)
        self._set_state(state)
        if self._panels:
            self._fill_panels(dashboard)
        elif not self._panels_pending:
            self._panels_pending = True
            if empty:
                # With no tandem, what shows instead of the rows ("No tandems yet").
                self.call_next(self._mount_empty_state)
            # After the frame showing the rows (or what shows instead), which the mentor
            # looks for first.
            self.call_after_refresh(self._mount_panels)
        if row is not None:
            self.app.refresh_bindings()

    async def _mount_empty_state(self) -> None:
        """Mount what a new mentor sees instead of the table (once)."""
        from rmtui.tui.widgets.empty_state import EmptyState  # loaded with the first reading

        body = self.query_one("#home-body", Vertical)
        if body.is_attached and not body.query("#empty-state"):
            self.rmtui.load_panels_css()
            await body.mount(EmptyState(id="empty-state"), before=self.query_one(TandemTable))

    async def _mount_panels(self) -> None:
        """Mount the parts around the table, then show the latest reading in them."""
        # Their modules too are loaded after the first reading.
        from rmtui.tui.widgets.problems import ProblemsPanel
        from rmtui.tui.widgets.tandem_detail import KeywordPanel, ProfilePanel, SessionPanel

        body = self.query_one("#home-body", Vertical)
        table = self.query_one(TandemTable)
        if not body.is_attached:
            return  # the app is closing
        self.rmtui.load_panels_css()
        profile = ProfilePanel(id="profile", classes="panel")
        profile.border_title = gettext("Profile")
        side = Vertical(
            KeywordPanel(id="keywords", classes="panel"),
            SessionPanel(id="sessions", classes="panel"),
            id="detail-side",
        )
        await self._mount_empty_state()
        await body.mount_all(
            [
                Static(id="warnings"),
                Horizontal(profile, side, id="detail"),
                ProblemsPanel(id="problems", classes="panel"),
            ],
            after=table,
        )
        if not body.is_attached:
            return  # the app closed meanwhile
        self._panels = True
        if self.rmtui.dashboard is not None:
            self._fill_panels(self.rmtui.dashboard)

    def _fill_panels(self, dashboard: Dashboard) -> None:
        from rmtui.tui.widgets.problems import ProblemsPanel  # loaded by _mount_panels

        self.query_one(ProblemsPanel).show(list(dashboard.problems))
        row = self._row(self.rmtui.selected_id)
        if row is not None:
            self._show_detail(row)

    def _show_selected(self, tandem_id: str | None) -> None:
        if self._filling:
            return
        row = self._row(tandem_id)
        if row is None:
            # Not read yet (just added): keep the detail until the reading arrives; with
            # no tandem at all, -empty hides it.
            return
        self._set_state({"-warned": bool(row.warnings)})
        if self._panels:
            self._show_detail(row)
        table = self.query_one(TandemTable)
        if table.selected_id != tandem_id and tandem_id is not None:
            # A row not listed yet is placed by the next scan.
            with suppress(RowDoesNotExist):
                table.move_cursor(row=table.get_row_index(tandem_id), animate=False)
        self.app.refresh_bindings()

    def _row(self, tandem_id: str | None) -> DashboardRow | None:
        dashboard = self.rmtui.dashboard
        if dashboard is None:
            return None
        return next((r for r in dashboard.rows if r.tandem_id == tandem_id), None)

    def _show_detail(self, row: DashboardRow) -> None:
        from rmtui.tui.widgets.tandem_detail import (  # loaded by _mount_panels
            KeywordPanel,
            ProfilePanel,
            SessionPanel,
            warning_lines,
        )

        self.query_one(ProfilePanel).show(row, self.rmtui.clock())
        self.query_one(KeywordPanel).show(row.summary)
        self.query_one(SessionPanel).show(row.summary)
        self.query_one("#warnings", Static).update(warning_lines(row))

    def _set_state(self, state: dict[str, bool]) -> None:
        """Turn state classes on or off in one change: each change restyles the screen."""
        kept = {name for name in self.classes if name not in state}
        was_empty = self.has_class("-empty")
        self.set_classes(kept | {name for name, on in state.items() if on})
        if self.has_class("-empty") != was_empty:
            self.refresh_bindings()

    @on(DataTable.RowSelected, "#tandems")
    def _selected(self) -> None:
        self._highlighted()
        self.rmtui.action_open("tandem")

    @on(DataTable.RowHighlighted, "#tandems")
    def _highlighted(self) -> None:
        # Read the cursor rather than the event: a rebuild posts stale highlights.
        selected = self.query_one(TandemTable).selected_id
        if selected is not None:
            self.rmtui.selected_id = selected

    # --- actions -----------------------------------------------------------------------

    def action_add_tandem(self) -> None:
        from rmtui.core.model import Frame
        from rmtui.tui.modals.add_tandem import AddTandemModal  # not needed at start-up

        app = self.rmtui
        settings = app.settings  # a new tandem starts with the mentor's defaults
        modal = AddTandemModal(
            save=app.services.tandems.add_tandem,
            today=app.clock().date(),
            mentor_dept=settings.mentor_dept if settings else "",
            frame=settings.frame if settings else Frame(),
        )
        self.app.push_screen(modal, self._added)

    def _added(self, tandem: Tandem | None) -> None:
        if tandem is None:
            return
        self.rmtui.selected_id = tandem.id
        self.rmtui.reload_workspace()
        self.notify(messages.TUI_TANDEM_ADDED.format(mentee=tandem.mentee), markup=False)
        self.query_one(TandemTable).focus()

    def action_reload(self) -> None:
        self.rmtui.reload_workspace()

    def action_open_settings(self) -> None:
        self.rmtui.action_open("settings")

    def palette_commands(self) -> Iterable[Command]:
        from rmtui.tui.commands import Command  # loaded with the palette

        yield Command(
            N_("tandem: add"),
            N_("Add a tandem: a new mentee and the program frame"),
            self.action_add_tandem,
        )
        dashboard = self.rmtui.dashboard
        for row in dashboard.rows if dashboard else []:
            mentee = row.summary.tandem.mentee
            yield Command(
                messages.TUI_COMMAND_SHOW_TANDEM.format(mentee=mentee),
                N_("Highlight this tandem on the home screen"),
                partial(self._select, row.tandem_id),
                discover=False,
            )
            yield Command(
                messages.TUI_COMMAND_OPEN_TANDEM.format(mentee=mentee),
                N_("Open this tandem: sessions, keywords, learning log, actions, profile"),
                partial(self._open, row.tandem_id),
                discover=False,
            )

    def _select(self, tandem_id: str) -> None:
        self.rmtui.selected_id = tandem_id
        self.query_one(TandemTable).focus()

    def _open(self, tandem_id: str) -> None:
        self._select(tandem_id)
        self.rmtui.action_open("tandem")
