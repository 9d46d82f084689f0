"""The list of tandems on the home screen: one row per tandem, keyed by its id."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.events import Resize
from textual.widgets import DataTable

from rmtui.core.text import one_line
from rmtui.store import TandemSummary
from rmtui.tui import progress

COLUMNS = (
    ("mentee", "Mentee"),
    ("role", "Role"),
    ("department", "Department"),
    ("sessions", "Done"),
    ("keywords", "Keywords"),
    ("next", "Next"),
)
FLEXIBLE = 3  # mentee, role, department give way; the numbers never do
NARROWEST = 6


def fit(natural: list[int], budget: int, floor: int = NARROWEST) -> list[int]:
    """Widths for columns wanting ``natural`` cells within ``budget``: the widest give way
    first, none below ``floor`` (or its natural width, if smaller)."""
    if sum(natural) <= budget:
        return list(natural)
    cap = max(natural)
    while cap > floor and sum(min(n, cap) for n in natural) > budget:
        cap -= 1
    return [min(n, cap) for n in natural]


def _cell(text: str, width: int = 0, style: str = "") -> Text:
    content = Text(one_line(text), style=style, no_wrap=True, overflow="ellipsis")
    if width:
        content.truncate(width, overflow="ellipsis")
    return content


class TandemTable(DataTable[Text]):
    """Tandems with their progress; the row key is the tandem id."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=False)
        self._summaries: list[TandemSummary] = []
        self._width = 0

    def on_mount(self) -> None:
        for key, label in COLUMNS:
            self.add_column(label, key=key)

    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return row_key.value

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.show(self._summaries, self.selected_id)

    def show(self, summaries: list[TandemSummary], select: str | None) -> None:
        """Replace the rows, keeping the cursor on ``select`` when it is still listed."""
        self._summaries = summaries
        rows = [self._row(s) for s in summaries]
        widths = self._widths(rows)
        self.clear()
        for summary, row in zip(summaries, rows, strict=True):
            cells = [
                _cell(text, width if i < FLEXIBLE else 0, style)
                for i, ((text, style), width) in enumerate(zip(row, widths, strict=True))
            ]
            self.add_row(*cells, key=summary.tandem.id)
        ids = [s.tandem.id for s in summaries]
        if select in ids:
            self.move_cursor(row=ids.index(select), animate=False)

    def _widths(self, rows: list[list[tuple[str, str]]]) -> list[int]:
        natural = [
            max([cell_len(label), *(cell_len(one_line(row[i][0])) for row in rows)])
            for i, (_key, label) in enumerate(COLUMNS)
        ]
        padding = 2 * self.cell_padding * len(COLUMNS)
        fixed = sum(natural[FLEXIBLE:])
        budget = self.scrollable_content_region.width - padding - fixed
        if budget <= 0:
            return natural  # not laid out yet: the resize that follows fits them
        return fit(natural[:FLEXIBLE], budget) + natural[FLEXIBLE:]

    def _row(self, summary: TandemSummary) -> list[tuple[str, str]]:
        tandem = summary.tandem
        upcoming = progress.current_session(summary) or progress.next_session(summary)
        if upcoming is not None and upcoming.status != "planned":
            next_cell = ("running", "bold")
        elif upcoming is not None and upcoming.planned_at is not None:
            next_cell = (progress.short_date(upcoming.planned_at), "")
        else:
            next_cell = ("—", "dim")
        return [
            (tandem.mentee, "bold"),
            (tandem.role, ""),
            (tandem.mentee_dept, ""),
            (progress.sessions_done(summary), ""),
            (progress.keyword_coverage(summary), ""),
            next_cell,
        ]
