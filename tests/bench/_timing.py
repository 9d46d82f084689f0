"""Shared helpers for the benchmark scripts in this folder.

Every figure is a ratio against a baseline measured in the same run, so the numbers mean
the same thing on a laptop SSD, a CI runner and a network disk. Cases are timed round
robin (one repetition of each, again and again) so that a burst of noise from another
process lands on all of them alike; the median of the repetitions is reported.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

Timed = Callable[[], object]
Reset = Callable[[], object]

# Benchmarks measure the disk a workspace would live on; tmpfs would make fsync free.
BENCH_DIR_VAR = "RMTUI_BENCH_DIR"


@dataclass(frozen=True)
class Case:
    """One thing to time; ``reset`` (untimed) runs after each repetition."""

    label: str
    run: Timed
    reset: Reset | None = None


@dataclass(frozen=True)
class Result:
    label: str
    median: float  # seconds
    p90: float
    low: float = 0.0  # the fastest repetition
    high: float = 0.0  # the slowest

    def ratio(self, baseline: Result) -> float:
        return self.median / baseline.median


def measure(cases: list[Case], repeat: int, warmup: int = 10) -> dict[str, Result]:
    """Median and 90th percentile of each case, timed round robin."""
    samples: dict[str, list[float]] = {c.label: [] for c in cases}
    for i in range(warmup + repeat):
        for case in cases:
            started = time.perf_counter()
            case.run()
            elapsed = time.perf_counter() - started
            if case.reset is not None:
                case.reset()
            if i >= warmup:
                samples[case.label].append(elapsed)
    return {
        label: Result(
            label,
            statistics.median(xs),
            statistics.quantiles(xs, n=10)[-1] if len(xs) > 1 else xs[0],
            min(xs),
            max(xs),
        )
        for label, xs in samples.items()
    }


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary folder on the disk under test (``$RMTUI_BENCH_DIR`` or the default)."""
    parent = os.environ.get(BENCH_DIR_VAR) or None
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def header(title: str, where: Path) -> None:
    print(title)
    print(
        f"  python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cpus; files in {where}"
    )


def row(label: str, result: Result, baseline: Result, width: int = 52) -> None:
    print(
        f"  {label:<{width}} {result.median * 1e3:7.3f} ms  "
        f"(p90 {result.p90 * 1e3:7.3f})  {result.ratio(baseline):5.2f}x"
    )


def verdict(ok: bool, text: str) -> str:
    return f"  {'ok  ' if ok else 'OVER'} {text}"


def flush() -> None:
    sys.stdout.flush()
