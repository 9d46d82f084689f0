"""User text on the session screens is data: markup, actions, escapes, emoji and RTL
text render literally in every widget that shows it, and nothing crashes."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kit.sweep import sweep
from livekit import setup, until_live
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Input, Static
from tuikit import MakeApp, settle, until

from rmtui.core import capture
from rmtui.core.model import AgendaItem, Keyword, Note, Session, SessionInfo
from rmtui.core.planning import Ranked
from rmtui.core.refs import SessionRef
from rmtui.core.template import Template, TemplateItem
from rmtui.core.text import one_line, strip_control
from rmtui.store import Workspace
from rmtui.tui import session_view as view
from rmtui.tui.app import RmtuiApp
from rmtui.tui.modals.resume import LiveSession, resume_body
from rmtui.tui.navigation import start_body
from rmtui.tui.screens.live import LiveScreen
from rmtui.tui.screens.plan import _entry as plan_entry
from rmtui.tui.screens.review import summary_lines
from rmtui.tui.widgets.plan_items import item_entry

Requests = asyncio.Queue[tuple[str, Future[None]] | None]

HOSTILE = [
    "[bold]loud[/]",
    "[/]",
    "[@click=app.quit]quit[/]",
    "$x $text-error",
    "👩‍💻 emoji 🎉",
    "שלום עולם مرحبا",
    "\x1b[31mred\x1b[0m \x1b]0;title\x07 \x9b2J",
]


def shown(screen: LiveScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def no_actions(content: object) -> bool:
    """No span of rendered content carries a click action or a link."""
    if not isinstance(content, Content):
        return True
    return all("@click" not in str(s.style) and "link" not in str(s.style) for s in content.spans)


def hostile_session(base: Session, text: str) -> Session:
    """``base`` with ``text`` in every field the live screen shows."""
    note = Note(id=99, elapsed=61, wall=base.notes[0].wall, text=text or "x", keywords=[text])
    return replace(
        base,
        title=text,
        rules=[text, "fixed rule"],
        items=[
            AgendaItem(title=text or "x", minutes=10, prompts=[text], notes=text),
            AgendaItem(title="second", minutes=5),
        ],
        current_item=0,
        notes=[*base.notes, note, replace(note, id=100, kind="action", private=True, answer=text)],
    )


async def show_everywhere(pilot: Pilot[None], screen: LiveScreen, base: Session, text: str) -> None:
    """Put ``text`` in every widget that shows user text, render, and check the result."""
    assert screen.summary is not None
    tandem = replace(screen.summary.tandem, mentee=text, rules=[text])
    screen._know(
        replace(screen.summary, tandem=tandem, keywords=[Keyword(text=text or "k", order=1)])
    )
    typed = capture.parse("~! " + text)
    screen.live.drafts = [
        view.Draft(key=1, line=text, at=5, typed=typed),
        view.Draft(key=2, line=text, at=6, typed=typed, state="unsaved", reason=text),
    ]
    screen._show(hostile_session(base, text))
    note_input = screen.query_one("#note-input", Input)
    note_input.value = ""
    note_input.insert_text_at_cursor(text)  # as a paste would
    await pilot.pause()
    app = pilot.app
    assert app.is_running and isinstance(app.screen, LiveScreen)
    clean = strip_control(text)
    log = shown(screen, "#note-lines")
    for line in clean.splitlines() or [""]:
        assert line in log
    assert one_line(text) in shown(screen, "#item-title")
    assert one_line(text) in shown(screen, "#item-details")
    assert one_line(text) in shown(screen, "#keywords .panel-lines")
    assert one_line(text) in shown(screen, "#rules .panel-lines")
    assert one_line(text) in shown(screen, "#agenda-lines")
    assert one_line(text) in app.screen.sub_title
    for selector in (
        "#note-lines",
        "#item-title",
        "#item-details",
        "#capture-preview",
        "#keywords .panel-lines",
        "#rules .panel-lines",
        "#agenda-lines",
    ):
        assert no_actions(screen.query_one(selector, Static).render())
    screenshot = app.export_screenshot()
    assert "\x1b" not in screenshot and "\x07" not in screenshot and "\x9b" not in screenshot


async def live_app(empty_ws: Workspace, app_for: MakeApp) -> tuple[RmtuiApp, object]:
    s = setup(empty_ws, mentee="[bold]Boss[/] [@click=app.quit]x[/]")
    ref = s.plan()
    s.svc.start(ref)
    s.svc.add_note(ref, "first")
    return s.app(app_for), ref


async def test_named_hostile_text_renders_literally(empty_ws: Workspace, app_for: MakeApp) -> None:
    app, ref = await live_app(empty_ws, app_for)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(LiveScreen(ref))  # type: ignore[arg-type]
        screen = await until_live(pilot)
        assert "[bold]Boss[/] [@click=app.quit]x[/]" in screen.sub_title
        base = screen.session
        assert base is not None
        for text in HOSTILE:
            await show_everywhere(pilot, screen, base, text)
        # Typed through the keyboard and saved, a hostile note comes back literally.
        screen._show(base)
        screen.live.drafts = []
        screen.query_one("#note-input", Input).value = ""
        await pilot.press(*"[@click=x]", "enter")
        await until(pilot, lambda: not screen.drafts and not screen._jobs.busy)
        await pilot.click("#note-lines")
        await pilot.pause()
        assert app.is_running
        assert "[@click=x]" in shown(screen, "#note-lines")


async def host(app: RmtuiApp, ref: object, ready: Future[Requests]) -> None:
    """Run the app with the live screen and render each requested text on it."""
    requests: Requests = asyncio.Queue()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(LiveScreen(ref))  # type: ignore[arg-type]
        screen = await until_live(pilot)
        base = screen.session
        assert base is not None
        ready.set_result(requests)
        while (request := await requests.get()) is not None:
            text, done = request
            try:
                await show_everywhere(pilot, screen, base, text)
            except BaseException as exc:  # handed to the hypothesis example
                done.set_exception(exc)
            else:
                done.set_result(None)


@pytest.mark.parametrize("examples", sweep(60, few=10))
def test_generated_text_renders_literally_in_every_live_widget(
    empty_ws: Workspace, app_for: MakeApp, examples: int
) -> None:
    # One running app for every example (starting one per example would take minutes):
    # it runs in a thread of its own; each example is rendered there and checked.
    loop = asyncio.new_event_loop()
    app, ref = loop.run_until_complete(live_app(empty_ws, app_for))
    ready: Future[Requests] = Future()
    thread = threading.Thread(target=loop.run_until_complete, args=(host(app, ref, ready),))
    thread.start()
    try:
        requests = ready.result(timeout=30)

        @settings(
            max_examples=examples,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(
            st.text(
                st.one_of(
                    st.characters(),
                    st.sampled_from(["[", "]", "/", "@", "$", "=", "\x1b", "\n", "\u202e"]),
                ),
                max_size=60,
            )
        )
        def render(text: str) -> None:
            done: Future[None] = Future()
            loop.call_soon_threadsafe(requests.put_nowait, (text, done))
            done.result(timeout=30)

        render()
    finally:
        if ready.done():
            loop.call_soon_threadsafe(ready.result().put_nowait, None)
        thread.join(timeout=30)
        loop.close()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_prompts_plan_and_review_entries_are_literal(text: str) -> None:
    """The start and resume prompts, template and item entries of the plan screen, and the
    review's note entries hold user text as plain text, never markup or actions."""
    wall = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
    note = Note(id=1, elapsed=5, wall=wall, text=text, kind="question", answer=text)
    session = Session(tandem_id="t", n=1, status="running", title=text, notes=[note])
    session.items = [AgendaItem(title=text, minutes=5, notes="carried from session 2")]
    template = Template(id="t", title=text, items=(TemplateItem(text, 5),))
    contents = [
        start_body(text, SessionInfo(n=1, planned_at=wall, title=text)),
        resume_body(LiveSession(SessionRef("t", 1), session, text, 65.0)),
        plan_entry(Ranked(template, (text,)), "en"),
        item_entry(0, session.items[0]),
        view.note_line(note),
    ]
    assert no_actions(summary_lines(session))
    for content in contents:
        assert no_actions(content)
        plain = content.plain
        lines = strip_control(text).splitlines()
        assert one_line(text) in one_line(plain) or all(line in plain for line in lines)
        assert "\x1b" not in content.plain
