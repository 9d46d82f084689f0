"""A note is one line added at the end of its session file: the save writes that line
and waits for the disk, whatever the size of the session, and every reader (this
process, another one, a fresh one) reads the file as the same notes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storekit import draft, note, session

from rmtui.store import Workspace
from rmtui.store.errors import CorruptFile
from rmtui.store.storage import decode, dumps, encode

TID = "henk-de-vries"


def started(ws: Workspace) -> tuple[int, Path]:
    ws.add_tandem(draft())
    n = ws.add_session(session(TID)).n
    return n, ws.layout.session_file(TID, n)


def test_a_note_save_adds_one_line_and_leaves_the_rest_of_the_file_as_it_was(
    workspace: Workspace,
) -> None:
    n, path = started(workspace)
    workspace.add_note(TID, n, note("first"))
    before, inode = path.read_bytes(), path.stat().st_ino

    workspace.add_note(TID, n, note("Zażółć gęślą jaźń"))

    raw = path.read_bytes()
    assert raw.startswith(before) and raw.endswith(b"\n")
    added = raw[len(before) :]
    assert added.count(b"\n") == 1 and "Zażółć gęślą jaźń".encode() in added
    assert path.stat().st_ino == inode, "the file is added to, not replaced"
    # The first line says what the file is; each note after it is a line of its own.
    first, *notes = raw.decode().splitlines()
    assert first.startswith('{"rmtui":"session","schema":3,')
    assert [line[:5] for line in notes] == ['{"1":', '{"2":']
    assert [x.text for x in Workspace(workspace.root).session(TID, n).notes] == [
        "first",
        "Zażółć gęślą jaźń",
    ]


def test_a_session_file_of_an_older_rmtui_is_read_and_written_in_lines_at_its_next_save(
    workspace: Workspace,
) -> None:
    n, path = started(workspace)
    workspace.add_note(TID, n, note("first"))
    workspace.add_note(TID, n, note("second"))
    tables = decode(path, path.read_bytes(), "session")
    older = dumps({"rmtui": "session", "schema": 2, "tables": tables})  # one document
    path.write_bytes(older)
    fresh = Workspace(workspace.root)
    assert [x.text for x in fresh.session(TID, n).notes] == ["first", "second"]

    assert fresh.add_note(TID, n, note("third")).id == 3

    raw = path.read_bytes()
    assert raw.startswith(b'{"rmtui":"session","schema":3,') and raw.count(b"\n") == 4
    assert [x.text for x in fresh.session(TID, n).notes] == ["first", "second", "third"]


def test_a_last_line_without_its_line_break_is_a_whole_note_and_the_next_save_keeps_it(
    workspace: Workspace,
) -> None:
    n, path = started(workspace)
    workspace.add_note(TID, n, note("first"))
    workspace.add_note(TID, n, note("second"))
    path.write_bytes(path.read_bytes().rstrip(b"\n"))  # as an editor may save it

    assert workspace.add_note(TID, n, note("third")).id == 3

    assert path.read_bytes().endswith(b"\n")
    assert [x.text for x in workspace.session(TID, n).notes] == ["first", "second", "third"]


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (lambda raw: raw + b'{"3":{"text":"half a no', "not valid JSON at line 4"),
        (lambda raw: raw + b'{"3":{"text":7}}\n', "wrong shape"),
        (lambda raw: raw + b'{"2":{"text":"again"}}\n', "holds record 2 twice"),
        (lambda raw: raw + b'{"3":{},"4":{}}\n', "line 4 should hold exactly one notes record"),
        (lambda raw: raw + b"[1]\n", "line 4 should hold exactly one notes record"),
        (lambda raw: raw + b"\xff\n", "not UTF-8"),
        (lambda raw: raw.replace(b'"text":"first"', b'"text":1'), "wrong shape"),
    ],
    ids=["cut short", "wrong shape", "id twice", "two records", "no record", "bytes", "middle"],
)
def test_a_spoiled_line_is_refused_by_the_next_save_and_the_file_is_left_as_it_is(
    workspace: Workspace, spoil: object, says: str
) -> None:
    n, path = started(workspace)
    workspace.add_note(TID, n, note("first"))
    workspace.add_note(TID, n, note("second"))  # this workspace read and checked both
    assert callable(spoil)
    spoiled = spoil(path.read_bytes())
    path.write_bytes(spoiled)  # by another program, after this workspace's last save

    for ws in (workspace, Workspace(workspace.root)):  # the same with nothing kept
        with pytest.raises(CorruptFile, match=says):
            ws.add_note(TID, n, note("third"))
        assert path.read_bytes() == spoiled


def test_a_failed_append_cuts_the_file_back_to_what_it_was(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    n, path = started(workspace)
    workspace.add_note(TID, n, note("first"))
    before = path.read_bytes()
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        # The line was written (the file is longer) when the disk reports the error.
        if os.fstat(fd).st_size > len(before):
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", failing_fsync)
        with pytest.raises(Exception, match="Input/output error"):
            workspace.add_note(TID, n, note("never saved"))
    assert path.read_bytes() == before
    assert workspace.add_note(TID, n, note("second")).id == 2
    assert [x.text for x in workspace.session(TID, n).notes] == ["first", "second"]


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(turns=st.lists(st.tuples(st.sampled_from("abe"), texts), min_size=1, max_size=12))
def test_two_workspaces_saving_in_turn_read_what_a_fresh_read_reads(
    tmp_path_factory: pytest.TempPathFactory, turns: list[tuple[str, str]]
) -> None:
    """Two processes' workspaces (a: the live screen, b: `rmtui note add` in another
    pane) and edits (e) in any order: each save reads only what changed since its own
    last one, and the file always reads, in full, as the notes saved."""
    root = tmp_path_factory.mktemp("ws")
    a = Workspace(root)
    n, path = started(a)
    b = Workspace(root)
    saved: list[str] = []
    for who, text in turns:
        if who == "e" and saved:
            a.update_note(TID, n, 1, lambda x, t=text: setattr(x, "text", t))  # type: ignore[misc]
            saved[0] = text
            continue
        (a if who == "a" else b).add_note(TID, n, note(text))
        saved.append(text)
    raw = path.read_bytes()
    assert encode(decode(path, raw, "session"), "session") == raw
    for ws in (a, b, Workspace(root)):
        assert [x.text for x in ws.session(TID, n).notes] == saved


def test_a_hard_linked_copy_of_the_session_file_is_left_as_it_was(
    workspace: Workspace, tmp_path: Path
) -> None:
    n, path = started(workspace)
    workspace.add_note(TID, n, note("first"))
    copy = tmp_path / "copy.json"
    os.link(path, copy)  # as `cp -al` copies a folder
    kept = copy.read_bytes()

    workspace.add_note(TID, n, note("second"))
    workspace.add_note(TID, n, note("third"))

    assert copy.read_bytes() == kept
    assert [x.text for x in workspace.session(TID, n).notes] == ["first", "second", "third"]
