"""A tandem's planned sessions as calendar events (written by ``export.ics``)."""

from __future__ import annotations

from datetime import datetime

from rmtui.core import messages
from rmtui.export.ics import Event, calendar
from rmtui.store.errors import NotFound, UnreadableFile
from rmtui.store.workspace import Workspace

DEFAULT_MINUTES = 90  # a session without an agenda yet: the frame's 1-2 hours
UID_DOMAIN = "rmtui.invalid"  # stable per session, so a re-import updates the event


def session_events(workspace: Workspace, tandem_id: str) -> list[Event]:
    """One event per dated session still to come (planned, or live right now), in order.

    The summary names the mentee and the session's place in the frame; the description
    is the agenda's title. Notes never go in: an invitation is not the place for them.
    """
    summary = workspace.summary(tandem_id)
    tandem = summary.tandem
    events: list[Event] = []
    for info in summary.sessions:
        if info.status == "done" or info.planned_at is None:
            continue
        minutes = DEFAULT_MINUTES
        try:
            items = workspace.session(tandem_id, info.n).items
            minutes = sum(i.minutes for i in items) or DEFAULT_MINUTES
        except (UnreadableFile, NotFound):
            pass  # the index still knows the date; the length falls back to the default
        events.append(
            Event(
                uid=f"{tandem_id}-{info.n}@{UID_DOMAIN}",
                start=info.planned_at,
                minutes=minutes,
                summary=messages.CALENDAR_SUMMARY.format(
                    mentee=tandem.mentee, n=info.n, total=tandem.frame.sessions
                ),
                description=info.title,
            )
        )
    return events


def session_calendar(workspace: Workspace, tandem_id: str, stamp: datetime) -> tuple[str, int]:
    """The iCalendar text for the tandem's coming sessions, and how many it holds."""
    events = session_events(workspace, tandem_id)
    if not events:
        raise NotFound(messages.NO_PLANNED_SESSIONS.format(id=tandem_id))
    mentee = workspace.tandem(tandem_id).mentee
    return calendar(events, stamp, messages.CALENDAR_NAME.format(mentee=mentee)), len(events)
