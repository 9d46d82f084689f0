"""Exports: a midpoint summary of a large tandem, and the meetup digest of many summaries.

1. ``rmtui export ID`` for a tandem of 15 sessions x 300 notes (4,500 notes, a tenth of
   them private): read every file, filter, build the report, render Markdown with its
   front matter, write it atomically and log it. Against reading the same files' bytes.
   Target: at most 0.2 s.
2. ``rmtui meetup digest`` over 600 midpoint summaries (30 tandems x 20 mentors): read,
   check the front matter strictly, parse the sections, merge, render. Against reading
   the same 600 files' bytes. Target: at most 2 s.

Run: ``python tests/bench/bench_export.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from _timing import Case, header, measure, row, scratch_dir, verdict

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--summaries", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    with scratch_dir("rmtui-bench-export-") as tmp:
        header("exports: midpoint summary of a large tandem; meetup digest", tmp)
        ws = Workspace(tmp / "ws", now=clock)
        tid = fill(ws, rng, "Henk de Vries", 15, 300)
        service = ExportService(ws, clock=clock, mentor="Sam Jansen")
        files = [ws.layout.tandem_file(tid)] + [
            ws.layout.session_file(tid, n) for n in range(1, 16)
        ]
        target = tmp / "midpoint.md"
        request = ExportRequest((tid,), kind="midpoint")

        def export() -> None:
            service.write(service.render(request), target)

        results = measure(
            [
                Case(
                    "baseline: read the tandem's 16 files", lambda: [f.read_bytes() for f in files]
                ),
                Case("render the midpoint summary", lambda: service.render(request)),
                Case("rmtui export ID (render, write, log)", export),
            ],
            repeat=args.repeat,
            warmup=2,
        )
        size = sum(f.stat().st_size for f in files) / 1e6
        print(
            f"  tandem: 15 sessions x 300 notes, {size:.1f} MB on disk; summary "
            f"{target.stat().st_size / 1e3:.0f} KB"
        )
        base = results["baseline: read the tandem's 16 files"]
        row(base.label, base, base)
        for label in ("render the midpoint summary", "rmtui export ID (render, write, log)"):
            row(label, results[label], base)
        midpoint = results["rmtui export ID (render, write, log)"].median

        # --- digest -----------------------------------------------------------------------
        memory = Workspace(Path("/bench/memory"), backend=MemoryBackend(), now=clock)
        tandems = [fill(memory, rng, f"Mentee {i} Example", 5, 25) for i in range(30)]
        folder = tmp / "summaries"
        folder.mkdir()
        paths: list[Path] = []
        mentors = max(1, args.summaries // len(tandems))
        for m in range(mentors):
            svc = ExportService(memory, clock=clock, mentor=f"Mentor {m}")
            for tid in tandems:
                path = folder / f"{m}-{tid}.md"
                path.write_text(svc.render(ExportRequest((tid,))).text, encoding="utf-8")
                paths.append(path)
        total = sum(p.stat().st_size for p in paths) / 1e6
        results = measure(
            [
                Case("baseline: read the summaries", lambda: [p.read_bytes() for p in paths]),
                Case("rmtui meetup digest", lambda: service.digest(paths)),
            ],
            repeat=max(3, args.repeat // 3),
            warmup=1,
        )
        print(f"  digest: {len(paths)} summaries, {total:.1f} MB")
        base = results["baseline: read the summaries"]
        row(base.label, base, base)
        row("rmtui meetup digest", results["rmtui meetup digest"], base)
        merged = service.digest(paths)
        assert merged.used == len(paths) and not merged.skipped
        digest_time = results["rmtui meetup digest"].median

    print(verdict(midpoint <= 0.2, f"midpoint export {midpoint:.3f} s <= 0.2 s"))
    print(
        verdict(digest_time <= 2.0, f"digest of {len(paths)} summaries {digest_time:.2f} s <= 2 s")
    )


if __name__ == "__main__":
    main()
