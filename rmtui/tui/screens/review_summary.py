"""The review's summary panel: how long the session ran, its items, who drove, and what
the notes hold."""

from __future__ import annotations

from textual.content import Content

from rmtui.core import messages
from rmtui.core.clock import format_elapsed
from rmtui.core.live import driven_total
from rmtui.core.model import Session
from rmtui.tui.screens.review_notes import KIND_CYCLE


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
