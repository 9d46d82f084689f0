"""What a new mentor sees before the first tandem: what a tandem is and how to add one,
and, while rmtui does not know their name yet, where the settings are."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.widgets import Static

from rmtui.core import messages


class EmptyState(Vertical):
    def compose(self) -> ComposeResult:
        with Center(), Vertical(id="empty-box"):
            yield Static(messages.TUI_EMPTY_TITLE, id="empty-title", markup=False)
            yield Static(messages.TUI_EMPTY_BODY, id="empty-body", markup=False)
            yield Static(messages.TUI_EMPTY_SETTINGS, id="empty-settings", markup=False)
            yield Static(messages.TUI_EMPTY_KEYS, id="empty-keys", markup=False)
            yield Static(messages.TUI_EMPTY_SHELL, id="empty-shell", markup=False)

    def on_mount(self) -> None:
        self.watch(self.app, "settings", self._settings_read)

    def _settings_read(self, settings: Any) -> None:
        # A first launch: the settings are read and hold no name yet.
        unnamed = settings is not None and not settings.mentor_name
        self.query_one("#empty-settings").display = unnamed
