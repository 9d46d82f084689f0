"""A note save reads its session file as it is now, under the tandem's lock: whatever
else happened to the file (another process, a hand edit), the save sees it and loses
nothing; and it says which file it wrote, so a screen need not read it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storekit import Run, draft, note, session

from rmtui.core.model import NOTE_KINDS, Note, Session
from rmtui.store import Workspace
from rmtui.store import storage as storage_module
from rmtui.store.atomic import write_atomic
from rmtui.store.backend import MemoryBackend
from rmtui.store.errors import WriteFailed
from rmtui.store.storage import decode, encode

TID = "henk-de-vries"
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
notes = st.builds(
    lambda text, kind, private, keywords, elapsed: note(
        text, elapsed, kind, private=private, keywords=keywords
    ),
    texts,
    st.sampled_from(NOTE_KINDS),
    st.booleans(),
    st.lists(texts, max_size=3),
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
)


def started(ws: Workspace) -> int:
    if TID not in ws.tandem_ids():
        ws.add_tandem(draft())
    return ws.add_session(session(TID)).n


def session_bytes(ws: Workspace, n: int) -> bytes:
    return ws.layout.session_file(TID, n).read_bytes()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(saves=st.lists(notes, min_size=1, max_size=8))
def test_saved_notes_are_the_files_own_encoding_and_read_back_as_in_memory(
    ws_root: Path, saves: list[Note]
) -> None:
    disk = Workspace(ws_root)
    memory = Workspace(ws_root, backend=MemoryBackend())
    n, m = started(disk), started(memory)
    for new in saves:
        assert disk.add_note(TID, n, new).id == memory.add_note(TID, m, new).id
    path = disk.layout.session_file(TID, n)
    raw = path.read_bytes()
    assert encode(decode(path, raw, "session"), "session") == raw
    assert disk.session(TID, n).notes == memory.session(TID, m).notes


def test_a_note_from_another_process_is_kept_and_the_next_id_follows_it(
    workspace: Workspace, rmtui: Run
) -> None:
    n = started(workspace)
    workspace.add_note(TID, n, note("first"))
    workspace.add_note(TID, n, note("second"))  # this process wrote the file last
    done = rmtui("note", "add", f"{TID}/{n}", "from the other pane")
    assert done.returncode == 0, done.stderr
    assert workspace.add_note(TID, n, note("fourth")).id == 4
    texts = [x.text for x in workspace.session(TID, n).notes]
    assert texts == ["first", "second", "from the other pane", "fourth"]


def test_a_change_to_the_clock_made_elsewhere_reaches_the_next_stamp(
    workspace: Workspace,
) -> None:
    n = started(workspace)
    workspace.add_note(TID, n, note("first"))
    workspace.add_note(TID, n, note("second"))
    path = workspace.layout.session_file(TID, n)
    tables = decode(path, path.read_bytes(), "session")
    record = next(iter(tables["session"].values()))
    record["current_item"] = 2
    tables["notes"]["9"] = dict(tables["notes"]["1"], elapsed=4000.0)
    write_atomic(path, encode(tables, "session"))  # as another process would

    seen: list[tuple[Session, float]] = []

    def make(head: Session, last: float) -> Note:
        seen.append((head, last))
        return note("third", elapsed=last, item=head.current_item)

    saved = workspace.record_note(TID, n, make)
    assert (saved.id, seen[0][0].current_item, seen[0][1]) == (10, 2, 4000.0)
    assert [x.id for x in workspace.session(TID, n).notes] == [1, 2, 9, 10]


def test_a_hand_edited_file_is_read_and_comes_back_in_order(
    workspace: Workspace,
) -> None:
    n = started(workspace)
    workspace.add_note(TID, n, note("first"))
    path = workspace.layout.session_file(TID, n)
    tables = decode(path, path.read_bytes(), "session")
    reordered = {"notes": tables["notes"], "session": tables["session"]}  # notes first
    write_atomic(path, encode(reordered, "session").replace(b",", b", "))
    assert workspace.add_note(TID, n, note("second")).id == 2
    assert workspace.add_note(TID, n, note("third")).id == 3
    assert [x.text for x in workspace.session(TID, n).notes] == ["first", "second", "third"]
    raw = path.read_bytes()
    assert encode(decode(path, raw, "session"), "session") == raw


def test_a_save_names_the_file_it_read_and_the_file_it_wrote(
    workspace: Workspace, rmtui: Run
) -> None:
    n = started(workspace)
    seen = workspace.session_signature(TID, n)
    first = workspace.save_note(TID, n, lambda _head, _last: note("first"))
    assert first.before == seen
    assert first.after == workspace.session_signature(TID, n) != seen
    done = rmtui("note", "add", f"{TID}/{n}", "from the other pane")
    assert done.returncode == 0, done.stderr
    # The file changed since this process's save: the next save says so, and a screen
    # that skips reading its own saves still reads the other pane's note.
    second = workspace.save_note(TID, n, lambda _head, _last: note("second"))
    assert second.before != first.after
    assert second.after == workspace.session_signature(TID, n)
    texts = [x.text for x in workspace.session(TID, n).notes]
    assert texts == ["first", "from the other pane", "second"]


def test_a_failed_edit_leaves_the_next_save_as_the_file_is(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = started(workspace)
    workspace.add_note(TID, n, note("first"))

    def disk_full(*_args: object) -> None:
        raise WriteFailed("the disk is full; nothing was changed (test)")

    with monkeypatch.context() as m:
        m.setattr(storage_module, "write_atomic", disk_full)
        with pytest.raises(WriteFailed):
            workspace.update_note(TID, n, 1, lambda x: setattr(x, "text", "never written"))
    assert workspace.add_note(TID, n, note("second")).id == 2
    assert [x.text for x in workspace.session(TID, n).notes] == ["first", "second"]
