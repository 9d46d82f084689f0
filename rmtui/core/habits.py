"""Homework between sessions: habits with a rhythm, and check-ins told at each session.

An action owned by the mentee can be a habit ("one post a day"). At each session the
tandem tells how it went: done, tried, stuck or dropped, with a one-line note. One
check-in per session (telling again replaces it); the row of them is the habit's strip,
``✓ ~ ✓ ✓ ✗``, shown in the actions tab, ``action list`` and the summaries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.model import (
    CHECKIN_STATES,
    Action,
    ActionState,
    AgendaItem,
    Checkin,
    CheckinState,
    Session,
)
from rmtui.core.text import one_line

MAX_HABIT = 120
MAX_CHECKIN_NOTE = 200
GLYPHS: dict[str, str] = {"done": "✓", "tried": "~", "stuck": "!", "dropped": "✗"}
NO_CHECKIN = "·"  # a session between two check-ins that told nothing
STUCK_MINUTES = 10  # the timebox of a stuck action put on the agenda


def habit_text(value: str) -> str:
    """A habit's rhythm on one line (empty: not a habit), or ``InvalidInput``."""
    line = one_line(value)
    if len(line) > MAX_HABIT:
        raise InvalidInput("habit", messages.TOO_LONG.format(limit=MAX_HABIT))
    return line


def checkin_state(value: str) -> CheckinState:
    if value not in CHECKIN_STATES:
        raise InvalidInput("state", messages.ONE_OF.format(choices=", ".join(CHECKIN_STATES)))
    return value  # type: ignore[return-value]


def check_in(action: Action, session: int, state: str, note: str = "") -> Action:
    """``action`` with the check-in of ``session`` (replacing one told there before) and
    the state it leads to: dropped drops it; done closes a one-off action, while a habit
    stays open; tried or stuck keep it (or put it back) open."""
    told = checkin_state(state)
    line = one_line(note)
    if len(line) > MAX_CHECKIN_NOTE:
        raise InvalidInput("note", messages.TOO_LONG.format(limit=MAX_CHECKIN_NOTE))
    kept = [c for c in action.checkins if c.session != session]
    checkins = sorted([*kept, Checkin(session, told, line)], key=lambda c: c.session)
    return replace(action, checkins=checkins, state=state_after(action, told))


def state_after(action: Action, told: CheckinState) -> ActionState:
    if told == "dropped":
        return "dropped"
    if told == "done" and not action.habit:
        return "done"
    return "open"


def strip(checkins: Iterable[Checkin]) -> str:
    """``✓ ~ · ✗``: one glyph per session from the first check-in to the last, ``·`` for a
    session in between that told nothing; empty when there is no check-in."""
    by_session = {c.session: c for c in checkins}
    if not by_session:
        return ""
    first, last = min(by_session), max(by_session)
    return " ".join(
        GLYPHS[by_session[n].state] if n in by_session else NO_CHECKIN
        for n in range(first, last + 1)
    )


def is_homework(action: Action) -> bool:
    """A habit, or an action that was checked in at least once."""
    return bool(action.habit or action.checkins)


def on_agenda(session: Session, action_id: int) -> bool:
    """Whether an item of ``session``'s agenda already refers to action ``action_id``."""
    return any(action_id in item.actions for item in session.items)


def put_stuck_on_agenda(session: Session, action: Action, title: str) -> bool:
    """Put ``action`` on ``session``'s agenda as an item to work through together: right
    after the item under way, or last when the session has not started. The item refers to
    the action by id and never copies its text (see ``AgendaItem.actions``). False, and
    nothing changes, when an item already refers to it.

    The caller has checked that the action is open and not private, and that the session
    is not over."""
    if on_agenda(session, action.id):
        return False
    item = AgendaItem(title=title, minutes=STUCK_MINUTES, actions=[action.id])
    started = session.status in ("running", "paused")
    at = min(session.current_item + 1, len(session.items)) if started else len(session.items)
    session.items.insert(at, item)
    return True
