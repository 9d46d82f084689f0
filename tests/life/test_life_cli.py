"""The CLI of the tandem's life: output, JSON, exit codes, and a calendar parsed back."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from lifekit import Cli, add_session, add_tandem, at, note

from rmtui.store import Workspace

Run = subprocess.CompletedProcess[str]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "workspace")


@pytest.fixture
def tid(cli: Cli) -> str:
    return add_tandem(Workspace(cli.root), start=date.today())


def test_action_add_list_done_drop(cli: Cli, tid: str) -> None:
    assert cli("action", "add", tid, "one", "tweet", "per", "day") == (0, "1\n", "")
    code, out, _ = cli("action", "add", tid, "share the post", "--owner", "mentor",
                       "--due", "2027-03-01", "--private")  # fmt: skip
    assert (code, out) == (0, "2\n")
    code, out, _ = cli("action", "list", tid)
    assert code == 0
    head = ["#", "STATE", "OWNER", "DUE", "SESSION", "CHECK-INS", "TEXT"]
    assert out.splitlines()[0].split() == head
    assert "~ share the post" in out and "2027-03-01" in out

    assert cli("action", "done", tid, "1") == (0, "action 1: done\n", "")
    assert cli("action", "drop", tid, "2")[0] == 0
    code, out, err = cli("action", "list", tid)
    assert (code, out) == (0, "") and "no open action" in err
    code, out, _ = cli("action", "list", tid, "--all", "--json")
    listed = json.loads(out)
    assert [(a["id"], a["state"], a["owner"]) for a in listed] == [
        (1, "done", "mentee"), (2, "dropped", "mentor")
    ]  # fmt: skip
    assert listed[1]["due"] == "2027-03-01" and listed[1]["private"] is True
    assert cli("action", "reopen", tid, "1")[0] == 0

    assert cli("action", "done", tid, "9")[0] == 1  # no such action
    assert cli("action", "add", "nobody", "x")[0] == 1
    assert cli("action", "add", tid, "x", "--due", "soon")[0] == 2  # bad input
    assert cli("action", "add", tid, "x", "--owner", "boss")[0] == 2  # usage
    assert cli("action", "done", tid, "first")[0] == 2


def test_learned_add_list_edit(cli: Cli, tid: str) -> None:
    assert cli("learned", "add", tid, "--by", "mentor", "pallet-hours")[:2] == (0, "1\n")
    assert cli("learned", "add", tid, "--by", "mentee", "headlines", "--private",
               "--keyword", "linkedin")[:2] == (0, "2\n")  # fmt: skip
    code, out, _ = cli("learned", "list", tid)
    assert code == 0
    assert "the mentor learned (from the mentee): 1" in out
    assert "~ headlines" in out and "balance: mentor 1" in out
    code, out, _ = cli("learned", "list", tid, "--json")
    data = json.loads(out)
    assert data["balance"] == {"mentor": 1, "mentee": 1, "one_sided": False}
    assert data["mentee"][0]["keywords"] == ["LinkedIn"]
    assert cli("learned", "edit", tid, "2", "LinkedIn headlines", "--public")[0] == 0
    data = json.loads(cli("learned", "list", tid, "--json")[1])
    assert data["mentee"][0]["text"] == "LinkedIn headlines"
    assert data["mentee"][0]["private"] is False
    assert cli("learned", "delete", tid, "2")[0] == 0
    assert cli("learned", "delete", tid, "2")[0] == 1
    assert cli("learned", "add", tid, "x")[0] == 2  # --by is required


def test_keyword_rename_move_drop_cover(cli: Cli, tid: str) -> None:
    assert cli("keyword", "rename", tid, "iot", "Internet of Things") == (
        0, "Internet of Things\n", ""
    )  # fmt: skip
    code, out, _ = cli("keyword", "move", tid, "Datenschutz", "1")
    assert code == 0 and out.splitlines()[0] == "1  Datenschutz"
    assert cli("keyword", "drop", tid, "big data", "LinkedIn")[1] == (
        "big data: dropped\nLinkedIn: dropped\n"
    )
    assert cli("keyword", "cover", tid, "prywatnosc")[1] == "prywatność: covered\n"
    listed = json.loads(cli("keyword", "list", tid, "--json")[1])
    assert [(k["order"], k["text"], k["status"]) for k in listed] == [
        (1, "Datenschutz", "open"),
        (2, "LinkedIn", "dropped"),
        (3, "prywatność", "covered"),
        (4, "big data", "dropped"),
        (5, "Internet of Things", "open"),
    ]
    assert cli("keyword", "rename", tid, "Twitter", "X")[0] == 1
    assert cli("keyword", "rename", tid, "Datenschutz", "linkedin")[0] == 2  # taken
    assert cli("keyword", "move", tid, "Datenschutz", "0")[0] == 2
    assert cli("keyword", "move", tid, "Datenschutz", "top")[0] == 2


def test_search_text_and_json(cli: Cli, tid: str) -> None:
    ws = Workspace(cli.root)
    add_session(ws, tid, at(date(2027, 1, 5)), "done", [
        note("Łódź: PRYWATNOŚĆ w praktyce", elapsed=65),
        note("~ prywatnosc: boi się", private=True, elapsed=3725),
    ])  # fmt: skip
    code, out, _ = cli("search", "prywatnosc")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["TANDEM", "SESSION", "AT", "KIND", "TEXT"]
    assert lines[1].split()[:4] == [tid, "1", "[01:05]", "note"]
    assert lines[2].split()[:4] == [tid, "1", "[1:02:05]", "~note"]
    hits = json.loads(cli("search", "PRYWATNOŚĆ", "--json")[1])
    assert [(h["session"], h["stamp"], h["private"], h["note"]) for h in hits] == [
        (1, "[01:05]", False, 1), (1, "[1:02:05]", True, 2)
    ]  # fmt: skip
    # Nothing matched: exit status 1, as grep (a script can test `if rmtui search ...`).
    assert cli("search", "zebra") == (1, "", "rmtui: nothing matches 'zebra'\n")
    assert cli("search", "zebra", "--json")[:2] == (1, "[]\n")
    assert cli("search", " ")[0] == 2


def _unfold(text: str) -> list[str]:
    assert text.endswith("\r\n")
    lines: list[str] = []
    for line in text.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _events(text: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for line in _unfold(text):
        if line == "BEGIN:VEVENT":
            found.append({})
        elif found and ":" in line and not line.startswith("END:"):
            key, _, value = line.partition(":")
            found[-1][key] = value
    return found


def _without_stamp(event: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in event.items() if k != "DTSTAMP"}


def test_calendar_parses_back(cli: Cli, tid: str) -> None:
    ws = Workspace(cli.root)
    add_session(ws, tid, at(date(2027, 1, 5)), "done")  # held: not in the calendar
    add_session(ws, tid, at(date(2027, 1, 19)), title="Privacy, GDPR; cookies")
    add_session(ws, tid, at(date(2027, 2, 2)))
    add_session(ws, tid, None)  # no date: not in the calendar

    code, out, err = cli("calendar", tid, "-o", "-")

    assert (code, err) == (0, "")
    lines = _unfold(out)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    events = _events(out)
    wsid = (cli.root / "workspace-id").read_text().strip()
    assert [e["UID"] for e in events] == [
        f"{wsid}.{tid}.2@rmtui.invalid",
        f"{wsid}.{tid}.3@rmtui.invalid",
    ]
    # 19 Jan 2027 15:00 at UTC+1 is 14:00 UTC; no agenda yet: 90 minutes.
    assert events[0]["DTSTART"] == "20270119T140000Z"
    assert events[0]["DTEND"] == "20270119T153000Z"
    assert events[0]["DESCRIPTION"] == "Privacy\\, GDPR\\; cookies"
    assert events[0]["SUMMARY"] == "Reverse mentoring: Zofia Wąsowska (2/10)"
    assert all(datetime.strptime(e["DTSTAMP"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
               for e in events)  # fmt: skip

    code, _, err = cli("calendar", tid)
    default = cli.root / "exports" / f"{tid}.ics"
    assert code == 0 and str(default) in err and "2 sessions" in err
    target = cli.root.parent / "out.ics"
    assert cli("calendar", tid, "-o", str(target))[0] == 0
    for path in (default, target):
        written = _events(path.read_bytes().decode("utf-8"))
        assert [_without_stamp(e) for e in written] == [_without_stamp(e) for e in events]


def test_calendar_without_planned_sessions_is_an_error(cli: Cli, tid: str) -> None:
    code, out, err = cli("calendar", tid, "-o", "-")
    assert (code, out) == (1, "") and "no planned session" in err


def test_tandem_show_text_and_json(cli: Cli, tid: str) -> None:
    code, out, _ = cli("tandem", "show", tid)
    assert code == 0
    assert "sessions 0/10  week 1/26" in out
    assert "midpoint" in out and "next session: none planned" in out
    assert "keywords: ░░░░░░░░░░ 0/5" in out
    data = json.loads(cli("tandem", "show", tid, "--json")[1])
    assert data["progress"]["label"] == "0/10" and data["progress"]["week"] == 1
    assert data["timeline"] == "·····|·····"
    assert data["coverage"]["active"] == 5 and data["open_actions"] == 0
    assert cli("tandem", "show", "nobody")[0] == 1


def test_real_exit_codes(rmtui: object, ws_root: Path) -> None:
    run = rmtui  # the subprocess runner of tests/conftest.py
    tid = add_tandem(Workspace(ws_root))
    added: Run = run("action", "add", tid, "post", "--owner", "mentor")  # type: ignore[operator]
    assert (added.returncode, added.stdout) == (0, "1\n")
    listed: Run = run("action", "list", tid, "--json")  # type: ignore[operator]
    assert json.loads(listed.stdout)[0]["owner"] == "mentor"
    missing: Run = run("action", "done", tid, "5")  # type: ignore[operator]
    assert missing.returncode == 1 and missing.stderr.startswith("rmtui: ")
    usage: Run = run("learned", "add", tid, "x", "--by", "both")  # type: ignore[operator]
    assert usage.returncode == 2
