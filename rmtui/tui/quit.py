"""Quitting with notes not saved, and the notes kept in a recovery file by such a quit.

``ctrl+q`` quits at once unless a live session screen holds notes marked unsaved (a note
still being written gets a moment to land first); then it asks: try again, or keep them
in a recovery file in the workspace (0600, written atomically) and quit. The next start
says where they are, and the palette saves them to their session.
"""

from __future__ import annotations

from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.content import Content

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.refs import SessionRef
from rmtui.core.text import one_line
from rmtui.tui import session_view as view
from rmtui.tui.context import context_of
from rmtui.tui.modals.quit import QuitAnswer, QuitModal

if TYPE_CHECKING:
    from textual.app import App

    from rmtui.service.sessions import SessionService
    from rmtui.store.recovery import Recovery
    from rmtui.tui.screens.live import LiveScreen

Kept = list[tuple[SessionRef, list[tuple[str, float]]]]


WAIT_SECONDS = 0.1
WAITS = 30  # notes still being written get 3 s before the question is asked anyway


def _live_screens(app: App[Any]) -> list[LiveScreen]:
    from rmtui.tui.screens.live import LiveScreen

    return [s for s in app.screen_stack if isinstance(s, LiveScreen)]


def quit_or_ask(app: App[Any], waits: int = WAITS) -> None:
    """Quit, unless notes of a live session are not saved: then ask."""
    live = _live_screens(app)
    saving = any(d.state == "pending" for s in live for d in s.drafts)
    if saving and waits > 0:  # a note on its way to the disk: let it land first
        app.set_timer(WAIT_SECONDS, partial(quit_or_ask, app, waits - 1))
        return
    screens = [s for s in live if s.drafts]  # not saved, or still not saved after the wait
    if not screens:
        app.exit()
        return
    if isinstance(app.screen, QuitModal):
        return
    drafts = [d for s in screens for d in s.drafts]
    lines = [
        Content.styled(messages.TUI_LIVE_UNSAVED_WARNING.format(len(drafts)), "bold $text-error")
    ]
    lines += [Content("• ") + view.draft_line(d) for d in drafts[:5]]
    app.push_screen(QuitModal(Content("\n").join(lines)), partial(_answered, app, screens))


def _answered(app: App[Any], screens: list[LiveScreen], answer: QuitAnswer | None) -> None:
    if answer == "retry":
        count = sum(len(s.unsaved) for s in screens)
        for screen in screens:
            screen.action_retry()
        app.notify(messages.TUI_QUIT_RETRYING.format(count), markup=False)
    elif answer == "keep":
        kept: Kept = [(s.ref, [(d.line, d.at) for d in s.drafts]) for s in screens]
        app.run_worker(
            partial(_keep, app, context_of(app).sessions, kept),
            thread=True,
            group="quit-keep",
            exit_on_error=False,
        )


def _keep(app: App[Any], svc: SessionService, kept: Kept) -> None:
    try:
        paths = [svc.keep_unsaved(ref, notes) for ref, notes in kept]
    except (RmtuiError, OSError) as exc:
        reason = one_line(str(exc)) or type(exc).__name__
        app.call_from_thread(
            app.notify,
            messages.TUI_QUIT_KEEP_FAILED.format(reason=reason),
            severity="error",
            markup=False,
            timeout=10,
        )
        return
    count = sum(len(notes) for _ref, notes in kept)
    where = ", ".join(str(p) for p in paths)
    said = Text(messages.TUI_QUIT_KEPT.format(count, path=where))
    app.call_from_thread(app.exit, None, 0, said)


# --- the next start ------------------------------------------------------------------------


def mention_recovered(app: App[Any]) -> None:
    """Look for recovery files (off the event loop) and say where they are."""
    try:
        svc = context_of(app).sessions
    except RmtuiError:
        return
    app.run_worker(partial(_look, app, svc), thread=True, group="recovered", exit_on_error=False)


def _look(app: App[Any], svc: SessionService) -> None:
    found = svc.recovered()
    if found:
        with suppress(RuntimeError):  # the app closed meanwhile
            app.call_from_thread(_found, app, found)


def _found(app: App[Any], found: list[Recovery]) -> None:
    context_of(app).recovered = found
    count = sum(len(r.notes) for r in found)
    where = ", ".join(str(r.path) for r in found)
    app.notify(
        messages.TUI_RECOVERED_FOUND.format(count, path=where),
        severity="warning",
        markup=False,
        timeout=30,
    )


def save_recovered(app: App[Any]) -> None:
    """Save the notes of every recovery file to their session (off the event loop)."""
    context = context_of(app)
    found, context.recovered = context.recovered, []
    app.run_worker(
        partial(_save, app, context.sessions, found),
        thread=True,
        group="recovered",
        exit_on_error=False,
    )


def _save(app: App[Any], svc: SessionService, found: list[Recovery]) -> None:
    for kept in found:
        session = f"{kept.tandem_id}/{kept.n}"
        try:
            count = svc.save_recovered(kept)
        except (RmtuiError, OSError) as exc:
            reason = one_line(str(exc)) or type(exc).__name__
            said = messages.TUI_RECOVERED_FAILED.format(reason=reason, path=kept.path)
            app.call_from_thread(app.notify, said, severity="error", markup=False, timeout=10)
            continue
        said = messages.TUI_RECOVERED_SAVED.format(count, session=session)
        app.call_from_thread(app.notify, said, markup=False)
