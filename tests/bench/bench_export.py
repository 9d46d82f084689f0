"""Exports as whole processes: a midpoint summary of a large tandem, and the meetup digest.

Each figure runs the INSTALLED entry point (the ``rmtui`` beside this Python, as a mentor
runs it, its bytecode compiled once) as a fresh process, against a Python process that
reads the same files' bytes, in the same run:

1. ``rmtui export ID -o FILE`` (Markdown) for a tandem of 15 sessions x 300 notes (4,500
   notes, a tenth of them private): read every file, filter, build the report, render
   Markdown with its front matter, write it atomically and log it. Against
   ``python -c`` reading the tandem's 16 files. Target: at most 5x.
2. ``rmtui meetup digest FILES -o FILE`` over 600 midpoint summaries (30 tandems x 20
   mentors): read, check the front matter, parse the sections, merge, render. Against
   ``python -c`` reading the same 600 files. Target: at most 8x.

Beside them, ``rmtui --version`` (python, the command line and its shared modules, no
verb): the start every command pays, a floor under both ratios.

Cases are interleaved round robin; each line gives the median cpu time of the child
(user + system) with min-max of the repetitions, and its ratio to the read of the same
bytes. ``--before SRC`` runs another rmtui package (``git archive REV rmtui | tar -x -C
SRC``) through the same entry point (PYTHONPATH), interleaved as B.

Run: ``python tests/bench/bench_export.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from _timing import header, scratch_dir, verdict

from rmtui.core.model import NOTE_KINDS, AgendaItem, ClockState, Note, Session
from rmtui.core.tandems import TandemDraft
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.store import Workspace
from rmtui.store.backend import MemoryBackend

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))
KEYWORDS = ["LinkedIn", "privacy", "notifications", "Yammer", "IoT", "big data", "Teams"]
PHRASES = [
    "Muted the 'Warehouse news' group himself",
    "Asked why his planners all use WhatsApp groups instead of Yammer",
    "Found the privacy settings in under a minute; changed who sees his posts",
    "Zażółć gęślą jaźń: the Polish team's channel is the busiest one",
    "How cross-docking works, and why a truck waiting 20 minutes costs real money",
    "One post a week in the logistics community | starting Friday",
]


def clock() -> datetime:
    return NOW


def fill(ws: Workspace, rng: random.Random, mentee: str, sessions: int, notes: int) -> str:
    tid = ws.add_tandem(
        TandemDraft(
            mentee=mentee,
            role=rng.choice(["CFO", "Head of Logistics", "Plant manager", "HR director"]),
            mentee_dept=rng.choice(["Finance", "Logistics", "Operations", "HR"]),
            mentor_dept="Communications",
            start=date(2025, 10, 6),
            sessions=max(10, sessions),
            months=6,
        )
    ).id
    ws.add_keywords(tid, KEYWORDS)
    for n in range(sessions):
        day = datetime(2025, 10, 13, 15, tzinfo=NOW.tzinfo) + timedelta(days=7 * n)
        stored = ws.add_session(
            Session(
                tandem_id=tid,
                n=0,
                status="done",
                planned_at=day,
                agenda_id="agenda",
                title=f"Session {n + 1}: {rng.choice(KEYWORDS)}",
                items=[AgendaItem(f"Item {i}", 20, done=True) for i in range(4)],
                clock=ClockState(banked=5400.0),
                reflection="private reflection",
            )
        )
        ws.add_notes(
            tid,
            stored.n,
            [
                Note(
                    id=0,
                    elapsed=10.0 * i,
                    wall=day + timedelta(seconds=10 * i),
                    text=f"{rng.choice(PHRASES)} #{i}",
                    kind=rng.choice(NOTE_KINDS),
                    keywords=rng.sample(KEYWORDS, 2),
                    private=rng.random() < 0.1,
                    answer="Yes, by default." if rng.random() < 0.3 else "",
                )
                for i in range(notes)
            ],
        )
    return tid


RMTUI = Path(sys.executable).parent / "rmtui"
READ = (
    "import sys\nfor name in sys.argv[1:]:\n    with open(name, 'rb') as fh:\n        fh.read()\n"
)


def cpu(command: list[str], env: dict[str, str]) -> float:
    """cpu seconds (user + system) of one child process."""
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    err = child.stderr.read() if child.stderr else b""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:4]}...: {err.decode()[-400:]}")
    return usage.ru_utime + usage.ru_stime


def interleave(
    cases: dict[str, list[str]], env: dict[str, dict[str, str]], repeat: int
) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {label: [] for label in cases}
    for label, command in cases.items():
        cpu(command, env[label])  # warm: bytecode, page cache
    for _ in range(repeat):
        for label, command in cases.items():
            times[label].append(cpu(command, env[label]))
    return times


def line(label: str, xs: list[float], base: list[float]) -> float:
    median = statistics.median(xs)
    ratio = median / statistics.median(base)
    print(
        f"  {label:<44} {median * 1e3:7.1f} ms ({min(xs) * 1e3:6.1f}-{max(xs) * 1e3:6.1f})"
        f"  {ratio:5.2f}x"
    )
    return ratio


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=11, help="rounds (default 11)")
    ap.add_argument("--summaries", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--before",
        metavar="SRC",
        help="a folder holding another rmtui package (say, `git archive REV rmtui`): the "
        "same entry point runs it (PYTHONPATH), timed interleaved as B",
    )
    args = ap.parse_args()
    rng = random.Random(args.seed)
    # Bytecode compiled once, as an installed package has it (pip compiles at install),
    # into a folder of the bench's own: the checkout is left as it is.
    skip = ("RMTUI_WORKSPACE", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in skip}
    sides = [("", env)]
    if args.before:
        sides.append(("before: ", {**env, "PYTHONPATH": str(Path(args.before).resolve())}))
    py, exe = sys.executable, str(RMTUI)

    with scratch_dir("rmtui-bench-export-") as tmp:
        header("exports, whole processes: midpoint summary of a large tandem; meetup digest", tmp)
        for e in (env, *(e for _, e in sides)):
            e["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        root = tmp / "ws"
        ws = Workspace(root, now=clock)
        tid = fill(ws, rng, "Henk de Vries", 15, 300)
        files = [ws.layout.tandem_file(tid)] + [
            ws.layout.session_file(tid, n) for n in range(1, 16)
        ]

        memory = Workspace(Path("/bench/memory"), backend=MemoryBackend(), now=clock)
        tandems = [fill(memory, rng, f"Mentee {i} Example", 5, 25) for i in range(30)]
        folder = tmp / "summaries"
        folder.mkdir()
        paths: list[Path] = []
        mentors = max(1, args.summaries // len(tandems))
        for m in range(mentors):
            svc = ExportService(memory, clock=clock, mentor=f"Mentor {m}")
            for t in tandems:
                path = folder / f"{m}-{t}.md"
                path.write_text(svc.render(ExportRequest((t,))).text, encoding="utf-8")
                paths.append(path)

        export_read = "python: read the tandem's 16 files"
        digest_read = f"python: read the {len(paths)} summaries"
        cases = {
            export_read: [py, "-c", READ, *map(str, files)],
            digest_read: [py, "-c", READ, *map(str, paths)],
        }
        envs = {export_read: env, digest_read: env}
        for side, e in sides:
            cases[f"{side}rmtui --version"] = [exe, "--version"]
            envs[f"{side}rmtui --version"] = e
            cases[f"{side}rmtui export ID"] = [
                exe,
                "--workspace",
                str(root),
                "export",
                tid,
                "-o",
                str(tmp / "midpoint.md"),
            ]
            cases[f"{side}rmtui meetup digest"] = [
                exe,
                "--workspace",
                str(root),
                "meetup",
                "digest",
                *map(str, paths),
                "-o",
                str(tmp / "digest.md"),
            ]
            envs[f"{side}rmtui export ID"] = envs[f"{side}rmtui meetup digest"] = e
        times = interleave(cases, envs, args.repeat)

        size = sum(f.stat().st_size for f in files) / 1e6
        total = sum(p.stat().st_size for p in paths) / 1e6
        print(f"  installed entry point {exe}; cpu time, median of {args.repeat} (min-max)")
        print(
            f"  tandem: 15 sessions x 300 notes, {size:.1f} MB on disk; summary "
            f"{(tmp / 'midpoint.md').stat().st_size / 1e3:.0f} KB"
        )
        line(export_read, times[export_read], times[export_read])
        ratios = {}
        for side, _ in sides:
            line(
                f"{side}rmtui --version: any start",
                times[f"{side}rmtui --version"],
                times[export_read],
            )
        for side, _ in sides:
            ratios[f"{side}export"] = line(
                f"{side}rmtui export ID", times[f"{side}rmtui export ID"], times[export_read]
            )
        print(f"  digest: {len(paths)} summaries, {total:.1f} MB")
        line(digest_read, times[digest_read], times[digest_read])
        for side, _ in sides:
            ratios[f"{side}digest"] = line(
                f"{side}rmtui meetup digest",
                times[f"{side}rmtui meetup digest"],
                times[digest_read],
            )
        merged = (tmp / "digest.md").read_text(encoding="utf-8")
        assert f"{len(paths)}" in merged, "the digest did not use every summary"

    print(verdict(ratios["export"] <= 5, f"rmtui export ID {ratios['export']:.1f}x <= 5x"))
    print(
        verdict(
            ratios["digest"] <= 8,
            f"digest of {len(paths)} summaries {ratios['digest']:.1f}x <= 8x",
        )
    )


if __name__ == "__main__":
    main()
