"""``rmtui session ...`` and ``rmtui note ...``: output, exit statuses, the workspace after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sessionkit import Cli

from rmtui.core.refs import SessionRef
from rmtui.store import Workspace
from tests.conftest import Run


@pytest.fixture
def cli(ws_root: Path) -> Cli:
    return Cli(ws_root)


@pytest.fixture
def tandem(cli: Cli) -> str:
    code, out, _ = cli("tandem", "add", "--mentee", "Łucja Brzęczyszczykiewicz")
    assert code == 0
    tid = out.strip()
    assert cli("keyword", "add", tid, "LinkedIn", "prywatność", "big data")[0] == 0
    return tid


def test_the_contract_in_real_processes(rmtui: Run, ws_root: Path) -> None:
    tid = rmtui("tandem", "add", "--mentee", "Henk de Vries").stdout.strip()
    rmtui("keyword", "add", tid, "LinkedIn")
    planned = rmtui("session", "plan", tid, "--agenda", "kickoff", "--at", "2027-03-02 15:00")
    assert (planned.returncode, planned.stdout, planned.stderr) == (0, f"{tid}/1\n", "")
    started = rmtui("session", "start", f"{tid}/1")
    assert started.returncode == 0 and "running" in started.stdout
    added = rmtui("note", "add", "~* he posted on LinkedIn alone")
    assert (added.returncode, added.stdout.strip(), added.stderr) == (0, "1", "")
    listed = json.loads(rmtui("note", "list", f"{tid}/1", "--json").stdout)
    assert listed[0]["kind"] == "highlight" and listed[0]["private"] is True
    assert listed[0]["keywords"] == ["LinkedIn"]
    assert rmtui("session", "stop", f"{tid}/1").returncode == 0
    # errors: exit 1 with a message on stderr; usage errors: exit 2
    nothing_live = rmtui("note", "add", "nowhere")
    assert nothing_live.returncode == 1 and "no session is running" in nothing_live.stderr
    assert nothing_live.stdout == ""
    bad_ref = rmtui("session", "start", "../etc/1")
    assert bad_ref.returncode == 2 and "not a session" in bad_ref.stderr
    assert rmtui("note", "add", "--kind", "gossip", f"{tid}/1", "x").returncode == 2
    session_file = ws_root / "tandems" / tid / "sessions" / "1.json"
    assert session_file.stat().st_mode & 0o777 == 0o600


def test_note_add_never_loads_textual(ws_root: Path, tmp_path: Path) -> None:
    root = str(ws_root)
    script = f"""
import sys
from rmtui.cli import main
assert main(["--workspace", {root!r}, "tandem", "add", "--mentee", "Ada"]) == 0
assert main(["--workspace", {root!r}, "session", "plan", "ada", "--agenda", "kickoff"]) == 0
assert main(["--workspace", {root!r}, "session", "start", "ada/1"]) == 0
assert main(["--workspace", {root!r}, "note", "add", "! one tweet a day"]) == 0
assert main(["--workspace", {root!r}, "note", "list", "ada/1"]) == 0
print("TEXTUAL", sorted(m for m in sys.modules if m.split(".")[0] == "textual"))
"""
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "TEXTUAL []" in done.stdout


def test_plan_list_show(cli: Cli, tandem: str) -> None:
    code, out, err = cli("session", "plan", tandem, "--agenda", "kickoff", "--at", "2027-03-02")
    assert (code, out, err) == (0, f"{tandem}/1\n", "")
    code, out, _ = cli("session", "list", tandem, "--json")
    [entry] = json.loads(out)
    assert entry["status"] == "planned" and entry["agenda_id"] == "kickoff"
    assert entry["planned_at"].startswith("2027-03-02T09:00")
    code, out, _ = cli("session", "list", tandem)
    assert out.splitlines()[0].split() == ["SESSION", "STATUS", "PLANNED", "AGENDA", "TITLE"]
    assert f"{tandem}/1" in out and "planned" in out
    code, out, _ = cli("session", "show", f"{tandem}/1", "--json")
    shown = json.loads(out)
    assert shown["status"] == "planned" and shown["items"][0]["title"] == "Introductions"
    assert shown["rules"]
    code, out, _ = cli("session", "show", f"{tandem}/1")
    assert out.splitlines()[0].startswith(f"{tandem}/1")
    assert "Introductions" in out


def test_steps(cli: Cli, tandem: str, ws_root: Path) -> None:
    ref = f"{tandem}/1"
    cli("session", "plan", tandem, "--agenda", "kickoff")
    for verb, status in [
        ("start", "running"),
        ("pause", "paused"),
        ("resume", "running"),
        ("stop", "done"),
    ]:
        code, out, err = cli("session", verb, ref)
        assert (code, err) == (0, "")
        assert out.split()[:2] == [ref, status]
    info = Workspace(ws_root).summary(tandem).sessions[0]
    assert info.status == "done"
    code, _, err = cli("session", "start", ref)
    assert code == 1 and "already done" in err


def test_plan_errors(cli: Cli, tandem: str) -> None:
    code, _, err = cli("session", "plan", tandem, "--agenda", "no-such-template")
    assert code == 1 and "no agenda template 'no-such-template'" in err
    code, _, err = cli("session", "plan", "nobody", "--agenda", "kickoff")
    assert code == 1 and "no tandem 'nobody'" in err
    code, _, err = cli("session", "plan", tandem, "--agenda", "kickoff", "--at", "soon")
    assert code == 2 and "YYYY-MM-DD HH:MM" in err  # bad input is a usage error
    code, _, err = cli("session", "plan", tandem)
    assert code == 2 and "--agenda" in err


def test_note_add_forms(cli: Cli, tandem: str, ws_root: Path) -> None:
    ref = f"{tandem}/1"
    cli("session", "plan", tandem, "--agenda", "kickoff")
    assert cli("note", "add", ref, "prepared", "before", "the", "session")[1] == "1\n"
    cli("session", "start", ref)
    assert cli("note", "add", "? why", "so", "many", "groups")[0] == 0  # words joined
    assert cli("note", "add", "--kind", "action", "--private", "* call IT")[0] == 0
    assert cli("note", "add", "50/50 split of the time")[0] == 0  # one word: always text
    assert cli("note", "add", "\\~ literal tilde about LinkedIn")[0] == 0
    notes = Workspace(ws_root).session(tandem, 1).notes
    assert [(n.kind, n.private, n.text) for n in notes] == [
        ("note", False, "prepared before the session"),
        ("question", False, "why so many groups"),
        ("action", True, "call IT"),
        ("note", False, "50/50 split of the time"),
        ("note", False, "~ literal tilde about LinkedIn"),
    ]
    assert notes[0].item is None and notes[1].item == 0
    assert notes[4].keywords == ["LinkedIn"]
    code, _, err = cli("note", "add", "!   ")
    assert code == 2 and "note: is empty" in err
    code, _, err = cli("note", "add", f"{tandem}/7", "to a session that is not there")
    assert code == 1 and f"no session '{tandem}/7'" in err


def test_note_list_edit_delete(cli: Cli, tandem: str, ws_root: Path) -> None:
    ref = f"{tandem}/1"
    cli("session", "plan", tandem, "--agenda", "kickoff")
    cli("session", "start", ref)
    cli("note", "add", "~> prywatność means \x1b[31mprivacy\x1b[0m")
    cli("note", "add", "[bold]markup[/] stays text")
    code, out, _ = cli("note", "list", ref)
    first, second = out.splitlines()
    assert first.split()[:3] == ["1", "[00:00]", "~>"]
    assert first.endswith("(prywatność)") and "\x1b" not in first
    assert second.endswith("[bold]markup[/] stays text")
    assert cli("note", "edit", ref, "1", "--public", "--kind", "highlight")[0] == 0
    assert cli("note", "edit", ref, "2", "! now about big data")[0] == 0
    listed = json.loads(cli("note", "list", ref, "--json")[1])
    assert (listed[0]["kind"], listed[0]["private"]) == ("highlight", False)
    assert (listed[1]["text"], listed[1]["kind"], listed[1]["keywords"]) == (
        "! now about big data",
        "note",
        ["big data"],
    )
    assert cli("note", "delete", ref, "1")[0] == 0
    assert [n["id"] for n in json.loads(cli("note", "list", ref, "--json")[1])] == [2]
    code, _, err = cli("note", "delete", ref, "1")
    assert code == 1 and "has no note 1" in err


def test_session_ref_parsing() -> None:
    assert SessionRef.parse(" anna-kowalska/12 ") == SessionRef("anna-kowalska", 12)
    for bad in ("anna", "anna/0", "anna/x", "../anna/1", "Anna/1", "anna/1/2", "/1", "a b/1"):
        assert not SessionRef.looks_like(bad)
