"""Dates and times as people type them: one strict parser for every face.

ISO (``2026-12-10``, ``2026-12-10 15:00``, with ``T`` or an offset), the European day-first
``10.12.2026`` and ``10/12/2026`` (never month first: ``12/10`` is the 12th of October),
and the words ``today``, ``tomorrow`` and a weekday (``tue`` = the next Tuesday, a week on
when today is one). A time is ``HH:MM`` after the day. The words live in
``rmtui.core.messages`` so a translation brings its own.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from rmtui.core import messages

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})", re.ASCII)
_TIME = re.compile(r"(\d{1,2}):(\d{2})", re.ASCII)


def typed_day(text: str, today: date) -> date | None:
    """The day ``text`` names (no time), or None when it is not one of the forms."""
    words = text.strip().lower()
    if _ISO.fullmatch(words) and len(words) == 10:
        try:
            return date.fromisoformat(words)
        except ValueError:
            return None
    found = _DAY_FIRST.fullmatch(words)
    if found is not None:
        day, _, month, year = found.groups()
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            return None
    if words in messages.TODAY_WORDS:
        return today
    if words in messages.TOMORROW_WORDS:
        return today + timedelta(days=1)
    for weekday, names in enumerate(messages.WEEKDAY_WORDS):
        if words in names:
            return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    return None


def typed_moment(text: str, today: date, *, default: time) -> datetime | None:
    """The date and time ``text`` names (naive unless ISO with an offset), ``default``
    when it gives a day only; None when it is not one of the forms."""
    stripped = text.strip()
    if _ISO.fullmatch(stripped):
        try:
            if len(stripped) == 10:
                return datetime.combine(date.fromisoformat(stripped), default)
            return datetime.fromisoformat(stripped)
        except ValueError:
            return None
    parts = stripped.split()
    if len(parts) == 1:
        day = typed_day(parts[0], today)
        return None if day is None else datetime.combine(day, default)
    if len(parts) != 2:
        return None
    day = typed_day(parts[0], today)
    found = _TIME.fullmatch(parts[1])
    if day is None or found is None:
        return None
    hour, minute = int(found[1]), int(found[2])
    if hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute))


def is_iso(text: str) -> bool:
    """Whether ``text`` is written the ISO way (nothing to interpret, nothing to echo)."""
    return _ISO.fullmatch(text.strip()) is not None


def day_label(day: date, *, weekday: bool = True, year: bool = False) -> str:
    """A day as rmtui shows it, in the language being spoken: ``Fri 4 Dec`` (``vr 4 dec``,
    ``pt 4 gru``, ``Fr. 4. Dez.``), with ``year`` ``Fri 4 Dec 2026``; without ``weekday``
    ``4 Dec 2026`` (or ``4 Dec``)."""
    month = messages.MONTH_SHORT[day.month - 1]
    if not weekday:
        form = messages.DATE_LABEL if year else messages.DAY_MONTH_LABEL
        return form.format(day=day.day, month=month, year=day.year)
    form = messages.DAY_LABEL_YEAR if year else messages.DAY_LABEL
    name = messages.WEEKDAY_SHORT[day.weekday()]
    return form.format(weekday=name, day=day.day, month=month, year=day.year)


def moment_label(
    moment: datetime, *, weekday: bool = True, year: bool = True, zone: bool = False
) -> str:
    """A date and time, ``Fri 4 Dec 2026 15:00`` (``zone``: with its time zone's name)."""
    at = f"{moment:%H:%M}"
    if zone and moment.tzinfo is not None:
        at = f"{at} {moment:%Z}".rstrip()
    label = day_label(moment.date(), weekday=weekday, year=year)
    return messages.MOMENT_LABEL.format(date=label, time=at)


def weekday_name(day: date) -> str:
    """``Friday``, in the language being spoken."""
    return messages.WEEKDAY_NAMES[day.weekday()]


def month_name(day: date) -> str:
    """``December``, in the language being spoken."""
    return messages.MONTH_NAMES[day.month - 1]
