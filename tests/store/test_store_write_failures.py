"""A write that cannot happen (full disk, read-only folder) fails clearly and changes nothing."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from storekit import Cli, draft, note, session, snapshot, temp_files

from rmtui.core import messages
from rmtui.store import Workspace
from rmtui.store.atomic import remove_stale_temps, write_atomic
from rmtui.store.errors import WriteFailed


@pytest.fixture
def ws(ws_root: Path) -> Workspace:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    ws.add_keywords(tid, ["IoT"])
    ws.add_keywords(tid, ["Yammer"])  # its backup exists from here on
    n = ws.add_session(session(tid)).n
    ws.add_note(tid, n, note("first"))
    ws.add_note(tid, n, note("second"))
    return ws


@contextmanager
def failing(
    monkeypatch: pytest.MonkeyPatch, name: str, code: int, when: Callable[..., bool]
) -> Iterator[list[int]]:
    """Make ``os.<name>`` raise ``code`` for calls ``when`` accepts; yields the hit count."""
    real = getattr(os, name)
    hits: list[int] = []

    def fake(*args: Any, **kwargs: Any) -> Any:
        if when(*args):
            hits.append(1)
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(os, name, fake)
        yield hits


def everything(*args: Any) -> bool:
    return True


DISK_FULL = messages.DISK_FULL.split(";")[0]
# (os function, errno, only for paths in the workspace?, what the message says)
FAULTS = [
    ("write", errno.ENOSPC, False, DISK_FULL),
    ("write", errno.EDQUOT, False, DISK_FULL),
    ("fsync", errno.ENOSPC, False, DISK_FULL),  # delayed allocation shows at fsync
    ("fsync", errno.EIO, False, "Input/output error"),
    ("open", errno.EROFS, True, "is read-only"),
    ("open", errno.EACCES, True, "no permission to write"),
    ("replace", errno.EACCES, False, "no permission to write"),
]
# A new note is one line appended to its session file: nothing is renamed.
CASES = [(*fault, target) for fault in FAULTS for target in ("keyword", "note")]
CASES.remove(("replace", errno.EACCES, False, "no permission to write", "note"))


@pytest.mark.parametrize(("name", "code", "paths_only", "says", "target"), CASES)
def test_a_failed_write_says_why_and_leaves_every_file_as_it_was(
    ws: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    code: int,
    paths_only: bool,
    says: str,
    target: str,
) -> None:
    before = snapshot(ws.root)

    def accept(*args: Any) -> bool:
        return not paths_only or str(args[0]).startswith(str(ws.root))

    with failing(monkeypatch, name, code, accept) as hits, pytest.raises(WriteFailed) as caught:
        if target == "keyword":
            ws.add_keywords("henk-de-vries", ["blockchain"])
        else:
            ws.add_note("henk-de-vries", 1, note("third"))
    assert hits
    assert says in str(caught.value)
    assert str(ws.root) in str(caught.value)  # names the file it could not write
    assert "nothing was changed" in str(caught.value)
    assert snapshot(ws.root) == before
    assert temp_files(ws.root) == []
    # Once the disk has room again, the same write goes through.
    if target == "keyword":
        assert [k.text for k in ws.add_keywords("henk-de-vries", ["blockchain"])]
    else:
        assert ws.add_note("henk-de-vries", 1, note("third")).id == 3


def test_cli_reports_a_full_disk_without_a_traceback(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(ws.root)
    with failing(monkeypatch, "write", errno.ENOSPC, everything):
        code, out, err = Cli(ws.root)("keyword", "add", "henk-de-vries", "blockchain")
    assert (code, out) == (1, "")
    assert err.startswith("rmtui: the disk is full; nothing was changed (")
    assert snapshot(ws.root) == before


def test_a_read_only_tandem_folder_fails_at_the_lock_with_a_clear_message(
    ws_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id  # its folder has no lock file yet
    lock = ws.layout.tandem_lock(tid)
    assert not lock.exists()
    before = snapshot(ws_root)
    with failing(monkeypatch, "open", errno.EROFS, lambda path, *rest: str(path) == str(lock)):
        code, _, err = Cli(ws_root)("keyword", "add", tid, "x")
    assert code == 1
    assert err == f"rmtui: {messages.READ_ONLY_DISK.format(path=lock)}\n"
    assert snapshot(ws_root) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_really_read_only_folder(ws: Workspace) -> None:
    folder = ws.layout.session_file("henk-de-vries", 1).parent
    before = snapshot(ws.root)
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteFailed, match="no permission to write"):
            ws.add_note("henk-de-vries", 1, note("third"))
    finally:
        folder.chmod(0o700)
    assert snapshot(ws.root) == before
    assert temp_files(ws.root) == []


def test_stale_temp_files_of_dead_writers_are_swept_on_the_next_tandem_write(
    ws: Workspace,
) -> None:
    folder = ws.layout.tandem_dir("henk-de-vries")
    dead = folder / "sessions" / ".1.json.999999999.tmp"  # no such pid
    alive = folder / f".tandem.json.{os.getppid()}.tmp"  # a live process: kept
    other = folder / "notes.tmp"  # not ours: kept
    for p in (dead, alive, other):
        p.write_bytes(b"half a file")
    ws.add_note("henk-de-vries", 1, note("note saves do not sweep"))
    assert dead.exists()
    ws.add_keywords("henk-de-vries", ["blockchain"])
    assert not dead.exists()
    assert alive.exists() and other.exists()
    assert remove_stale_temps(folder / "missing") == 0


def test_write_atomic_replaces_whole_files_only(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "file.json"
    write_atomic(target, b"old")
    write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"new" * 1000
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.json"]
