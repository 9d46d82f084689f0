"""The rmtui Textual application."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header

from rmtui.store import Workspace


class RmtuiApp(App[None]):
    TITLE = "rmtui"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="tandems")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Mentee", "Role", "Department", "Sessions")
        for s in self.workspace.scan().summaries:
            t = s.tandem
            table.add_row(t.mentee, t.role, t.mentee_dept, f"{s.sessions_done}/{t.frame.sessions}")


def make_app(workspace: Workspace) -> RmtuiApp:
    return RmtuiApp(workspace)
