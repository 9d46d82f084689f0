"""kill -9 at random moments while notes and keywords are written: nothing acknowledged is lost.

A writer process adds notes and keywords in a loop and acknowledges each write once it
has returned. The test kills it with SIGKILL after a random delay, then checks that the
tandem and the session still load and hold every acknowledged write. One workspace and
one writer start (a fork of an already-imported process) per kill keep kills cheap: a few
in the default run, 200 in the slow one (CI), 1,000 in the soak.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from kit import writer as forking
from storekit import draft, session, temp_files

from rmtui.store import Workspace
from rmtui.store.backups import backup_stem
from rmtui.store.storage import decode

WRITER = Path(__file__).with_name("kill_writer.py")
# The kill comes a random delay after the writer is ready, up to a limit that adapts to
# the machine's speed so that most writers get a few writes done: kills then land before
# the first write, between writes and inside them (encode, fsync, rename, backup).
FIRST_MAX_DELAY = 0.012
NOTES_PER_SESSION = 400  # then a fresh session, so writes stay note-sized


@dataclass
class Tally:
    kills: int = 0
    notes: int = 0
    keywords: int = 0
    kills_before_first_ack: int = 0
    kills_mid_write: int = 0
    sessions: int = 0

    def line(self, leftovers: int) -> str:
        return (
            f"kill -9: {self.kills} kills, {self.notes + self.keywords} acknowledged writes "
            f"({self.notes} notes, {self.keywords} keywords) all present; "
            f"{self.kills_before_first_ack} kills before the first ack, "
            f"{self.kills_mid_write} inside an atomic write (temp file left); "
            f"{self.sessions} sessions; {leftovers} temp files left by killed writers"
        )


def check(
    ws: Workspace, tid: str, keywords: set[str], notes: dict[int, set[str]], when: str
) -> None:
    summary = ws.summary(tid)
    missing = keywords - {kw.text for kw in summary.keywords}
    assert not missing, f"{when}: lost keywords {sorted(missing)}"
    assert set(notes) <= {info.n for info in summary.sessions}
    for n, texts in notes.items():
        missing = texts - {x.text for x in ws.session(tid, n).notes}
        assert not missing, f"{when}: lost notes {sorted(missing)[:3]} of session {n}"


def kill_loop(root: Path, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    ws = Workspace(root)
    tid = ws.add_tandem(draft()).id
    n = ws.add_session(session(tid)).n
    tally = Tally(sessions=1)
    max_delay = FIRST_MAX_DELAY
    acked_notes: dict[int, set[str]] = {n: set()}  # per session
    acked_keywords: set[str] = set()
    temps: set[Path] = set()
    env = forking.env()
    writer = subprocess.Popen(
        forking.command(WRITER),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert writer.stdin is not None and writer.stdout is not None
    pid = 0
    try:
        for k in range(kills):
            if len(acked_notes[n]) >= NOTES_PER_SESSION:
                n = ws.add_session(session(tid)).n
                acked_notes[n] = set()
                tally.sessions += 1
            writer.stdin.write(f"{root} {tid} {n} k{k}\n")
            writer.stdin.flush()
            # "pid" (from the forking process) and "ready" (from the writer) in either order.
            pid, ready = 0, False
            while not (pid and ready):
                said = writer.stdout.readline().split()
                assert said and said[0] in ("pid", "ready"), said
                pid, ready = (int(said[1]), ready) if said[0] == "pid" else (pid, True)
            time.sleep(rng.uniform(0, max_delay))
            os.kill(pid, signal.SIGKILL)

            acks = 0
            while True:
                line = writer.stdout.readline()
                assert line, "the writer process died"
                kind, _, rest = line.rstrip("\n").partition(" ")
                if kind == "exit":
                    status = int(rest.split()[1])
                    assert os.WIFSIGNALED(status), f"writer ended on its own: {status}"
                    assert os.WTERMSIG(status) == signal.SIGKILL
                    break
                assert kind == "ack", line  # an "error" line: the writer hit an exception
                what, _, text = rest.partition(" ")
                (acked_notes[n] if what == "note" else acked_keywords).add(text)
                acks += 1
            tally.kills += 1
            tally.kills_before_first_ack += acks == 0
            if acks == 0:  # a slow or busy machine: give writers more time
                max_delay = min(max_delay * 1.25, 0.25)
            elif acks > 3:
                max_delay = max(max_delay * 0.85, 0.002)
            # A new temp file means the kill landed between its creation and the rename.
            now = set(temp_files(root))
            tally.kills_mid_write += bool(now - temps)
            temps = now

            # After every kill: both files load and every acknowledged write is there.
            check(ws, tid, acked_keywords, {n: acked_notes[n]}, f"kill {k}")
    finally:
        writer.stdin.close()
        try:
            writer.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a failed check left a writer running
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            writer.kill()
            writer.wait()
    check(ws, tid, acked_keywords, acked_notes, "at the end")
    tally.notes = sum(len(texts) for texts in acked_notes.values())
    tally.keywords = len(acked_keywords)

    # Backups were only ever taken from good bytes, even with kills mid-write.
    folder = ws.layout.backups(tid)
    for copy in folder.iterdir() if folder.is_dir() else []:
        kind = "tandem" if copy.name.startswith(backup_stem(Path("tandem.json"))) else "session"
        if not copy.name.startswith("."):
            decode(copy, copy.read_bytes(), kind)
    return tally


def run_and_report(root: Path, kills: int) -> Tally:
    seed = int(os.environ.get("RMTUI_KILL_SEED", time.time_ns() % 10**6))
    started = time.perf_counter()
    tally = kill_loop(root, kills, seed)
    seconds = time.perf_counter() - started
    print(f"\n{tally.line(len(temp_files(root)))} [seed {seed}, {seconds:.1f} s]")
    assert tally.kills == kills
    assert tally.notes > kills // 2, "too few writes were acknowledged to mean anything"
    return tally


def test_kill_9_loses_no_acknowledged_write(ws_root: Path) -> None:
    run_and_report(ws_root, 25)


@pytest.mark.slow
def test_200_kills_land_inside_writes_and_lose_nothing(ws_root: Path) -> None:
    tally = run_and_report(ws_root, 200)
    assert tally.kills_mid_write > 0, "no kill landed inside a write: the test proves little"


@pytest.mark.soak
def test_kill_9_soak(ws_root: Path) -> None:
    tally = run_and_report(ws_root, int(os.environ.get("RMTUI_KILLS", "1000")))
    assert tally.kills_mid_write > 0, "no kill landed inside a write: the test proves little"
