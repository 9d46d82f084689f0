"""The list of tandems on the home screen: one row per tandem, keyed by its id.

Each row shows the frame as a strip (done, planned, missed, midpoint), the next session,
open actions, keyword coverage and how many warnings the tandem has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.events import Resize
from textual.widgets import DataTable

from rmtui.core.text import one_line
from rmtui.tui import progress
from rmtui.tui.widgets.timeline import strip_text

if TYPE_CHECKING:
    from rmtui.service.tandems import DashboardRow

COLUMNS = (
    ("mentee", "Mentee"),
    ("department", "Department"),
    ("frame", "Frame"),
    ("next", "Next"),
    ("actions", "Actions"),
    ("keywords", "Keywords"),
)
FLEXIBLE = 2  # mentee and department give way; the numbers never do
NARROWEST = 6
Cell = tuple[str | Text, str]


def fit(natural: list[int], budget: int, floor: int = NARROWEST) -> list[int]:
    """Widths for columns wanting ``natural`` cells within ``budget``: the widest give way
    first, none below ``floor`` (or its natural width, if smaller)."""
    if sum(natural) <= budget:
        return list(natural)
    cap = max(natural)
    while cap > floor and sum(min(n, cap) for n in natural) > budget:
        cap -= 1
    return [min(n, cap) for n in natural]


def _cell(value: str | Text, width: int = 0, style: str = "") -> Text:
    if isinstance(value, Text):
        content = value.copy()
        content.no_wrap, content.overflow = True, "ellipsis"
    else:
        content = Text(one_line(value), style=style, no_wrap=True, overflow="ellipsis")
    if width:
        content.truncate(width, overflow="ellipsis")
    return content


def _plain(value: str | Text) -> str:
    return value.plain if isinstance(value, Text) else one_line(value)


class TandemTable(DataTable[Text]):
    """Tandems with their progress; the row key is the tandem id."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=False)
        self._rows: list[DashboardRow] = []
        self._width = 0

    def on_mount(self) -> None:
        for key, label in COLUMNS:
            self.add_column(Text(label), key=key)  # a str label would be parsed as markup

    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return row_key.value

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.show(self._rows, self.selected_id)

    def show(self, rows: list[DashboardRow], select: str | None) -> None:
        """Replace the rows, keeping the cursor on ``select`` when it is still listed."""
        self._rows = rows
        cells = [self._row(r) for r in rows]
        widths = self._widths(cells)
        self.clear()
        for row, row_cells in zip(rows, cells, strict=True):
            self.add_row(
                *(
                    _cell(value, width if i < FLEXIBLE else 0, style)
                    for i, ((value, style), width) in enumerate(zip(row_cells, widths, strict=True))
                ),
                key=row.tandem_id,
            )
        ids = [r.tandem_id for r in rows]
        if select in ids:
            self.move_cursor(row=ids.index(select), animate=False)

    def _widths(self, rows: list[list[Cell]]) -> list[int]:
        natural = [
            max([cell_len(label), *(cell_len(_plain(row[i][0])) for row in rows)])
            for i, (_key, label) in enumerate(COLUMNS)
        ]
        padding = 2 * self.cell_padding * len(COLUMNS)
        fixed = sum(natural[FLEXIBLE:])
        budget = self.scrollable_content_region.width - padding - fixed
        if budget <= 0:
            return natural  # not laid out yet: the resize that follows fits them
        return fit(natural[:FLEXIBLE], budget) + natural[FLEXIBLE:]

    def _row(self, row: DashboardRow) -> list[Cell]:
        summary = row.summary
        tandem = summary.tandem
        frame = strip_text(row.timeline)
        frame.append(f" {row.frame_label}")
        name: str | Text = tandem.mentee
        if row.warnings:  # the detail says what; the mark says "look"
            name = Text.assemble(("⚠ ", "bold yellow"), (one_line(tandem.mentee), "bold"))
        return [
            (name, "bold"),
            (tandem.mentee_dept, ""),
            (frame, ""),
            _next_cell(row),
            (str(row.open_actions) if row.open_actions else "—", "" if row.open_actions else "dim"),
            (progress.keyword_coverage(summary), ""),
        ]


def _next_cell(row: DashboardRow) -> Cell:
    summary = row.summary
    running = progress.current_session(summary)
    if running is not None:
        return ("running", "bold")
    if row.progress.overdue:
        missed = row.progress.overdue[0].planned_at
        assert missed is not None
        return (f"{progress.short_date(missed)}!", "bold red")
    upcoming = row.progress.next_session
    if upcoming is not None and upcoming.planned_at is not None:
        return (progress.short_date(upcoming.planned_at), "")
    return ("—", "dim")
