"""How the whole ``rmtui`` process grows with the workspace: 1x, 4x and 16x.

Workspaces of 5, 20 and 80 tandems x 15 sessions x 300 notes (``bench_dashboard.build``),
built once and kept under ``$RMTUI_BENCH_CACHE`` (default ``/tmp/rmtui-bench-growth``):
the 16x one takes minutes. Each figure runs the INSTALLED entry point (the ``rmtui``
beside this Python, as a mentor runs it, its bytecode compiled once) as a fresh process:

- dashboard rows: a fresh process that opens the services and reads the dashboard,
  as the TUI does after its first frame, on a copy of the workspace nothing else writes
  to (the summaries in place, as a mentor finds them on a second start); after the table,
  once, the first reading after ``export --all`` wrote into every tandem file (every
  summary rebuilt), for information;
- ``rmtui note add TEXT`` without a session (the running one is looked up);
- ``rmtui search WORD`` (a rare word), beside ``grep -ri WORD`` over the same files (the
  tandem and session files), the anchor the goal names; ``search common``: a word in
  most notes (``linkedin``), beside its own ``grep -ri`` (not in the default figures).
  Search reads the same quiet copy as the dashboard (its kept words in place); after
  the table, once, the first search after ``export --all`` wrote into every tandem file
  (each tandem file's records read again), for information;
- ``rmtui export --all -o -`` (midpoint summaries of every tandem, to standard output).

Cases are interleaved round robin; the table shows the median cpu time (user + system
of the child), min-max of the repetitions, the ratio to 1x, and the child's peak memory.
``python -c pass`` and ``import textual`` are the baselines of the same run.

``--with-anchors``: jrnl (in its own venv under /tmp, a plain-text journal configured
without questions) adding an entry and searching, at 1k and 10k entries, timed in the
same rounds as rmtui's cases; then ``note add`` and ``search`` at each size against jrnl
at 1k entries (the goal's ratio). Skipped with a message when jrnl cannot be installed.

Run: ``python tests/bench/bench_growth.py`` (``--help`` for options).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_dashboard import NOW, build

from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

RMTUI = Path(sys.executable).parent / "rmtui"
SIZES = {"1x": 5, "4x": 20, "16x": 80}
CACHE_VAR = "RMTUI_BENCH_CACHE"
DASHBOARD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from rmtui.service.services import make_services\n"
    "from rmtui.store import Workspace\n"
    "services = make_services(Workspace(Path(sys.argv[1])))\n"
    "services.tandems.dashboard()\n"
)
JRNL_VENV = Path("/tmp/rmtui-jrnl-venv")


@dataclass
class Figure:
    cpu: list[float]
    peak_kb: int = 0

    def add(self, cpu: float, peak_kb: int) -> None:
        self.cpu.append(cpu)
        self.peak_kb = max(self.peak_kb, peak_kb)

    @property
    def median(self) -> float:
        return statistics.median(self.cpu)


def run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """cpu seconds (user + system) and peak memory (KiB) of one child process.

    The peak is measured by ``/usr/bin/time`` (``0`` without it) in a separate run: a
    child's own ``ru_maxrss`` starts at this process's size, which it inherits at fork.
    """
    cpu = _run(command, env)
    return cpu, _peak(command, env)


PEAKS: dict[tuple[str, ...], int] = {}


def _peak(command: list[str], env: dict[str, str] | None) -> int:
    key = (*command, (env or {}).get("PYTHONPATH", ""))
    if key not in PEAKS:
        timer = shutil.which("time") or "/usr/bin/time"
        if not Path(timer).exists():
            PEAKS[key] = 0
        else:
            done = subprocess.run(
                [timer, "-f", "peak %M", *command],
                capture_output=True,
                env=env,
                cwd="/tmp",
                check=False,
            )
            tail = [ln for ln in done.stderr.decode().splitlines() if ln.startswith("peak ")]
            PEAKS[key] = int(tail[-1].split()[1]) if tail else 0
    return PEAKS[key]


def _run(command: list[str], env: dict[str, str] | None) -> float:
    # Out of the checkout: ``python -c`` puts the working folder first on the path, and
    # ``--before`` would time this checkout's rmtui twice.
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd="/tmp"
    )
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read() if child.stderr else b""
    if child.returncode not in (0, 1):  # search exits 1 when nothing matched
        raise SystemExit(f"{command}: exit {child.returncode}: {err.decode()[-400:]}")
    return usage.ru_utime + usage.ru_stime


def workspace(size: str, cache: Path) -> Path:
    root = cache / f"ws-{SIZES[size]}"
    if not root.exists():
        part = root.with_suffix(".part")
        shutil.rmtree(part, ignore_errors=True)
        print(f"  building {size} ({SIZES[size]} tandems) in {root} ...", flush=True)
        build(part, SIZES[size], 15, 300, 7)
        part.rename(root)
    ws = Workspace(root)
    service = SessionService(ws)
    if not service.live():
        # The planned session of the last tandem runs: `note add` without a session.
        last = ws.tandem_ids()[-1]
        service.start(SessionRef(last, ws.session_index(last)[-1].n))
    return root


def cache_folder() -> Path:
    """Where the built workspaces are kept (``$RMTUI_BENCH_CACHE``), made if missing."""
    cache = Path(os.environ.get(CACHE_VAR) or "/tmp/rmtui-bench-growth")
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def twin(root: Path) -> Path:
    """A copy of ``root`` for the other rmtui of ``--before``, its files hard-linked (every
    write renames a new file in place, so the two never meet): each side keeps its own
    derived files, which two versions of them would otherwise rewrite at every turn."""
    return _linked_copy(root, "before")


def quiet(root: Path) -> Path:
    """A copy of ``root`` (hard links, like ``twin``) that only the dashboard and search
    figures read: the other figures write (``note add`` a note, ``export --all`` its log
    into every tandem file), and each write would have the next reading rebuild the
    summaries and search words of what it changed."""
    return _linked_copy(root, "quiet")


def _linked_copy(root: Path, suffix: str) -> Path:
    """``root``'s files hard-linked under ``<root>-<suffix>``, without derived files."""
    copy = root.with_name(f"{root.name}-{suffix}")
    if not copy.exists():
        part = copy.with_suffix(".part")
        shutil.rmtree(part, ignore_errors=True)
        ignore = shutil.ignore_patterns(".summar*", ".search*", ".index*", "*.lock")
        shutil.copytree(root, part, copy_function=os.link, ignore=ignore)
        part.rename(copy)
    return copy


def interleave(cases: dict[str, Callable[[], tuple[float, int]]], repeat: int) -> dict[str, Figure]:
    figures = {label: Figure([]) for label in cases}
    for case in cases.values():
        case()  # warm: bytecode, page cache, the derived files in place
    for _ in range(repeat):
        for label, case in cases.items():
            figures[label].add(*case())
    return figures


def line(label: str, fig: Figure, base: Figure) -> None:
    lo, hi = min(fig.cpu) * 1e3, max(fig.cpu) * 1e3
    print(
        f"  {label:<34} {fig.median * 1e3:8.1f} ms ({lo:6.1f}-{hi:6.1f})"
        f"  {fig.median / base.median:5.2f}x  peak {fig.peak_kb / 1024:6.1f} MiB"
    )


def jrnl_cases() -> dict[str, Callable[[], tuple[float, int]]]:
    """jrnl adding an entry and searching, at 1k and 10k entries (a plain-text journal),
    to time interleaved with rmtui's cases; none, with a message, when jrnl cannot be
    installed."""
    jrnl = JRNL_VENV / "bin" / "jrnl"
    if not jrnl.exists():
        made = subprocess.run(
            f"{sys.executable} -m venv {JRNL_VENV} && {JRNL_VENV}/bin/pip install -q jrnl",
            shell=True,
            capture_output=True,
            check=False,
        )
        if made.returncode != 0 or not jrnl.exists():
            print("  jrnl: skipped, it could not be installed (no network?)")
            return {}
    cases: dict[str, Callable[[], tuple[float, int]]] = {}
    for entries in (1000, 10000):
        home = Path(f"/tmp/rmtui-bench-jrnl-{entries}")
        journal = home / "journal.txt"
        if not journal.exists():
            home.mkdir(parents=True, exist_ok=True)
            with journal.open("w") as f:
                for i in range(entries):
                    f.write(f"[2026-01-{i % 28 + 1:02d} 10:{i % 60:02d}] Entry {i}\n")
                    f.write("Switched off notifications on LinkedIn together.\n\n")
        config = home / "jrnl" / "jrnl.yaml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(
            "colors: {body: none, date: none, tags: none, title: none}\n"
            "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
            "highlight: false\nindent_character: '|'\n"
            f"journals: {{default: {journal}}}\nlinewrap: 79\ntagsymbols: '#@'\n"
            "template: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.2\n"
        )
        env = {**os.environ, "XDG_CONFIG_HOME": str(home)}
        cases[f"jrnl add {entries}"] = lambda env=env: run(
            [str(jrnl), "a note from the bench"], env
        )
        cases[f"jrnl search {entries}"] = lambda env=env: run(
            [str(jrnl), "-contains", "weisswurst"], env
        )
    return cases


def jrnl_lines(figures: dict[str, Figure], sizes: list[str], wanted: list[str]) -> None:
    """The jrnl anchor, and rmtui's figures at the first size against it (same run)."""
    if "jrnl add 1000" not in figures:
        return
    print("  jrnl anchor (plain-text journal, its own venv), timed in the same rounds:")
    for what in ("add", "search"):
        for entries in (1000, 10000):
            fig = figures[f"jrnl {what} {entries}"]
            lo, hi = min(fig.cpu) * 1e3, max(fig.cpu) * 1e3
            print(
                f"    jrnl {what:<6} {entries:>6} entries {fig.median * 1e3:8.1f} ms "
                f"({lo:6.1f}-{hi:6.1f})  peak {fig.peak_kb / 1024:6.1f} MiB"
            )
    for what, anchor in (("note add", "add"), ("search", "search")):
        if what in wanted:
            for size in sizes:
                ratio = figures[f"{size} {what}"].median / figures[f"jrnl {anchor} 1000"].median
                print(f"    rmtui {what} at {size} / jrnl {anchor} at 1k entries: {ratio:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--sizes", default="1x,4x,16x", help="which of 1x,4x,16x")
    parser.add_argument(
        "--only",
        default="dashboard rows,note add,search,export --all",
        help="which figures, comma-separated",
    )
    parser.add_argument("--with-anchors", action="store_true", help="jrnl beside rmtui")
    parser.add_argument(
        "--before",
        metavar="SRC",
        help="a folder holding another rmtui package (say, `git archive REV rmtui`): the "
        "same entry point runs it (PYTHONPATH), timed interleaved as B",
    )
    args = parser.parse_args()
    cache = cache_folder()
    sizes = [s for s in args.sizes.split(",") if s in SIZES]
    started = time.perf_counter()
    roots = {size: workspace(size, cache) for size in sizes}
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    py = sys.executable

    cases: dict[str, Callable[[], tuple[float, int]]] = {
        "python -c pass": lambda: run([py, "-c", "pass"], env),
        "python -c 'import textual'": lambda: run([py, "-c", "import textual"], env),
    }
    sides = [("", env)]
    if args.before:
        sides.append(("before ", {**env, "PYTHONPATH": str(Path(args.before).resolve())}))
    exe = str(RMTUI)
    for size, main_root in roots.items():
        for side, e in sides:
            root = twin(main_root) if side else main_root
            ws = ["--workspace", str(root)]
            alone = quiet(root)
            read = ["--workspace", str(alone)]
            cases[f"{side}{size} dashboard rows"] = lambda e=e, r=alone: run(
                [py, "-c", DASHBOARD, str(r)], e
            )
            cases[f"{side}{size} note add"] = lambda e=e, w=ws: run(
                [exe, *w, "note", "add", "bench"], e
            )
            cases[f"{side}{size} search"] = lambda e=e, w=read: run(
                [exe, *w, "search", "weisswurst"], e
            )
            cases[f"{side}{size} search common"] = lambda e=e, w=read: run(
                [exe, *w, "search", "linkedin"], e
            )
            if not side:
                for word, label in (("weisswurst", "grep -ri"), ("linkedin", "grep -ri common")):
                    cases[f"{size} {label}"] = lambda r=alone, word=word: run(
                        ["grep", "-ri", "--include=*.json", word, str(r / "tandems")], env
                    )
            cases[f"{side}{size} export --all"] = lambda e=e, w=ws: run(
                [exe, *w, "export", "--all", "-o", "-"], e
            )
    wanted = [w.strip() for w in args.only.split(",") if w.strip()]
    cases = {
        label: case
        for i, (label, case) in enumerate(cases.items())
        if i < 2
        or any(label.endswith(w) for w in wanted)
        or (label.endswith("grep -ri") and "search" in wanted)
        or (label.endswith("grep -ri common") and "search common" in wanted)
    }
    print(f"growth: {', '.join(f'{s} = {SIZES[s]} tandems' for s in sizes)} x 15 x 300 notes")
    print(f"  installed entry point {RMTUI}; cpu time, median of {args.repeat} (min-max)")
    if args.with_anchors:
        cases.update(jrnl_cases())
    figures = interleave(cases, args.repeat)
    base = figures["python -c pass"]
    for label in list(cases)[:2]:
        line(label, figures[label], base)
    for what in wanted:
        first = next((figures[f"{s} {what}"] for s in sizes), None)
        if first is None:
            continue
        print(f"  {what} (ratio to {sizes[0]}):")
        for size in sizes:
            line(f"  {size}", figures[f"{size} {what}"], first)
            if args.before:
                line(f"  {size} before", figures[f"before {size} {what}"], first)
            if what in ("search", "search common"):
                grep = figures[f"{size} grep -ri{what[6:]}"]
                line(f"  {size} grep -ri (anchor)", grep, first)
                pairs = [("", figures[f"{size} {what}"])]
                if args.before:
                    pairs.append(("before ", figures[f"before {size} {what}"]))
                for side, fig in pairs:
                    ratio = fig.median / grep.median
                    print(f"    {side}{what} / grep -ri at {size}: {ratio:.2f}x")
        if args.before:
            was = {s: figures[f"before {s} {what}"].median for s in sizes}
            ratios = ", ".join(f"{s} {m / was[sizes[0]]:.2f}x" for s, m in was.items())
            print(f"    before, each to its own {sizes[0]}: {ratios}")
    if "dashboard rows" in wanted:
        print("  dashboard rows, the first reading after `export --all` wrote into every tandem")
        print("  file (every summary rebuilt; one run each, for information):")
        for size, main_root in roots.items():
            for side, e in sides:
                root = twin(main_root) if side else main_root
                _run([exe, "--workspace", str(root), "export", "--all", "-o", "-"], e)
                cpu = _run([py, "-c", DASHBOARD, str(root)], e)
                print(f"    {side + size:<34} {cpu * 1e3:8.1f} ms")
    if "search" in wanted:
        print("  search, the first after `export --all` wrote into every tandem file (each")
        print("  tandem file's records read again; one run each, for information):")
        for size, main_root in roots.items():
            for side, e in sides:
                root = twin(main_root) if side else main_root
                w = ["--workspace", str(root)]
                _run([exe, *w, "export", "--all", "-o", "-"], e)
                cpu = _run([exe, *w, "search", "weisswurst"], e)
                print(f"    {side + size:<34} {cpu * 1e3:8.1f} ms")
    jrnl_lines(figures, sizes, wanted)
    print(f"  took {time.perf_counter() - started:.0f} s; nothing here asserts a time")
    print(f"  (now fixed at {NOW:%Y-%m-%d} for the built data only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
