"""A fixed "now", and wall and monotonic time that move only when the test says so."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

# A Monday morning in March, CET: the demo's next session is two days later.
NOW = datetime(2025, 3, 10, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def fixed_now() -> datetime:
    return NOW


class FakeTime:
    """Wall and monotonic seconds for ``SessionService(wall=..., mono=...)``, and ``now``
    for a ``Workspace`` clock, all from one count the test moves."""

    def __init__(
        self, wall: float | None = None, mono: float = 5000.0, tz: tzinfo | None = None
    ) -> None:
        self.wall_now = NOW.timestamp() if wall is None else wall
        self.mono_now = mono
        self.tz = tz or NOW.tzinfo

    def wall(self) -> float:
        return self.wall_now

    def mono(self) -> float:
        return self.mono_now

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.wall_now, self.tz)

    def advance(self, seconds: float) -> None:
        self.wall_now += seconds
        self.mono_now += seconds

    def jump_wall(self, seconds: float) -> None:
        """The wall clock is set (NTP, DST, a user): monotonic time does not move."""
        self.wall_now += seconds
