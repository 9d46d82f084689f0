"""The ranges every value must fall in, whether typed, read from disk or imported.

One set of rules: the CLI and the TUI refuse a value outside them with a message, and a
file or an import that holds one is refused like any other damage (so a frame of 10**12
sessions or a start in the year 9999 can never reach the frame arithmetic).
"""

from __future__ import annotations

import math
from datetime import date

from rmtui.core import messages
from rmtui.core.errors import InvalidInput

FIRST_YEAR = 1970
LAST_YEAR = 2200
MAX_SESSIONS = 52
MAX_MONTHS = 36
# Session numbers, orders, item indexes, minutes, record ids: far beyond any real tandem.
MAX_COUNT = 1_000_000
# Seconds on a session clock, or a wall-clock stamp (the epoch second of 2200 is 7.3e9).
MAX_SECONDS = 10_000_000_000


def day_in_range(day: date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def check_day(day: date, field: str) -> date:
    """``day``, or ``InvalidInput`` naming ``field`` when it is outside the sane years."""
    if not day_in_range(day):
        raise InvalidInput(field, messages.DATE_RANGE.format(first=FIRST_YEAR, last=LAST_YEAR))
    return day


def seconds_in_range(value: float) -> bool:
    return math.isfinite(value) and 0 <= value <= MAX_SECONDS
