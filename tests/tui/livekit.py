"""Helpers for the session-screen tests: time under the test's control, a tandem with a
planned session, and an app whose session service uses that time."""

from __future__ import annotations

from dataclasses import dataclass

from kit.clock import NOW, FakeTime
from kit.pilot import MakeApp, until
from kit.workspace import add_tandem
from textual.pilot import Pilot
from textual.widgets import Input, Static

from rmtui.core.refs import SessionRef
from rmtui.core.template import Template, TemplateItem
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp
from rmtui.tui.screens.live import LiveScreen

KEYWORDS = ["privacy", "LinkedIn", "big data", "Datenschutz"]
RULES = ("The mentee drives: the mentor never takes the mouse or keyboard.",)
TEMPLATE = Template(
    id="privacy-test",
    title="Data protection and privacy",
    keywords=("privacy", "GDPR"),
    rules=RULES,
    items=(
        TemplateItem("Follow-up", 10, ("How did the week go?",)),
        TemplateItem(
            "Privacy settings tour", 30, ("Open the LinkedIn settings",), "Let them click."
        ),
        TemplateItem("What to share", 20, ("Which posts would you regret?",)),
    ),
)


@dataclass
class Setup:
    ws: Workspace
    time: FakeTime
    svc: SessionService
    tandem_id: str

    def app(self, app_for: MakeApp, **options: object) -> RmtuiApp:
        return app_for(self.ws, sessions=self.svc, **options)

    def plan(self) -> SessionRef:
        # The template as it is (a first session would leave its "Follow-up" out).
        session = self.svc.plan(self.tandem_id, TEMPLATE, NOW, carry=False)
        return SessionRef(self.tandem_id, session.n)


def setup(ws: Workspace, mentee: str = "Zofia Wąsowska") -> Setup:
    tandem_id = add_tandem(ws, mentee, keywords=KEYWORDS)
    clock = FakeTime()
    return Setup(ws, clock, SessionService(ws, wall=clock.wall, mono=clock.mono), tandem_id)


def live_screen(app: RmtuiApp) -> LiveScreen:
    screen = app.screen
    assert isinstance(screen, LiveScreen), screen
    return screen


async def until_live(pilot: Pilot[None], status: str = "running") -> LiveScreen:
    """Wait for the live screen to show the session with ``status``."""
    await until(pilot, lambda: isinstance(pilot.app.screen, LiveScreen))
    screen = live_screen(pilot.app)  # type: ignore[arg-type]
    await until(pilot, lambda: screen.session is not None and screen.session.status == status)
    return screen


async def type_note(pilot: Pilot[None], line: str, *, keys: bool = False) -> None:
    """Enter ``line`` in the note input; ``keys``: press every key (slow: ~0.1 s a key
    under Pilot), else set the text as a paste would and press Enter."""
    if keys:
        await pilot.press(*line)
    else:
        note_input = pilot.app.screen.query_one("#note-input", Input)
        note_input.insert_text_at_cursor(line)
        await pilot.pause()
    await pilot.press("enter")


async def until_saved(pilot: Pilot[None], screen: LiveScreen) -> None:
    await until(pilot, lambda: not screen.drafts and not screen._jobs.busy)


async def until_prompt(pilot: Pilot[None]) -> str:
    """Wait for the start or resume prompt to be on screen; returns its text."""
    from rmtui.tui.modals.session_prompt import SessionPrompt

    def composed() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, SessionPrompt) and bool(screen.query(".dialog-body"))

    await until(pilot, composed)
    await pilot.pause()
    return str(pilot.app.screen.query_one(".dialog-body", Static).render())
