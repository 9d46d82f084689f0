"""The review after a session: prose typed anywhere is the reflection, never a note action
or a way off the screen; the reflection has a visible key and its save is confirmed."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from livekit import setup, until_live
from textual.app import App
from textual.screen import Screen
from textual.widgets import Button, OptionList, TextArea
from tuikit import MakeApp, settle, until

from rmtui.core.refs import SessionRef
from rmtui.service import editor
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.modals.stop import StopModal
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.review import ReviewScreen

NOTES = ["Zofia opened the settings", "! ads off by Friday", "? can my team see my likes"]


def stopped(ws: Workspace) -> tuple[SessionRef, object]:
    s = setup(ws)
    ref = s.plan()
    s.svc.start(ref)
    for line in NOTES:
        s.time.advance(30)
        s.svc.add_note(ref, line)
    s.svc.stop(ref)
    return ref, s


def footer_keys(screen: Screen[object]) -> dict[str, str]:
    return {
        binding.key: binding.description
        for _node, binding, enabled, _t in screen.active_bindings.values()
        if enabled and binding.show
    }


def notices(app: App[None]) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_prose_typed_on_the_notes_goes_into_the_reflection(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    ref, s = stopped(empty_ws)
    before = empty_ws.session(ref.tandem_id, ref.n)
    app = s.app(app_for)  # type: ignore[attr-defined]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(ReviewScreen(ref))
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await until(pilot, lambda: review.session is not None)
        notes_list = review.query_one("#review-notes", OptionList)
        assert app.focused is notes_list
        keys = footer_keys(review)
        assert keys["f8"] == "Reflect" and keys["f10"] == "Done"
        assert not any(len(k) == 1 for k in keys)  # no letter in the footer

        prose = "keep private! talk less, explore tags; ask d/x/g/t/s/p/e/k?"
        await pilot.press(*prose)
        await settle(pilot)
        reflection = review.query_one("#review-reflection", TextArea)
        assert app.screen is review
        assert app.focused is reflection
        assert reflection.text == prose
        after = empty_ws.session(ref.tandem_id, ref.n)
        assert after.notes == before.notes

        # ctrl+s saves it, and says so; f8 goes back to the notes, and f8 again returns.
        assert footer_keys(review)["ctrl+s"] == "Save"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: empty_ws.session(ref.tandem_id, ref.n).reflection == prose)
        await until(pilot, lambda: any("reflection saved" in str(n) for n in notices(app)))
        await pilot.press("f8")
        assert app.focused is notes_list
        await pilot.press("f8")
        assert app.focused is reflection and reflection.cursor_location == reflection.document.end


async def test_note_actions_are_on_keys_prose_cannot_hit(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    ref, s = stopped(empty_ws)
    app = s.app(app_for)  # type: ignore[attr-defined]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(ReviewScreen(ref))
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await until(pilot, lambda: review.session is not None)
        notes_list = review.query_one("#review-notes", OptionList)
        notes_list.highlighted = 0
        await pilot.pause()
        await pilot.press("f4")  # private on
        await until(pilot, lambda: empty_ws.session(ref.tandem_id, ref.n).notes[0].private)
        await until(pilot, lambda: not review._jobs.busy)
        await pilot.press("f5")  # an action now
        await until(pilot, lambda: empty_ws.session(ref.tandem_id, ref.n).notes[0].kind == "action")
        notes_list.highlighted = 2
        await pilot.pause()
        assert footer_keys(review)["f3"] == "Answer"
        assert "(f3: answer)" in str(notes_list.get_option_at_index(2).prompt)


async def test_the_stop_dialogs_default_is_the_coloured_button_the_footer_names(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        await until_live(pilot)
        await pilot.press("f10")
        await until(
            pilot, lambda: isinstance(app.screen, StopModal) and bool(app.screen.query(Button))
        )
        dialog = app.screen
        default = app.focused
        assert isinstance(default, Button) and default.id == "no"
        assert default.variant == "primary"  # the only coloured button
        assert [b.variant for b in dialog.query(Button) if b is not default] == ["default"]
        keys = footer_keys(dialog)
        assert keys["escape"] == str(default.label) == "Go on"
        assert keys["f10"] == "Stop"
        await pilot.press("enter")  # the default: the session goes on
        await until_live(pilot)
        assert empty_ws.session(ref.tandem_id, ref.n).status == "running"

        await pilot.press("f10", "f10")  # f10 twice stops
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        assert empty_ws.session(ref.tandem_id, ref.n).status == "done"


async def test_the_reflection_can_be_written_in_the_mentors_editor(
    empty_ws: Workspace, app_for: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ctrl+l: the app steps aside, the editor gets the reflection so far, and what it
    saves is the reflection, from a temp file in the workspace that is gone afterwards."""
    seen: list[tuple[str, Path]] = []

    @contextlib.contextmanager
    def suspend(self: RmtuiApp) -> Iterator[None]:
        yield  # the headless test terminal cannot step aside

    def run(argv: list[str], **_: Any) -> subprocess.CompletedProcess[bytes]:
        path = Path(argv[-1])
        seen.append((path.read_text(encoding="utf-8"), path))
        path.write_text("Went well: she drove.\nNext time: fewer slides.\n", encoding="utf-8")
        return subprocess.CompletedProcess(argv, 0)

    monkeypatch.setattr(RmtuiApp, "suspend", suspend)
    monkeypatch.setattr(editor.subprocess, "run", run)
    monkeypatch.setenv("VISUAL", "scripted-editor")
    ref, s = stopped(empty_ws)
    app = s.app(app_for)  # type: ignore[attr-defined]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(ReviewScreen(ref))
        await settle(pilot)
        await pilot.press(*"Went well")
        await pilot.press("ctrl+l")
        await until(pilot, lambda: "reflection saved" in " ".join(notices(app)))
        ((given, path),) = seen
        assert given.strip() == "Went well"
        assert path.parent == empty_ws.root and not path.exists()
        reflection = app.screen.query_one("#review-reflection", TextArea).text
        assert reflection.startswith("Went well: she drove.")
    saved = empty_ws.session(ref.tandem_id, ref.n).reflection
    assert saved == "Went well: she drove.\nNext time: fewer slides."
