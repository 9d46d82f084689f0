"""Workspace files that could not be read, shown as data rather than raised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from rmtui.core import messages
from rmtui.tui.literal import literal

if TYPE_CHECKING:
    from rmtui.core.errors import UnreadableFile


class ProblemsPanel(VerticalScroll):
    """One entry per unreadable tandem file: what is wrong and the backup on offer."""

    def compose(self) -> ComposeResult:
        yield Static(messages.TUI_PROBLEMS_HINT, id="problems-hint", markup=False)
        yield Static(id="problems-list")

    def show(self, problems: list[UnreadableFile]) -> None:
        self.border_title = messages.TUI_PROBLEMS_TITLE.format(count=len(problems))
        entries = [Content("✗ ").stylize("$text-error") + literal(str(p)) for p in problems]
        self.query_one("#problems-list", Static).update(Content("\n").join(entries))
