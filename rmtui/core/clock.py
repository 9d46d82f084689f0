"""The session clock: elapsed time that pauses, never runs backwards, and survives a crash.

What is persisted is a ``ClockState`` (time banked plus the wall time of the last resume),
because only wall time means anything to a new process after a crash or a reboot. While
one process runs, the clock advances on the monotonic clock instead, so a wall-clock jump
(NTP, a laptop lid, a DST change) never makes the timer or a note stamp jump.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rmtui.core.model import ClockState

TimeSource = Callable[[], float]


class SessionClock:
    """A live view of a persisted ``ClockState``; time sources are injectable for tests."""

    def __init__(
        self,
        state: ClockState | None = None,
        *,
        wall: TimeSource = time.time,
        mono: TimeSource = time.monotonic,
    ) -> None:
        self._wall = wall
        self._mono = mono
        self._floor = 0.0
        self.adopt(state or ClockState())

    def adopt(self, state: ClockState) -> None:
        """Follow ``state`` (read from disk, perhaps written by another process)."""
        self._running = state.running
        self._base = state.elapsed(self._wall())
        self._anchor = self._mono()
        # A state written by another process may lag this one's monotonic reading by a few
        # milliseconds; the floor keeps the display from ticking backwards. A state from a
        # new session (banked lower by more than a blink) is a reset, not a lag.
        if self._base < self._floor - 1.0:
            self._floor = 0.0

    @property
    def running(self) -> bool:
        return self._running

    @property
    def elapsed(self) -> float:
        """Seconds on the session clock now: pause-aware and monotonic."""
        value = self._base
        if self._running:
            value += max(0.0, self._mono() - self._anchor)
        self._floor = max(self._floor, value)
        return self._floor

    def start(self) -> ClockState:
        """Run the clock (a no-op when it runs already); returns the state to persist."""
        if not self._running:
            self._base, self._anchor, self._running = self.elapsed, self._mono(), True
        return self.state()

    def pause(self) -> ClockState:
        if self._running:
            self._base, self._running = self.elapsed, False
        return self.state()

    def state(self) -> ClockState:
        """The persistable form: wall time of a virtual resume that yields ``elapsed`` now."""
        elapsed = self.elapsed
        if not self._running:
            return ClockState(banked=elapsed)
        return ClockState(banked=0.0, running_since=self._wall() - elapsed)


def format_elapsed(seconds: float) -> str:
    """``[mm:ss]`` style stamp, hours added past 60 minutes: ``"07:05"``, ``"1:02:03"``."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
