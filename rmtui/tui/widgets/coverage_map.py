"""The keyword coverage map: keywords by session, a filled cell where a session's notes
touched the keyword. Open keywords come first, so what is left to cover is on top.
Each keyword's state has the one symbol it has everywhere, with the legend under the
summary line."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from rmtui.core import messages
from rmtui.core.coverage import KEYWORD_MARKS, KeywordCoverage, KeywordState
from rmtui.core.i18n import N_, gettext
from rmtui.service.tandems import TandemOverview
from rmtui.tui.keyword_marks import legend
from rmtui.tui.literal import cell

TOUCHED = "■"
UNTOUCHED = "·"
STATE_STYLES: dict[KeywordState, str] = {
    "open": "",
    "touched": "",
    "covered": "green",
    "dropped": "dim strike",
}


class CoveragePane(Vertical):
    """The map, and a line saying how much of the list is covered."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a", "screen.add_keyword", N_("Add"), id="keywords.add", tooltip=N_("Add keywords")
        ),
        Binding(
            "e",
            "screen.rename_keyword",
            N_("Rename"),
            id="keywords.rename",
            tooltip=N_("Rename the highlighted keyword (its history follows)"),
        ),
        Binding(
            "w",
            "screen.add_aliases",
            N_("Aliases"),
            id="keywords.aliases",
            tooltip=N_(
                "Other words for the highlighted keyword (other languages, synonyms), "
                "matched and counted as it"
            ),
        ),
        Binding(
            "c",
            "screen.keyword_status('covered')",
            N_("Covered"),
            id="keywords.covered",
            tooltip=N_("Mark the keyword covered (again: open)"),
        ),
        Binding(
            "delete",
            "screen.keyword_status('dropped')",
            N_("Drop"),
            id="keywords.drop",
            tooltip=N_("Drop the keyword: kept in the history, not counted (again: open)"),
        ),
        Binding(
            "shift+up",
            "screen.move_keyword(-1)",
            N_("Up"),
            id="keywords.up",
            tooltip=N_("Move the keyword up the list"),
            show=False,
        ),
        Binding(
            "shift+down",
            "screen.move_keyword(1)",
            N_("Down"),
            id="keywords.down",
            tooltip=N_("Move the keyword down the list"),
            show=False,
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="coverage-summary")
        yield DataTable(id="coverage-table", cursor_type="row", classes="panel")

    def on_mount(self) -> None:
        table = self.query_one("#coverage-table", DataTable)
        table.border_title = gettext("Keywords by session")
        table.border_subtitle = Content.assemble(
            (TOUCHED, "$text-success"),
            gettext(" touched in that session  "),
            UNTOUCHED,
            gettext(" not touched"),
        )

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#coverage-table", DataTable)

    @property
    def selected(self) -> str | None:
        """The highlighted keyword's text."""
        table = self.table
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    def show(self, overview: TandemOverview, select: str | None = None) -> None:
        coverage = overview.coverage
        held = {s.n for s in overview.summary.sessions if s.status != "planned"}
        columns = len(overview.timeline.slots)
        table = self.table
        previous = select or self.selected
        table.clear(columns=True)
        table.add_column(gettext("Keyword"), key="keyword")
        table.add_column(gettext("Status"), key="status")
        for n in range(1, columns + 1):
            table.add_column(Text(str(n), justify="center"), key=f"s{n}")
        table.add_column(Text(gettext("Notes"), justify="right"), key="notes")
        for row in coverage.rows:
            table.add_row(*_cells(row, columns, held), key=row.keyword.text)
        summary = self.query_one("#coverage-summary", Static)
        if not coverage.rows:
            summary.update(Content.styled(messages.TUI_NO_KEYWORDS, "$foreground-muted"))
        else:
            summary.update(_summary(overview))
        keys = [r.keyword.text for r in coverage.rows]
        if previous in keys:
            table.move_cursor(row=keys.index(previous), animate=False)


def _cells(row: KeywordCoverage, columns: int, held: set[int]) -> list[Text]:
    state = row.state
    style = STATE_STYLES[state]
    touched = set(row.sessions)
    name = messages.KEYWORD_STATE_NAMES[state]
    name_cell = cell(row.keyword.text, "bold" if state == "open" else style)
    if row.keyword.aliases:  # dimmed after it: the same keyword in other words
        name_cell.append(" ")
        name_cell.append_text(cell(", ".join(row.keyword.aliases), "dim"))
    cells = [
        name_cell,
        Text(f"{KEYWORD_MARKS[state]} {name}", style=style or "dim"),
    ]
    for n in range(1, columns + 1):
        if n in touched:
            cells.append(Text(TOUCHED, style="bold green", justify="center"))
        elif n in held:
            cells.append(Text(UNTOUCHED, style="dim", justify="center"))
        else:
            cells.append(Text(" ", justify="center"))
    cells.append(Text(str(row.notes) if row.notes else "", style="dim", justify="right"))
    return cells


def _summary(overview: TandemOverview) -> Content:
    """``3/10 covered · 2 touched, still open · 5 not touched yet``, over the legend."""
    coverage = overview.coverage
    parts: list[Content | str | tuple[str, str]] = [
        (
            messages.TUI_KEYWORDS_COVERED.format(covered=coverage.covered, total=coverage.active),
            "bold",
        ),
    ]
    if touched := coverage.count("touched"):
        parts.append(" · " + messages.TUI_KEYWORDS_TOUCHED.format(touched))
    if untouched := coverage.count("open"):
        text = " · " + messages.TUI_KEYWORDS_UNTOUCHED.format(untouched)
        parts.append((text, "$text-warning"))
    return Content.assemble(*parts, "\n", legend())
