"""Export: choose kind, tandems, anonymize and format; preview; write off the event loop.

Every choice is a keyboard list whose marks read without colour (``(•)``/``[x]``).
Opened from a session's review, the screen starts on that session's recap.

The preview is rendered by the same service the CLI uses, in a worker, and shown with
Textual's Markdown widget (raw HTML off, links shown but never opened). The file is
written in another worker; the path written is shown under the options and notified.
``c`` copies the export as previewed to the clipboard (OSC 52, logged as shared like a
file); ``o`` opens the file just written with the system's opener.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Label, Markdown, Select, Static
from textual.worker import Worker, WorkerState

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.exporting import HELD, Format, Kind
from rmtui.core.i18n import C_, N_, gettext
from rmtui.core.summary import TandemSummary
from rmtui.core.text import one_line
from rmtui.service.exports import ExportRequest, ExportService, Rendered, preview_parser
from rmtui.tui.literal import literal, literal_line
from rmtui.tui.screens.base import set_state
from rmtui.tui.widgets.choice_list import ChoiceList
from rmtui.tui.widgets.footer import Footer

KIND_LABELS: tuple[tuple[Kind, str], ...] = (
    ("session", N_("Session recap")),
    ("midpoint", N_("Midpoint summary")),
    ("final", N_("Final summary")),
    ("cheatsheet", N_("Cheat sheet for the mentee")),
)
FORMAT_LABELS: tuple[tuple[Format, str], ...] = (
    ("md", N_("Markdown")),
    ("html", N_("HTML")),
    ("json", N_("JSON (all data)")),
    ("txt", N_("Plain text (cheat sheet)")),
)


def session_label(n: int, title: str) -> str:
    """``3. LinkedIn for leaders``, or ``3.`` for a session without an agenda."""
    return f"{n}. {title}" if title.strip() else f"{n}."


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    rendered: Rendered


class ExportScreen(Screen[None]):
    """State classes: -writing while a file is being written."""

    AUTO_FOCUS = "#export-kind"
    DOCUMENTS = frozenset({"export-preview"})

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "back", N_("Back"), id="export.back", tooltip=N_("Close the export screen")
        ),
        Binding(
            "ctrl+s",
            "write",
            N_("Write"),
            id="export.write",
            tooltip=N_("Write the export to the workspace's exports/ folder and log it"),
        ),
        Binding(
            "c",
            "copy",
            N_("Copy"),
            id="export.copy",
            tooltip=N_("Copy the export as previewed to the clipboard, to paste into an e-mail"),
        ),
        Binding(
            "o",
            "open",
            C_("key: open the file written", "Open"),
            id="export.open",
            tooltip=N_("Open the file just written with the system's opener"),
        ),
    ]

    def __init__(
        self,
        service: ExportService,
        tandems: list[TandemSummary],
        selected: str | None = None,
        *,
        kind: Kind = "midpoint",
        session: int | None = None,
    ) -> None:
        """``kind`` and ``session`` are what the screen opens on (a review opens on its
        own session's recap)."""
        super().__init__()
        self.service = service
        self.tandems = tandems
        self.selected = selected or (tandems[0].tandem.id if tandems else None)
        self.start_kind: Kind = kind
        self.start_session = session
        self.written: Path | None = None
        self.rendered: Rendered | None = None  # the export the preview shows, once made

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="export-body"):
            with VerticalScroll(id="export-options", classes="panel", can_focus=False):
                yield Label(gettext("Kind"), classes="export-label")
                yield ChoiceList(
                    [(kind, Content(gettext(label))) for kind, label in KIND_LABELS],
                    chosen=[self.start_kind],
                    id="export-kind",
                )
                yield Label(gettext("Session"), classes="export-label export-session")
                yield Select[int](
                    [], id="export-session", classes="export-session", prompt=gettext("last held")
                )
                yield Label(gettext("Tandems"), classes="export-label")
                yield ChoiceList(
                    [(s.tandem.id, literal_line(s.tandem.mentee)) for s in self.tandems],
                    chosen=[self.selected] if self.selected else [],
                    multiple=True,
                    id="export-tandems",
                )
                anonymize = ChoiceList(
                    [("anonymize", Content(messages.EXPORT_TUI_ANONYMIZE))],
                    multiple=True,
                    id="export-anonymize",
                )
                anonymize.tooltip = messages.EXPORT_TUI_ANONYMIZE_TIP
                yield anonymize
                yield Label(gettext("Format"), classes="export-label")
                yield ChoiceList(
                    [(fmt, Content(gettext(label))) for fmt, label in FORMAT_LABELS],
                    chosen=["md"],
                    id="export-format",
                )
                yield Static(id="export-path")
            with VerticalScroll(id="export-preview-scroll", classes="panel"):
                yield Markdown(
                    messages.EXPORT_TUI_LOADING,
                    id="export-preview",
                    open_links=False,
                    parser_factory=preview_parser,
                )
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.EXPORT_TUI_TITLE
        self.query_one("#export-options").border_title = gettext("Options")
        self.query_one("#export-preview-scroll").border_title = gettext("Preview")
        self._fill_sessions()
        self._sync_classes()
        self.refresh_preview()

    # --- the options ---------------------------------------------------------------------

    @property
    def kind(self) -> Kind:
        name = self.query_one("#export-kind", ChoiceList).value
        return next((k for k, _ in KIND_LABELS if k == name), "midpoint")

    @property
    def format(self) -> Format:
        name = self.query_one("#export-format", ChoiceList).value
        return next((f for f, _ in FORMAT_LABELS if f == name), "md")

    @property
    def anonymize(self) -> bool:
        return bool(self.query_one("#export-anonymize", ChoiceList).chosen)

    @property
    def chosen_ids(self) -> list[str]:
        """The ticked tandems, in the order of the list."""
        return self.query_one("#export-tandems", ChoiceList).chosen

    def request(self) -> ExportRequest:
        ids = tuple(self.chosen_ids)
        kind = self.kind
        session = self.query_one("#export-session", Select).value
        return ExportRequest(
            tandem_ids=ids[:1] if kind in ("session", "cheatsheet") else ids,
            kind=kind,
            session=session if kind == "session" and isinstance(session, int) else None,
            format=self.format,
            anonymize=self.anonymize,
        )

    def _fill_sessions(self) -> None:
        ids = self.chosen_ids
        first = next((s for s in self.tandems if ids and s.tandem.id == ids[0]), None)
        wanted = self.start_session if first and first.tandem.id == self.selected else None
        # The reviewed session counts as held even if the last reading is older than its stop.
        held = [s for s in first.sessions if s.status in HELD or s.n == wanted] if first else []
        select = self.query_one("#export-session", Select)
        select.set_options(
            (literal_line(session_label(s.n, s.title or s.agenda_id)), s.n) for s in held
        )
        if held:
            numbers = [s.n for s in held]
            select.value = wanted if wanted in numbers else numbers[-1]

    def _sync_classes(self) -> None:
        for widget in self.query(".export-session"):
            widget.display = self.kind == "session"

    @on(ChoiceList.Changed, "#export-kind, #export-format, #export-anonymize")
    @on(Select.Changed)
    def _option_changed(self) -> None:
        self._sync_classes()
        self.refresh_preview()

    @on(ChoiceList.Changed, "#export-tandems")
    def _tandems_changed(self) -> None:
        self._fill_sessions()
        self.refresh_preview()

    # --- preview and write, off the event loop ------------------------------------------

    def refresh_preview(self) -> None:
        self.rendered = None
        request = self.request()
        if not request.tandem_ids:
            self.query_one("#export-preview", Markdown).update(messages.EXPORT_TUI_NO_TANDEM)
            return
        self._render_preview(request)

    @work(thread=True, exclusive=True, group="export-preview", exit_on_error=False)
    def _render_preview(self, request: ExportRequest) -> Rendered:
        return self.service.render(request)

    def action_write(self) -> None:
        request = self.request()
        if not request.tandem_ids:
            self.notify(messages.EXPORT_TUI_NO_TANDEM, severity="warning", markup=False)
            return
        set_state(self, "-writing", documents=self.DOCUMENTS)
        self._write(request)

    @work(thread=True, exclusive=True, group="export-write", exit_on_error=False)
    def _write(self, request: ExportRequest) -> Written:
        rendered = self.service.render(request)
        return Written(self.service.write(rendered), rendered)

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state == WorkerState.ERROR:
            set_state(self, "-writing", False, documents=self.DOCUMENTS)
            reason = messages.EXPORT_TUI_FAILED.format(reason=worker.error)
            self.notify(one_line(reason), severity="error", markup=False)
            if worker.group == "export-preview":
                self.query_one("#export-preview", Markdown).update("")
            return
        if event.state != WorkerState.SUCCESS:
            return
        if worker.group == "export-preview" and isinstance(worker.result, Rendered):
            self.rendered = worker.result
            self.query_one("#export-preview", Markdown).update(worker.result.preview)
        elif worker.group == "export-write" and isinstance(worker.result, Written):
            set_state(self, "-writing", False, documents=self.DOCUMENTS)
            self.written = worker.result.path
            text = messages.EXPORT_TUI_WROTE.format(path=worker.result.path)
            self.query_one("#export-path", Static).update(literal(text))
            self.notify(one_line(text), markup=False)

    def action_copy(self) -> None:
        rendered = self.rendered
        if rendered is None or rendered.request != self.request():
            self.notify(messages.EXPORT_TUI_NOTHING_TO_COPY, severity="warning", markup=False)
            return
        self.app.copy_to_clipboard(rendered.text)
        self._log_copy(rendered)
        lines = len(rendered.text.splitlines())
        self.notify(messages.EXPORT_TUI_COPIED.format(lines, lines=lines), markup=False)

    @work(thread=True, group="export-copy", exit_on_error=False)
    def _log_copy(self, rendered: Rendered) -> None:
        self.service.copied(rendered)

    def action_open(self) -> None:
        if self.written is None:
            self.notify(messages.EXPORT_TUI_WRITE_FIRST, severity="warning", markup=False)
            return
        try:
            self.service.open_written(self.written)
        except RmtuiError as exc:
            self.notify(one_line(str(exc)), severity="error", markup=False)
            return
        self.notify(messages.EXPORT_OPENED.format(path=self.written), markup=False)

    @on(Markdown.LinkClicked)
    def _link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        self.notify(messages.EXPORT_LINK_NOT_OPENED.format(href=one_line(event.href)), markup=False)

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.dismiss(None)
