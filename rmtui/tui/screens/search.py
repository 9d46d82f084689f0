"""Search across every tandem: notes, learning entries and actions, any case, any accents.

Results show the tandem, the session, the session clock ``[mm:ss]`` and the kind, private
ones marked. Enter on a note of a held session opens that session's review with the note
highlighted; other results open the tandem at that session or on the record's own tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.timer import Timer
from textual.widgets import DataTable, Header, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import LearnedBy
from rmtui.core.text import one_line
from rmtui.service.search import Hit
from rmtui.tui.context import OpenReview, OpenTandem, Target, in_session
from rmtui.tui.literal import cell, literal, literal_line
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.widgets.footer import Footer

DEBOUNCE = 0.15  # seconds of quiet typing before a search runs
# The rows shown at most: a table of thousands holds the screen for seconds (a word in
# most notes at 4x: 15,000), and nobody reads them; a word more narrows the search.
SHOWN = 200
TEXT_ROOM = 20  # the text's cells worth shortening the other columns for
TEXT_FLOOR = 12
NAME_FLOOR = 8
KIND_MARKS = {"action": "!", "question": "?", "highlight": "*"}
KIND_MARKS |= {"mentor-learned": ">", "mentee-learned": "<"}
COLUMNS = (
    ("tandem", N_("Tandem")),
    ("session", N_("Session")),
    ("time", N_("Time")),
    ("kind", N_("Kind")),
    ("text", N_("Text")),
)


def target_of(hit: Hit) -> tuple[str, Target]:
    """The tab and what to highlight on the tandem screen for ``hit``."""
    if hit.session is not None and hit.note_id is not None:
        return "sessions", Target(session=hit.session, note=hit.note_id)
    if hit.source == "action" and hit.record_id is not None:
        return "actions", Target(action=hit.record_id)
    if hit.source == "learning" and hit.record_id is not None:
        side: LearnedBy = "mentee" if hit.kind.startswith("mentee") else "mentor"
        return "learning", Target(learning=(side, hit.record_id))
    return "sessions", Target(session=hit.session)


class SearchScreen(RmtuiScreen[None]):
    """Type to search; enter on a result opens it. State class: -none."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back"), id="search.back", tooltip=N_("Close the search")),
        Binding(
            "slash",
            "focus_query",
            N_("Query"),
            id="search.query",
            tooltip=N_("Back to the search words"),
        ),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.hits: list[Hit] = []  # the rows shown
        self.found: list[Hit] = []  # every hit of the last search
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(self.initial, placeholder=messages.TUI_SEARCH_PLACEHOLDER, id="search-input")
        yield Static(messages.TUI_SEARCH_HINT, id="search-status", markup=False)
        yield DataTable(id="search-results", cursor_type="row", classes="panel")
        yield Static(id="search-preview", classes="panel")
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.TUI_SEARCH_TITLE
        self.sub_title = gettext("notes, learning, actions of every tandem")
        table = self.query_one(DataTable)
        table.border_title = gettext("Results")
        for key, label in COLUMNS:
            table.add_column(gettext(label), key=key)
        self.query_one("#search-preview").border_title = gettext("Match")
        self.query_one(Input).focus()
        if self.initial.strip():
            self._search(self.initial)

    # --- searching -------------------------------------------------------------------------

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        query = event.value
        self._timer = self.set_timer(DEBOUNCE, lambda: self._search(query))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._search(event.value, focus_results=True)

    def _search(self, query: str, focus_results: bool = False) -> None:
        self._run_search(query, focus_results)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _run_search(self, query: str, focus_results: bool) -> tuple[str, list[Hit], bool]:
        # The next search cancels this worker: this one then stops reading at once, so
        # the words typed since are not kept waiting behind a search nobody wants.
        worker = get_current_worker()
        hits = self.rmtui.services.tandems.search(query, stop=lambda: worker.is_cancelled)
        return query, hits, focus_results

    @on(Worker.StateChanged)
    def _searched(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "search":
            return
        if event.state == WorkerState.ERROR:
            reason = messages.TUI_SEARCH_FAILED.format(reason=event.worker.error)
            self.notify(one_line(reason), severity="error", markup=False)
        elif event.state == WorkerState.SUCCESS and event.worker.result is not None:
            query, hits, focus_results = event.worker.result
            self.show(query, hits)
            if focus_results and hits:
                self.query_one(DataTable).focus()

    def show(self, query: str, found: list[Hit]) -> None:
        self.found = found
        hits = self.hits = found[:SHOWN]
        table = self.query_one(DataTable)
        table.clear()
        fit = self._fit(hits)
        for i, hit in enumerate(hits):
            table.add_row(*_cells(hit, fit), key=str(i))
        status = self.query_one("#search-status", Static)
        if not query.strip():
            status.update(messages.TUI_SEARCH_HINT)
        elif not hits:
            status.update(literal_line(messages.NO_MATCHES.format(query=one_line(query))))
        elif len(found) > len(hits):
            status.update(messages.TUI_SEARCH_FIRST.format(len(found), shown=len(hits)))
        else:
            status.update(messages.TUI_SEARCH_COUNT.format(len(hits)))
        self.set_class(bool(query.strip()) and not hits, "-none")
        self._preview()

    def _fit(self, hits: list[Hit]) -> Fit:
        """Room for the text once the others have theirs; on a narrow terminal the kind
        shrinks to its mark and the tandem's name gives way, so the text keeps at least
        ``TEXT_ROOM`` cells. ``Fit()``: not laid out yet."""
        region = self.query_one(DataTable).scrollable_content_region.width
        if not region or not hits:
            return Fit()

        def others(fit: Fit) -> list[int]:
            rows = [_cells(hit, fit)[:-1] for hit in hits]
            return [
                max([cell_len(gettext(label)), *(row[i].cell_len for row in rows)])
                for i, (_key, label) in enumerate(COLUMNS[:-1])
            ]

        room = region - 2 * len(COLUMNS)
        fit = Fit()
        widths = others(fit)
        if room - sum(widths) < TEXT_ROOM:
            fit = Fit(marks=True)
            widths = others(fit)
        if room - sum(widths) < TEXT_ROOM:
            tandem = max(NAME_FLOOR, room - TEXT_ROOM - sum(widths[1:]))
            fit = Fit(marks=True, tandem=min(tandem, widths[0]))
            widths = others(fit)
        return Fit(fit.marks, fit.tandem, max(TEXT_FLOOR, room - sum(widths)))

    def on_resize(self) -> None:
        if self.hits:
            self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_coordinate.row
        query = self.query_one(Input).value
        self.show(query, self.found)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), animate=False)

    # --- results -----------------------------------------------------------------------------

    @property
    def selected(self) -> Hit | None:
        table = self.query_one(DataTable)
        if not table.row_count or not self.hits:
            return None
        row = table.cursor_coordinate.row
        return self.hits[row] if row < len(self.hits) else None

    @on(DataTable.RowHighlighted, "#search-results")
    def _preview(self) -> None:
        hit = self.selected
        preview = self.query_one("#search-preview", Static)
        preview.display = hit is not None
        if hit is not None:
            preview.update(hit_detail(hit))

    @on(DataTable.RowSelected, "#search-results")
    def _open(self) -> None:
        hit = self.selected
        if hit is None:
            return
        self.rmtui.selected_id = hit.tandem_id
        ref = hit.ref
        if ref is not None and hit.note_id is not None and self._reviewable(hit):
            self.post_message(OpenReview(ref, note=hit.note_id))
            return
        tab, target = target_of(hit)
        self.post_message(OpenTandem(hit.tandem_id, tab, target))

    def _reviewable(self, hit: Hit) -> bool:
        """A note of a held session, and no session screen open already (one at a time)."""
        summary = next(
            (
                s
                for s in (self.rmtui.scan.summaries if self.rmtui.scan else [])
                if s.tandem.id == hit.tandem_id
            ),
            None,
        )
        info = next((s for s in summary.sessions if s.n == hit.session), None) if summary else None
        return info is not None and info.status == "done" and not in_session(self.rmtui)

    def action_focus_query(self) -> None:
        self.query_one(Input).focus()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.dismiss(None)


@dataclass(frozen=True, slots=True)
class Fit:
    """How the result columns fit: ``marks``: the kind by its mark only (the match below
    names it); ``tandem`` and ``text``: their widths (0: as wide as they are)."""

    marks: bool = False
    tandem: int = 0
    text: int = 0


def kind_labels() -> dict[str, tuple[str, str]]:
    """Each note kind's mark and name, in the interface's language."""
    return {kind: (KIND_MARKS.get(kind, ""), n) for kind, n in messages.NOTE_KIND_NAMES.items()}


def _kind(hit: Hit, marks: bool = False) -> tuple[str, str]:
    mark, label = kind_labels().get(hit.kind, ("", hit.kind))
    if marks and mark:
        return (mark, "")
    return (f"{mark} {label}".strip(), "")


def _cells(hit: Hit, fit: Fit) -> list[Text]:
    kind, _ = _kind(hit, fit.marks)
    text = cell(hit.text)
    if fit.text:
        text.truncate(max(1, fit.text - (9 if hit.private else 0)), overflow="ellipsis")
    if hit.private:
        text = Text.assemble(("~private ", "italic yellow"), text)
    name = cell(hit.mentee, "bold")
    if fit.tandem:
        name.truncate(fit.tandem, overflow="ellipsis")
    return [
        name,
        Text(f"s{hit.session}" if hit.session is not None else "—", style="dim"),
        Text(hit.stamp, style="dim"),
        Text(kind, style="cyan" if hit.kind != "note" else "dim"),
        text,
    ]


def hit_detail(hit: Hit) -> Content:
    """The whole matching text, and where it is."""
    where = [one_line(hit.mentee)]
    if hit.session is not None:
        where.append(messages.EXPORT_SESSION_N.format(n=hit.session))
    if hit.stamp:
        where.append(hit.stamp)
    where.append(_kind(hit)[0])
    parts: list[Content | str | tuple[str, str]] = [literal(hit.text)]
    parts += ["\n", (" · ".join(where), "$foreground-muted")]
    if hit.private:
        parts.append((messages.TUI_PRIVATE_NEVER_EXPORTED, "italic $text-warning"))
    return Content.assemble(*parts)
