"""The live screen's side: the big clock, the agenda with its figures, the rules and the
keywords. The screen hands it the session and the clock reading; it draws them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical

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
        for selector, title in (
            ("#clock", "Clock"),
            ("#agenda", "Agenda"),
            ("#rules", "Rules"),
            ("#keywords", "Keywords"),
        ):
            self.query_one(selector).border_title = title

    def show_time(self, session: Session, at: float, *, running: bool) -> None:
        """The clock at ``at`` seconds, what it does, and the agenda's figures by then."""
        state = {"running": "running", "paused": "paused", "planned": "not started"}.get(
            session.status, session.status
        )
        line = f"{state} · {view.driving_text(session)}" if session.status in LIVE else state
        self.query_one(BigClock).show(at, running=running, state=line)
        agenda = self.query_one(AgendaPanel)
        agenda.show(view.agenda_lines(session, at))
        agenda.border_title = f"Agenda · {view.driven_share(session, at)}"

    def show_rules(self, rules: list[str]) -> None:
        self.query_one("#rules", TextPanel).show(view.rule_lines(rules))

    def show_keywords(self, keywords: list[Keyword], touched: set[str]) -> None:
        self.query_one("#keywords", TextPanel).show(view.keyword_chips(keywords, touched))
