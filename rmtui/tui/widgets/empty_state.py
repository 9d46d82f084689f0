"""What a new mentor sees before the first tandem: what a tandem is and how to add one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.widgets import Static

from rmtui.core import messages


class EmptyState(Vertical):
    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="empty-box"):
            yield Static(messages.TUI_EMPTY_TITLE, id="empty-title", markup=False)
            yield Static(messages.TUI_EMPTY_BODY, id="empty-body", markup=False)
            yield Static(messages.TUI_EMPTY_KEYS, id="empty-keys", markup=False)
            yield Static(messages.TUI_EMPTY_SHELL, id="empty-shell", markup=False)
