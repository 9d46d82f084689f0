"""The agenda template browser: a filtered list, a Markdown preview, and the problems.

Templates are loaded off the event loop (the library's cache makes a reload cheap). All
template text is user text: list entries are literal ``Content``; the preview is Markdown
whose every field but the summary is escaped, rendered with raw HTML off and links that
are shown, never opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from markdown_it import MarkdownIt
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Header, Input, Markdown, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from rmtui.core import i18n, messages
from rmtui.core.i18n import N_, gettext
from rmtui.core.template import Problem, Template
from rmtui.core.text import one_line
from rmtui.service.agendas import AgendaService
from rmtui.tui.literal import literal, literal_line
from rmtui.tui.sync_report import sync_or_ask
from rmtui.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from rmtui.agenda.library import Library

LoadLibrary = Callable[[], "Library"]


def _markdown_parser() -> MarkdownIt:
    # Raw HTML in a template's summary is shown as text, never interpreted.
    return MarkdownIt("gfm-like", {"html": False})


class AgendaBrowser(Screen[None]):
    """Browse every agenda template: filter by words, ``tag:x`` and ``kw:x``."""

    DEFAULT_CSS = """
    AgendaBrowser {
        #agenda-filter { margin: 0 1; }
        #agenda-body { height: 1fr; }
        #agenda-list { width: 38%; min-width: 28; height: 1fr; scrollbar-gutter: stable; }
        #agenda-preview-scroll { width: 1fr; height: 1fr; }
        #agenda-problems { height: auto; max-height: 30%; display: none; }
        #agenda-problems.-problems { display: block; }
        &.-syncing #agenda-list { border: round $warning; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "back",
            N_("Back"),
            id="agendas.back",
            tooltip=N_("Close the template browser"),
        ),
        Binding(
            "slash",
            "focus_filter",
            N_("Filter"),
            id="agendas.filter",
            tooltip=N_("Filter templates: words, tag:privacy, kw:linkedin"),
        ),
        Binding(
            "ctrl+s",
            "sync",
            N_("Sync"),
            id="agendas.sync",
            tooltip=N_("Fetch the program's shared templates from its git repo (rmtui.yaml)"),
        ),
        Binding(
            "ctrl+r",
            "reload",
            N_("Reload"),
            id="agendas.reload",
            tooltip=N_("Read the template folders again (workspace, synced, bundled)"),
        ),
    ]

    library: var[Library | None] = var(None, always_update=True)
    """The latest loaded library (None until the first load finishes)."""

    def __init__(
        self, agendas: AgendaService | None = None, *, load: LoadLibrary | None = None
    ) -> None:
        """Give the ``agendas`` whose library to browse (and sync), or ``load`` to get one."""
        super().__init__()
        if load is None:
            if agendas is None:
                raise TypeError("AgendaBrowser needs the agendas service or a load function")
            load = agendas.library
        self._load_library: LoadLibrary = load
        self._agendas = agendas
        self.shown: list[Template] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=messages.AGENDA_BROWSER_FILTER, id="agenda-filter")
        with Horizontal(id="agenda-body"):
            yield OptionList(id="agenda-list", classes="panel")
            with VerticalScroll(id="agenda-preview-scroll", classes="panel"):
                yield Markdown(
                    messages.AGENDA_BROWSER_LOADING,
                    id="agenda-preview",
                    open_links=False,
                    parser_factory=_markdown_parser,
                )
        with VerticalScroll(id="agenda-problems", classes="panel"):
            yield Static(id="agenda-problems-list")
        yield Footer()

    def on_mount(self) -> None:
        self.title = messages.AGENDA_BROWSER_TITLE
        self.query_one("#agenda-list", OptionList).border_title = gettext("Templates")
        self.query_one("#agenda-preview-scroll").border_title = gettext("Preview")
        self.action_reload()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "sync":
            return self._agendas is not None
        return True

    def action_sync(self) -> None:
        """Fetch the program's shared templates in a worker; the list reloads after."""
        if self._agendas is None:
            return
        sync_or_ask(self, self._agendas, on_done=lambda _r: self.action_reload())

    # --- loading, off the event loop -----------------------------------------------------

    def action_reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="agenda-load", exit_on_error=False)
    def _load(self) -> Library:
        return self._load_library()

    @on(Worker.StateChanged)
    def _loaded(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "agenda-load":
            return
        if event.state == WorkerState.SUCCESS and worker.result is not None:
            self.library = worker.result
        elif event.state == WorkerState.ERROR:
            reason = messages.AGENDA_BROWSER_LOAD_FAILED.format(reason=worker.error)
            self.notify(one_line(reason), severity="error", markup=False)

    def watch_library(self, library: Library | None) -> None:
        if library is None:
            return
        self._show_problems(library.problems)
        self._refresh_list()

    # --- the list and its filter ---------------------------------------------------------

    @on(Input.Changed, "#agenda-filter")
    def _filter_changed(self) -> None:
        self._refresh_list()

    @on(Input.Submitted, "#agenda-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#agenda-list", OptionList).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#agenda-filter", Input).focus()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.dismiss(None)

    def _refresh_list(self) -> None:
        if self.library is None:
            return
        option_list = self.query_one("#agenda-list", OptionList)
        previous = self.selected
        query = self.query_one("#agenda-filter", Input).value
        # One per topic, in the mentor's language where the topic has it.
        topics = self.library.winners(i18n.interface_language())
        self.shown = AgendaService.filter(topics, query)
        option_list.clear_options()
        option_list.add_options([Option(_entry(t), id=t.id) for t in self.shown])
        if not self.shown:
            self._preview(None)
            return
        ids = [t.id for t in self.shown]
        option_list.highlighted = ids.index(previous.id) if previous and previous.id in ids else 0
        self._preview(self.selected)

    @property
    def selected(self) -> Template | None:
        """The highlighted template, if any."""
        option_list = self.query_one("#agenda-list", OptionList)
        index = option_list.highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.shown[index]

    @on(OptionList.OptionHighlighted, "#agenda-list")
    def _highlighted(self) -> None:
        self._preview(self.selected)

    # --- the preview and the problems ----------------------------------------------------

    def _preview(self, template: Template | None) -> None:
        markdown = self.query_one("#agenda-preview", Markdown)
        if template is None:
            markdown.update(messages.AGENDA_BROWSER_NO_MATCH)
        else:
            markdown.update(AgendaService.markdown(template))

    @on(Markdown.LinkClicked)
    def _link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        self.notify(messages.AGENDA_LINK_NOT_OPENED.format(href=one_line(event.href)), markup=False)

    def _show_problems(self, problems: list[Problem]) -> None:
        panel = self.query_one("#agenda-problems", VerticalScroll)
        panel.set_class(bool(problems), "-problems")
        panel.border_title = messages.AGENDA_BROWSER_PROBLEMS.format(len(problems))
        entries = [
            Content("✗ " if p.severity == "error" else "! ").stylize(
                "$text-error" if p.severity == "error" else "$text-warning"
            )
            + literal(str(p))
            for p in problems
        ]
        self.query_one("#agenda-problems-list", Static).update(Content("\n").join(entries))


def _entry(t: Template) -> Content:
    """One list entry: the title, then minutes, language and source, dimmed."""
    source = messages.TUI_TEMPLATE_SOURCES.get(t.source, t.source)
    facts = f"{messages.TUI_MINUTES.format(minutes=t.minutes)} · {t.language} · {source}"
    # Title on its own line and the facts below it: a long title never splits the facts.
    return literal_line(t.title) + Content("\n") + literal_line(facts, "dim")
