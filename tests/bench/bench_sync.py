"""Agenda sync of a 200-template repository against plain git doing the same transfer.

Run: ``python tests/bench/bench_sync.py [--rounds N] [--templates N]``. Prints the median
of each case and rmtui's ratio over git: first clone (``git clone --depth 1``), a no-op
update (``git fetch``), and an update touching 10 files (``git fetch``, and ``git fetch``
+ ``reset --hard``, which also rewrites the files as the sync does).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rmtui.agenda.sync import sync_agendas
from rmtui.store.paths import Layout
from rmtui.store.settings import Settings


def template(n: int, revision: int = 0) -> str:
    items = "".join(
        f"  - title: Exercise {i} of topic {n}\n"
        f"    minutes: 10\n"
        f"    prompts:\n"
        f"      - Ask the mentee to open the tool and show how they would do step {i}.\n"
        f"      - Let them drive; note what surprised them (revision {revision}).\n"
        for i in range(1, 7)
    )
    return (
        f"id: topic-{n:03d}\n"
        f"title: Topic number {n}\n"
        f"language: en\n"
        f"summary: |\n  A practical session on topic {n}, with hands-on exercises.\n"
        f"minutes: 90\n"
        f"tags: [bench, topic-{n % 10}]\n"
        f"keywords: [keyword {n}, another {n % 7}]\n"
        f"rules:\n  - The mentee drives; the mentor never takes the keyboard.\n"
        f"items:\n{items}"
    )


class Bench:
    def __init__(self, root: Path, templates: int) -> None:
        self.root = root
        self.templates = templates
        home = root / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
        self.env.update(
            HOME=str(home),
            GIT_CONFIG_NOSYSTEM="1",
            GIT_AUTHOR_NAME="bench",
            GIT_AUTHOR_EMAIL="bench@example.org",
            GIT_COMMITTER_NAME="bench",
            GIT_COMMITTER_EMAIL="bench@example.org",
        )
        self.work = root / "office"
        self.bare = root / "agendas.git"
        self.url = self.bare.as_uri()  # file://: the pack protocol for both, no hard links
        self.revision = 0

    def git(self, *args: str, cwd: Path | None = None) -> None:
        subprocess.run(
            ["git", *args], cwd=cwd or self.work, env=self.env, check=True, capture_output=True
        )

    def build(self) -> None:
        folder = self.work / "templates"
        folder.mkdir(parents=True)
        for n in range(self.templates):
            (folder / f"topic-{n:03d}.yaml").write_text(template(n))
        self.git("init", "-q", "-b", "main")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "templates")
        self.git("init", "-q", "--bare", "-b", "main", str(self.bare), cwd=self.root)
        self.git("remote", "add", "origin", str(self.bare))
        self.git("push", "-q", "origin", "main")

    def touch_ten(self) -> None:
        self.revision += 1
        for n in range(0, self.templates, self.templates // 10)[:10]:
            path = self.work / "templates" / f"topic-{n:03d}.yaml"
            path.write_text(template(n, self.revision))
        self.git("commit", "-qam", f"revision {self.revision}")
        self.git("push", "-q", "origin", "main")

    def rmtui_sync(self, workspace: Path) -> float:
        settings = Settings(agenda_repo=self.url, branch="main", path="templates")
        started = time.perf_counter()
        report = sync_agendas(Layout(workspace), settings, environ=self.env)
        elapsed = time.perf_counter() - started
        if not report.ok:
            raise SystemExit(f"sync failed: {report.message}\n{report.detail}")
        return elapsed

    def timed_git(self, *args: str, cwd: Path | None = None) -> float:
        started = time.perf_counter()
        self.git(*args, cwd=cwd)
        return time.perf_counter() - started


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--templates", type=int, default=200)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="rmtui-bench-sync-"))
    try:
        bench = Bench(root, args.templates)
        bench.build()
        rows: list[tuple[str, list[float], list[float], str]] = []

        first_rmtui, first_git = [], []
        for i in range(args.rounds):
            first_rmtui.append(bench.rmtui_sync(root / f"ws-first-{i}"))
            first_git.append(
                bench.timed_git(
                    "clone",
                    "-q",
                    "--depth=1",
                    "--single-branch",
                    "--branch=main",
                    bench.url,
                    str(root / f"clone-{i}"),
                    cwd=root,
                )
            )
        rows.append(("first sync", first_rmtui, first_git, "git clone --depth 1"))

        workspace, clone = root / "ws-first-0", root / "clone-0"
        fetch = ("fetch", "-q", "--depth=1", "origin", "main")
        noop_rmtui = [bench.rmtui_sync(workspace) for _ in range(args.rounds)]
        noop_git = [bench.timed_git(*fetch, cwd=clone) for _ in range(args.rounds)]
        rows.append(("no-op update", noop_rmtui, noop_git, "git fetch"))

        ten_rmtui, ten_fetch, ten_reset = [], [], []
        for _ in range(args.rounds):
            bench.touch_ten()
            ten_rmtui.append(bench.rmtui_sync(workspace))
            ten_fetch.append(bench.timed_git(*fetch, cwd=clone))
            ten_reset.append(bench.timed_git("reset", "-q", "--hard", "FETCH_HEAD", cwd=clone))
        both = [f + r for f, r in zip(ten_fetch, ten_reset, strict=True)]
        rows.append(("10 files changed", ten_rmtui, ten_fetch, "git fetch"))
        rows.append(("10 files changed", ten_rmtui, both, "git fetch + reset --hard"))

        git_version = subprocess.run(["git", "--version"], capture_output=True, text=True)
        print(f"agenda sync benchmark: {args.templates} templates, median of {args.rounds}")
        print(f"{git_version.stdout.strip()}, Python {sys.version.split()[0]}")
        print(f"{'case':<18} {'rmtui':>9} {'git':>9} {'ratio':>6}  against")
        for name, ours, theirs, against in rows:
            a, b = median_ms(ours), median_ms(theirs)
            print(f"{name:<18} {a:>7.1f}ms {b:>7.1f}ms {a / b:>5.1f}x  {against}")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
