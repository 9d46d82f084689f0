"""Dates as people type them, one parser for every face: ISO, day-first European dates,
``today``, ``tomorrow`` and weekday names; strict, never month first. The CLI echoes on
stderr what it understood (with the zone) whenever the form was not ISO."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sessionkit import Cli

from rmtui.core.errors import InvalidInput
from rmtui.core.planning import parse_planned_at
from rmtui.core.tandems import parse_date

THURSDAY = date(2026, 12, 10)
CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-12-24", date(2026, 12, 24)),
        ("24.12.2026", date(2026, 12, 24)),
        ("24/12/2026", date(2026, 12, 24)),
        ("1.2.2027", date(2027, 2, 1)),  # day first: the 1st of February
        ("03/04/2027", date(2027, 4, 3)),  # the 3rd of April, never March 4th
        ("today", THURSDAY),
        ("Today", THURSDAY),
        ("tomorrow", date(2026, 12, 11)),
        ("fri", date(2026, 12, 11)),
        ("friday", date(2026, 12, 11)),
        ("mon", date(2026, 12, 14)),
        ("Tue", date(2026, 12, 15)),
        ("wednesday", date(2026, 12, 16)),
        ("thu", date(2026, 12, 17)),  # today is Thursday: the next one is a week on
        ("sun", date(2026, 12, 13)),
    ],
)
def test_every_day_form(typed: str, day: date) -> None:
    assert parse_date(typed, "due", today=THURSDAY) == day


@pytest.mark.parametrize(
    "typed",
    [
        "12/24/2026",
        "24.12.26",
        "24-12-2026",
        "2026/12/24",
        "31.02.2027",
        "next tuesday",
        "tues day",
        "",
        "24.12/2026",
        "1.1.1800",
    ],
)
def test_a_day_that_is_not_one_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput):
        parse_date(typed, "due", today=THURSDAY)


@pytest.mark.parametrize(
    ("typed", "at"),
    [
        ("2026-12-24 15:00", datetime(2026, 12, 24, 15, 0)),
        ("2026-12-24T15:00", datetime(2026, 12, 24, 15, 0)),
        ("2026-12-24", datetime(2026, 12, 24, 9, 0)),
        ("24.12.2026 15:00", datetime(2026, 12, 24, 15, 0)),
        ("24/12/2026 9:30", datetime(2026, 12, 24, 9, 30)),
        ("24.12.2026", datetime(2026, 12, 24, 9, 0)),
        ("today 18:00", datetime(2026, 12, 10, 18, 0)),
        ("tomorrow 08:15", datetime(2026, 12, 11, 8, 15)),
        ("tue 15:00", datetime(2026, 12, 15, 15, 0)),
        ("  Tuesday   15:00 ", datetime(2026, 12, 15, 15, 0)),
    ],
)
def test_every_date_and_time_form(typed: str, at: datetime) -> None:
    assert parse_planned_at(typed, CET, today=THURSDAY) == at.replace(tzinfo=CET)


@pytest.mark.parametrize(
    "typed",
    ["tue 25:00", "tue 15:60", "tue 3pm", "tue at 15:00", "12/24/2026 15:00", "15:00"],
)
def test_a_date_and_time_that_is_not_one_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput):
        parse_planned_at(typed, CET, today=THURSDAY)


@pytest.fixture
def cli(ws_root: Path) -> Cli:
    return Cli(ws_root)


@pytest.fixture
def tandem(cli: Cli) -> str:
    code, out, _ = cli("tandem", "add", "--mentee", "Joëlle Dubois", "--sessions", "3")
    assert code == 0
    return out.strip()


def test_the_cli_echoes_what_it_understood_with_the_zone(cli: Cli, tandem: str) -> None:
    tomorrow = date.today() + timedelta(days=1)
    code, out, err = cli("tandem", "schedule", tandem, "tomorrow 15:00")
    assert code == 0 and out.split()[-1] == "15:00"
    zone = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 15).astimezone().tzname()
    assert err == f"tomorrow 15:00: {tomorrow:%a} {tomorrow.day} {tomorrow:%b %Y} 15:00 {zone}\n"
    code, _, err = cli("session", "plan", tandem, "--agenda", "iot", "--at", "tue 10:00")
    assert code == 0 and err.startswith("tue 10:00: Tue ")
    listed = json.loads(cli("session", "list", tandem, "--json")[1])
    assert datetime.fromisoformat(listed[0]["planned_at"]).weekday() == 1  # a Tuesday


def test_iso_is_not_echoed_and_day_first_is(cli: Cli, tandem: str) -> None:
    assert cli("tandem", "schedule", tandem, "2199-03-01 15:00")[2] == ""
    code, out, err = cli("tandem", "schedule", tandem, "01.03.2199 16:00")
    assert code == 0 and out.split()[-2:] == ["2199-03-01", "16:00"]
    assert err.startswith("01.03.2199 16:00: Fri 1 Mar 2199 16:00")


def test_days_typed_for_start_and_due(cli: Cli) -> None:
    code, out, err = cli("tandem", "add", "--mentee", "Ann Lee", "--start", "24/12/2199")
    assert code == 0 and err == "24/12/2199: Tue 24 Dec 2199\n"
    shown = json.loads(cli("tandem", "show", out.strip(), "--json")[1])
    assert shown["progress"]["start"] == "2199-12-24"
    code, _, err = cli("action", "add", out.strip(), "send the deck", "--due", "tomorrow")
    assert code == 0 and err.startswith("tomorrow: ")
    actions = json.loads(cli("action", "list", out.strip(), "--json")[1])
    assert actions[0]["due"] == (date.today() + timedelta(days=1)).isoformat()


def test_a_month_first_date_is_a_usage_error(cli: Cli, tandem: str) -> None:
    code, out, err = cli("tandem", "schedule", tandem, "12/24/2026 15:00")
    assert code == 2 and out == "" and "day first" in err
    code, _, err = cli("tandem", "add", "--mentee", "Ann Lee", "--start", "12/24/2026")
    assert code == 2 and "day first" in err
