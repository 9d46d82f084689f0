"""The tandem screen's sessions tab: the frame slot by slot (sessions, free slots, the
midpoint meetup) and the timed notes of the highlighted session, in context."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import DataTable, OptionList
from textual.widgets.data_table import Column
from textual.widgets.option_list import Option, OptionDoesNotExist

from rmtui.core import messages
from rmtui.core.clock import format_elapsed
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import Note, Session
from rmtui.service.tandems import TandemOverview
from rmtui.tui import progress
from rmtui.tui.literal import cell, literal, literal_line
from rmtui.tui.session_view import heading
from rmtui.tui.widgets.timeline import CELL_STYLES

MIDPOINT_KEY = "midpoint"
COLUMNS = 4  # the mark, number, date and title; each padded by one cell either side
# The live screen's prefixes, so a note reads the way it was typed.
KIND_MARKS: dict[str, tuple[str, str]] = {
    "note": (" ", ""),
    "action": ("!", "bold $text-warning"),
    "question": ("?", "bold $text-accent"),
    "highlight": ("*", "bold $text-success"),
    "mentor-learned": (">", "bold $text-primary"),
    "mentee-learned": ("<", "bold $text-primary"),
}


def note_legend() -> str:
    """The note prefixes, under the notes of a session."""
    return messages.NOTE_PREFIXES


def _add_columns(table: DataTable[Text]) -> None:
    for key, label in (("mark", ""), ("n", "#"), ("day", N_("Date")), ("title", N_("Session"))):
        table.add_column(gettext(label) if label else "", key=key)


def _widest(column: Column, rows: list[tuple[str, list[Text]]], index: int) -> int:
    """The cells a column's label and its cells in ``rows`` need."""
    return max([column.label.cell_len] + [cells[index].cell_len for _, cells in rows])


def session_key(n: int) -> str:
    return f"s{n}"


def session_of(key: str | None) -> int | None:
    """The session number of a row key (None for free slots and the midpoint)."""
    if key and key.startswith("s") and key[1:].isdigit():
        return int(key[1:])
    return None


def note_key(note_id: int) -> str:
    return f"note-{note_id}"


class SessionsPane(Horizontal):
    """Left: one row per slot of the frame. Right: the notes of the highlighted session."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "v",
            "screen.review_session",
            N_("Review"),
            id="sessions.review",
            tooltip=N_("Review the highlighted session: edit notes, answer questions, reflect"),
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: TandemOverview | None = None
        self._notes_of: int | None = None

    def compose(self) -> ComposeResult:
        yield DataTable(id="session-table", cursor_type="row", classes="panel")
        yield OptionList(id="note-list", classes="panel")

    def on_mount(self) -> None:
        table = self.query_one("#session-table", DataTable)
        table.border_title = gettext("Frame")
        _add_columns(table)
        notes = self.query_one("#note-list", OptionList)
        notes.border_title = gettext("Notes")
        notes.border_subtitle = note_legend()

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#session-table", DataTable)

    @property
    def selected_key(self) -> str | None:
        table = self.table
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    @property
    def selected(self) -> int | None:
        """The highlighted session's number (None on a free slot or the midpoint)."""
        return session_of(self.selected_key)

    def on_resize(self) -> None:
        if self._shown is not None:
            self.call_after_refresh(self.show, self._shown, self.selected_key)

    def show(self, overview: TandemOverview, select: str | None) -> None:
        """Fill the frame; keep the cursor on row ``select`` (``session_key(n)``, a free
        slot, the midpoint) or, by default, the live, overdue or last held session."""
        self._shown = overview
        table = self.table
        table.clear()
        timeline = overview.timeline
        rows: list[tuple[str, list[Text]]] = []
        for slot in timeline.slots:
            if slot.index == timeline.midpoint_before:
                rows.append((MIDPOINT_KEY, _midpoint_row(timeline.midpoint)))
            info = slot.session
            style = CELL_STYLES[slot.state]
            if info is None:
                cells = [
                    Text(slot.glyph, style=style),
                    Text(str(slot.index), style="dim"),
                    Text(f"~{progress.short_date(slot.day)}", style="dim"),
                    Text(gettext("to plan"), style="dim"),
                ]
                rows.append((f"free{slot.index}", cells))
                continue
            title = info.title or info.agenda_id or messages.TUI_NO_AGENDA_YET
            cells = [
                Text(slot.glyph, style=style),
                Text(str(info.n)),
                Text(progress.short_date(slot.day), style="dim" if info.status == "done" else ""),
                cell(title, "dim" if not (info.title or info.agenda_id) else ""),
            ]
            rows.append((session_key(info.n), cells))
        if timeline.midpoint_before > len(timeline.slots):
            rows.append((MIDPOINT_KEY, _midpoint_row(timeline.midpoint)))
        # What the title keeps of the row: dates are as long as the language's words
        # ("~Mo. 14. Dez."), so the other columns are measured, not assumed.
        columns = table.ordered_columns
        fixed = [_widest(column, rows, i) for i, column in enumerate(columns[: COLUMNS - 1])]
        width = table.scrollable_content_region.width - sum(fixed)
        width -= 2 * table.cell_padding * COLUMNS
        for key, cells in rows:
            if width > 0:
                cells[-1].truncate(max(6, width), overflow="ellipsis")
            table.add_row(*cells, key=key)
        # The widths these rows need, set at once: a column keeps the width of its widest
        # cell ever shown (another frame's dates may be shorter), and the table would
        # only measure the new rows at its next idle, a frame later.
        widths = [*fixed, _widest(columns[-1], rows, COLUMNS - 1)]
        for column, wide in zip(columns, widths, strict=True):
            column.content_width = wide
        keys = [key for key, _ in rows]
        wanted = select if select in keys else _default_key(overview)
        if wanted in keys:
            table.move_cursor(row=keys.index(wanted), animate=False)

    def show_notes(
        self,
        overview: TandemOverview,
        n: int | None,
        session: Session | None,
        *,
        error: str | None = None,
        focus_note: int | None = None,
    ) -> None:
        notes = self.query_one("#note-list", OptionList)
        # The same session read again (a change elsewhere): keep the reader's place.
        previous = notes.highlighted if n is not None and n == self._notes_of else None
        self._notes_of = n
        notes.clear_options()
        if n is None:
            notes.border_title = gettext("Notes")
            hint = _slot_hint(overview, self.selected_key)
            notes.add_option(Option(_muted(hint), disabled=True))
            return
        info = next((s for s in overview.summary.sessions if s.n == n), None)
        title = info.title if info else ""
        notes.border_title = literal_line(heading(messages.TUI_SESSION_N.format(n=n), title))
        if error is not None:
            notes.add_option(Option(literal(error, "$text-error"), disabled=True))
            return
        if session is None or not session.notes:
            if info is not None and info.status == "planned" and info.planned_at is not None:
                when = progress.when(info.planned_at)
                text = (
                    messages.TUI_PLANNED_NO_NOTES
                    if info.agenda_id
                    else messages.TUI_PLANNED_NO_AGENDA
                )
                hint = text.format(when=when)
            else:
                hint = messages.TUI_NO_NOTES
            notes.add_option(Option(_muted(hint), disabled=True))
            return
        notes.add_options(Option(note_line(note), id=note_key(note.id)) for note in session.notes)
        if focus_note is None and previous is not None:
            notes.highlighted = min(previous, notes.option_count - 1)
        elif focus_note is not None:
            try:
                index = notes.get_option_index(note_key(focus_note))
            except OptionDoesNotExist:  # deleted meanwhile: nothing to mark
                return
            notes.highlighted = index
            notes.scroll_to_highlight(top=True)


def note_line(note: Note) -> Content:
    """``[12:07] ~! text``: the kind and privacy as the live screen's prefixes; the answer
    to a question under it."""
    mark, style = KIND_MARKS.get(note.kind, (" ", ""))
    parts: list[Content | str | tuple[str, str]] = [
        (f"[{format_elapsed(note.elapsed)}] ", "$foreground-muted"),
        ("~" if note.private else " ", "bold $text-warning"),
        (mark, style),
        " ",
        literal(note.text, "italic" if note.private else ""),
    ]
    if note.answer.strip():
        parts += ["\n", ("        ↳ ", "$foreground-muted"), literal(note.answer)]
    return Content.assemble(*parts)


def _midpoint_row(day: date) -> list[Text]:
    return [
        Text("|", style=CELL_STYLES["midpoint"]),
        Text(""),
        Text(progress.short_date(day), style="yellow"),
        Text(gettext("midpoint meetup"), style="yellow"),
    ]


def _default_key(overview: TandemOverview) -> str:
    """The session to show first: the live one, else the next one, else the last held."""
    progress_ = overview.progress
    live = next((s for s in overview.summary.sessions if s.status in ("running", "paused")), None)
    if live is not None:
        return session_key(live.n)
    if progress_.overdue:
        return session_key(progress_.overdue[0].n)
    done = [s.n for s in overview.summary.sessions if s.status == "done"]
    if done:
        return session_key(max(done))
    if progress_.next_session is not None:
        return session_key(progress_.next_session.n)
    return ""


def _slot_hint(overview: TandemOverview, key: str | None) -> str:
    if key == MIDPOINT_KEY:
        day = progress.long_date(overview.timeline.midpoint)
        return messages.TUI_MIDPOINT_HINT.format(date=day)
    if not overview.summary.sessions:
        return messages.TUI_NO_SESSIONS
    return messages.TUI_FREE_SLOT


def _muted(text: str) -> Content:
    return Content.styled(text, "$foreground-muted")
