"""What happens to a session while it runs: clock, current item, item time, who drives.

Pure functions on a ``Session`` and the wall time ``now`` (epoch seconds); the service
applies them inside a locked read-modify-write of the session file.

Item time needs no extra state: every second on the session clock belongs to the item
that was current, so the time not yet booked is ``elapsed - sum(spent_seconds)``, and it
is booked to the current item whenever the current item changes, the clock stops, or the
session ends. Driven time is booked the same way from ``Session.driving_since``.
"""

from __future__ import annotations

from typing import Literal

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.model import ClockState, Session, SessionStatus

ItemMark = Literal["done", "skipped", "open"]
ITEM_MARKS: tuple[ItemMark, ...] = ("done", "skipped", "open")
LIVE: frozenset[SessionStatus] = frozenset({"running", "paused"})
WARN_SECONDS = 120.0  # the timebox turns to a warning this close to its end
Timebox = Literal["ok", "warning", "over"]


class NotAllowed(RmtuiError):
    """A step the session's status does not allow (stopping a planned session, ...)."""


def elapsed(session: Session, now: float) -> float:
    return session.clock.elapsed(now)


def _book(session: Session, at: float) -> None:
    """Book the session-clock time up to ``at`` to the current item (and its driving)."""
    items = session.items
    if 0 <= session.current_item < len(items):
        item = items[session.current_item]
        item.spent_seconds += max(0.0, at - sum(i.spent_seconds for i in items))
        if session.driving_since is not None:
            item.driven_seconds += max(0.0, at - session.driving_since)
    if session.driving_since is not None:
        session.driving_since = at


def start(session: Session, now: float) -> None:
    """Run a planned or paused session; a running one is left as it is."""
    if session.status == "done":
        raise NotAllowed(messages.SESSION_DONE.format(id=session.id))
    if session.status == "running":
        return
    session.clock = ClockState(banked=session.clock.banked, running_since=now)
    session.status = "running"


def resume(session: Session, now: float) -> None:
    if session.status == "planned":
        raise NotAllowed(messages.SESSION_NOT_STARTED.format(id=session.id))
    start(session, now)


def pause(session: Session, now: float) -> None:
    _require_live(session)
    if session.status == "paused":
        return
    at = elapsed(session, now)
    _book(session, at)
    session.clock = ClockState(banked=at)
    session.status = "paused"


def stop(session: Session, now: float) -> None:
    """End the session: book the last item's time, stop the clock and the driving."""
    if session.status == "done":
        return
    _require_live(session)
    at = elapsed(session, now)
    _book(session, at)
    session.clock = ClockState(banked=at)
    session.driving_since = None
    session.status = "done"


def go_to(session: Session, index: int, now: float) -> None:
    """Make item ``index`` current, booking the time so far to the one that was."""
    check_item(session, index)
    if session.status == "done":
        raise NotAllowed(messages.SESSION_DONE.format(id=session.id))
    if index != session.current_item:
        _book(session, elapsed(session, now))
        session.current_item = index


def step(session: Session, delta: int, now: float) -> None:
    """Move ``delta`` items forward (or back), stopping at the first and the last."""
    if session.items:
        target = min(max(session.current_item + delta, 0), len(session.items) - 1)
        go_to(session, target, now)


def mark(session: Session, index: int, how: ItemMark) -> None:
    """Mark an item done, skipped, or open again (also allowed in the review)."""
    check_item(session, index)
    item = session.items[index]
    item.done, item.skipped = how == "done", how == "skipped"


def set_driving(session: Session, on: bool, now: float) -> None:
    """The mentee takes the keyboard (``on``) or hands it back for talk and demo."""
    _require_live(session)
    if on == (session.driving_since is not None):
        return
    at = elapsed(session, now)
    _book(session, at)
    session.driving_since = at if on else None


def check_item(session: Session, index: int) -> None:
    if not 0 <= index < len(session.items):
        raise NotAllowed(messages.NO_ITEM.format(id=session.id, index=index + 1))


def _require_live(session: Session) -> None:
    if session.status == "planned":
        raise NotAllowed(messages.SESSION_NOT_STARTED.format(id=session.id))
    if session.status == "done":
        raise NotAllowed(messages.SESSION_DONE.format(id=session.id))


# --- what the live screen and the review show ---------------------------------------------


def _unbooked(session: Session, at: float) -> float:
    if session.status not in LIVE:
        return 0.0
    return max(0.0, at - sum(i.spent_seconds for i in session.items))


def item_spent(session: Session, index: int, at: float) -> float:
    """Seconds spent on item ``index`` by session-clock time ``at`` (booked or not)."""
    spent = session.items[index].spent_seconds
    if index == session.current_item:
        spent += _unbooked(session, at)
    return spent


def item_driven(session: Session, index: int, at: float) -> float:
    """Seconds the mentee drove during item ``index`` by session-clock time ``at``."""
    driven = session.items[index].driven_seconds
    since = session.driving_since
    if index == session.current_item and since is not None and session.status in LIVE:
        driven += max(0.0, at - since)
    return driven


def driven_total(session: Session, at: float) -> float:
    return sum(item_driven(session, i, at) for i in range(len(session.items)))


def remaining(session: Session, at: float) -> float | None:
    """Seconds left in the current item's timebox (negative: overtime), None without items."""
    if not 0 <= session.current_item < len(session.items):
        return None
    item = session.items[session.current_item]
    return 60.0 * item.minutes - item_spent(session, session.current_item, at)


def timebox(left: float | None) -> Timebox:
    if left is None or left > WARN_SECONDS:
        return "ok"
    return "warning" if left >= 0 else "over"
