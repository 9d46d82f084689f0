"""Getting to a session from anywhere in two keys at most.

``s`` (the ``session`` destination) goes back to the session under way if there is one;
otherwise it offers to start the highlighted tandem's next planned session (Enter
starts it); when that session has no agenda yet, or none is planned, it opens the plan
screen for it. ``p`` plans one: on the tandem screen the highlighted session, elsewhere
the next dated session without an agenda. Both read the workspace scan the app already
holds, so no key waits on the disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.screen import Screen

from rmtui.core import messages
from rmtui.tui import progress
from rmtui.tui.literal import literal_line

if TYPE_CHECKING:
    from rmtui.core.model import SessionInfo
    from rmtui.core.refs import SessionRef
    from rmtui.tui.app import RmtuiApp


def in_session(app: RmtuiApp) -> bool:
    """A session screen is open (perhaps under another one): no second session from here.

    Screens say so with ``SESSION_SCREEN = True``, so this check (run for the footer)
    imports none of them.
    """
    return any(getattr(screen, "SESSION_SCREEN", False) for screen in app.screen_stack)


def live_ref(app: RmtuiApp) -> SessionRef | None:
    """The session running or paused, as of the latest scan: the highlighted tandem's
    first, then any other tandem's (only one can be under way at a time)."""
    scan = app.scan
    if scan is None:
        return None
    # Imported once there is a reading: the footer asks before the first one.
    from rmtui.core.live import LIVE
    from rmtui.core.refs import SessionRef

    found = [
        (summary.tandem.id != app.selected_id, SessionRef(summary.tandem.id, info.n))
        for summary in scan.summaries
        for info in summary.sessions
        if info.status in LIVE
    ]
    return min(found)[1] if found else None


def can_start(app: RmtuiApp) -> bool:
    return not in_session(app) and (app.selected_tandem is not None or live_ref(app) is not None)


def can_plan(app: RmtuiApp) -> bool:
    return not in_session(app) and app.selected_tandem is not None


def open_session(app: RmtuiApp) -> Screen[Any]:
    """The screen ``s`` opens: the live session, a start prompt, or the plan screen."""
    # The footer asks can_start at every frame; what opens is imported only on the key.
    from rmtui.core.refs import SessionRef
    from rmtui.service.sessions import next_planned_of
    from rmtui.tui.modals.session_prompt import SessionPrompt
    from rmtui.tui.screens.live import LiveScreen
    from rmtui.tui.screens.plan import PlanScreen

    running = live_ref(app)
    if running is not None:
        return LiveScreen(running)
    summary = app.selected_tandem
    assert summary is not None  # can_start
    info = next_planned_of(summary.sessions)
    if info is None:
        return PlanScreen(summary.tandem.id, start=True)
    if not info.agenda_id:  # dated by the kick-off, no agenda yet: plan it, then start
        return PlanScreen(summary.tandem.id, start=True, session=info.n)
    ref = SessionRef(summary.tandem.id, info.n)
    return SessionPrompt(
        messages.TUI_START_TITLE,
        start_body(summary.tandem.mentee, info),
        "Start",
        "Not now",
        go=lambda: LiveScreen(ref, start=True),
    )


def open_plan(app: RmtuiApp) -> Screen[Any]:
    """The plan screen for the session highlighted on the screen below (a screen that
    lists sessions has ``plan_session``), else for the next one to plan."""
    from rmtui.tui.screens.plan import PlanScreen

    chosen = getattr(app.screen, "plan_session", None)
    if callable(chosen):
        tandem_id, session = chosen()
        return PlanScreen(tandem_id, session=session)
    summary = app.selected_tandem
    assert summary is not None  # can_plan
    return PlanScreen(summary.tandem.id)


def start_body(mentee: str, info: SessionInfo) -> Content:
    when = progress.when(info.planned_at) if info.planned_at else "no date set"
    return Content.assemble(
        (f"Session {info.n} with ", ""),
        literal_line(mentee, "bold"),
        "\n",
        literal_line(info.title or info.agenda_id),
        "\n",
        (f"planned for {when}", "$text-muted"),
        "\n\n",
        messages.TUI_START_BODY,
    )
