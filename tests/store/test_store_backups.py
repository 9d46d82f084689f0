"""Backups: taken before a file is overwritten, only from good bytes, bounded in number."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from storekit import draft, note, session

import rmtui.store.backups as backups_module
from rmtui.store import Workspace
from rmtui.store.backups import KEEP, MIN_INTERVAL, Backups
from rmtui.store.errors import CorruptFile
from rmtui.store.storage import decode


@pytest.fixture
def later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each backup decision happens an interval after the one before."""
    ticks = itertools.count(1)
    fake = SimpleNamespace(
        time=lambda: time.time() + next(ticks) * (MIN_INTERVAL + 1),
        strftime=time.strftime,
        gmtime=time.gmtime,
    )
    monkeypatch.setattr(backups_module, "time", fake)


def tandem_copies(ws: Workspace, tid: str) -> list[Path]:
    return ws.files.backups(tid).copies("tandem")


def test_a_busy_tandem_is_not_copied_on_every_write(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    assert tandem_copies(ws, tid) == []  # a new file has nothing to back up
    for word in ("IoT", "Yammer", "LinkedIn", "privacy"):
        ws.add_keywords(tid, [word])
    copies = tandem_copies(ws, tid)
    assert len(copies) == 1
    # The copy is the file as it was before the first overwrite.
    assert "IoT" not in copies[0].read_text()


def test_backups_rotate_and_stay_bounded(ws_root: Path, later: None) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    states = [ws.layout.tandem_file(tid).read_bytes()]
    for i in range(KEEP + 7):
        ws.add_keywords(tid, [f"topic {i}"])
        states.append(ws.layout.tandem_file(tid).read_bytes())
    copies = tandem_copies(ws, tid)
    assert len(copies) == KEEP
    # Newest first, and they are the states just before the last KEEP writes.
    assert [c.read_bytes() for c in copies] == states[-2 : -2 - KEEP : -1]
    print(f"\n{KEEP + 7} writes, {len(copies)} backups kept")


def test_session_files_have_their_own_bounded_backups(ws_root: Path, later: None) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    n = ws.add_session(session(tid)).n
    for i in range(KEEP + 3):
        ws.add_note(tid, n, note(f"note {i}"))
    copies = ws.files.backups(tid).copies(f"session-{n}")
    assert len(copies) == KEEP
    for copy in copies:
        decode(copy, copy.read_bytes(), "session")
    assert ws.files.backups(tid).copies("session-1") != ws.files.backups(tid).copies("session-11")


def test_a_broken_file_is_never_backed_up_and_good_backups_survive(
    ws_root: Path, later: None
) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    for i in range(3):
        ws.add_keywords(tid, [f"topic {i}"])
    before = {c.name: c.read_bytes() for c in tandem_copies(ws, tid)}
    path = ws.layout.tandem_file(tid)
    path.write_bytes(path.read_bytes()[:-1])
    for _ in range(KEEP + 2):  # attempts that would otherwise rotate out every good copy
        with pytest.raises(CorruptFile):
            ws.add_keywords(tid, ["blockchain"])
    assert {c.name: c.read_bytes() for c in tandem_copies(ws, tid)} == before


def test_the_offer_skips_a_backup_that_is_itself_broken(ws_root: Path, later: None) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    for i in range(3):
        ws.add_keywords(tid, [f"topic {i}"])
    newest, older = tandem_copies(ws, tid)[:2]
    newest.write_bytes(b"{")
    path = ws.layout.tandem_file(tid)
    path.write_bytes(b"")
    with pytest.raises(CorruptFile) as caught:
        ws.summary(tid)
    assert caught.value.backup == older


def test_erase_removes_the_backups_too(ws_root: Path) -> None:
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    ws.add_keywords(tid, ["IoT"])
    ws.add_keywords(tid, ["Yammer"])
    assert tandem_copies(ws, tid)
    ws.erase_tandem(tid)
    assert not ws.layout.backups(tid).exists()
    assert not ws.layout.tandem_dir(tid).exists()


def test_backup_names_sort_by_time_even_at_a_second_boundary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = Backups(tmp_path, keep=3, interval=0)
    base = float(int(time.time()) + 1000)
    # The second one is a hair before a whole second: its fraction must not round up to
    # ".000000" of the same second, which would sort it before the first one.
    for i, now in enumerate((base - 0.5, base - 0.0000004, base + 0.25)):
        fake = SimpleNamespace(time=lambda now=now: now, strftime=time.strftime, gmtime=time.gmtime)
        monkeypatch.setattr(backups_module, "time", fake)
        backups.take(tmp_path / "tandem.json", f"{i}".encode())
    assert [c.read_bytes() for c in backups.copies("tandem")] == [b"2", b"1", b"0"]


class FakeClock:
    """``time.time`` for the backups module, set by the test."""

    def __init__(self) -> None:
        self.now = time.time()

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        fake = SimpleNamespace(time=lambda: self.now, strftime=time.strftime, gmtime=time.gmtime)
        monkeypatch.setattr(backups_module, "time", fake)


def test_a_write_made_while_the_clock_was_far_ahead_does_not_stop_backups(
    ws_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    clock.install(monkeypatch)
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    real = clock.now
    clock.now = real + 10 * 365 * 86400  # the clock ten years ahead
    ws.add_keywords(tid, ["from the future"])
    assert len(tandem_copies(ws, tid)) == 1
    clock.now = real  # the clock put right: backups go on, one per interval
    states = []
    for i in range(4):
        states.append(ws.layout.tandem_file(tid).read_bytes())
        ws.add_keywords(tid, [f"topic {i}"])
        clock.now += MIN_INTERVAL + 1
    copies = tandem_copies(ws, tid)
    assert len(copies) == 5
    assert [c.read_bytes() for c in copies[:4]] == states[::-1]
    # A restore offers the newest copy by sequence, not the one stamped in the future.
    path = ws.layout.tandem_file(tid)
    path.write_bytes(b"{")
    with pytest.raises(CorruptFile) as caught:
        ws.summary(tid)
    assert caught.value.backup == copies[0]
    assert copies[-1].stat().st_mtime > copies[0].stat().st_mtime


def test_a_clock_set_back_keeps_the_sequence_and_the_rotation(
    ws_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    clock.install(monkeypatch)
    ws = Workspace(ws_root)
    tid = ws.add_tandem(draft()).id
    for i in range(KEEP + 4):
        ws.add_keywords(tid, [f"topic {i}"])
        clock.now -= MIN_INTERVAL + 1  # every write an interval *earlier* than the last
    copies = tandem_copies(ws, tid)
    assert len(copies) == KEEP
    numbers = [backups_module.sequence(c) for c in copies]
    assert numbers == list(range(KEEP + 4, 4, -1))
    restored = copies[0]
    assert "topic 10" in restored.read_text() and "topic 11" not in restored.read_text()


def test_copies_named_by_an_older_rmtui_count_as_older_than_numbered_ones(
    tmp_path: Path,
) -> None:
    backups = Backups(tmp_path, keep=3, interval=0)
    (tmp_path / "tandem.29991231T000000.000000.json").write_bytes(b"old, far-future name")
    backups.take(tmp_path / "tandem.json", b"new")
    assert [c.read_bytes() for c in backups.copies("tandem")] == [
        b"new",
        b"old, far-future name",
    ]
    assert backups_module.sequence(backups.copies("tandem")[0]) == 1
