"""A note save appends to the session file's bytes only when they are the ones this process
wrote; whatever else happened to the file, the save sees it and loses nothing."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storekit import Run, draft, note, session

from rmtui.core.model import NOTE_KINDS, Note, Session
from rmtui.store import Workspace, note_tail, session_file
from rmtui.store.atomic import write_atomic
from rmtui.store.backend import MemoryBackend
from rmtui.store.schema import SCHEMA_VERSION
from rmtui.store.storage import AtomicFileStorage, decode, encode

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
def test_appended_bytes_are_the_files_own_encoding_and_read_back_whole(
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
    workspace.add_note(TID, n, note("second"))  # appended: this process wrote the file
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


def test_a_hand_edited_file_takes_the_full_path_and_comes_back_in_order(
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


def test_the_bytes_an_append_replaces_reach_the_backup_hook(workspace: Workspace) -> None:
    n = started(workspace)
    workspace.add_note(TID, n, note("first"))
    path = workspace.layout.session_file(TID, n)
    before = path.read_bytes()
    replaced: list[bytes] = []
    storage = AtomicFileStorage(path, "session", on_write=lambda _p, raw: replaced.append(raw))
    saved = note_tail.save(storage, lambda _head, _last: note("second"))
    assert saved is not None and saved.id == 2
    assert replaced == [before]


def test_remembered_facts_serve_only_their_exact_bytes(tmp_path: Path) -> None:
    path = tmp_path / "1.json"
    tables = {"session": {"1": {"n": 1}}, "notes": {"1": {"elapsed": 5.0}, "7": {"elapsed": 2}}}
    raw = encode(tables, "session")
    note_tail.remember(path, raw, tables)
    tail = note_tail.known(path, raw)
    assert tail is not None and (tail.next_id, tail.last_elapsed) == (8, 5.0)
    assert note_tail.known(path, raw + b" ") is None
    assert note_tail.known(tmp_path / "2.json", raw) is None
    # No notes yet, or notes not last: nothing to append to.
    for other in ({"session": tables["session"]}, {"notes": tables["notes"], "session": {}}):
        note_tail.remember(path, encode(other, "session"), other)
        assert note_tail.known(path, encode(other, "session")) is None


WALL = "2026-03-02T09:30:00+01:00"
SESSION_TABLES = {
    "session": {"1": {"tandem_id": "henk-de-vries", "n": 1, "current_item": 1}},
    "notes": {
        "1": {"elapsed": 12.5, "wall": WALL, "text": 'muted "Warehouse news" \\', "kind": "note"},
        "2": {"elapsed": 61.0, "wall": WALL, "text": "Zażółć } ]", "kind": "action"},
    },
}
NEW_DOC = {"elapsed": 90.0, "text": "one more", "kind": "note"}
PIECES = [b"{", b"}", b'"', b",", b":", b" ", b"\n", b'"notes":', b'"session":', b'"9":{}', b"\\"]


@st.composite
def edited_bytes(draw: st.DrawFn) -> bytes:
    """A session file's bytes with a few edits: pieces of JSON inserted, spans removed,
    spans of the file copied elsewhere (duplicate keys, tables in another order)."""
    raw = encode(SESSION_TABLES, "session")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(raw)))
        kind = draw(st.sampled_from(["insert", "remove", "copy"]))
        if kind == "insert":
            raw = raw[:at] + draw(st.sampled_from(PIECES)) + raw[at:]
        else:
            start = draw(st.integers(0, len(raw)))
            end = draw(st.integers(start, min(len(raw), start + 80)))
            if kind == "remove":
                raw = raw[:start] + raw[end:]
            else:
                raw = raw[:at] + raw[start:end] + raw[at:]
    return raw


@settings(max_examples=400, deadline=None)
@given(raw=edited_bytes())
def test_bytes_taken_for_an_append_mean_exactly_one_more_note(raw: bytes) -> None:
    tail = note_tail.read_tail(raw)
    if tail is None:
        return  # the full path decodes, checks and reports these bytes
    path = Path("1.json")
    tables = decode(path, raw, "session")  # accepted bytes always read cleanly
    assert tail.next_id == max(map(int, tables["notes"])) + 1
    assert tail.last_elapsed == session_file.last_elapsed(tables)
    assert json.loads(tail.head) == session_file.record(tables)[1]
    after = decode(path, tail.append(tail.next_id, NEW_DOC, 90.0).raw, "session")
    assert after == {**tables, "notes": {**tables["notes"], str(tail.next_id): NEW_DOC}}


def test_the_layout_check_refuses_what_would_misplace_a_note() -> None:
    raw = encode(SESSION_TABLES, "session")
    assert note_tail.read_tail(raw) is not None
    session = json.dumps(SESSION_TABLES["session"], separators=(",", ":")).encode()
    refused = [
        raw + b"\n",  # as an editor saves it
        raw[:-2] + b',"session":' + session + b"}}",  # a second session table, last
        raw[:-1] + b',"tables":{}}',  # a second tables object
        raw.replace(b'"schema":%d' % SCHEMA_VERSION, b'"schema":%d' % (SCHEMA_VERSION + 1)),
        raw.replace(b'"schema":%d' % SCHEMA_VERSION, b'"schema":1'),  # migrated on read
        raw.replace(b'{"rmtui"', b'{ "rmtui"'),
        raw.replace(b'"2":{', b'"x":{'),  # a malformed record id
    ]
    assert [note_tail.read_tail(r) for r in refused] == [None] * len(refused)
