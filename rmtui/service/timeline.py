"""The frame's sessions as a compact strip: done, live, planned, missed, free, midpoint.

``●●●○✕·|····`` reads: three done, one planned, one missed, one slot not planned yet,
then the midpoint meetup, then the second half of the frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from rmtui.core.frame import add_months, spread_dates
from rmtui.core.model import Frame, SessionInfo

SlotState = Literal["done", "live", "planned", "missed", "free"]
GLYPHS: dict[str, str] = {
    "done": "●",
    "live": "◉",
    "planned": "○",
    "missed": "✕",
    "free": "·",
}
MIDPOINT_GLYPH = "|"


@dataclass(frozen=True, slots=True)
class Slot:
    """One place in the frame: a session (by its number) or a free slot."""

    index: int  # 1-based position in the frame
    state: SlotState
    day: date  # the session's planned day, or the suggested one for a free slot
    session: SessionInfo | None = None

    @property
    def glyph(self) -> str:
        return GLYPHS[self.state]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The frame's slots in order; the midpoint meetup falls before slot ``midpoint_before``
    (1-based; ``len(slots) + 1`` when every slot comes before it)."""

    slots: tuple[Slot, ...]
    midpoint_before: int
    midpoint: date

    def strip(self) -> str:
        """``●●●○·|····``: one glyph per slot, ``|`` at the midpoint."""
        glyphs = [s.glyph for s in self.slots]
        glyphs.insert(self.midpoint_before - 1, MIDPOINT_GLYPH)
        return "".join(glyphs)

    def count(self, state: SlotState) -> int:
        return sum(1 for s in self.slots if s.state == state)


def _day(value: datetime) -> date:
    return (value if value.tzinfo is None else value.astimezone()).date()


def slot_state(info: SessionInfo, now: datetime) -> SlotState:
    return _state(info, _naive(now))


def _state(info: SessionInfo, local_now: datetime) -> SlotState:
    """``slot_state`` with ``now`` already on the local wall clock (``_naive``)."""
    if info.status == "done":
        return "done"
    if info.status in ("running", "paused"):
        return "live"
    if info.planned_at is not None and _naive(info.planned_at) < local_now:
        return "missed"
    return "planned"


def _naive(value: datetime) -> datetime:
    return (
        value.replace(tzinfo=None)
        if value.tzinfo is None
        else (value.astimezone().replace(tzinfo=None))
    )


def timeline(
    start: date,
    frame: Frame,
    sessions: list[SessionInfo],
    now: datetime,
    midpoint: date | None = None,
) -> Timeline:
    """Slots for the frame's ``frame.sessions`` sessions (more if more were planned);
    ``midpoint`` defaults to the frame's middle day (as ``core.frame.progress`` has it)."""
    suggested: list[date] = []
    if len(sessions) < frame.sessions or any(s.planned_at is None for s in sessions):
        # Only a free slot or a session without a date takes a suggested day.
        suggested = [d.date() for d in spread_dates(start, frame)]
    ordered = sorted(sessions, key=lambda s: s.n)
    count = max(frame.sessions, len(ordered))
    local_now = _naive(now)
    slots: list[Slot] = []
    last = start
    for i in range(count):
        if i < len(ordered):
            info = ordered[i]
            day = (
                _day(info.planned_at)
                if info.planned_at
                else (suggested[i] if i < len(suggested) else last)
            )
            slots.append(Slot(i + 1, _state(info, local_now), day, info))
        else:
            day = suggested[i] if i < len(suggested) else last
            day = max(day, last)  # free slots never come before what is already planned
            slots.append(Slot(i + 1, "free", day))
        last = slots[-1].day
    if midpoint is None:
        length = max(1, (add_months(start, frame.months) - start).days)
        midpoint = start + timedelta(days=length // 2)
    before = next((s.index for s in slots if s.day >= midpoint), count + 1)
    return Timeline(tuple(slots), before, midpoint)
