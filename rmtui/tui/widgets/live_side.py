"""The live screen's side: the big clock, the agenda with its figures, the rules and the
keywords. The screen hands it the session and the clock reading; it draws them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

from rmtui.core import messages
from rmtui.core.live import LIVE
from rmtui.core.model import Keyword, Session
from rmtui.tui import session_view as view
from rmtui.tui.widgets.big_clock import BigClock
from rmtui.tui.widgets.session_side import AgendaPanel, TextPanel


class LiveSide(Vertical):
    """Clock, agenda, rules and keywords of the session under way."""

    def compose(self) -> ComposeResult:
        yield BigClock(id="clock", classes="panel")
        yield AgendaPanel(id="agenda", classes="panel")
        yield TextPanel(id="rules", classes="panel")
        yield TextPanel(id="keywords", classes="panel")

    def on_mount(self) -> None:
        titles = messages.TUI_PANEL_TITLES
        for panel in ("clock", "agenda", "rules", "keywords"):
            self.query_one(f"#{panel}").border_title = titles[panel]

    def show_time(self, session: Session, at: float, *, running: bool) -> None:
        """The clock at ``at`` seconds, what it does, and the agenda's figures by then."""
        state = messages.TUI_CLOCK_STATES.get(session.status, session.status)
        line = f"{state} · {view.driving_text(session)}" if session.status in LIVE else state
        self.query_one(BigClock).show(at, running=running, state=line)
        agenda = self.query_one(AgendaPanel)
        agenda.show(view.agenda_lines(session, at))
        agenda.border_title = messages.TUI_AGENDA_DROVE.format(share=view.driven_share(session, at))

    def show_rules(self, rules: list[str]) -> None:
        self.query_one("#rules", TextPanel).show(view.rule_lines(rules))

    def show_keywords(self, keywords: list[Keyword], touched: set[str]) -> None:
        self.query_one("#keywords", TextPanel).show(view.keyword_chips(keywords, touched))
