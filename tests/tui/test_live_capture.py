"""The live screen while notes are typed: the log follows the newest note and scrolls
without leaving the input; the footer names every session key; refused notes keep what
was typed where it was; a paste is text, never keys, and one too long is cut with a word."""

from __future__ import annotations

from livekit import Setup, setup, type_note, until_live, until_saved
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input
from tuikit import MakeApp, settle, shown, until

from rmtui.core import capture
from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.paste_guard import GuardedParser
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.widgets.note_log import NoteLog


def running(ws: Workspace, app_for: MakeApp) -> tuple[Setup, RmtuiApp]:
    s = setup(ws)
    ref = s.plan()
    s.svc.start(ref)
    return s, s.app(app_for)


def _ref(s: Setup) -> SessionRef:
    return SessionRef(s.tandem_id, 1)


async def open_live(pilot: Pilot[None], s: Setup) -> LiveScreen:
    await settle(pilot)
    pilot.app.push_screen(LiveScreen(_ref(s)))
    return await until_live(pilot)


def notes_of(s: Setup) -> list[str]:
    return [n.text for n in s.ws.session(s.tandem_id, 1).notes]


def at_end(log: NoteLog) -> bool:
    return log.max_scroll_y > 0 and log.scroll_y == log.max_scroll_y


async def test_the_log_follows_the_newest_note_and_scrolls_from_the_input(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s, app = running(empty_ws, app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_live(pilot, s)
        log = live.query_one(NoteLog)
        note_input = live.query_one("#note-input", Input)
        # One very long note with keywords, then short ones: each shows as it is typed.
        await type_note(pilot, "privacy and big data on LinkedIn " * 110)
        await until_saved(pilot, live)
        for n in range(3):
            s.time.advance(10)
            await type_note(pilot, f"later note {n}")
            await until_saved(pilot, live)
            await pilot.pause()
            assert at_end(log), n

        # Page and line keys scroll the log; the input keeps the focus and what is typed.
        await pilot.press(*"half")
        await pilot.press("pageup", "pageup")
        assert log.scroll_y < log.max_scroll_y
        await pilot.press("shift+up")
        back = log.scroll_y
        await pilot.press("shift+down")
        assert log.scroll_y == back + 1
        assert app.focused is note_input and note_input.value == "half"
        # A note from another process does not pull the log away from what is read ...
        s.svc.add_note(_ref(s), "from the command line")
        await until(pilot, lambda: "from the command line" in shown(app, "#note-lines"))
        await pilot.pause()
        assert log.scroll_y == back + 1
        # ... the mentor's own next note brings the newest back, and it stays followed.
        await type_note(pilot, " of a thought")
        await until_saved(pilot, live)
        await pilot.pause()
        assert at_end(log)
        assert notes_of(s)[-1] == "half of a thought"

        # The help lists the scroll keys.
        described = {k.description for k in app.key_help()}
        assert {"Notes: page back", "Notes: page on", "Notes: line back"} <= described


async def test_the_footer_shows_skip_and_leave_and_the_current_item_keeps_its_mark(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s, app = running(empty_ws, app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_live(pilot, s)
        footer = {
            binding.key
            for _node, binding, enabled, _t in live.active_bindings.values()
            if enabled and binding.show
        }
        assert {"f4", "escape", "f5", "f7", "f8", "f10"} <= footer

        await pilot.press("f4")  # skip item 1
        await until(pilot, lambda: s.ws.session(s.tandem_id, 1).current_item == 1)
        await pilot.press("f6")  # back to it
        await until(pilot, lambda: s.ws.session(s.tandem_id, 1).current_item == 0)
        await until(pilot, lambda: live.session is not None and live.session.current_item == 0)
        await pilot.pause()
        rows = shown(app, "#agenda-lines").splitlines()
        assert rows[0].startswith("▶ 1") and rows[1].startswith("· 2")
        assert s.ws.session(s.tandem_id, 1).items[0].skipped


async def test_a_refused_prefix_only_note_keeps_the_line_and_the_cursor(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s, app = running(empty_ws, app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_live(pilot, s)
        note_input = live.query_one("#note-input", Input)
        for line in ("~*", "~*!", "*~ ?"):
            await pilot.press(*line, "enter")
            await pilot.pause()
            assert note_input.value == line
            assert note_input.cursor_position == len(line)
            note_input.value = ""
        # The text typed after the prefix makes a note.
        await pilot.press(*"~*", "space", *"proud", "enter")
        await until_saved(pilot, live)
        assert notes_of(s) == ["proud"]
        assert "nothing to save" in " ".join(str(n.message) for n in app._notifications)


def test_prefix_characters_alone_are_no_text() -> None:
    for line in ("~*!", "~* !", "*~?", "!!", "~"):
        assert capture.parse(line).text == "", line
    assert capture.parse("\\!").text == "!"  # escaped: a note reading "!"
    assert capture.parse("~*! call him").text == "! call him"


async def test_a_paste_is_text_and_one_too_long_is_cut_with_a_message(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s, app = running(empty_ws, app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        live = await open_live(pilot, s)
        note_input = live.query_one("#note-input", Input)
        # Lines are joined, control characters dropped; nothing of it runs a key.
        note_input.post_message(events.Paste("two\nlines \x07 with\x13 bells\x1b[2J"))
        await pilot.pause()
        assert note_input.value == "two lines  with bells[2J"  # inert text
        assert isinstance(app.screen, LiveScreen)

        note_input.value = "start: "
        note_input.cursor_position = len(note_input.value)
        note_input.post_message(events.Paste("x" * (capture.MAX_NOTE + 50)))
        await pilot.pause()
        assert len(note_input.value) == capture.MAX_NOTE
        assert note_input.value.startswith("start: xxx")
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "cut to fit" in messages and str(capture.MAX_NOTE) in messages

        note_input.post_message(events.Paste("more"))  # full: refused, and said so
        await pilot.pause()
        assert len(note_input.value) == capture.MAX_NOTE
        assert "nothing pasted" in " ".join(str(n.message) for n in app._notifications)
        await pilot.press("enter")
        await until_saved(pilot, live)
        assert notes_of(s) == ["start: " + "x" * (capture.MAX_NOTE - 7)]
        assert not isinstance(app.screen, ConfirmModal)


def test_an_escape_inside_a_terminal_paste_turns_nothing_into_keys() -> None:
    """What the terminal sends for a paste holding ESC, BEL and XOFF: one paste event and
    no key (Textual's parser alone turns the characters after the ESC into ctrl+g and
    ctrl+s presses: Skip and Stop)."""
    raw = "a\x1b[200~pasted \x1b then bell \x07 and xoff \x13, then more and more\x1b[201~b"
    whole = list(GuardedParser().feed(raw))
    split = GuardedParser()
    one_by_one = [event for char in raw for event in split.feed(char)]
    for received in (whole, one_by_one):
        keys = [e.key for e in received if isinstance(e, events.Key)]
        pastes = [e.text for e in received if isinstance(e, events.Paste)]
        assert keys == ["a", "b"]
        assert pastes == ["pasted  then bell \x07 and xoff \x13, then more and more"]
