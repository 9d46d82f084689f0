"""Hostile values, imported or planted in workspace files: each one is refused with a
message naming the file and the field, nothing is written, and the other tandems still
work (issue 12, items 4, 5 and 15)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from kit.files import file_doc
from storekit import CET, Cli, Run, draft, note, session, snapshot

from rmtui.core.model import Action
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.store import Workspace

ANNA, JAN = "anna-nowak", "jan-jansen"
Doc = dict[str, Any]
BIG = "__number_too_big__"  # stands for 1e999, which json.dumps cannot write
DUP = "__duplicate_of_mentee__"  # stands for a second "mentee" key in the same object


def fixed() -> datetime:
    return datetime(2026, 3, 2, 9, 30, tzinfo=CET)


def fill(root: Path) -> Workspace:
    """Anna (one done session with a note, a keyword, an action) and Jan (the same)."""
    ws = Workspace(root, now=fixed)
    for mentee, text in (("Anna Nowak", "anna note about yammer"), ("Jan Jansen", "jan canary")):
        tid = ws.add_tandem(draft(mentee)).id
        n = ws.add_session(session(tid)).n
        ws.add_note(tid, n, note(text))
        ws.update_session(tid, n, lambda s: setattr(s, "status", "done"))
        ws.add_keywords(tid, ["yammer"])
    return ws


# Each case: which record it spoils, and how. The same case is tried as an import and as
# a value planted in the workspace's own files.
Spoil = Callable[[Doc], None]


def _set(**fields: Any) -> Spoil:
    return lambda doc: doc.update(fields)


def _frame(**fields: Any) -> Spoil:
    return lambda doc: doc["frame"].update(fields)


def _clock(**fields: Any) -> Spoil:
    return lambda doc: doc["clock"].update(fields)


def _dup(doc: Doc) -> None:
    doc[DUP] = "Eve"


CASES: dict[str, tuple[str, Spoil, str]] = {
    # name: (record, spoil, what the message names)
    "frame of 10**12 sessions": ("profile", _frame(sessions=10**12), "frame.sessions"),
    "frame of 0 months": ("profile", _frame(months=0), "frame.months"),
    "frame of 1e999 sessions": ("profile", _frame(sessions=BIG), "sessions"),
    "start 9999-12-31": ("profile", _set(start="9999-12-31"), "start"),
    "start 0001-01-01": ("profile", _set(start="0001-01-01"), "start"),
    "created in 9999": ("profile", _set(created="9999-12-31T23:59:59"), "created"),
    "lone surrogate in a name": ("profile", _set(mentee="Anna \ud800"), "surrogate"),
    "duplicate key": ("profile", _dup, "'mentee' appears twice"),
    "keyword order 10**30": ("keyword", _set(order=10**30), "order"),
    "planned in 9999": ("session", _set(planned_at="9999-12-31T10:00:00+01:00"), "planned_at"),
    "clock banked Infinity": ("session", _clock(banked=math.inf), "Infinity"),
    "clock started -Infinity": ("session", _clock(running_since=-math.inf), "-Infinity"),
    "clock banked 1e999": ("session", _clock(banked=BIG), "banked"),
    "item of 10**12 minutes": (
        "session",
        lambda doc: doc["items"].append({"title": "x", "minutes": 10**12}),
        "minutes",
    ),
    "note elapsed NaN": ("note", _set(elapsed=math.nan), "NaN"),
    "note elapsed Infinity": ("note", _set(elapsed=math.inf), "Infinity"),
    "note elapsed 1e300": ("note", _set(elapsed=1e300), "elapsed"),
    "note at year 0001": ("note", _set(wall="0001-01-01T00:00:00"), "wall"),
    "lone surrogate in a note": ("note", _set(text="x \udfff y"), "surrogate"),
    "action due 9999-12-31": ("action", _set(due="9999-12-31"), "due"),
}


def _text(doc: Any, indent: int | None) -> str:
    separators = (",", ":") if indent is None else None
    text = json.dumps(doc, indent=indent, separators=separators)  # \\ud800 stays escaped
    text = text.replace(f'"{BIG}"', "1e999")
    return text.replace(f'"{DUP}"', '"mentee"')


def _spoil_export(tandem: Doc, record: str, spoil: Spoil) -> None:
    target = {
        "profile": lambda: tandem["tandem"],
        "keyword": lambda: tandem["keywords"][0],
        "session": lambda: tandem["sessions"][0]["session"],
        "note": lambda: next(iter(tandem["sessions"][0]["notes"].values())),
        "action": lambda: next(iter(tandem["actions"].values())),
    }[record]()
    spoil(target)


# --- imports --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def export_doc(tmp_path_factory: pytest.TempPathFactory) -> Doc:
    ws = fill(tmp_path_factory.mktemp("source") / "ws")
    for tid in (ANNA, JAN):
        ws.add_action(tid, Action(id=0, text="one tweet a day", due=date(2026, 4, 1)))
    text = ExportService(ws, clock=fixed).render(ExportRequest((ANNA, JAN), format="json")).text
    doc: Doc = json.loads(text)
    return doc


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_import_is_refused_whole_and_writes_nothing(
    case: str, export_doc: Doc, tmp_path: Path
) -> None:
    record, spoil, named = CASES[case]
    doc = json.loads(json.dumps(export_doc))
    _spoil_export(doc["tandems"][1], record, spoil)  # the second tandem: the first is fine
    file = tmp_path / "hostile.json"
    file.write_text(_text(doc, indent=1), encoding="ascii")
    root = tmp_path / "target"
    Workspace(root, now=fixed).add_tandem(draft("Zoe Smit"))
    before = snapshot(root)

    code, out, err = Cli(root)("import", str(file))

    assert code == 1 and out == ""
    assert str(file) in err and named in err and "nothing was written" in err
    assert "Traceback" not in err
    assert snapshot(root) == before, "an import is all or nothing"


@pytest.mark.parametrize("case", ["frame of 10**12 sessions", "start 9999-12-31"])
def test_the_worst_imports_are_refused_quickly_by_the_real_cli(
    case: str, export_doc: Doc, tmp_path: Path, rmtui: Run, ws_root: Path
) -> None:
    record, spoil, named = CASES[case]
    doc = json.loads(json.dumps(export_doc))
    _spoil_export(doc["tandems"][0], record, spoil)
    file = tmp_path / "hostile.json"
    file.write_text(_text(doc, indent=1), encoding="ascii")

    done = rmtui("import", str(file))  # the fixture's timeout turns a hang into a failure

    assert done.returncode == 1 and named in done.stderr
    assert "Traceback" not in done.stderr
    assert not (ws_root / "tandems").exists()


def test_an_import_that_fails_while_writing_leaves_no_tandem_behind(
    export_doc: Doc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "both.json"
    file.write_text(_text(export_doc, indent=1), encoding="ascii")
    ws = Workspace(tmp_path / "ws", now=fixed)
    real = ws.exports_log._write_import
    calls: list[str] = []

    def second_fails(stored: Any, *rest: Any) -> None:
        calls.append(stored.id)
        if len(calls) == 2:
            real(stored, *rest)  # writes its session files, then the disk gives out
            raise OSError(5, "Input/output error")
        real(stored, *rest)

    monkeypatch.setattr(ws.exports_log, "_write_import", second_fails)
    with pytest.raises(OSError):
        ExportService(ws, clock=fixed).import_file(file)
    assert calls == [ANNA, JAN]
    assert ws.tandem_ids() == []
    assert not any((ws.root / "tandems").iterdir()), "no orphan session files"


# --- the same values planted in workspace files -------------------------------------


def _plant(ws: Workspace, record: str, spoil: Spoil) -> Path:
    if record in ("profile", "keyword", "action"):
        path = ws.layout.tandem_file(ANNA)
    else:
        path = ws.layout.session_file(ANNA, 1)
    doc = file_doc(path)
    tables = doc["tables"]
    if record == "action":
        tables["actions"] = {"1": {"text": "one tweet a day", "state": "open"}}
    target = {
        "profile": lambda: tables["profile"]["1"],
        "keyword": lambda: next(iter(tables["keywords"].values())),
        "action": lambda: tables["actions"]["1"],
        "session": lambda: tables["session"]["1"],
        "note": lambda: next(iter(tables["notes"].values())),
    }[record]()
    spoil(target)
    path.write_text(_text(doc, indent=None), encoding="ascii")
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_value_in_a_file_is_reported_and_the_others_still_work(
    case: str, tmp_path: Path
) -> None:
    record, spoil, named = CASES[case]
    ws = fill(tmp_path / "ws")
    bad = _plant(ws, record, spoil)
    before = snapshot(ws.root)
    cli = Cli(ws.root)

    code, out, err = cli("tandem", "list")
    if bad.name == "tandem.json":
        assert code == 1 and JAN in out and str(bad) in err and named in err
        assert "no tandems yet" not in err
    else:
        assert code == 0 and ANNA in out and JAN in out  # the session file is not read

    for verb in (["tandem", "show", ANNA], ["export", ANNA, "-o", "-"], ["note", "list"]):
        args = [*verb, f"{ANNA}/1"] if verb == ["note", "list"] else verb
        code, out, err = cli(*args)
        if verb[0] == "note" and bad.name == "tandem.json":
            continue  # a session's notes do not depend on the tandem's profile
        if verb[0] == "tandem" and bad.name != "tandem.json":
            continue  # the tandem page reads the index, not the session files
        assert code == 1 and str(bad) in err and named in err, (args, err)

    if bad.name != "tandem.json":
        code, _, err = cli("session", "show", f"{ANNA}/1")
        assert code == 1 and str(bad) in err and named in err

    code, out, err = cli("export", "--all", "-o", "-")
    assert code == 0 and "Jan Jansen" in out and "Anna Nowak" not in out
    assert str(bad) in err and named in err

    code, out, err = cli("search", "canary")
    assert code == 1 and JAN in out and str(bad) in err
    code, out, err = cli("note", "add", f"{ANNA}/1", "one more")
    if bad.name != "tandem.json":
        assert code == 1 and str(bad) in err  # a file reported unreadable is never written
    for args in (["tandem", "show", JAN], ["note", "list", f"{JAN}/1"], ["export", JAN]):
        assert cli(*args)[0] == 0, args
    after = snapshot(ws.root)
    assert after[str(bad.relative_to(ws.root))] == before[str(bad.relative_to(ws.root))]


def _second_note_spoiled(ws: Workspace) -> Path:
    """Anna's session with a good first note and a second one of the wrong shape, written
    by another process (bytes this process never saw)."""
    ws.add_note(ANNA, 1, note("second"))
    path = ws.layout.session_file(ANNA, 1)
    doc = file_doc(path)
    doc["tables"]["notes"]["2"]["kind"] = "gossip"
    path.write_text(_text(doc, indent=None), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["note", "add", f"{ANNA}/1", "third"],
        ["note", "edit", f"{ANNA}/1", "1", "first, edited"],
        ["note", "delete", f"{ANNA}/1", "1"],
    ],
)
def test_a_note_is_never_written_into_a_file_note_list_calls_unreadable(
    args: list[str], tmp_path: Path
) -> None:
    ws = fill(tmp_path / "ws")
    path = _second_note_spoiled(ws)
    before = path.read_bytes()
    cli = Cli(ws.root)
    listed = cli("note", "list", f"{ANNA}/1")
    assert listed[0] == 1 and "gossip" in listed[2]

    code, _, err = cli(*args)

    assert code == 1 and str(path) in err and "gossip" in err
    assert path.read_bytes() == before


def test_a_duplicate_key_is_refused_before_the_next_write_can_drop_it(tmp_path: Path) -> None:
    ws = fill(tmp_path / "ws")
    path = ws.layout.tandem_file(ANNA)
    raw = path.read_bytes().replace(b'"mentee":"Anna Nowak"', b'"mentee":"Anna","mentee":"Eve"')
    path.write_bytes(raw)
    code, _, err = Cli(ws.root)("keyword", "add", ANNA, "privacy")
    assert code == 1 and "'mentee' appears twice" in err
    assert path.read_bytes() == raw, "both values are still there for the mentor to choose"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["tandem", "add", "--mentee", "Eve", "--start", "9999-12-31"], "between the years"),
        (["tandem", "add", "--mentee", "Eve", "--start", "1900-01-01"], "between the years"),
        (["tandem", "add", "--mentee", "Eve", "--sessions", str(10**12)], "between 1 and 52"),
        (["action", "add", ANNA, "tweet", "--due", "9999-12-31"], "between the years"),
    ],
)
def test_the_cli_refuses_what_a_file_may_not_hold(
    args: list[str], says: str, tmp_path: Path
) -> None:
    ws = fill(tmp_path / "ws")
    before = snapshot(ws.root)
    code, _, err = Cli(ws.root)(*args)
    assert code == 2 and says in err  # input refused: exit 2
    assert snapshot(ws.root) == before
