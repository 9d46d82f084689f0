"""First frame of ``rmtui`` in a real terminal, against a bare Textual app.

Each run starts a tmux session (a private ``-L`` socket, 100x30) running the command and
polls ``capture-pane`` until a marker is on the screen:

- bare: a Textual app with a header, one line of text and a footer (``python -c`` of a
  script), marker: its text;
- rmtui, first frame: the installed ``rmtui --workspace W`` on a workspace holding the
  demo tandem, marker: the home screen's title;
- rmtui, tandems shown: the same run until the tandem read off the event loop is listed;
- rmtui at 4x (20 tandems x 15 sessions x 300 notes, the summaries in place as a second
  start finds them): until the first tandem is listed, and an empty workspace's.

- with ``--growth``: until the first tandem is listed at 1x and 16x (5 and 80 tandems x
  15 sessions x 300 notes, the copies ``bench_growth.py`` reads, summaries in place).

Targets (issue 16): the first frame within 1.1x the bare app's, the 4x rows listed
within 1.3x the bare app's first frame, and the 16x rows listed within 1.15x the 1x rows
listed. ``--before SRC`` times another rmtui's first frame
and 4x rows beside these, interleaved, each on its own copy of the workspace. The polling
(a tmux client every few ms) costs every case alike. Run:
``python tests/bench/bench_tui.py`` (``--help``).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _timing import Case, header, measure, row, scratch_dir, verdict
from bench_dashboard import build

from rmtui.service.demo import fill_demo
from rmtui.store import Workspace

TARGET = 1.1
ROWS_TARGET = 1.3  # the 4x rows listed, to the bare app's first frame
GROWTH_TARGET = 1.15  # the 16x rows listed, to the 1x rows listed
RMTUI = Path(sys.executable).parent / "rmtui"
BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Static


class Bare(App[None]):
    def compose(self):
        yield Header()
        yield Static("bare textual app ready")
        yield Footer()


Bare().run()
"""


class Terminal:
    """A tmux server of our own; ``first_seen`` times one launch until a marker shows."""

    def __init__(self) -> None:
        self.base = ["tmux", "-L", f"rmtui-bench-{os.getpid()}", "-f", "/dev/null"]
        self.env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "RMTUI_WORKSPACE")}
        self.env["TERM"] = "xterm-256color"
        # A session that stays, so the server does not exit (and restart) between runs.
        self.tmux("new-session", "-d", "-s", "anchor", "sleep 86400")

    def tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.base, *args], capture_output=True, text=True, env=self.env, timeout=30
        )

    def first_seen(self, command: str, marker: str, timeout: float = 30.0) -> float:
        started = time.perf_counter()
        launched = self.tmux("new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", command)
        if launched.returncode != 0:
            raise RuntimeError(launched.stderr)
        try:
            while True:
                screen = self.tmux("capture-pane", "-p", "-t", "bench").stdout
                if marker in screen:
                    return time.perf_counter() - started
                if time.perf_counter() - started > timeout:
                    raise RuntimeError(f"{marker!r} never showed; the screen was:\n{screen}")
                time.sleep(0.002)
        finally:
            self.tmux("kill-session", "-t", "bench")

    def close(self) -> None:
        self.tmux("kill-server")


def timed(terminal: Terminal, command: str, marker: str) -> Callable[[], float]:
    return lambda: terminal.first_seen(command, marker)


def launch(workspace: Path) -> str:
    return f"{shlex.quote(str(RMTUI))} --workspace {shlex.quote(str(workspace))}"


def twin(root: Path, copy: Path) -> Path:
    """A copy of ``root`` for another rmtui, its files hard-linked (every write renames a
    new file in place, so the two never meet), without the derived files."""
    ignore = shutil.ignore_patterns(".summar*", ".search*", ".index*", "*.lock")
    shutil.copytree(root, copy, copy_function=os.link, ignore=ignore)
    return copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed launches of each case")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument(
        "--no-big",
        action="store_true",
        help="skip the dashboard of 20 tandems x 15 sessions x 300 notes (built in ~5 s)",
    )
    parser.add_argument(
        "--before",
        metavar="SRC",
        help="a folder holding another rmtui package (say, `git archive REV rmtui`): its "
        "first frame and 4x rows are timed too, interleaved (the same entry point, PYTHONPATH)",
    )
    parser.add_argument(
        "--growth",
        action="store_true",
        help="also the rows listed at 1x and 16x (5 and 80 tandems x 15 x 300 notes, the "
        "workspaces bench_growth.py keeps; the first run builds them, in minutes)",
    )
    args = parser.parse_args()
    if shutil.which("tmux") is None or not RMTUI.exists():
        print(f"needs tmux and the installed rmtui ({RMTUI})")
        return 1

    terminal = Terminal()
    with scratch_dir("rmtui-bench-tui-") as tmp:
        ws = tmp / "workspace"
        fill_demo(Workspace(ws))
        bare_script = tmp / "bare.py"
        bare_script.write_text(BARE_APP)
        bare = f"{shlex.quote(sys.executable)} {shlex.quote(str(bare_script))}"
        rmtui = launch(ws)
        empty = f"{shlex.quote(str(RMTUI))} --workspace {shlex.quote(str(tmp / 'empty'))}"
        more: list[Case] = []
        src = shlex.quote(str(Path(args.before).resolve())) if args.before else ""
        if args.before:
            # Its own copy: two versions would rewrite each other's derived files.
            before_ws = twin(ws, tmp / "workspace-before")
            before = f"env PYTHONPATH={src} {launch(before_ws)}"
            more.append(Case("before: first frame", timed(terminal, before, "Tandems")))
        if not args.no_big:
            big_ws = tmp / "big"
            build(big_ws, tandems=20, sessions=15, notes=300, seed=7)
            more += [
                Case("dashboard, empty workspace", timed(terminal, empty, "No tandems yet")),
                Case("dashboard, 20x15x300 listed", timed(terminal, launch(big_ws), "Mentee 000")),
            ]
            if args.before:
                big_before = f"env PYTHONPATH={src} {launch(twin(big_ws, tmp / 'big-before'))}"
                more.append(
                    Case("before: 20x15x300 listed", timed(terminal, big_before, "Mentee 000"))
                )
        grown: list[str] = []  # the labels of the 1x and 16x rows, with --growth
        if args.growth:
            from bench_growth import SIZES, cache_folder, quiet, workspace

            for size in ("1x", "16x"):
                root = quiet(workspace(size, cache_folder()))
                grown.append(f"rows listed, {size} ({SIZES[size]} tandems)")
                more.append(Case(grown[-1], timed(terminal, launch(root), "Mentee 000")))
        header("tui: first frame under tmux (100x30), launch to marker on screen", tmp)
        try:
            results = measure(
                [
                    Case("bare Textual app", timed(terminal, bare, "bare textual app ready")),
                    Case("rmtui: first frame (home title)", timed(terminal, rmtui, "Tandems")),
                    Case("rmtui: tandems listed", timed(terminal, rmtui, "Henk de Vries")),
                    *more,
                ],
                repeat=args.repeat,
                warmup=args.warmup,
            )
        finally:
            terminal.close()
    base = results["bare Textual app"]
    for label, result in results.items():
        row(label, result, base, width=40)
    first = results["rmtui: first frame (home title)"].ratio(base)
    listed = results["rmtui: tandems listed"].ratio(base)
    print(verdict(first <= TARGET, f"first frame {first:.2f}x the bare app (target <= {TARGET}x)"))
    print(f"  info tandems listed {listed:.2f}x the bare app")
    if "before: first frame" in results:
        was = results["before: first frame"].ratio(base)
        print(f"  info before: first frame {was:.2f}x the bare app")
        for label in ("bare Textual app", "rmtui: first frame (home title)", "before: first frame"):
            r = results[label]
            print(f"  info {label}: min-max {r.low * 1e3:.0f}-{r.high * 1e3:.0f} ms")
    if "dashboard, empty workspace" in results:
        big_listed = results["dashboard, 20x15x300 listed"]
        big = big_listed.ratio(results["dashboard, empty workspace"])
        rows = big_listed.ratio(base)
        print(
            verdict(
                rows <= ROWS_TARGET,
                f"4x rows listed {rows:.2f}x the bare app's first frame (target <= {ROWS_TARGET}x)",
            )
        )
        print(f"  info dashboard of 20 tandems x 15 sessions x 300 notes: {big:.2f}x an empty one")
        if "before: 20x15x300 listed" in results:
            was = results["before: 20x15x300 listed"].ratio(base)
            print(f"  info before: 4x rows listed {was:.2f}x the bare app's first frame")
    if grown:
        one, sixteen = (results[label] for label in grown)
        grows = sixteen.ratio(one)
        print(
            verdict(
                grows <= GROWTH_TARGET,
                f"16x rows listed {grows:.2f}x the 1x rows listed (target <= {GROWTH_TARGET}x)",
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
