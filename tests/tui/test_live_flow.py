"""A whole session through the TUI: plan -> start -> notes of every kind -> next item ->
pause/resume -> who drives -> done -> stop -> review. Asserts what the workspace holds."""

from __future__ import annotations

from livekit import FakeTime, setup, type_note, until_live, until_prompt, until_saved
from textual import events
from textual.widgets import Input, OptionList, TextArea
from tuikit import MakeApp, settle, until

from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from rmtui.tui.modals.confirm import ConfirmModal
from rmtui.tui.modals.prompt import TextPrompt
from rmtui.tui.screens.home import HomeScreen
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.plan import PlanScreen
from rmtui.tui.screens.review import ReviewScreen
from rmtui.tui.widgets.plan_items import ItemEditor

LINES = [
    "Zofia opened the LinkedIn privacy settings herself",
    "! ads off by Friday",
    "? can my team see what I like",
    "* found the download-your-data page alone",
    "> planners count in pallet-hours",
    "< a headline beats a job title",
    "~ admits she never read a privacy policy",
    "~* proud of her Datenschutz checklist #gdpr",
]


async def test_plan_start_notes_items_stop_review(empty_ws: Workspace, app_for: MakeApp) -> None:
    s = setup(empty_ws)
    ws, clock, tid = s.ws, s.time, s.tandem_id
    app = s.app(app_for)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # No session planned: `s` opens the plan screen, templates for open keywords first.
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, PlanScreen))
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        await until(pilot, lambda: plan.data is not None)
        assert plan.data is not None
        top = plan.data.ranked[0]
        assert top.covers, "a template covering an open keyword comes first"
        assert plan.template is top.template

        # Adjust the items: five minutes less on the first, move it down, drop the last.
        await pilot.press("enter")
        editor = plan.query_one(ItemEditor)
        assert app.focused is editor
        first = editor.items[0]
        count = len(editor.items)
        await pilot.press("minus", "shift+down", "end", "d")
        assert editor.items[1].title == first.title
        assert editor.items[1].minutes == first.minutes - 5
        assert len(editor.items) == count - 1

        # Rename the first item; add one after it (an empty title is refused, Esc keeps all).
        await pilot.press("home", "r")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        await pilot.press("ctrl+u", *"Tour of [b]Yammer[/b]", "enter")
        await until(pilot, lambda: app.screen is plan)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        await pilot.press("enter")
        assert isinstance(app.screen, TextPrompt)  # nothing typed: still asking
        await pilot.press(*"Questions", "enter")
        await until(pilot, lambda: app.screen is plan)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        await pilot.press(*"never kept", "escape")
        await until(pilot, lambda: app.screen is plan)
        assert [(i.title, i.minutes) for i in editor.items[:2]] == [
            ("Tour of [b]Yammer[/b]", editor.items[0].minutes),
            ("Questions", 10),
        ]
        assert len(editor.items) == count
        adjusted = [(i.title, i.minutes) for i in editor.items]

        # Plan and start at once.
        await pilot.press("f5")
        live = await until_live(pilot)
        ref = SessionRef(tid, 1)
        assert live.ref == ref
        stored = ws.session(tid, 1)
        assert stored.status == "running" and stored.agenda_id == top.template.id
        assert [(i.title, i.minutes) for i in stored.items] == adjusted
        assert isinstance(app.focused, Input) and app.focused.id == "note-input"

        # Notes of every kind, each stamped with the clock when Enter was pressed.
        for n, line in enumerate(LINES):
            clock.advance(30)
            await type_note(pilot, line, keys=n == 1)
            assert app.focused is not None and app.focused.id == "note-input"
            assert [d.at for d in live.drafts][-1:] == [30.0 * (n + 1)] or not live.drafts
        await until_saved(pilot, live)
        notes = ws.session(tid, 1).notes
        assert [n.kind for n in notes] == [
            "note",
            "action",
            "question",
            "highlight",
            "mentor-learned",
            "mentee-learned",
            "note",
            "highlight",
        ]
        assert [n.private for n in notes] == [False] * 6 + [True, True]
        assert [n.elapsed for n in notes] == [30.0 * (i + 1) for i in range(8)]
        assert {n.item for n in notes} == {0}
        assert notes[0].keywords == ["privacy", "LinkedIn"]
        assert notes[7].keywords == ["Datenschutz", "gdpr"]
        assert "proud of her Datenschutz checklist" in str(live.query_one("#note-lines").render())

        # Next item: later notes belong to it.
        await pilot.press("f7")
        clock.advance(60)
        await type_note(pilot, "a note on the second item")
        await until_saved(pilot, live)
        assert ws.session(tid, 1).notes[-1].item == 1
        assert ws.session(tid, 1).current_item == 1

        # Pause: the clock stands still; resume: it runs on from there.
        await pilot.press("f5")
        await until_live(pilot, "paused")
        paused_at = ws.session(tid, 1).clock.banked
        clock.advance(600)
        await type_note(pilot, "said while paused")
        await until_saved(pilot, live)
        assert ws.session(tid, 1).notes[-1].elapsed == paused_at
        await pilot.press("f5")
        await until_live(pilot, "running")

        # Who drives: two minutes at the keyboard, then back to talk.
        await pilot.press("f9")
        await until(pilot, lambda: ws.session(tid, 1).driving_since is not None)
        clock.advance(120)
        await pilot.press("f9")
        await until(pilot, lambda: ws.session(tid, 1).driving_since is None)
        assert ws.session(tid, 1).items[1].driven_seconds == 120

        # Done marks the item and moves on.
        await pilot.press("f8")
        await until(pilot, lambda: ws.session(tid, 1).current_item == 2)
        assert ws.session(tid, 1).items[1].done

        # Stop asks first, then opens the review.
        clock.advance(30)
        await pilot.press("f10")
        await until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await until(pilot, lambda: review.session is not None)
        done = ws.session(tid, 1)
        assert done.status == "done"
        assert done.clock.banked == 30 * 8 + 60 + 120 + 30
        assert done.items[0].spent_seconds == 240 and done.items[1].spent_seconds == 180

        await review_session(pilot, review, clock)

        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        reviewed = ws.session(tid, 1)
        notes = reviewed.notes
        assert notes[0].private and notes[0].kind == "action"
        question = next(n for n in notes if n.kind == "question")
        assert question.answer == "Only what you post, and your likes on public posts."
        assert notes[3].text == "found the download-your-data page on her own"
        assert all(n.text != "said while paused" for n in notes)
        assert len(notes) == len(LINES) + 2 - 1
        assert reviewed.reflection == "She drove all session.\nI talked too much."
        # `!` notes became the tandem's actions when the session stopped, and the note
        # made an action in the review when it was done (private, as the note is).
        actions = {a.text: a.private for a in ws.summary(tid).actions}
        assert actions["ads off by Friday"] is False
        assert actions[LINES[0]] is True


async def review_session(pilot, review: ReviewScreen, clock: FakeTime) -> None:  # type: ignore[no-untyped-def]
    """Answer the question, make the first note a private action, edit one, delete one,
    write the reflection, done."""
    app = pilot.app
    notes_list = review.query_one("#review-notes", OptionList)
    assert app.focused is notes_list

    async def highlight(index: int) -> None:
        notes_list.highlighted = index
        await pilot.pause()

    async def written() -> None:
        await until(pilot, lambda: not review._jobs.busy)
        await pilot.pause()

    await highlight(2)  # the question
    await pilot.press("f3")
    assert review.has_class("-editing")
    answer = review.query_one("#review-editor-input", Input)
    assert app.focused is answer
    answer.value = "Only what you post, and your likes on public posts."
    await pilot.press("enter")
    await written()

    await highlight(0)
    await pilot.press("f4")
    await written()
    await pilot.press("f5")
    await written()

    await highlight(3)
    await pilot.press("f2")
    editor = review.query_one("#review-editor-input", Input)
    assert app.focused is editor
    editor.value = "found the download-your-data page on her own"
    await pilot.press("enter")
    await written()

    await highlight(9)  # "said while paused"
    await pilot.press("delete")
    await until(pilot, lambda: isinstance(app.screen, ConfirmModal))
    await pilot.press("y")
    await written()

    reflection = review.query_one("#review-reflection", TextArea)
    reflection.focus()
    await pilot.pause()
    reflection.insert("She drove all session.\nI talked too much")
    await pilot.press(".")
    await pilot.press("escape")
    await until(pilot, lambda: not isinstance(app.screen, ReviewScreen))


async def test_s_on_a_planned_session_asks_then_starts(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    app = s.app(app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        assert "Session 1 with Zofia Wąsowska" in await until_prompt(pilot)
        assert s.ws.session(ref.tandem_id, ref.n).status == "planned"
        await pilot.press("enter")  # two keys from home to a running clock
        live = await until_live(pilot)
        assert live.ref == ref
        assert s.ws.session(ref.tandem_id, ref.n).status == "running"
        # Leaving keeps the session running; `s` goes straight back to it.
        await pilot.press(*"half a thought")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.reload_workspace()
        await settle(pilot)
        await pilot.press("s")
        again = await until_live(pilot)
        assert again.query_one("#note-input", Input).value == "half a thought"


async def test_letter_keys_type_on_the_live_screen(empty_ws: Workspace, app_for: MakeApp) -> None:
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        await pilot.press(*"gsp?x/")
        assert live.query_one("#note-input", Input).value == "gsp?x/"
        assert isinstance(app.screen, LiveScreen)
        keys = {
            binding.key
            for _node, binding, enabled, _t in app.screen.active_bindings.values()
            if enabled and binding.show
        }
        assert not keys & {"g", "s", "p", "x", "slash"}
        assert {"f5", "f7", "f10"} <= keys


async def test_keys_arriving_in_one_burst_make_whole_notes(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    """Enter takes the line typed before it, even when the next keys are already queued
    (a fast typist, a paste, tmux): no note is glued to the next one or lost."""
    s = setup(empty_ws)
    ref = s.plan()
    s.svc.start(ref)
    app = s.app(app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))
        live = await until_live(pilot)
        driver = app._driver
        assert driver is not None
        for key in [*"one", "enter", *"two", "enter", *"three"]:
            driver.send_message(events.Key(key, key if len(key) == 1 else None))
        await until(pilot, lambda: len(s.ws.session(ref.tandem_id, ref.n).notes) == 2)
        await until_saved(pilot, live)
        assert [n.text for n in s.ws.session(ref.tandem_id, ref.n).notes] == ["one", "two"]
        assert live.query_one("#note-input", Input).value == "three"
