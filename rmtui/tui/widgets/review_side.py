"""The review's side: how the session went (duration, items, who drove, what the notes
hold), its agenda as it ended, and the mentor's private reflection."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static, TextArea

from rmtui.core import messages
from rmtui.core.clock import format_elapsed
from rmtui.core.i18n import gettext
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
        self.query_one("#review-summary").border_title = gettext("Session")
        self.query_one("#review-agenda").border_title = gettext("Agenda · actual/planned min")
        self.query_one("#review-reflection").border_title = gettext("Private reflection")

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
    items_said = messages.TUI_SUMMARY_ITEMS.format(done=done, total=len(items))
    if skipped:
        items_said = messages.TUI_SUMMARY_ITEMS_SKIPPED.format(
            done=done, total=len(items), skipped=skipped
        )
    notes_said = messages.TUI_SUMMARY_NOTES.format(
        count=len(notes),
        actions=messages.TUI_SUMMARY_ACTIONS.format(kinds["action"]),
        questions=messages.TUI_SUMMARY_QUESTIONS.format(kinds["question"], answered=answered),
        highlights=messages.TUI_SUMMARY_HIGHLIGHTS.format(kinds["highlight"]),
    )
    learned = messages.TUI_SUMMARY_LEARNED_BOTH.format(
        mentor=kinds["mentor-learned"], mentee=kinds["mentee-learned"]
    )
    lines = [
        _line(messages.TUI_SUMMARY_DURATION, (format_elapsed(at), "bold")),
        _line(messages.TUI_SUMMARY_ITEMS_LABEL, items_said),
        _line(messages.TUI_SUMMARY_DROVE, f"{share}%"),
        _line(messages.TUI_SUMMARY_NOTES_LABEL, notes_said),
        _line(messages.TUI_SUMMARY_LEARNED, learned),
    ]
    return Content("\n").join(lines)


def _line(label: str, value: str | tuple[str, str]) -> Content:
    return Content.assemble((f"{label} ", "$text-muted"), value)
