"""kill -9 while notes are saved into a session of 300 notes in a tandem of ~4,000 notes.

Two writers: the session service in a loop (a fork of an already-imported process per
kill, so 200 kills stay fast), and real ``rmtui note add`` processes killed at random
moments of their short life. After every kill the tandem and the session load, and every
acknowledged note is present (service: ``add_note`` returned; CLI: exit status 0). The
default run kills a few writers in a smaller tandem; the slow run (CI) makes the sweeps.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from kit import writer as forking
from sessionkit import TEMPLATE, add_tandem

from rmtui.core.model import Note
from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

WRITER = Path(__file__).with_name("note_writer.py")
SESSIONS = 14  # earlier sessions of the tandem, 286 notes each: ~4,000 with the live one
NOTES = 300  # in the live session when a round of kills starts on it
ROTATE_AT = 400  # then a fresh live session of 300, so every save is into ~300 notes
# Kill delays are drawn around the measured time to a writer's first ack and the time of
# one save (a few ms here, more on a busy CI runner), so that kills land before the first
# save, inside saves and between them, whatever the machine's speed.
SAVES_AFTER_FIRST = 4


@dataclass
class Tally:
    kills: int = 0
    acked: int = 0
    kills_before_first_ack: int = 0
    sessions: int = 0
    inside_writes: int = 0  # temp files left by killed writers (swept by tandem writes)

    def line(self, what: str, extra: str = "") -> str:
        return (
            f"kill -9 ({what}): {self.kills} kills, {self.acked} acknowledged notes all "
            f"present, {self.kills_before_first_ack} kills before the first ack, "
            f"{self.sessions} live sessions of {NOTES}+ notes{extra}"
        )


def filler(count: int, tag: str) -> list[Note]:
    start = datetime(2027, 1, 11, 15, 0).astimezone()
    return [
        Note(
            id=0,
            elapsed=12.0 * i,
            wall=start + timedelta(seconds=12 * i),
            text=f"{tag} note {i}: the mentee tried the LinkedIn privacy settings on her own",
            kind="note" if i % 5 else "action",
            item=i % 3,
            keywords=["LinkedIn"],
        )
        for i in range(count)
    ]


def big_tandem(ws: Workspace, service: SessionService, sessions: int = SESSIONS) -> str:
    """A tandem of ~4,000 notes, written with one write per session (not 4,000 saves)."""
    tid = add_tandem(ws)
    for k in range(sessions):
        n = service.plan(tid, TEMPLATE, carry=False, extend=True).n  # past the frame
        ws.add_notes(tid, n, filler(286, f"s{k}"))
        service.start(SessionRef(tid, n))
        service.stop(SessionRef(tid, n))
    return tid


def live_session(ws: Workspace, service: SessionService, tid: str) -> SessionRef:
    for ref, _ in service.live():
        service.stop(ref)
    ref = SessionRef(tid, service.plan(tid, TEMPLATE, carry=False, extend=True).n)
    ws.add_notes(tid, ref.n, filler(NOTES, f"live{ref.n}"))
    service.start(ref)
    return ref


def check(ws: Workspace, ref: SessionRef, acked: set[str], when: str) -> int:
    """The tandem and the session load; every acknowledged note is there."""
    ws.summary(ref.tandem_id)
    notes = ws.session(ref.tandem_id, ref.n).notes
    missing = acked - {n.text for n in notes}
    assert not missing, f"{when}: lost {sorted(missing)[:3]}"
    return len(notes)


def calibrate(writer: subprocess.Popen[str], target: str) -> tuple[float, float]:
    """Median time from a writer's fork to its first ack, and of one save after it."""
    assert writer.stdin is not None and writer.stdout is not None
    firsts, saves = [], []
    for i in range(5):
        writer.stdin.write(f"{target} warmup{i}\n")
        writer.stdin.flush()
        pid = int(writer.stdout.readline().split()[1])
        started = time.perf_counter()
        stamps = []
        for _ in range(5):
            assert writer.stdout.readline().startswith("ack ")
            stamps.append(time.perf_counter() - started)
        os.kill(pid, signal.SIGKILL)
        while not writer.stdout.readline().startswith("exit "):
            pass
        firsts.append(stamps[0])
        saves.append((stamps[-1] - stamps[0]) / 4)
    return sorted(firsts)[2], sorted(saves)[2]


def kill_service_writers(root: Path, kills: int, rng: random.Random, sessions: int) -> Tally:
    ws = Workspace(root)
    service = SessionService(ws)
    tid = big_tandem(ws, service, sessions)
    ref = live_session(ws, service, tid)
    tally = Tally(sessions=1)
    acked: set[str] = set()
    writer = subprocess.Popen(
        forking.command(WRITER),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=forking.env(),
    )
    assert writer.stdin is not None and writer.stdout is not None
    try:
        first_ack, save = calibrate(writer, f"{root} {tid} {ref.n}")
        # Mostly after the first ack: a save is one appended line, much shorter than the
        # start of a writer, so SAVES_AFTER_FIRST of them alone would leave about half of
        # the kills before it. A kill is late when twice the acks the window holds came.
        low, high = 0.75 * first_ack, 1.75 * first_ack + SAVES_AFTER_FIRST * save
        late = 2 * (high - first_ack) / save
        scale = 1.0  # follows the machine's pace as the load on it changes
        for k in range(kills):
            writer.stdin.write(f"{root} {tid} {ref.n} k{k}\n")
            writer.stdin.flush()
            first = writer.stdout.readline().split()
            assert first[0] == "pid", first
            time.sleep(scale * rng.uniform(low, high))
            os.kill(int(first[1]), signal.SIGKILL)
            acks = 0
            while True:
                line = writer.stdout.readline()
                assert line, "the writer process died"
                kind, _, rest = line.rstrip("\n").partition(" ")
                if kind == "exit":
                    status = int(rest.split()[1])
                    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                    break
                assert kind == "ack", line  # "error ...": the writer met an exception
                acked.add(rest)
                acks += 1
            tally.kills += 1
            tally.acked += acks
            tally.kills_before_first_ack += acks == 0
            if acks == 0:
                scale *= 1.1
            elif acks > late:
                scale /= 1.1
            if check(ws, ref, acked, f"kill {k}") >= ROTATE_AT:
                tally.inside_writes += len(list(root.rglob(".*.tmp")))
                ref = live_session(ws, service, tid)  # its tandem writes sweep the temps
                acked.clear()  # the previous session was checked after its last kill
                tally.sessions += 1
    finally:
        writer.stdin.close()
        writer.wait(timeout=10)
    tally.inside_writes += len(list(root.rglob(".*.tmp")))
    return tally


@dataclass
class CliTally:
    runs: int = 0
    kills: int = 0
    acked: int = 0  # exited 0 before the kill came
    saved_unacked: int = 0  # killed after the save was durable, before the exit
    duration: float = 0.0

    def line(self) -> str:
        return (
            f"kill -9 (rmtui note add): {self.runs} processes, {self.kills} killed, "
            f"{self.acked} acknowledged notes all present, {self.saved_unacked} killed "
            f"between a durable save and the exit (run: {self.duration * 1000:.0f} ms)"
        )


def kill_cli_processes(root: Path, runs: int, rng: random.Random, sessions: int) -> CliTally:
    """Real ``rmtui note add TEXT`` processes (no SESSION: the running one), killed at a
    random moment of their life, which is mostly start-up: the end, where the save is, is
    aimed at by sampling around the measured duration of an uninterrupted run."""
    ws = Workspace(root)
    service = SessionService(ws)
    tid = big_tandem(ws, service, sessions)
    ref = live_session(ws, service, tid)
    command = [sys.executable, "-m", "rmtui", "--workspace", str(root), "note", "add"]
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    durations = []
    for i in range(3):
        started = time.perf_counter()
        subprocess.run([*command, f"warm-up {i}"], check=True, env=env, capture_output=True)
        durations.append(time.perf_counter() - started)
    tally = CliTally(runs=runs, duration=sorted(durations)[1])
    acked: set[str] = set()
    tried: set[str] = set()
    for k in range(runs):
        stored = f"cli-{k} ask about the LinkedIn privacy settings"
        tried.add(stored)
        proc = subprocess.Popen(
            [*command, f"! {stored}"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        time.sleep(rng.uniform(0.5 * tally.duration, 1.1 * tally.duration))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
        if proc.returncode == 0:  # it had saved and said so before the kill
            acked.add(stored)
        else:
            assert proc.returncode == -signal.SIGKILL, err
            tally.kills += 1
        check(ws, ref, acked, f"cli kill {k}")
    present = {n.text for n in ws.session(tid, ref.n).notes}
    tally.acked = len(acked)
    tally.saved_unacked = len((present & tried) - acked)
    return tally


def seed() -> int:
    return int(os.environ.get("RMTUI_KILL_SEED", time.time_ns() % 10**6))


def run_service(root: Path, kills: int, sessions: int = SESSIONS) -> None:
    s = seed()
    started = time.perf_counter()
    tally = kill_service_writers(root, kills, random.Random(s), sessions)
    took = time.perf_counter() - started
    extra = f", {tally.inside_writes} kills inside an atomic write (temp file left)"
    print(f"\n{tally.line('session service', extra)} [seed {s}, {took:.1f} s]")
    assert tally.kills == kills
    assert tally.acked > kills // 2, "too few notes were acknowledged to mean anything"
    assert tally.kills_before_first_ack < kills // 2


def run_cli(root: Path, runs: int, sessions: int = SESSIONS) -> None:
    s = seed()
    started = time.perf_counter()
    tally = kill_cli_processes(root, runs, random.Random(s), sessions)
    print(f"\n{tally.line()} [seed {s}, {time.perf_counter() - started:.1f} s]")
    assert tally.kills + tally.acked == runs


# The default run: a few kills into a live session of 300 notes in a tandem of ~900.
def test_kill_9_during_note_saves(tmp_path: Path) -> None:
    run_service(tmp_path / "service", 20, sessions=2)


@pytest.mark.slow
def test_kill_9_during_note_saves_200_kills(tmp_path: Path) -> None:
    run_service(tmp_path / "service", 200)


def test_kill_9_during_rmtui_note_add(tmp_path: Path) -> None:
    run_cli(tmp_path / "cli", 5, sessions=2)


@pytest.mark.slow
def test_kill_9_during_rmtui_note_add_20_runs(tmp_path: Path) -> None:
    run_cli(tmp_path / "cli", 20)


@pytest.mark.soak
def test_kill_9_soak(tmp_path: Path) -> None:
    run_service(tmp_path / "service", int(os.environ.get("RMTUI_KILLS", "1000")))
    run_cli(tmp_path / "cli", int(os.environ.get("RMTUI_CLI_KILLS", "200")))
