"""The workspace repository, run on TinyDB's own MemoryStorage and on the durable disk files.

The same repository code must behave the same on both: what differs is only where the
documents live. Disk-only behaviour (broken files, folders) is tested at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from storekit import FIXED_NOW, draft, fixed_clock, note, session

from rmtui.core.errors import InvalidInput
from rmtui.store import Workspace
from rmtui.store.backend import MemoryBackend
from rmtui.store.errors import CorruptFile, NotFound


@pytest.fixture(params=["memory", "disk"])
def ws(request: pytest.FixtureRequest, ws_root: Path) -> Workspace:
    if request.param == "memory":
        return Workspace(ws_root, backend=MemoryBackend(), now=fixed_clock)
    return Workspace(ws_root, now=fixed_clock)


def test_tandem_ids_are_unique_ascii_slugs_of_the_mentee_name(ws: Workspace) -> None:
    ids = [
        ws.add_tandem(draft("Anna Kowalska-Łęcka")).id,
        ws.add_tandem(draft("anna  KOWALSKA lecka")).id,
        ws.add_tandem(draft("Anna Kowalska-Łęcka")).id,
        ws.add_tandem(draft("Zoë Müller")).id,
        ws.add_tandem(draft("Søren Øst")).id,
    ]
    assert ids == [
        "anna-kowalska-lecka",
        "anna-kowalska-lecka-2",
        "anna-kowalska-lecka-3",
        "zoe-muller",
        "soren-ost",
    ]
    assert sorted(ws.tandem_ids()) == sorted(ids)
    # The name itself is kept as typed; only the id is folded.
    tandem = ws.tandem("zoe-muller")
    assert tandem.mentee == "Zoë Müller"
    assert tandem.mentee_dept == "Logistics"
    assert tandem.created == FIXED_NOW
    assert tandem.start == FIXED_NOW.date()


def test_a_name_that_shows_nothing_is_refused_and_nothing_is_stored(ws: Workspace) -> None:
    with pytest.raises(InvalidInput, match="mentee"):
        ws.add_tandem(draft("\u200b \u200d"))
    assert ws.tandem_ids() == []


def test_a_name_in_any_script_gets_its_own_folder_and_keeps_its_spelling(ws: Workspace) -> None:
    names = ["Олена Шевченко", "王小明", "🦊", "🦊", "--- !!! ---"]
    ids = [ws.add_tandem(draft(name)).id for name in names]
    assert ids[0] == "olena-shevchenko" and ids[3] == f"{ids[2]}-2"
    assert sorted(ws.tandem_ids()) == sorted(ids)
    assert [ws.tandem(i).mentee for i in ids] == names


def test_keywords_are_deduplicated_ignoring_case_and_accents(ws: Workspace) -> None:
    tid = ws.add_tandem(draft()).id
    added = ws.add_keywords(tid, ["LinkedIn", "Privacy", "linkedin", "PRIVACY", "Łódź hub"])
    assert [k.text for k in added] == ["LinkedIn", "Privacy", "Łódź hub"]
    added = ws.add_keywords(tid, ["lodz HUB", "Twitter", "privacy"])
    assert [k.text for k in added] == ["Twitter"]
    assert ws.add_keywords(tid, ["LINKEDIN"]) == []

    listed = ws.keywords(tid)
    # The first spelling wins and the list keeps the order the pair agreed.
    assert [(k.order, k.text, k.status) for k in listed] == [
        (1, "LinkedIn", "open"),
        (2, "Privacy", "open"),
        (3, "Łódź hub", "open"),
        (4, "Twitter", "open"),
    ]


def test_keyword_status_changes_and_stays_in_the_list(ws: Workspace) -> None:
    tid = ws.add_tandem(draft()).id
    ws.add_keywords(tid, ["Yammer", "IoT", "Blockchain"])
    assert ws.set_keyword_status(tid, "yammer", "covered").status == "covered"
    ws.set_keyword_status(tid, "BLOCKCHAIN", "dropped")
    assert [(k.text, k.status) for k in ws.keywords(tid)] == [
        ("Yammer", "covered"),
        ("IoT", "open"),
        ("Blockchain", "dropped"),
    ]
    with pytest.raises(NotFound, match="no keyword 'big data'"):
        ws.set_keyword_status(tid, "big data", "covered")


def test_sessions_are_numbered_in_order_per_tandem(ws: Workspace) -> None:
    a = ws.add_tandem(draft("Anna")).id
    b = ws.add_tandem(draft("Bart")).id
    numbers = [ws.add_session(session(a, f"Session {i}")).n for i in range(3)]
    assert numbers == [1, 2, 3]
    assert ws.add_session(session(b)).n == 1
    index = ws.summary(a).sessions
    assert [(s.n, s.title, s.status) for s in index] == [
        (1, "Session 0", "planned"),
        (2, "Session 1", "planned"),
        (3, "Session 2", "planned"),
    ]


def test_notes_round_trip_with_every_field(ws: Workspace) -> None:
    tid = ws.add_tandem(draft()).id
    first = ws.add_session(session(tid)).n
    second = ws.add_session(session(tid, "LinkedIn")).n
    written = [
        note("Muted the 'Warehouse news' group himself", 95.25, item=3, keywords=["notifications"]),
        note("One post a day on Yammer", 130.0, "action"),
        note("Admits he reuses one password everywhere", 300.5, "note", private=True),
        note("How cross-docking works", 1810.0, "mentor-learned"),
        note("Zażółć gęślą jaźń — [/] [@click=app.quit] \\u0000", 1811.0, "highlight"),
    ]
    stored = [ws.add_note(tid, first, n) for n in written]
    assert [n.id for n in stored] == [1, 2, 3, 4, 5]
    ws.add_note(tid, second, note("In the other session"))

    loaded = ws.session(tid, first)
    assert loaded.id == f"{tid}/{first}"
    assert loaded.title == "Taming notifications"
    assert loaded.notes == stored
    assert [n.text for n in ws.session(tid, second).notes] == ["In the other session"]


def test_writes_to_what_does_not_exist_are_refused(ws: Workspace, ws_root: Path) -> None:
    with pytest.raises(NotFound, match="no tandem 'nobody'"):
        ws.add_keywords("nobody", ["x"])
    with pytest.raises(NotFound, match="no tandem 'nobody'"):
        ws.summary("nobody")
    with pytest.raises(NotFound, match="no tandem 'nobody'"):
        ws.add_note("nobody", 1, note("lost?"))
    tid = ws.add_tandem(draft()).id
    with pytest.raises(NotFound, match=f"no session '{tid}/7'"):
        ws.add_note(tid, 7, note("lost?"))
    with pytest.raises(NotFound):
        ws.session(tid, 7)
    # An id names a folder right inside tandems/: nothing else is reached or aliased.
    for odd in ("../escape", f"{tid}/.", f"{tid}/sessions/..", "..", ".", ""):
        with pytest.raises(NotFound):
            ws.add_keywords(odd, ["x"])
        with pytest.raises(NotFound):
            ws.add_note(odd, 1, note("x"))
        with pytest.raises(NotFound):
            ws.summary(odd)
    # A refused write leaves no trace: no stray folder that would make the next
    # tandem called "Nobody" get the id "nobody-2".
    assert ws.add_tandem(draft("Nobody")).id == "nobody"
    assert not (ws_root.parent / "escape").exists()


def test_erase_removes_one_tandem_and_keeps_the_others(ws: Workspace) -> None:
    keep = ws.add_tandem(draft("Anna")).id
    gone = ws.add_tandem(draft("Bart")).id
    for tid in (keep, gone):
        ws.add_keywords(tid, ["privacy"])
        n = ws.add_session(session(tid)).n
        ws.add_note(tid, n, note(f"note of {tid}"))
    ws.erase_tandem(gone)
    assert ws.tandem_ids() == [keep]
    with pytest.raises(NotFound):
        ws.summary(gone)
    with pytest.raises(NotFound):
        ws.erase_tandem(gone)
    assert [n.text for n in ws.session(keep, 1).notes] == ["note of anna"]
    # The id is free again.
    assert ws.add_tandem(draft("Bart")).id == "bart"


def test_memory_backend_never_touches_the_disk(ws_root: Path) -> None:
    ws = Workspace(ws_root, backend=MemoryBackend())
    tid = ws.add_tandem(draft()).id
    ws.add_keywords(tid, ["IoT"])
    ws.add_note(tid, ws.add_session(session(tid)).n, note("x"))
    ws.erase_tandem(tid)
    assert not ws_root.exists()


# --- disk only ----------------------------------------------------------------------------


def test_scan_reports_one_broken_tandem_and_lists_the_good_ones(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    for name in ("Anna", "Bart", "Cees"):
        ws.add_keywords(ws.add_tandem(draft(name)).id, ["privacy"])
    broken = ws.layout.tandem_file("bart")
    broken.write_bytes(broken.read_bytes()[:40])

    scan = ws.scan()
    assert [s.tandem.id for s in scan.summaries] == ["anna", "cees"]
    assert [p.path for p in scan.problems] == [broken]
    assert isinstance(scan.problems[0], CorruptFile)
    assert "not valid JSON" in str(scan.problems[0])


def test_a_fresh_workspace_object_sees_what_another_one_wrote(ws_root: Path) -> None:
    # The TUI and `rmtui note add` hold separate Workspace objects over one folder.
    tui, cli = Workspace(ws_root), Workspace(ws_root)
    tid = tui.add_tandem(draft()).id
    n = tui.add_session(session(tid)).n
    tui.add_note(tid, n, note("from the TUI"))
    cli.add_note(tid, n, note("from the CLI"))
    tui.add_note(tid, n, note("from the TUI again"))
    cli.add_keywords(tid, ["IoT"])
    tui.add_keywords(tid, ["Yammer"])
    texts = [x.text for x in tui.session(tid, n).notes]
    assert texts == ["from the TUI", "from the CLI", "from the TUI again"]
    assert [k.text for k in cli.keywords(tid)] == ["IoT", "Yammer"]
