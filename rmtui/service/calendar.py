"""A tandem's planned sessions as calendar events (written by ``export.ics``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rmtui.core import i18n, messages
from rmtui.core.errors import NotFound, UnreadableFile
from rmtui.core.model import Session
from rmtui.core.planning import is_carried
from rmtui.core.tandems import spoken
from rmtui.core.template import Template
from rmtui.core.text import fold
from rmtui.export.ics import Event, calendar
from rmtui.store.identity import workspace_id
from rmtui.store.output import write_output
from rmtui.store.workspace import Workspace

DEFAULT_MINUTES = 90  # a session without an agenda yet: the frame's 1-2 hours
UID_DOMAIN = "rmtui.invalid"
# SEQUENCE counts seconds from here to the session's last change: it grows with every
# change, as RFC 5545 asks, without a counter to keep, and fits the 32-bit INTEGER of
# iCalendar until 2088.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)

if TYPE_CHECKING:
    from rmtui.agenda.library import Library

Templates = Callable[[str], Template | None]


def planned_minutes(session: Session, template: Template | None) -> int:
    """How long the session lasts as planned: what a mentor means by "90 minutes".

    The template's length (its ``minutes``, which may leave room beyond its items), unless
    the mentor's own items now add up to more (the plan was extended) or to less than the
    template's items (some were dropped or shortened): then their total. Items carried
    over from an earlier session never stretch it: they share the session's time.
    """
    # A template's own follow-up item takes the carried actions in, label included: it
    # is still the template's.
    theirs = {fold(i.title).strip() for i in template.items} if template else set()
    own = [i for i in session.items if not is_carried(i) or fold(i.title).strip() in theirs]
    total = sum(item.minutes for item in own)
    if template is None:
        return total or DEFAULT_MINUTES
    if not own:
        return template.minutes
    if total < sum(item.minutes for item in template.items):
        return total
    return max(total, template.minutes)


def session_events(
    workspace: Workspace, tandem_id: str, templates: Templates | None = None
) -> list[Event]:
    """One event per dated session still to come (planned, or live right now), in order.

    The summary names the mentee and the session's place in the frame; the description
    is the agenda's title. Notes never go in: an invitation is not the place for them.
    ``templates`` finds a template by id (default: the workspace's agenda library).
    """
    summary = workspace.summary(tandem_id)
    tandem = summary.tandem
    find = templates or _library(workspace)
    uid_base = f"{workspace_id(workspace.layout)}.{tandem_id}"
    events: list[Event] = []
    for info in summary.sessions:
        if info.status == "done" or info.planned_at is None:
            continue
        minutes = DEFAULT_MINUTES
        try:
            session = workspace.session(tandem_id, info.n)
            minutes = planned_minutes(
                session, find(session.agenda_id) if session.agenda_id else None
            )
        except (UnreadableFile, NotFound):
            pass  # the index still knows the date; the length falls back to the default
        modified = _modified(workspace, tandem_id, info.n)
        events.append(
            Event(
                uid=f"{uid_base}.{info.n}@{UID_DOMAIN}",
                start=info.planned_at,
                minutes=minutes,
                summary=messages.CALENDAR_SUMMARY.format(
                    mentee=tandem.mentee, n=info.n, total=tandem.frame.sessions
                ),
                description=info.title,
                sequence=_sequence(modified),
                modified=modified,
            )
        )
    return events


def session_calendar(
    workspace: Workspace, tandem_id: str, stamp: datetime, templates: Templates | None = None
) -> tuple[str, int]:
    """The iCalendar text for the tandem's coming sessions, and how many it holds, in the
    tandem's language (the events are the mentee's too)."""
    tandem = workspace.tandem(tandem_id)
    with i18n.speaking(spoken(tandem)):
        events = session_events(workspace, tandem_id, templates)
        name = messages.CALENDAR_NAME.format(mentee=tandem.mentee)
    if not events:  # said to the mentor, in the interface's language
        raise NotFound(messages.NO_PLANNED_SESSIONS.format(id=tandem_id))
    with i18n.speaking(spoken(tandem)):
        return calendar(events, stamp, name), len(events)


def write_calendar(workspace: Workspace, tandem_id: str, text: str, target: Path | None) -> Path:
    """Write the calendar (default: ``exports/<id>.ics``); returns where it went."""
    path = target if target is not None else workspace.layout.exports / f"{tandem_id}.ics"
    return write_output(path, text.encode("utf-8"))


def _library(workspace: Workspace) -> Templates:
    library: Library | None = None

    def find(template_id: str) -> Template | None:
        nonlocal library
        if library is None:
            from rmtui.agenda.library import load_library  # YAML only when a session has one

            library = load_library(workspace.layout)
        return library.get(template_id)

    return find


def _modified(workspace: Workspace, tandem_id: str, n: int) -> datetime | None:
    """When the session (else its tandem) last changed, to the second."""
    for path in (
        workspace.layout.session_file(tandem_id, n),
        workspace.layout.tandem_file(tandem_id),
    ):
        try:
            seconds = int(os.stat(path).st_mtime)
        except OSError:
            continue
        return datetime.fromtimestamp(seconds, UTC)
    return None


def _sequence(modified: datetime | None) -> int:
    if modified is None:
        return 0
    return max(0, int((modified - SEQUENCE_EPOCH).total_seconds()))
