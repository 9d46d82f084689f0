"""The live session: a big clock, the agenda, the rules, the keywords, and one input.

The input always has focus, so the mentor types notes while the mentee drives, and every
other key is a function or ctrl key that types nothing. Enter saves at once: the clock is
read at Enter, the note shows as saving, and a worker writes it; it shows as saved when
it is durable, or stays in the log marked unsaved with the reason. All disk work runs in
one serial worker (``SerialJobs``), so a note typed after "next item" lands on the next
item and a reload never overtakes a save. Notes and clock changes from other processes
(``rmtui note add``) are picked up by polling the session file's signature twice a second.

The screen is put together from its parts: ``live_display`` (its state and panels),
``live_notes`` (saving notes), ``live_polling`` (reading the disk) and ``live_controls``
(the keys and their actions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.widgets import Header, Input, Static

from rmtui.core import capture, messages
from rmtui.core.i18n import N_
from rmtui.tui.commands import Command
from rmtui.tui.screens.live_controls import LiveControls
from rmtui.tui.screens.live_notes import LiveNotes
from rmtui.tui.screens.live_polling import LivePolling, Loaded
from rmtui.tui.serial import Job
from rmtui.tui.widgets.big_clock import BigClock
from rmtui.tui.widgets.note_input import NoteInput
from rmtui.tui.widgets.note_log import NoteLog
from rmtui.tui.widgets.session_footer import SessionFooter
from rmtui.tui.widgets.session_side import AgendaPanel, CurrentItem, TextPanel

__all__ = ["NARROW", "POLL_SECONDS", "SHORT", "TICK_SECONDS", "LiveScreen", "Loaded"]

POLL_SECONDS = 0.5  # notes from `rmtui note add` show within a second
TICK_SECONDS = 0.25
NARROW = 100
SHORT = 32


class LiveScreen(LiveControls, LiveNotes, LivePolling):
    """One session under way. State classes: -loading, -running, -paused, -planned,
    -narrow, -short."""

    AUTO_FOCUS = "#note-input"
    SESSION_SCREEN = True  # see context.in_session
    ALWAYS_TYPING = True  # the app hides its letter keys here (they type)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="live-body"):
            with Vertical(id="live-side"):
                yield BigClock(id="clock", classes="panel")
                yield AgendaPanel(id="agenda", classes="panel")
                yield TextPanel(id="rules", classes="panel")
                yield TextPanel(id="keywords", classes="panel")
            with Vertical(id="live-main"):
                yield CurrentItem(id="current", classes="panel")
                yield NoteLog(id="notes", classes="panel")
        with Vertical(id="capture"):
            yield Static(id="capture-preview")
            yield NoteInput(
                placeholder=messages.TUI_LIVE_PLACEHOLDER,
                id="note-input",
                max_length=capture.MAX_NOTE,
                select_on_focus=False,
            )
        yield SessionFooter()

    def on_mount(self) -> None:
        self.title = messages.TUI_LIVE_TITLE
        self.sub_title = str(self.ref)
        for selector, title in (
            ("#clock", "Clock"),
            ("#agenda", "Agenda"),
            ("#rules", "Rules"),
            ("#keywords", "Keywords"),
            ("#current", "Now"),
            ("#notes", "Notes"),
        ):
            self.query_one(selector).border_title = title
        self.add_class("-loading")
        note_input = self.query_one("#note-input", Input)
        note_input.value = self._typed.get(self.app, {}).pop(self.ref, "")
        self._show_preview(note_input.value)
        self._jobs.submit(Job(self._load_first, self._loaded, self._load_failed))
        self.set_interval(TICK_SECONDS, self._tick, name="live-tick")
        self.set_interval(POLL_SECONDS, self._poll, name="live-poll")
        self.watch(self.app, "scan", self._scan_changed, init=False)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.set_class(event.size.height < SHORT, "-short")

    def on_unmount(self) -> None:
        self._jobs.close()

    # --- the palette ---------------------------------------------------------------------

    def palette_commands(self) -> Iterable[Command]:
        offers: list[tuple[str, str, str, Callable[[], Any]]] = [
            ("pause", N_("session: pause"), N_("Pause the clock"), self.action_pause),
            ("resume", N_("session: resume"), N_("Run the clock again"), self.action_resume),
            (
                "start",
                N_("session: start clock"),
                N_("Start the session's clock"),
                self.action_start,
            ),
            (
                "next_item",
                N_("item: next"),
                N_("On to the next agenda item"),
                self.action_next_item,
            ),
            (
                "previous_item",
                N_("item: previous"),
                N_("Back to the previous item"),
                self.action_previous_item,
            ),
            (
                "done",
                N_("item: mark done"),
                N_("Mark the current item done, move on"),
                self.action_done,
            ),
            (
                "skip",
                N_("item: skip"),
                N_("Mark the current item skipped, move on"),
                self.action_skip,
            ),
            (
                "drives",
                N_("session: who drives"),
                N_("Mentee at the keyboard, or talk and demo"),
                self.action_drives,
            ),
            (
                "retry",
                N_("notes: retry unsaved"),
                N_("Save the failed notes again"),
                self.action_retry,
            ),
            ("stop", N_("session: stop"), N_("End the session and review it"), self.action_stop),
            ("checkin", N_("homework: check in"), messages.TUI_CHECKIN_OPEN, self.action_checkin),
        ]
        for action, title, help_text, run in offers:
            if self.check_action(action, ()):
                yield Command(title, help_text, run)
        yield Command(
            N_("session: leave screen"), N_("Back; the session goes on"), self.action_leave
        )
