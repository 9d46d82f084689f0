"""Crash-resume: a session left running or paused is offered again when rmtui starts.

The clock state is on disk, so the elapsed time is right however rmtui ended (a closed
terminal, a kill, a reboot): a running clock kept running meanwhile, as a real session
does. The search reads the workspace's pointer to its live sessions and their files only
(``store/running.py``: no tandem file is read for it, whatever the workspace's size), in
a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.content import Content

from rmtui.core import messages
from rmtui.core.clock import format_elapsed
from rmtui.core.errors import RmtuiError
from rmtui.core.i18n import gettext
from rmtui.core.model import Session
from rmtui.core.refs import SessionRef
from rmtui.tui.context import context_of, in_session
from rmtui.tui.literal import literal_line
from rmtui.tui.modals.session_prompt import SessionPrompt

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from rmtui.service.services import Services

LiveOpener = Callable[[SessionRef], "Screen[Any]"]
"""Builds the live screen of a session (the navigation table's)."""


@dataclass(frozen=True, slots=True)
class LiveSession:
    """A session found under way, with what the prompt says about it."""

    ref: SessionRef
    session: Session
    mentee: str
    elapsed: float


def offer_resume(app: App[Any], live_screen: LiveOpener) -> None:
    """Look for a session under way (off the event loop) and offer to resume it on the
    screen ``live_screen`` builds."""
    # The services are built here, on the event loop, so the worker imports nothing.
    try:
        services = context_of(app).services
        _built = services.sessions, services.tandems
    except RmtuiError:
        return  # the workspace did not open: the home screen says why
    work = partial(_find, app, services, live_screen)
    app.run_worker(work, thread=True, group="live-resume", exit_on_error=False)


def find_live(services: Services) -> LiveSession | None:
    svc = services.sessions
    found = svc.live()
    if not found:
        return None
    ref, _status = found[0]
    session = svc.get(ref)
    try:
        mentee = services.tandems.tandem(ref.tandem_id).mentee
    except RmtuiError:
        mentee = ref.tandem_id
    return LiveSession(ref, session, mentee, svc.elapsed(session))


def _find(app: App[Any], services: Services, live_screen: LiveOpener) -> None:
    try:
        live = find_live(services)
    except RmtuiError:
        return  # an unreadable file is reported on the home screen
    if live is not None:
        with suppress(RuntimeError):  # the app closed meanwhile
            app.call_from_thread(_offer, app, live, live_screen)


def _offer(app: App[Any], live: LiveSession, live_screen: LiveOpener) -> None:
    if in_session(context_of(app)):
        return
    app.push_screen(
        SessionPrompt(
            messages.TUI_RESUME_TITLE,
            resume_body(live),
            gettext("Resume"),
            gettext("Later"),
            go=lambda: live_screen(live.ref),
        )
    )


def resume_body(live: LiveSession) -> Content:
    session = live.session
    lines: list[Content] = [
        _with_mentee(
            messages.TUI_SESSION_WITH_IS.format(
                n=session.n,
                status=messages.TUI_SESSION_STATES.get(session.status, session.status),
                mentee="{mentee}",
            ),
            live.mentee,
        ),
        literal_line(session.title or session.agenda_id),
        Content(""),
        Content.assemble(
            (format_elapsed(live.elapsed), "bold"),
            messages.TUI_RESUME_CLOCK.format(len(session.notes)),
        ),
    ]
    if 0 <= session.current_item < len(session.items):
        item = session.items[session.current_item]
        lines.append(
            Content(
                messages.TUI_ITEM_OF.format(n=session.current_item + 1, count=len(session.items))
            )
            + literal_line(item.title)
        )
    if session.status == "running":
        lines += [Content(""), Content.styled(messages.TUI_RESUME_RUNNING, "$text-muted")]
    return Content("\n").join(lines)


def _with_mentee(text: str, mentee: str) -> Content:
    """``text`` with its ``{mentee}`` as the mentee's name, literal and bold."""
    before, _, after = text.partition("{mentee}")
    return Content.assemble(before, literal_line(mentee, "bold"), after)
