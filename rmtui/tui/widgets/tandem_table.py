"""The list of tandems on the home screen: one row per tandem, keyed by its id.

Each row shows the frame as a strip (done, planned, missed, midpoint), the next session,
open actions, keyword coverage and how many warnings the tandem has. On a narrow terminal
the columns the detail panel repeats give way first, so the names keep their width; what
is still too long ends in an ellipsis, never cut silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.events import Resize
from textual.widgets import DataTable

from rmtui.core.i18n import N_, gettext
from rmtui.tui import progress
from rmtui.tui.widgets.timeline import strip_text

if TYPE_CHECKING:
    from rmtui.service.tandems import DashboardRow

COLUMNS = (
    ("mentee", N_("Mentee")),
    ("department", N_("Department")),
    ("frame", N_("Frame")),
    ("next", N_("Next")),
    ("actions", N_("Actions")),
    ("keywords", N_("Keywords")),
)
FLEXIBLE = 2  # mentee and department give way; the numbers never do
NARROWEST = 6
DROPPED_FIRST = ("department", "keywords", "actions")
"""Left out, in this order, while the name has less than ``NAME_ROOM`` cells (the detail
panel beside the table shows all three)."""
NAME_ROOM = 24
Cell = tuple[str | Text, str]
"""A cell's text (on one line, without control characters) and its style."""


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
        content = Text(value, style=style, no_wrap=True, overflow="ellipsis")
    if width:
        content.truncate(width, overflow="ellipsis")
    return content


def _plain(value: str | Text) -> str:
    return value.plain if isinstance(value, Text) else value


class TandemTable(DataTable[Text]):
    """Tandems with their progress; the row key is the tandem id."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=False)
        self._rows: list[DashboardRow] = []
        self._width = 0
        self._shown: list[int] = []

    def on_mount(self) -> None:
        self._set_columns(list(range(len(COLUMNS))))

    def _set_columns(self, shown: list[int]) -> None:
        if shown == self._shown:
            return
        self._shown = shown
        self.clear(columns=True)
        for i in shown:
            key, label = COLUMNS[i]
            self.add_column(Text(gettext(label)), key=key)  # a str label would be parsed as markup

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
        shown, widths = self._layout(cells)
        self.clear()
        self._set_columns(shown)
        for row, row_cells in zip(rows, cells, strict=True):
            self.add_row(
                *(_cell(row_cells[i][0], widths[i], row_cells[i][1]) for i in shown),
                key=row.tandem_id,
            )
        ids = [r.tandem_id for r in rows]
        if select in ids:
            self.move_cursor(row=ids.index(select), animate=False)

    def _layout(self, rows: list[list[Cell]]) -> tuple[list[int], list[int]]:
        """The columns shown and every column's width (0: as wide as its text)."""
        natural = [
            max([cell_len(gettext(label)), *(cell_len(_plain(row[i][0])) for row in rows)])
            for i, (_key, label) in enumerate(COLUMNS)
        ]
        room = self.scrollable_content_region.width
        shown = list(range(len(COLUMNS)))
        if room <= 0:  # not laid out yet: the resize that follows fits them
            return shown, [0] * len(COLUMNS)
        keys = [key for key, _ in COLUMNS]
        widths = self._fit(natural, shown, room)
        for key in DROPPED_FIRST:
            if widths[0] >= min(natural[0], NAME_ROOM):
                break
            shown.remove(keys.index(key))
            widths = self._fit(natural, shown, room)
        return shown, widths

    def _fit(self, natural: list[int], shown: list[int], room: int) -> list[int]:
        """Widths of the ``shown`` columns in ``room``: the flexible ones give way; the
        others keep their width while they can, then give way too (with an ellipsis)."""
        padding = 2 * self.cell_padding * len(shown)
        flexible = [i for i in shown if i < FLEXIBLE]
        fixed = [i for i in shown if i >= FLEXIBLE]
        budget = room - padding - sum(natural[i] for i in fixed)
        widths = [0] * len(COLUMNS)
        if budget >= NARROWEST * len(flexible):
            for i, width in zip(flexible, fit([natural[i] for i in flexible], budget), strict=True):
                widths[i] = width
            for i in fixed:
                widths[i] = natural[i]
            return widths
        # Even the numbers do not fit: everything shares the room, widest giving way first.
        shared = fit([natural[i] for i in shown], room - padding, floor=3)
        for i, width in zip(shown, shared, strict=True):
            widths[i] = width
        return widths

    def _row(self, row: DashboardRow) -> list[Cell]:
        from rmtui.core.text import one_line  # with the first rows: the first frame has none

        summary = row.summary
        tandem = summary.tandem
        frame = strip_text(row.timeline)
        frame.append(f" {row.frame_label}")
        mentee = one_line(tandem.mentee)
        name: str | Text = mentee
        if row.warnings:  # the detail says what; the mark says "look"
            name = Text.assemble(("⚠ ", "bold yellow"), (mentee, "bold"))
        return [
            (name, "bold"),
            (one_line(tandem.mentee_dept), ""),
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
