"""Search as the mentor types it, at 4x, against the bare Textual app's first frame.

The search screen runs ``services.tandems.search(query)`` in a worker at each pause in
the typing; this times that call for every prefix of a word, letter by letter, in a
fresh process on the 4x workspace of ``bench_growth`` (20 tandems x 15 sessions x 300
notes, cached under ``$RMTUI_BENCH_CACHE``): once as the screen opens (nothing held in
memory, the kept words on disk) and once more (what the index holds since). The bare
app's first frame is timed in tmux as ``bench_tui`` does, interleaved with the typing
rounds. Goal: every prefix of three letters or more of a rare word within a tenth of the
bare app's first frame. A prefix of one or two letters matches most notes and is read
whole; the screen stops that search when the next letter comes (``stop``), so it never
keeps a later prefix waiting: shown for information.

``--before SRC``: the same typing with another rmtui package (PYTHONPATH), on its own
copy of the workspace (``bench_growth.twin``). Run: ``python tests/bench/bench_search_typing.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from _timing import scratch_dir
from bench_growth import CACHE_VAR, twin, workspace
from bench_tui import BARE_APP, Terminal

TARGET = 0.1
WORDS = ("weisswurst", "linkedin")  # a rare word, and one in many notes
TYPING = """
import json, sys, time
from pathlib import Path
from rmtui.service.services import make_services
from rmtui.store import Workspace

services = make_services(Workspace(Path(sys.argv[1])))
out = {}
for typed in ("as the screen opens", "again"):
    for word in sys.argv[2:]:
        for i in range(1, len(word) + 1):
            started = time.perf_counter()
            services.tandems.search(word[:i])
            out.setdefault(f"{typed}|{word[:i]}", []).append(time.perf_counter() - started)
print(json.dumps(out))
"""


def typing(root: Path, pythonpath: str | None) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [sys.executable, "-c", TYPING, str(root), *WORDS],
        capture_output=True,
        text=True,
        env=env,
        cwd="/tmp",
        check=True,
    )
    return {key: values[0] for key, values in json.loads(done.stdout).items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--before", metavar="SRC", help="another rmtui package, as B")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("needs tmux (the bare app's first frame is timed in a terminal)")
        return 1
    cache = Path(os.environ.get(CACHE_VAR) or "/tmp/rmtui-bench-growth")
    root = workspace("4x", cache)
    sides = {"": (root, None)}
    if args.before:
        sides["before "] = (twin(root), str(Path(args.before).resolve()))
    terminal = Terminal()
    frames: list[float] = []
    times: dict[str, dict[str, list[float]]] = {side: {} for side in sides}
    with scratch_dir("rmtui-bench-typing-") as tmp:
        bare_script = tmp / "bare.py"
        bare_script.write_text(BARE_APP)
        bare = f"{shlex.quote(sys.executable)} {shlex.quote(str(bare_script))}"
        try:
            terminal.first_seen(bare, "bare textual app ready")  # warm
            for ws, path in sides.values():
                typing(ws, path)  # warm: bytecode, the kept words in place
            for _ in range(args.repeat):
                frames.append(terminal.first_seen(bare, "bare textual app ready"))
                for side, (ws, path) in sides.items():
                    for key, took in typing(ws, path).items():
                        times[side].setdefault(key, []).append(took)
        finally:
            terminal.close()
    frame = statistics.median(frames)
    print("search as the mentor types, 4x = 20 tandems x 15 x 300 notes (wall time, median)")
    print(f"  bare Textual app, first frame {frame * 1e3:7.1f} ms (a tenth: {frame * 1e2:.1f} ms)")
    worst: dict[str, float] = {}
    columns = [(side, typed) for side in times for typed in ("as the screen opens", "again")]
    print(f"  {'typed':<11}" + "".join(f"{side + typed:>28}" for side, typed in columns))
    for word in WORDS:
        for i in range(1, len(word) + 1):
            prefix, cells = word[:i], []
            for side, typed in columns:
                took = statistics.median(times[side][f"{typed}|{prefix}"])
                cells.append(f"{took * 1e3:11.1f} ms {took / frame:7.3f}x")
                if word == WORDS[0] and i >= 3:
                    worst[side] = max(worst.get(side, 0.0), took)
            print(f"  {prefix:<11}" + "".join(f"{c:>28}" for c in cells))
    for side, took in worst.items():
        ok = took / frame <= TARGET
        print(
            f"  {'ok  ' if ok else 'OVER'} {side}rare word, from 3 letters: slowest "
            f"{took / frame:.3f}x the bare first frame (target <= {TARGET}x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
