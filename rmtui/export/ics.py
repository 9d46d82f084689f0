"""Planned sessions as an iCalendar file (RFC 5545) for Outlook, Google Calendar, Thunderbird."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from rmtui.core.text import strip_control

PRODID = "-//rmtui//reverse mentoring sessions//EN"


@dataclass(frozen=True, slots=True)
class Event:
    uid: str
    start: datetime
    minutes: int
    summary: str
    description: str = ""
    location: str = ""
    # Grows with every change of the session, so a re-import updates the event.
    sequence: int = 0
    modified: datetime | None = None


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    value = strip_control(value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def plain_value(value: str) -> str:
    """An X- property's value as calendar apps read it: one line, no TEXT escapes.

    ``X-WR-CALNAME`` has no declared type, so readers (icalendar, ical.js, Apple and
    Google Calendar) take its value as it stands: a ``\\,`` would show its backslash.
    """
    return " ".join(strip_control(value.replace("\r", " ").replace("\n", " ")).split())


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1)."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _utc(value: datetime) -> str:
    aware = value if value.tzinfo is not None else value.astimezone()
    return aware.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(events: Iterable[Event], stamp: datetime, name: str = "") -> str:
    """A VCALENDAR with one VEVENT per session.

    Times are UTC, stated as such (``Z``): every client shows them in its own zone, so no
    VTIMEZONE has to describe the mentor's zone (the session's time was fixed when it
    was planned).
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if name:
        lines.append(f"X-WR-CALNAME:{plain_value(name)}")
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(event.uid)}",
            f"DTSTAMP:{_utc(stamp)}",
            f"SEQUENCE:{max(0, event.sequence)}",
            f"DTSTART:{_utc(event.start)}",
            f"DTEND:{_utc(event.start + timedelta(minutes=event.minutes))}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.modified is not None:
            lines.append(f"LAST-MODIFIED:{_utc(event.modified)}")
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape_text(event.location)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
