"""One tandem: sessions, keyword coverage, the learning log, actions and the profile, each
one key away (1-5). Reads and writes go through the tandem service in workers; the screen
reads the tandem again whenever the workspace changes (this process or another). The panes
draw the tandem as read; the edit keys are a ``TandemEdits`` (prompts and modals), and
the screen runs their writes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.events import Resize
from textual.geometry import Size
from textual.reactive import var
from textual.widgets import DataTable, Header, OptionList, Static, TabbedContent, TabPane
from textual.worker import Worker, WorkerState

from rmtui.core import messages
from rmtui.core.errors import NotFound
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import ActionState, KeywordStatus, Session
from rmtui.core.refs import SessionRef
from rmtui.core.text import one_line
from rmtui.service.tandems import TandemOverview
from rmtui.tui import progress
from rmtui.tui.commands import Command
from rmtui.tui.context import OpenReview, Target
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.screens.tandem_edits import TandemEdits, Write
from rmtui.tui.widgets.action_list import ActionsPane
from rmtui.tui.widgets.coverage_map import CoveragePane
from rmtui.tui.widgets.footer import Footer
from rmtui.tui.widgets.learning_log import LearningPane
from rmtui.tui.widgets.tandem_detail import warning_lines
from rmtui.tui.widgets.tandem_profile import TandemProfile
from rmtui.tui.widgets.tandem_sessions import SessionsPane, session_key
from rmtui.tui.widgets.timeline import legend, strip_content

# (tab id, key, label); the key is in the label so the tabs teach it.
TABS = (
    ("sessions", "1", N_("Sessions")),
    ("keywords", "2", N_("Keywords")),
    ("learning", "3", N_("Learning")),
    ("actions", "4", N_("Actions")),
    ("profile", "5", N_("Profile")),
)
TAB_TOOLTIPS = {
    "sessions": N_("Show the sessions tab"),
    "keywords": N_("Show the keywords tab"),
    "learning": N_("Show the learning tab"),
    "actions": N_("Show the actions tab"),
    "profile": N_("Show the profile tab"),
}
# The widget that takes the focus when a tab is shown.
TAB_FOCUS = {
    "sessions": "#session-table",
    "keywords": "#coverage-table",
    "learning": "#learned-mentor",
    "actions": "#action-table",
    "profile": "#profile-pane",
}
NARROW = 100  # below this width the frame column gets narrower


class TandemScreen(RmtuiScreen[None]):
    """A tandem's life in five tabs. State classes: -warned, -narrow."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back"), id="tandem.back", tooltip=N_("Back to the tandems")),
        *(
            Binding(
                key,
                f"show_tab({tab!r})",
                label,
                id=f"tandem.tab-{tab}",
                tooltip=TAB_TOOLTIPS[tab],
                show=False,
            )
            for tab, key, label in TABS
        ),
        Binding(
            "r",
            "reload",
            N_("Reload"),
            id="tandem.reload",
            tooltip=N_("Read the tandem again"),
            show=False,
        ),
    ]

    overview: var[TandemOverview | None] = var(None, always_update=True)

    def __init__(self, tandem_id: str, *, tab: str = "sessions", target: Target | None = None):
        super().__init__()
        self.tandem_id = tandem_id
        # What to highlight after the next reading: "keyword", "learning", "action".
        self._selects: dict[str, Any] = {}
        self.edits = TandemEdits(
            self,
            tandem_id,
            overview=lambda: self.overview,
            write=self._write,
            saved=lambda: self._written("", None),
        )
        self.first_tab = tab if tab in TAB_FOCUS else "sessions"
        self.target = target
        self._notes_key: str | None = None  # the row whose notes are shown
        # The note to highlight once its session's notes are shown (a search result).
        self._note_target = (target.session, target.note) if target and target.note else None

    def compose(self) -> ComposeResult:
        # The width's state set before the widgets mount styles them as they mount (set
        # after, every widget would be styled again).
        self._fit(self.app.size)
        yield Header()
        with Vertical(id="tandem-head"):
            yield Static(messages.TUI_TANDEM_LOADING, id="tandem-frame", markup=False)
            yield Static(id="tandem-warnings")
        with TabbedContent(initial=f"tab-{self.first_tab}", id="tandem-tabs"):
            with TabPane(f"{TABS[0][1]} {gettext(TABS[0][2])}", id="tab-sessions"):
                yield SessionsPane(id="sessions-pane")
            with TabPane(f"{TABS[1][1]} {gettext(TABS[1][2])}", id="tab-keywords"):
                yield CoveragePane(id="coverage-pane")
            with TabPane(f"{TABS[2][1]} {gettext(TABS[2][2])}", id="tab-learning"):
                yield LearningPane(id="learning-pane")
            with TabPane(f"{TABS[3][1]} {gettext(TABS[3][2])}", id="tab-actions"):
                yield ActionsPane(id="actions-pane")
            with TabPane(f"{TABS[4][1]} {gettext(TABS[4][2])}", id="tab-profile"):
                yield TandemProfile(id="profile-pane")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = gettext("Tandem")
        self.watch(self.app, "dashboard", self._workspace_changed, init=False)
        self._load()
        self._focus_tab(self.first_tab)

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size: Size) -> None:
        self.set_class(size.width < NARROW, "-narrow")

    # --- tabs ----------------------------------------------------------------------------

    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active.removeprefix("tab-")

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{tab}"
        self._focus_tab(tab)

    def _focus_tab(self, tab: str) -> None:
        self.query_one(TAB_FOCUS[tab]).focus()

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        tab = (event.pane.id or "").removeprefix("tab-")
        if tab in TAB_FOCUS:
            self.call_after_refresh(self._focus_tab, tab)

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.dismiss(None)

    def action_reload(self) -> None:
        self._load()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review_session":
            return self._held(self.query_one(SessionsPane).selected)
        return True

    def _held(self, n: int | None) -> bool:
        if self.overview is None or n is None:
            return False
        info = next((s for s in self.overview.summary.sessions if s.n == n), None)
        return info is not None and info.status == "done"

    def palette_commands(self) -> Iterable[Command]:
        """This tandem's own commands (the tabs are in the palette as destinations)."""
        if self.query_one(CoveragePane).selected is not None:
            yield Command(
                N_("keyword: aliases"),
                N_("Other words for the highlighted keyword, matched and counted as it"),
                self.action_add_aliases,
            )
        yield Command(
            N_("keyword: add"), N_("Add keywords to this tandem's list"), self.action_add_keyword
        )
        yield Command(
            N_("learning: add"),
            N_("Log something you or the mentee learned"),
            self.action_add_learning,
        )
        yield Command(N_("action: add"), N_("Add an action to follow up"), self.action_add_action)
        if self._held(self.query_one(SessionsPane).selected):
            yield Command(
                N_("session: review"),
                N_("Review the highlighted session: notes, answers, reflection"),
                self.action_review_session,
            )

    def plan_session(self) -> tuple[str, int | None]:
        """What ``p`` plans here (see ``navigation.open_plan``): the highlighted session
        if it has not taken place, a new session on a free slot, else the next to plan."""
        pane = self.query_one(SessionsPane)
        n = pane.selected
        if self.overview is None:
            return self.tandem_id, None
        sessions = self.overview.summary.sessions
        if n is None:
            key = pane.selected_key or ""
            free = key.startswith("free")
            return self.tandem_id, (max((s.n for s in sessions), default=0) + 1) if free else None
        info = next((s for s in sessions if s.n == n), None)
        return self.tandem_id, n if info is not None and info.status == "planned" else None

    def action_review_session(self) -> None:
        n = self.query_one(SessionsPane).selected
        if n is not None and self._held(n):
            # Back from the review, the notes may have changed: read the tandem again.
            ref = SessionRef(self.tandem_id, n)
            self.post_message(OpenReview(ref, closed=self._reviewed))

    def _reviewed(self, _result: None) -> None:
        self._load()

    def _workspace_changed(self) -> None:
        self._load()

    # --- the edit keys (their bindings are on the panes) ----------------------------------

    def action_add_keyword(self) -> None:
        self.edits.add_keyword()

    def action_rename_keyword(self) -> None:
        self.edits.rename_keyword()

    def action_add_aliases(self) -> None:
        self.edits.add_aliases()

    def action_keyword_status(self, status: KeywordStatus) -> None:
        self.edits.keyword_status(status)

    def action_move_keyword(self, step: int) -> None:
        self.edits.move_keyword(step)

    def action_add_learning(self) -> None:
        self.edits.add_learning()

    def action_edit_learning(self) -> None:
        self.edits.edit_learning()

    def action_learning_private(self) -> None:
        self.edits.learning_private()

    def action_edit_profile(self) -> None:
        self.edits.edit_profile()

    def action_add_action(self) -> None:
        self.edits.add_action()

    def action_edit_action(self) -> None:
        self.edits.edit_action()

    def action_action_state(self, state: ActionState) -> None:
        self.edits.action_state(state)

    # --- writing, off the event loop -----------------------------------------------------

    def _write(self, change: Write, select: str = "") -> None:
        """Run ``change`` in a worker, then read the tandem and the workspace again; what
        ``change`` returns is highlighted afterwards as ``select`` (keyword, action...)."""
        self._write_worker(change, select)

    @work(thread=True, group="tandem-write", exit_on_error=False)
    def _write_worker(self, change: Write, select: str) -> None:
        result = change(self.rmtui.services.tandems)
        self.app.call_from_thread(self._written, select, result)

    def _written(self, select: str, result: object) -> None:
        if select:
            self._selects[select] = result
        self._load()
        self.rmtui.reload_workspace()

    # --- reading, off the event loop -----------------------------------------------------

    @work(thread=True, exclusive=True, group="tandem-load", exit_on_error=False)
    def _load(self) -> TandemOverview:
        return self.rmtui.services.tandems.overview(self.tandem_id)

    @work(thread=True, exclusive=True, group="session-notes", exit_on_error=False)
    def _load_notes(self, n: int, focus_note: int | None) -> tuple[int, Session, int | None]:
        return n, self.service.get(SessionRef(self.tandem_id, n)), focus_note

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        worker, state = event.worker, event.state
        if state == WorkerState.ERROR:
            self._failed(worker.group, worker.error)
        elif state != WorkerState.SUCCESS:
            return
        elif worker.group == "tandem-load" and isinstance(worker.result, TandemOverview):
            self.overview = worker.result
        elif worker.group == "session-notes" and worker.result is not None:
            n, session, focus_note = worker.result
            if self.overview is not None and self.query_one(SessionsPane).selected == n:
                pane = self.query_one(SessionsPane)
                pane.show_notes(self.overview, n, session, focus_note=focus_note)
                if focus_note is not None:
                    self._note_target = None
                    self.query_one("#note-list").focus()

    def _failed(self, group: str | None, error: BaseException | None) -> None:
        if group == "tandem-load":
            if isinstance(error, NotFound):
                self.notify(messages.TUI_TANDEM_GONE, severity="error", markup=False)
                self.action_back()
                return
            reason = messages.TUI_TANDEM_READ_FAILED.format(reason=error)
        elif group == "session-notes" and self.overview is not None:
            pane = self.query_one(SessionsPane)
            n = pane.selected
            reason = messages.TUI_SESSION_UNREADABLE.format(n=n, reason=error)
            pane.show_notes(self.overview, n, None, error=one_line(reason))
            return
        else:
            reason = messages.TUI_SAVE_FAILED.format(reason=error)
        self.notify(one_line(reason), severity="error", markup=False)

    def watch_overview(self, overview: TandemOverview | None) -> None:
        if overview is None:
            return
        self.set_class(bool(overview.warnings), "-warned")
        tandem = overview.summary.tandem
        self.title = one_line(tandem.mentee)
        self.sub_title = " · ".join(
            p for p in (one_line(tandem.role), one_line(tandem.mentee_dept)) if p
        )
        self.query_one("#tandem-frame", Static).update(frame_line(overview))
        self.query_one("#tandem-warnings", Static).update(warning_lines(overview))
        target, self.target = self.target, None
        selects, self._selects = self._selects, {}
        sessions = self.query_one(SessionsPane)
        wanted = sessions.selected_key
        if target is not None and target.session is not None:
            wanted = session_key(target.session)
        sessions.show(overview, wanted)
        self.query_one(CoveragePane).show(overview, selects.get("keyword"))
        self.query_one(LearningPane).show(
            overview, target.learning if target else selects.get("learning")
        )
        self.query_one(ActionsPane).show(
            overview, target.action if target else selects.get("action")
        )
        self.query_one(TandemProfile).show(overview)
        self._session_highlighted()

    @on(DataTable.RowHighlighted, "#session-table")
    def _session_row(self) -> None:
        # A table rebuild re-posts the highlight of the same row: its notes are shown.
        if self.query_one(SessionsPane).selected_key != self._notes_key:
            self._session_highlighted()
        self.refresh_bindings()

    def _session_highlighted(self) -> None:
        if self.overview is None:
            return
        pane = self.query_one(SessionsPane)
        self._notes_key = pane.selected_key
        n = pane.selected
        wanted = self._note_target
        focus_note = wanted[1] if wanted is not None and wanted[0] == n else None
        info = next((s for s in self.overview.summary.sessions if s.n == n), None)
        if n is None or info is None or info.status == "planned":
            pane.show_notes(self.overview, n, None)
        else:
            self._load_notes(n, focus_note)

    @on(DataTable.RowSelected, "#session-table")
    def _session_chosen(self) -> None:
        notes = self.query_one("#note-list", OptionList)
        if notes.option_count and not notes.get_option_at_index(0).disabled:
            notes.focus()

    @on(DataTable.RowHighlighted, "#action-table")
    def _action_row(self) -> None:
        self.query_one(ActionsPane).show_detail()

    @on(DataTable.RowSelected, "#action-table")
    def _action_chosen(self) -> None:
        self.action_edit_action()

    @on(OptionList.OptionSelected, "#learned-mentor, #learned-mentee")
    def _learning_chosen(self) -> None:
        self.action_edit_learning()


def frame_line(overview: TandemOverview) -> Content:
    """``●●●○·|····· 3/10 · week 10/26 · on track · midpoint …`` over the legend."""
    p = overview.progress
    pace = messages.PACE_NAMES.get(p.pace, p.pace)
    facts = f" {overview.frame_label} · {overview.week_label} · {pace} · {progress.midpoint(p)}"
    return Content.assemble(
        strip_content(overview.timeline), (facts, "bold"), "\n", legend(overview.timeline)
    )
