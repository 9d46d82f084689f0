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
from textual.widgets import DataTable, Footer, Header, Static
from textual.widgets.data_table import RowDoesNotExist

from rmtui.core import messages
from rmtui.core.model import Tandem
from rmtui.service.tandems import Dashboard
from rmtui.tui.commands import Command
from rmtui.tui.modals.add_tandem import AddTandemModal
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.widgets.empty_state import EmptyState
from rmtui.tui.widgets.problems import ProblemsPanel
from rmtui.tui.widgets.tandem_detail import (
    KeywordPanel,
    ProfilePanel,
    SessionPanel,
    warning_lines,
)
from rmtui.tui.widgets.tandem_table import TandemTable

if TYPE_CHECKING:
    pass

# Below this width the side column (keywords, sessions) gets narrower.
NARROW = 100


class HomeScreen(RmtuiScreen[None]):
    """Tandems at a glance. State classes: -loading, -empty, -problems, -narrow, -warned."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a",
            "add_tandem",
            "Add tandem",
            id="home.add-tandem",
            tooltip="Add a tandem: the mentee, their department and the program frame",
        ),
        Binding(
            "r",
            "reload",
            "Reload",
            id="home.reload",
            tooltip="Read the workspace again (changes by other rmtui processes show up anyway)",
            show=False,
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home-body"):
            yield EmptyState(id="empty-state")
            yield TandemTable(id="tandems", classes="panel")
            yield Static(id="warnings")
            with Horizontal(id="detail"):
                yield ProfilePanel(id="profile", classes="panel")
                with Vertical(id="detail-side"):
                    yield KeywordPanel(id="keywords", classes="panel")
                    yield SessionPanel(id="sessions", classes="panel")
            yield ProblemsPanel(id="problems", classes="panel")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Tandems"
        self.query_one("#tandems").border_title = "Tandems"
        self.query_one("#profile").border_title = "Profile"
        self.add_class("-loading")
        self.watch(self.app, "dashboard", self._show_dashboard)
        self.watch(self.app, "selected_id", self._show_selected)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    # --- showing the workspace ---------------------------------------------------------

    def _show_dashboard(self, dashboard: Dashboard | None) -> None:
        if dashboard is None:
            return
        self.remove_class("-loading")
        self.set_class(not dashboard.rows, "-empty")
        self.set_class(bool(dashboard.problems), "-problems")
        self.query_one(ProblemsPanel).show(list(dashboard.problems))
        table = self.query_one(TandemTable)
        app = self.rmtui
        ids = [row.tandem_id for row in dashboard.rows]
        if app.selected_id not in ids:
            app.selected_id = ids[0] if ids else None
        table.show(list(dashboard.rows), app.selected_id)
        self._show_selected(app.selected_id)

    def _show_selected(self, tandem_id: str | None) -> None:
        dashboard = self.rmtui.dashboard
        row = (
            next((r for r in dashboard.rows if r.tandem_id == tandem_id), None)
            if dashboard
            else None
        )
        if row is None:
            # Not read yet (just added): keep the detail until the reading arrives; with
            # no tandem at all, -empty hides it.
            return
        self.query_one(ProfilePanel).show(row, self.rmtui.clock())
        self.query_one(KeywordPanel).show(row.summary)
        self.query_one(SessionPanel).show(row.summary)
        self.query_one("#warnings", Static).update(warning_lines(row))
        self.set_class(bool(row.warnings), "-warned")
        table = self.query_one(TandemTable)
        if table.selected_id != tandem_id and tandem_id is not None:
            # A row not listed yet is placed by the next scan.
            with suppress(RowDoesNotExist):
                table.move_cursor(row=table.get_row_index(tandem_id), animate=False)
        self.app.refresh_bindings()

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
        app = self.rmtui
        modal = AddTandemModal(save=app.workspace.add_tandem, today=app.clock().date())
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

    def palette_commands(self) -> Iterable[Command]:
        yield Command(
            "tandem: add",
            "Add a tandem: a new mentee and the program frame",
            self.action_add_tandem,
        )
        dashboard = self.rmtui.dashboard
        for row in dashboard.rows if dashboard else []:
            mentee = row.summary.tandem.mentee
            yield Command(
                f"tandem: show {mentee}",
                "Highlight this tandem on the home screen",
                partial(self._select, row.tandem_id),
                discover=False,
            )
            yield Command(
                f"tandem: open {mentee}",
                "Open this tandem: sessions, keywords, learning log, actions, profile",
                partial(self._open, row.tandem_id),
                discover=False,
            )

    def _select(self, tandem_id: str) -> None:
        self.rmtui.selected_id = tandem_id
        self.query_one(TandemTable).focus()

    def _open(self, tandem_id: str) -> None:
        self._select(tandem_id)
        self.rmtui.action_open("tandem")
