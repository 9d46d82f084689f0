"""The review's side: how the session went (duration, items, who drove, what the notes
hold), its agenda as it ended, and the mentor's private reflection."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static, TextArea

from rmtui.core import messages
from rmtui.core.clock import format_elapsed
from rmtui.core.live import driven_total
from rmtui.core.model import Session
from rmtui.tui import session_view as view
from rmtui.tui.widgets.review_notes import KIND_CYCLE
from rmtui.tui.widgets.session_side import AgendaPanel


class ReviewSide(Vertical):
    """The session's summary, its agenda, and the reflection's text area."""

    def compose(self) -> ComposeResult:
        yield Static(id="review-summary", classes="panel")
        yield AgendaPanel(id="review-agenda", classes="panel")
        yield TextArea(
            id="review-reflection",
            classes="panel",
            soft_wrap=True,
            show_line_numbers=False,
            placeholder=messages.TUI_REVIEW_REFLECTION_HINT,
        )

    def on_mount(self) -> None:
        self.query_one("#review-summary").border_title = "Session"
        self.query_one("#review-agenda").border_title = "Agenda · actual/planned min"
        self.query_one("#review-reflection").border_title = "Private reflection"

    @property
    def reflection(self) -> TextArea:
        return self.query_one("#review-reflection", TextArea)

    def show(self, session: Session) -> None:
        self.query_one("#review-summary", Static).update(summary_lines(session))
        at = session.clock.banked
        self.query_one("#review-agenda", AgendaPanel).show(view.agenda_lines(session, at))

    def reflection_changed(self, session: Session | None) -> bool:
        """Whether the reflection typed differs from ``session``'s."""
        return session is not None and self.reflection.text.strip() != session.reflection


def summary_lines(session: Session) -> Content:
    """Duration, items, who drove, and what the notes hold."""
    at = session.clock.banked
    items = session.items
    done = sum(1 for i in items if i.done)
    skipped = sum(1 for i in items if i.skipped)
    notes = session.notes
    kinds = {kind: sum(1 for n in notes if n.kind == kind) for kind in KIND_CYCLE}
    answered = sum(1 for n in notes if n.kind == "question" and n.answer)
    share = round(100 * driven_total(session, at) / at) if at >= 1 else 0
    lines = [
        Content.assemble(("Duration ", "$text-muted"), (format_elapsed(at), "bold")),
        Content.assemble(
            ("Items ", "$text-muted"),
            f"{done}/{len(items)} done" + (f", {skipped} skipped" if skipped else ""),
        ),
        Content.assemble(("Mentee drove ", "$text-muted"), f"{share}%"),
        Content.assemble(
            ("Notes ", "$text-muted"),
            f"{len(notes)}: {_count(kinds['action'], 'action')}, "
            f"{_count(kinds['question'], 'question')} ({answered} answered), "
            f"{_count(kinds['highlight'], 'highlight')}",
        ),
        Content.assemble(
            ("Learned ", "$text-muted"),
            f"mentor {kinds['mentor-learned']}, mentee {kinds['mentee-learned']}",
        ),
    ]
    return Content("\n").join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
