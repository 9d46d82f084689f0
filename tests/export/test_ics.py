"""iCalendar output parses back to the same events (folding, escaping, UTC times)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from rmtui.core.text import strip_control
from rmtui.export.ics import Event, calendar

STAMP = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _unfold(text: str) -> list[str]:
    assert text.endswith("\r\n")
    raw = text.split("\r\n")[:-1]
    lines: list[str] = []
    for line in raw:
        assert len(line.encode("utf-8")) <= 75
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _unescape(value: str) -> str:
    out, i = "", 0
    while i < len(value):
        if value[i] == "\\":
            nxt = value[i + 1]
            out += "\n" if nxt in "nN" else nxt
            i += 2
        else:
            out += value[i]
            i += 1
    return out


def _events(text: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for line in _unfold(text):
        if line == "BEGIN:VEVENT":
            found.append({})
        elif found and ":" in line and not line.startswith("END:"):
            key, _, value = line.partition(":")
            found[-1][key] = value
    return found


@given(st.text(max_size=300), st.text(max_size=80))
def test_text_survives_folding_and_escaping(description: str, summary: str) -> None:
    event = Event("ada-1@rmtui", datetime(2026, 3, 2, 15, tzinfo=UTC), 90, summary, description)
    parsed = _events(calendar([event], STAMP))[0]
    clean = strip_control(description.replace("\r\n", "\n").replace("\r", "\n"))
    if description:
        assert _unescape(parsed["DESCRIPTION"]) == clean
    assert _unescape(parsed["SUMMARY"]) == strip_control(
        summary.replace("\r\n", "\n").replace("\r", "\n")
    )


def test_required_properties_and_utc_times() -> None:
    cet = timezone(timedelta(hours=1))
    events = [
        Event("ada-1@rmtui", datetime(2026, 3, 2, 15, 0, tzinfo=cet), 90, "Session 1: Kick-off"),
        Event("ada-2@rmtui", datetime(2026, 3, 16, 15, 0, tzinfo=cet), 60, "Session 2; LinkedIn"),
    ]
    text = calendar(events, STAMP, name="Reverse mentoring, Ada")
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert "X-WR-CALNAME:Reverse mentoring, Ada" in lines  # read as it stands, no TEXT escapes
    parsed = _events(text)
    assert [e["UID"] for e in parsed] == ["ada-1@rmtui", "ada-2@rmtui"]
    assert parsed[0]["DTSTART"] == "20260302T140000Z"
    assert parsed[0]["DTEND"] == "20260302T153000Z"
    assert parsed[1]["SUMMARY"] == "Session 2\\; LinkedIn"
    assert all(e["DTSTAMP"] == "20261124T090000Z" for e in parsed)
