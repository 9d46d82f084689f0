"""Dashboard and search over 20 tandems x 15 sessions x 300 notes, against an empty workspace.

``TandemService.dashboard()`` reads each tandem's ``tandem.json`` and stats its session
files; it reads a session's notes only when the session is live or changed since its
promotion. The naive way (every session file read, as ``overview()`` does for one tandem)
is timed beside it to show what keeping ``Keyword.sessions`` in ``tandem.json`` saves.
``search()`` must read every note: its figure is what a full scan costs; a
``SearchIndex`` (what the TUI keeps while the mentor types) reads a file again only when
its signature changed.

Run: ``python tests/bench/bench_dashboard.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import cast

from _timing import Case, header, measure, row, scratch_dir, verdict

from rmtui.core.model import NOTE_KINDS, Note, NoteKind, Session
from rmtui.core.tandems import TandemDraft
from rmtui.service.records import promote
from rmtui.service.search import SearchIndex, search
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace

CET = timezone(timedelta(hours=1))
START = datetime(2026, 9, 1, 15, 0, tzinfo=CET)
NOW = datetime(2027, 1, 20, 9, 0, tzinfo=CET)
KEYWORDS = ["Yammer", "LinkedIn", "prywatność", "notifications", "IoT", "Datenschutz"]
PHRASES = [
    "Muted the 'Warehouse news' group himself",
    "Asked why his planners all use WhatsApp groups instead of Yammer",
    "Found the privacy settings in under a minute; changed who sees his posts",
    "Zażółć gęślą jaźń: the Polish team's channel is the busiest one",
    "How cross-docking works, and why a truck waiting 20 minutes costs real money",
    "One post a week in the logistics community, starting Friday",
    "Can my team see what I like, or only what I post?",
    "De coöperatie in Zeeland deelt één bericht per week op LinkedIn",
    "Datenschutz in der Hauptstraße: wer sieht meine Beiträge?",
]
RARE = "Weißwurst-Frühstück"  # in one note of the whole workspace
DASHBOARD_TARGET_MS = 100.0  # a home screen that opens at once
SEARCH_TARGET_MS = 2000.0


# A talkative session: mostly plain notes; a few actions and learned-both-ways notes,
# which become records in tandem.json. ``--uniform`` draws every kind alike instead
# (half the notes then become records: the stress case for tandem.json).
KIND_WEIGHTS = {
    "note": 70,
    "question": 10,
    "highlight": 8,
    "action": 4,
    "mentor-learned": 4,
    "mentee-learned": 4,
}


def sample_notes(rng: random.Random, count: int, rare: bool, uniform: bool) -> list[Note]:
    notes = []
    weights = [1 if uniform else KIND_WEIGHTS[k] for k in NOTE_KINDS]
    for i in range(count):
        kind = cast(NoteKind, rng.choices(NOTE_KINDS, weights)[0])
        text = " ".join(rng.sample(PHRASES, rng.randint(1, 2)))
        if rare and i == count // 2:
            text = f"{RARE} mit dem Vorstand"
        notes.append(
            Note(
                id=0,
                elapsed=round(i * 17.3 + rng.random(), 3),
                wall=START + timedelta(seconds=i * 17),
                text=text,
                kind=kind,
                item=rng.randint(0, 4),
                keywords=rng.sample(KEYWORDS, rng.randint(0, 2)),
                private=rng.random() < 0.1,
            )
        )
    return notes


def build(
    root: Path, tandems: int, sessions: int, notes: int, seed: int, uniform: bool = False
) -> Workspace:
    """Tandems whose sessions are held and promoted, plus one planned session each; every
    file is written once through the store (notes in one write per session)."""
    rng = random.Random(seed)
    ws = Workspace(root)
    for t in range(tandems):
        draft = TandemDraft(
            mentee=f"Mentee {t:03d}",
            mentee_dept="Logistics",
            mentor_dept="IT",
            start=START.date(),
            sessions=sessions + 1,
            months=6,
        )
        tid = ws.add_tandem(draft).id
        ws.add_keywords(tid, KEYWORDS)
        for s in range(sessions):
            held = Session(
                tandem_id=tid,
                n=0,
                status="done",
                planned_at=START + timedelta(days=9 * s),
                title=f"Session {s + 1}",
            )
            n = ws.add_session(held).n
            rare = (t, s) == (tandems - 1, 7)
            ws.add_notes(tid, n, sample_notes(rng, notes, rare, uniform))
            promote(ws, tid, n)
        ws.add_session(Session(tandem_id=tid, n=0, planned_at=NOW + timedelta(days=5)))
    return ws


def naive_dashboard(svc: TandemService) -> object:
    """Every tandem's overview: every session file read."""
    return [svc.overview(tid) for tid in svc.workspace.tandem_ids()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed rounds (default 15)")
    parser.add_argument("--tandems", type=int, default=20)
    parser.add_argument("--sessions", type=int, default=15)
    parser.add_argument("--notes", type=int, default=300, help="notes per session")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--uniform", action="store_true", help="every note kind alike")
    args = parser.parse_args()
    started = time.perf_counter()

    with scratch_dir("rmtui-bench-dashboard-") as tmp:
        size = f"{args.tandems} tandems x {args.sessions} sessions x {args.notes} notes"
        header(f"dashboard and search: {size}", tmp)
        built = time.perf_counter()
        full = build(tmp / "full", args.tandems, args.sessions, args.notes, args.seed, args.uniform)
        build_s = time.perf_counter() - built
        empty = Workspace(tmp / "empty")
        full_svc = TandemService(full, lambda: NOW)
        empty_svc = TandemService(empty, lambda: NOW)
        files = sum(1 for _ in (tmp / "full").rglob("*.json"))
        megabytes = sum(p.stat().st_size for p in (tmp / "full").rglob("*.json")) / 1e6
        tandem_kb = sum(p.stat().st_size for p in (tmp / "full").rglob("tandem.json")) / 1e3
        records = sum(len(s.actions) + len(s.learning) for s in full.scan().summaries)
        hits = len(search(full, "linkedin"))

        board = full_svc.dashboard()
        assert len(board.rows) == args.tandems and not board.problems
        assert board.rows[0].coverage.covered > 0 and board.rows[0].open_actions > 0
        assert [h.text for h in search(full, "weisswurst fruhstuck")] == [
            f"{RARE} mit dem Vorstand"
        ]

        index = SearchIndex(full)
        cases = [
            Case("dashboard(), empty workspace", empty_svc.dashboard),
            Case(f"dashboard(), {size}", full_svc.dashboard),
            Case("  naive: every session file read", lambda: naive_dashboard(full_svc)),
            Case("search(), empty workspace", lambda: search(empty, "weisswurst")),
            Case("search() of a rare word", lambda: search(full, "weisswurst")),
            Case("search() of a common word", lambda: search(full, "linkedin")),
            Case("  again with a SearchIndex (files unchanged)", lambda: index.search("linkedin")),
        ]
        results = measure(cases, repeat=args.repeat, warmup=2)

    print(
        f"  built {files} files ({megabytes:.1f} MB) through the store in {build_s:.1f} s; "
        f"median of {args.repeat} rounds"
    )
    print(
        f"  tandem.json files: {tandem_kb / args.tandems:.0f} KB each on average, "
        f"{records} action and learning records in all"
    )
    dash_empty, dash, naive, find_empty, rare, common, again = (results[c.label] for c in cases)
    print("  dashboard, ratio to the empty workspace:")
    row(cases[0].label, dash_empty, dash_empty)
    row(cases[1].label, dash, dash_empty)
    row(cases[2].label.strip(), naive, dash_empty)
    print("  search, ratio to the empty workspace:")
    row(cases[3].label, find_empty, find_empty)
    row(cases[4].label, rare, find_empty)
    row(cases[5].label, common, find_empty)
    row(cases[6].label.strip(), again, find_empty)
    per_tandem = dash.median * 1e3 / args.tandems
    print(f"  dashboard per tandem: {per_tandem:.2f} ms; naive / dashboard = "
          f"{naive.median / dash.median:.0f}x; common word: {hits} hits")  # fmt: skip
    print(
        verdict(
            dash.median * 1e3 <= DASHBOARD_TARGET_MS,
            f"dashboard {dash.median * 1e3:.1f} ms (target <= {DASHBOARD_TARGET_MS:.0f} ms)",
        )
    )
    print(
        verdict(
            common.median * 1e3 <= SEARCH_TARGET_MS,
            f"search {common.median * 1e3:.0f} ms (target <= {SEARCH_TARGET_MS:.0f} ms)",
        )
    )
    print(f"  ran in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
