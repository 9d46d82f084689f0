"""The live session's one input: Enter hands over exactly the line typed before it.

Textual runs an input's Enter binding when the key has bubbled up to the app, after the
input has already taken the keys that followed it; a fast typist (or a paste, or tmux)
would see the next note glued to this one. Taking Enter here, in the input's own key
order, keeps every line whole.
"""

from __future__ import annotations

from textual import events
from textual.message import Message

from rmtui.tui.widgets.clean_input import CleanInput


class NoteInput(CleanInput):
    """Posts ``NoteInput.Entered`` with the line, and is empty again, at each Enter."""

    class Entered(Message):
        def __init__(self, note_input: NoteInput, line: str, cursor: int) -> None:
            super().__init__()
            self.note_input = note_input
            self.line = line
            self.cursor = cursor  # where the cursor was at Enter

        def give_back(self) -> None:
            """Put the line back as it was, the cursor where it was (a refused note)."""
            typed_since = self.note_input.value  # keys that came right after Enter
            self.note_input.value = self.line + typed_since
            self.note_input.cursor_position = self.cursor

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            line, cursor = self.value, self.cursor_position
            self.value = ""
            self.post_message(self.Entered(self, line, cursor))
            return
        await super()._on_key(event)
