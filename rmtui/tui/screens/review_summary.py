"""The review's summary panel: how long the session ran, its items, who drove, and what
the notes hold."""

from __future__ import annotations

from textual.content import Content

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
