"""Broken tandem files: refused with a message naming the file, never rewritten, restorable.

Each case breaks one tandem's file in a workspace that also holds a good tandem, then runs
``rmtui tandem list``, ``rmtui keyword list`` and ``rmtui keyword add``. The many variants
run the CLI in this process (the same code path, without start-up); a few run it as a
real subprocess to prove the exit status and stderr.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from storekit import Cli, Run, draft, note, session

from rmtui.core import messages
from rmtui.store import Workspace
from rmtui.store.errors import CorruptFile, FutureSchema, NotFound
from rmtui.store.schema import SCHEMA_VERSION


@pytest.fixture
def ws(ws_root: Path) -> Workspace:
    """Two tandems; Anna's file has one backup (taken by her second write)."""
    ws = Workspace(ws_root)
    ws.add_tandem(draft("Anna"))
    ws.add_keywords("anna", ["LinkedIn", "privacy", "notifications"])
    ws.add_keywords(ws.add_tandem(draft("Bart")).id, ["IoT"])
    return ws


def anna(ws: Workspace) -> Path:
    return ws.layout.tandem_file("anna")


def envelope(tables: object, kind: object = "tandem", schema: object = 1) -> bytes:
    return json.dumps({"rmtui": kind, "schema": schema, "tables": tables}).encode()


PROFILE = {"1": {"id": "anna", "mentee": "Anna"}}
# (name, how to break the good bytes, what the message must say)
BREAKS: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("empty", lambda good: b"", "the file is empty"),
    ("blank", lambda good: b" \n\t\n", "the file is empty"),
    ("garbage appended", lambda good: good + b"\x00\x00garbage", "not valid JSON"),
    ("second document appended", lambda good: good + b"\n" + good, "not valid JSON"),
    ("binary junk", lambda good: bytes(range(256)) * 3, "not UTF-8"),
    ("latin-1 text", lambda good: good.replace(b"Anna", "Añña".encode("latin-1")), "not UTF-8"),
    ("deeply nested", lambda good: b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("list at the top", lambda good: b"[" + good + b"]", "expected an object"),
    ("number at the top", lambda good: b"42", "expected an object"),
    ("missing tables", lambda good: b'{"rmtui": "tandem", "schema": 1}', "missing 'tables'"),
    ("tables is a list", lambda good: envelope([]), "missing 'tables'"),
    ("table is a list", lambda good: envelope({"profile": PROFILE, "keywords": []}), "table"),
    ("record is a list", lambda good: envelope({"profile": {"1": ["Anna"]}}), "malformed"),
    ("record id not a number", lambda good: envelope({"profile": {"x": {}}}), "malformed"),
    ("no profile record", lambda good: envelope({"keywords": {}}), "exactly one record"),
    (
        "field of the wrong type",
        lambda good: envelope({"profile": {"1": {"id": "anna", "mentee": 5}}}),
        "field 'mentee' should be text",
    ),
    (
        "keyword of the wrong shape",
        lambda good: envelope({"profile": PROFILE, "keywords": {"1": {"text": "IoT"}}}),
        "field 'order'",
    ),
    (
        "a date that is not a date",
        lambda good: envelope({"profile": {"1": {**PROFILE["1"], "start": "soon"}}}),
        "wrong shape",
    ),
    ("session file in its place", lambda good: envelope({}, kind="session"), "rmtui tandem"),
    ("no kind", lambda good: envelope({}, kind=None), "not an rmtui tandem file"),
    ("schema not a number", lambda good: envelope({}, schema="1"), "'schema'"),
    ("schema zero", lambda good: envelope({}, schema=0), "'schema'"),
]


def assert_refused(
    cli: Cli, ws: Workspace, broken: bytes, reason: str, backup: bool | None
) -> None:
    """``backup``: whether one is offered (True), said to be missing (False), or neither."""
    path = anna(ws)
    path.write_bytes(broken)

    code, out, err = cli("tandem", "list")
    assert code == 1
    assert "Bart" in out and "Anna" not in out  # the good tandem still lists
    assert str(path) in err and reason in err, err

    for args in (("keyword", "add", "anna", "blockchain"), ("keyword", "list", "anna")):
        code, out, err = cli(*args)
        assert (code, out) == (1, ""), args
        assert str(path) in err and reason in err and "left untouched" in err, err
        if backup:
            newest = ws.files.backups("anna").newest_good(path, "tandem")
            assert newest is not None
            assert f"newest good backup: {newest}" in err
            assert "rmtui tandem restore anna" in err
        elif backup is False:
            assert messages.NO_BACKUP in err
        else:
            assert "backup" not in err

    assert path.read_bytes() == broken  # byte for byte, after every command
    # The other tandem is still fully usable.
    assert cli("keyword", "add", "bart", "Yammer")[0] == 0


@pytest.mark.parametrize(("name", "breaker", "reason"), BREAKS, ids=[b[0] for b in BREAKS])
def test_a_broken_file_is_refused_untouched_and_a_backup_offered(
    ws: Workspace, name: str, breaker: Callable[[bytes], bytes], reason: str
) -> None:
    good = anna(ws).read_bytes()
    assert_refused(Cli(ws.root), ws, breaker(good), reason, backup=True)


def test_a_folder_in_place_of_the_file_is_reported_not_a_traceback(ws: Workspace) -> None:
    path = anna(ws)
    path.unlink()
    (path / "stray").mkdir(parents=True)
    cli = Cli(ws.root)
    code, out, err = cli("tandem", "list")
    assert code == 1 and "Bart" in out
    assert f"{path}: cannot be read (Is a directory)" in err
    code, _, err = cli("keyword", "add", "anna", "x")
    assert code == 1 and "Is a directory" in err and "newest good backup" in err
    assert (path / "stray").is_dir()


def test_without_a_backup_the_message_says_so(ws: Workspace) -> None:
    ws.add_tandem(draft("Cees"))  # never written twice: no backup
    path = ws.layout.tandem_file("cees")
    path.write_bytes(b"{")
    code, _, err = Cli(ws.root)("keyword", "add", "cees", "x")
    assert code == 1
    assert messages.NO_BACKUP in err
    assert path.read_bytes() == b"{"


def truncation_offsets(size: int, every: int) -> list[int]:
    return sorted({0, 1, 2, size // 2, size - 2, size - 1, *range(0, size, every)})


def sweep_truncations(ws: Workspace, every: int) -> int:
    good = anna(ws).read_bytes()
    cli = Cli(ws.root)
    offsets = truncation_offsets(len(good), every)
    for cut in offsets:
        reason = "the file is empty" if cut == 0 else "not valid JSON"
        assert_refused(cli, ws, good[:cut], reason, backup=True)
    return len(offsets)


def test_truncated_at_many_offsets(ws: Workspace) -> None:
    count = sweep_truncations(ws, every=9)
    print(f"\ntruncated tandem file: {count} offsets refused, file untouched each time")
    assert count >= 50


@pytest.mark.slow
def test_truncated_at_every_offset(ws: Workspace) -> None:
    count = sweep_truncations(ws, every=1)
    print(f"\ntruncated tandem file: all {count} offsets refused, file untouched each time")


def test_a_file_from_a_newer_rmtui_is_refused_and_never_rewritten(ws: Workspace) -> None:
    future = envelope({"profile": PROFILE, "next": {"1": {"new": "things"}}}, schema=9)
    anna(ws).write_bytes(future)
    # A backup exists, but it is not offered: the cure is a newer rmtui, not older data.
    assert_refused(Cli(ws.root), ws, future, "written by a newer rmtui (schema 9", backup=None)
    with pytest.raises(FutureSchema, match=f"this one reads up to {SCHEMA_VERSION}"):
        ws.add_keywords("anna", ["x"])
    assert anna(ws).read_bytes() == future


def test_restore_puts_the_backup_back_and_keeps_the_broken_file(ws: Workspace) -> None:
    path = anna(ws)
    newest = ws.files.backups("anna").newest_good(path, "tandem")
    assert newest is not None
    cli = Cli(ws.root)
    for broken in (b'{"rmtui": "tand', b"\x00" * 64):  # twice within one second
        path.write_bytes(broken)
        code, _, err = cli("tandem", "restore", "anna")
        assert code == 0, err
        assert f"restored {path} from {newest}" in err
        assert path.read_bytes() == newest.read_bytes()
    asides = sorted(path.parent.glob("tandem.json.corrupt-*"))
    assert sorted(p.read_bytes() for p in asides) == [b"\x00" * 64, b'{"rmtui": "tand']
    code, out, _ = cli("tandem", "list")
    assert code == 0 and "Anna" in out and "Bart" in out
    # The backup predates the keywords: the restored tandem is the one it holds.
    assert ws.tandem("anna").mentee == "Anna"
    assert cli("keyword", "add", "anna", "blockchain")[0] == 0


def test_restore_refuses_a_named_file_that_is_itself_broken(ws: Workspace) -> None:
    path = anna(ws)
    path.write_bytes(b"{")
    bad = ws.root / "not-a-backup.json"
    bad.write_bytes(b"[1, 2]")
    code, _, err = Cli(ws.root)("tandem", "restore", "anna", "--from", str(bad))
    assert code == 1
    assert str(bad) in err and "expected an object" in err
    code, _, err = Cli(ws.root)("tandem", "restore", "anna", "--from", str(ws.root / "nope"))
    assert code == 1 and "nope" in err
    assert path.read_bytes() == b"{"
    assert not list(path.parent.glob("tandem.json.corrupt-*"))


def test_restore_without_a_backup_changes_nothing(ws: Workspace) -> None:
    ws.add_tandem(draft("Cees"))
    path = ws.layout.tandem_file("cees")
    path.write_bytes(b"{")
    with pytest.raises(NotFound, match=messages.NO_BACKUP):
        ws.restore_tandem("cees")
    assert path.read_bytes() == b"{"
    with pytest.raises(NotFound, match="no tandem 'dora'"):
        ws.restore_tandem("dora")


def test_a_broken_session_file_is_refused_untouched_with_its_backup(ws: Workspace) -> None:
    n = ws.add_session(session("anna")).n
    ws.add_note("anna", n, note("first"))  # the second write takes a backup
    path = ws.layout.session_file("anna", n)
    broken = path.read_bytes()[:-3]
    path.write_bytes(broken)
    with pytest.raises(CorruptFile) as caught:
        ws.add_note("anna", n, note("second"))
    assert str(path) in str(caught.value)
    assert caught.value.backup is not None
    assert "rmtui tandem restore anna" in str(caught.value)
    assert path.read_bytes() == broken


# --- the real CLI, in a subprocess -------------------------------------------------------


def test_cli_exit_status_and_stderr_for_a_truncated_file(rmtui: Run, ws: Workspace) -> None:
    path = anna(ws)
    broken = path.read_bytes()[:50]
    path.write_bytes(broken)
    listed = rmtui("tandem", "list")
    assert listed.returncode == 1
    assert "Bart" in listed.stdout
    assert listed.stderr.startswith(f"rmtui: {path}: cannot be read (not valid JSON")
    assert "newest good backup" in listed.stderr
    added = rmtui("keyword", "add", "anna", "x")
    assert (added.returncode, added.stdout) == (1, "")
    assert "Traceback" not in added.stderr and str(path) in added.stderr
    assert path.read_bytes() == broken

    restored = rmtui("tandem", "restore", "anna")
    assert restored.returncode == 0, restored.stderr
    assert rmtui("tandem", "list").returncode == 0
    aside = next(path.parent.glob("tandem.json.corrupt-*"))
    assert aside.read_bytes() == broken


def test_cli_refuses_a_future_schema(rmtui: Run, ws: Workspace) -> None:
    future = envelope({"profile": PROFILE}, schema=SCHEMA_VERSION + 1)
    anna(ws).write_bytes(future)
    done = rmtui("keyword", "add", "anna", "x")
    assert done.returncode == 1
    assert "written by a newer rmtui" in done.stderr and "upgrade rmtui" in done.stderr
    assert "restore" not in done.stderr
    assert anna(ws).read_bytes() == future
