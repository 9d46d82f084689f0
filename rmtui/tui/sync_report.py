"""Agenda sync in the TUI: a background worker, a notification, and the report screen.

``start_agenda_sync(node, run)`` runs the sync (``run`` is the agendas service's
``sync_saved``, or a test's) in the exclusive thread worker group
``agenda-sync`` (what ``@work(thread=True, exclusive=True, group="agenda-sync")`` gives a
method, here for any screen or the app), marks ``node`` with the ``-syncing`` class while
it runs (style it as the progress indicator), then notifies with one line and, when
there is something to read and the mentor is still on that screen, opens the report.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.i18n import N_
from rmtui.service.agendas import report_lines, report_summary
from rmtui.tui.context import OpenSettings
from rmtui.tui.literal import literal
from rmtui.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from rmtui.agenda.sync import SyncReport
    from rmtui.service.agendas import AgendaService

SYNC_GROUP = "agenda-sync"
SYNCING = "-syncing"

Host = Widget | App[Any]
"""Where the sync is started from: a screen (the template browser) or the app."""
RunSync = Callable[[], "SyncReport"]
OnDone = Callable[["SyncReport"], None]


class SyncReportScreen(ModalScreen[None]):
    """The whole report of one sync: what changed, what was refused and why."""

    DEFAULT_CSS = """
    SyncReportScreen .dialog { width: 100; }
    SyncReportScreen #sync-report-body { height: auto; max-height: 30; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,enter,q",
            "close",
            N_("Close"),
            id="sync-report.close",
            tooltip=messages.SYNC_TUI_CLOSE,
        ),
    ]

    def __init__(self, report: SyncReport) -> None:
        super().__init__()
        self.report = report

    def compose(self) -> ComposeResult:
        classes = "dialog" if self.report.ok else "dialog -warning"
        with Vertical(classes=classes, id="sync-report") as dialog:
            dialog.border_title = messages.SYNC_TUI_TITLE
            with VerticalScroll(id="sync-report-body"):
                # Titles, paths and git's words come from the repository: literal text.
                text = "\n".join(report_lines(self.report))
                yield Static(literal(text), id="sync-report-text")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)


def sync_running(node: Host) -> bool:
    """Whether a sync started from anywhere in the app is still under way."""
    return any(
        worker.group == SYNC_GROUP and worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
        for worker in node.app.workers
    )


def start_agenda_sync(
    node: Host, run: RunSync, *, on_done: OnDone | None = None
) -> Worker[SyncReport] | None:
    """Sync in the background; ``on_done`` (on the event loop) can reload a template list.

    ``None`` when a sync is already running: a second one would only wait for the first.
    """
    if sync_running(node):
        node.notify(messages.SYNC_TUI_BUSY, severity="warning", markup=False)
        return None
    node.add_class(SYNCING)
    node.notify(messages.SYNC_TUI_RUNNING, title=messages.SYNC_TUI_TITLE, markup=False)
    work = partial(_sync_in_thread, node, run, on_done)
    return node.run_worker(
        work,
        name="agenda-sync",
        group=SYNC_GROUP,
        description=messages.SYNC_TUI_RUNNING,
        thread=True,
        exclusive=True,
        exit_on_error=False,
    )


def sync_or_ask(node: Host, agendas: AgendaService, *, on_done: OnDone | None = None) -> None:
    """Sync when the program's repository is named in the settings; else open the
    settings at that field, saying why (a TUI user never needs the command line)."""
    try:
        repo = agendas.repo()
    except RmtuiError as exc:
        node.notify(str(exc), severity="error", markup=False, timeout=10)
        return
    if repo:
        start_agenda_sync(node, agendas.sync_saved, on_done=on_done)
        return
    node.notify(messages.TUI_SETTINGS_SYNC_NEEDS_REPO, severity="warning", markup=False)
    node.post_message(OpenSettings(focus="agenda_repo"))


def _sync_in_thread(node: Host, run: RunSync, on_done: OnDone | None) -> SyncReport:
    try:
        report = run()
    except Exception as exc:
        node.app.call_from_thread(_crashed, node, exc)
        raise
    if not get_current_worker().is_cancelled:
        node.app.call_from_thread(_finished, node, report, on_done)
    return report


def _finished(node: Host, report: SyncReport, on_done: OnDone | None) -> None:
    node.remove_class(SYNCING)
    severity: SeverityLevel
    if not report.ok:
        severity = "error"
    elif report.invalid:
        severity = "warning"
    else:
        severity = "information"
    node.notify(
        report_summary(report),
        title=messages.SYNC_TUI_TITLE,
        severity=severity,
        markup=False,
        timeout=10 if severity != "information" else 5,
    )
    worth_reading = not report.ok or bool(
        report.added or report.changed or report.removed or report.invalid
    )
    app = node.app
    # Never cover another screen the mentor moved to meanwhile (a live session, say).
    here = isinstance(node, App) or (node.is_attached and node.screen is app.screen)
    if worth_reading and here:
        app.push_screen(SyncReportScreen(report))
    if on_done is not None:
        on_done(report)


def _crashed(node: Host, exc: Exception) -> None:
    node.remove_class(SYNCING)
    reason = messages.SYNC_TUI_CRASHED.format(reason=exc)
    node.notify(literal(reason).plain, severity="error", markup=False)
