"""Note save through the session service, and ``rmtui note add`` as a whole process.

1. One note save as the live screen makes it (``SessionService.add_note``: parse the
   prefix, match keywords, stamp with the clock and the current item, durable write)
   into a session of 300 notes in a tandem of ~4,000 notes, against one fsync'd atomic
   write of 1 KB in the same run. Target: at most 4x (issue 13). The live screen's process
   saved the session's last note: the save reads only what changed since (nothing),
   checks the new note and appends its line. The first save after the file was rewritten
   elsewhere (read and checked whole once) is shown beside it.
2. ``rmtui note add TEXT`` (no SESSION: the running one is looked up) as a whole process,
   against ``python -c pass`` and ``python -c "import textual"``: it never imports
   Textual, so it must cost less than that import alone.

Run: ``python tests/bench/bench_note.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from _timing import Case, header, measure, row, scratch_dir, verdict

from rmtui.core.model import Note
from rmtui.core.refs import SessionRef
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.store.atomic import write_atomic

TARGET = 4.0
START = datetime(2027, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=1)))
TEMPLATE = Template(
    id="notifications",
    title="Notifications and information overload",
    items=(
        TemplateItem("Follow-up", 10),
        TemplateItem("Inbox tour", 30),
        TemplateItem("Rules", 20),
    ),
)
PHRASES = [
    "Muted the 'Warehouse news' group himself",
    "Asked why his planners all use WhatsApp groups instead of Yammer",
    "Found the privacy settings in under a minute; changed who sees his posts",
    "Zażółć gęślą jaźń: the Polish team's channel is the busiest one",
    "How cross-docking works, and why a truck waiting 20 minutes costs real money",
    "One post a week in the logistics community, starting Friday",
]
KINDS = ["note", "action", "question", "highlight", "mentor-learned", "mentee-learned"]
LINE = "~* Switched off notifications for 'Warehouse news' on LinkedIn himself #big_data"


def notes(rng: random.Random, count: int) -> list[Note]:
    return [
        Note(
            id=0,
            elapsed=i * 17.3,
            wall=START + timedelta(seconds=i * 17),
            text=" ".join(rng.sample(PHRASES, rng.randint(1, 2))),
            kind=rng.choice(KINDS),  # type: ignore[arg-type]
            item=rng.randint(0, 2),
            keywords=["LinkedIn"],
            private=rng.random() < 0.1,
        )
        for i in range(count)
    ]


def build(root: Path, sessions: int, per_session: int, seed: int) -> tuple[Workspace, SessionRef]:
    """A tandem of ``sessions`` x ``per_session`` notes whose last session is running."""
    rng = random.Random(seed)
    ws = Workspace(root)
    service = SessionService(ws)
    tid = ws.add_tandem(TandemDraft(mentee="Henk de Vries")).id
    ws.add_keywords(tid, ["Yammer", "LinkedIn", "privacy", "notifications", "big data", "IoT"])
    ref = SessionRef(tid, 0)
    for s in range(sessions):
        planned = service.plan(tid, TEMPLATE, carry=False, extend=True)  # past the frame
        ref = SessionRef(tid, planned.n)
        ws.add_notes(tid, ref.n, notes(rng, per_session))
        service.start(ref)
        if s < sessions - 1:
            service.stop(ref)
    return ws, ref


def process(command: list[str]) -> Case:
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    label = " ".join(["python", *command[1:]]) if command[0] == sys.executable else command[0]
    return Case(
        label[:52],
        lambda: subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=300, help="timed rounds of saves")
    parser.add_argument("--runs", type=int, default=25, help="timed rounds of processes")
    parser.add_argument("--sessions", type=int, default=14, help="sessions of the tandem")
    parser.add_argument("--notes", type=int, default=300, help="notes per session")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    total = args.sessions * args.notes

    with scratch_dir("rmtui-bench-note-") as tmp:
        header(
            f"note: one save into a session of {args.notes} notes, tandem of {total} notes",
            tmp,
        )
        ws, ref = build(tmp / "ws", args.sessions, args.notes, args.seed)
        service = SessionService(ws)
        saved: list[Note] = []
        baseline_file = tmp / "baseline" / "one-kb.json"
        kb = bytes(random.Random(args.seed).choice(b"abcdef{}:,") for _ in range(1024))

        def put_back() -> None:
            # Through the workspace, as the review's delete would: the process wrote the
            # file last, as it has during a live session after the start.
            ws.delete_note(ref.tandem_id, ref.n, saved.pop().id)

        # A session of its own for the first save after the file was rewritten elsewhere.
        other_ws, other_ref = build(tmp / "other", 1, args.notes, args.seed)
        other_service = SessionService(other_ws)
        other_path = other_ws.layout.session_file(other_ref.tandem_id, other_ref.n)
        # As another rmtui process leaves them after a note edit: a new file.
        other_bytes = other_path.read_bytes()

        def cold_put_back() -> None:
            write_atomic(other_path, other_bytes)

        cases = [
            Case("baseline: write_atomic of 1 KB", lambda: write_atomic(baseline_file, kb)),
            Case(
                "SessionService.add_note(session, line)",
                lambda: saved.append(service.add_note(ref, LINE)),
                put_back,
            ),
            Case(
                "  after the file was rewritten elsewhere",
                lambda: other_service.add_note(other_ref, LINE),
                cold_put_back,
            ),
            Case(
                "add_note(None, line): the running one",
                lambda: saved.append(service.add_note(None, LINE)),
                put_back,
            ),
            Case("  find_live() alone", service.find_live),
            Case("  session_signature() (the TUI's poll)", lambda: service.signature(ref)),
        ]
        saves = measure(cases, repeat=args.repeat)

        command = [sys.executable, "-m", "rmtui", "--workspace", str(tmp / "ws"), "note", "add"]
        procs = [
            process([sys.executable, "-c", "pass"]),
            process([sys.executable, "-c", "import textual"]),
            process([sys.executable, "-c", "import textual.app"]),
            process([*command, "* he found the setting himself"]),
        ]
        procs[3] = Case("rmtui note add TEXT (whole process)", procs[3].run)
        runs = measure(procs, repeat=args.runs, warmup=3)
        in_session = len(ws.session(ref.tandem_id, ref.n).notes)

    base = saves[cases[0].label]
    print(f"  median of {args.repeat} rounds; ratio = median / baseline median")
    for case in cases:
        row(case.label, saves[case.label], base)
    bare, textual, textual_app, note_add = (runs[c.label] for c in procs)
    print(f"\n  whole processes, median of {args.runs} rounds; ratio against python -c pass")
    for case in procs:
        row(case.label, runs[case.label], bare)
    save_ratio = saves[cases[1].label].ratio(base)
    print(verdict(save_ratio <= TARGET, f"note save {save_ratio:.2f}x (target <= {TARGET:.0f}x)"))
    print(
        verdict(
            note_add.median < textual.median,
            f"rmtui note add = {note_add.ratio(bare):.2f}x python -c pass, "
            f"{note_add.ratio(textual):.2f}x import textual, "
            f"{note_add.ratio(textual_app):.2f}x import textual.app",
        )
    )
    took = time.perf_counter() - started
    print(f"  ({in_session} notes in the session at the end; ran in {took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
