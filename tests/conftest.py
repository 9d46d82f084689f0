"""Shared fixtures: a fresh workspace folder, a way to run the installed CLI, and a real
terminal. The helpers behind them are in ``tests/kit``."""

from __future__ import annotations

import gc
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pytest
import textual._wait
import textual.screen
from kit.cli import run_cli
from kit.terminal import Terminal

from rmtui.store import Workspace

Run = Callable[..., subprocess.CompletedProcess[str]]

# The tests read rmtui's English (the message ids), whatever the machine's locale: rmtui
# speaks the locale's language when no setting names one (tests/core/test_i18n.py covers
# the other languages). C.UTF-8 keeps the text encoding UTF-8.
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# Pilot waits after each key for the app to go idle: it sleeps in steps until one step passes
# with next to no CPU used (under 1/20 of it). Textual's steps are 20 ms, a third of a
# Pilot test's time; 5 ms steps, with the same share, find the same idle four times sooner.
# A step must outlast the wait for the screen's next refresh (1/60 s), or work waiting for
# that refresh (a footer's keys) would come after the "idle": screens refresh every 5 ms
# here, which costs next to nothing headless. (A Textual without these names keeps its own
# steps: slower, as right.)
_STEP = 0.005
if all(hasattr(textual._wait, n) for n in ("SLEEP_GRANULARITY", "SLEEP_IDLE")) and hasattr(
    textual.screen, "UPDATE_PERIOD"
):
    textual._wait.SLEEP_GRANULARITY = _STEP
    textual._wait.SLEEP_IDLE = _STEP / 20
    textual.screen.UPDATE_PERIOD = _STEP  # type: ignore[misc]


# fsync waits until the disk holds the bytes: it guards against a power cut, which no test
# can make. The tests' own process skips that wait (30,000 fsyncs, a tenth of the suite's
# time on an ext4 disk); every call still happens, in the same order. What rmtui does when
# an fsync fails is tested by patching it (tests/store/test_store_write_failures.py); the
# kill -9 tests need no fsync (a killed process's writes are the kernel's); the `rmtui`
# processes a test starts keep the real one.


class _HasFileno(Protocol):
    def fileno(self) -> int: ...


def _fsync_without_waiting(fd: int | _HasFileno) -> None:
    os.fstat(fd if isinstance(fd, int) else fd.fileno())  # a bad descriptor fails as fsync


os.fsync = _fsync_without_waiting


# Python's cycle collector, at the pace of a run of 1,400 tests. Each Pilot test builds an
# app of some 100,000 objects; at Python's default pace (700, 10, 10) a worker made 130
# full collections of its whole heap, 0.15 s each: a sixth of the TUI tests' time. Young
# collections every 7,000 allocations instead of 700 make full ones ten times rarer (a
# worker peaks near 210 MB), and what the imports and the collection of tests built is
# frozen once, never scanned again (`pytest_collection_finish`).
gc.set_threshold(7000, 10, 10)


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(ws_root: Path) -> Workspace:
    return Workspace(ws_root)


@pytest.fixture
def rmtui(ws_root: Path) -> Run:
    """Run ``rmtui --workspace <tmp> ARGS`` and capture its output, in this process
    (``kit.cli``: the CLI's code path with a fresh process's streams, environment and
    language; its output read as ``subprocess.run(..., text=True)`` reads it). A test of
    what only a real process shows starts one itself."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        return run_cli(ws_root, *args, input=input, env=env, universal_newlines=True)

    return run


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """A tmux server of the test's own (``kit.terminal``), killed after the test."""
    server = Terminal(f"rmtui-test-{os.getpid()}-{time.monotonic_ns()}", tmp_path / "status")
    try:
        yield server
    finally:
        server("kill-server")


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The key counts of the journey's flows (``tests/journey``), sent with its reports:
    here, since the process that prints may have run no journey test itself (xdist)."""
    counts = dict(
        value
        for report in terminalreporter.stats.get("passed", [])
        for name, value in getattr(report, "user_properties", ())
        if name == "keys"
    )
    if counts:
        terminalreporter.section("keys a mentor presses")
        for flow, keys in counts.items():
            terminalreporter.write_line(f"{flow}: {keys}")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto`` (pyproject.toml): workers on every core for the suite or a folder; a run
    of named test files stays in this process, where workers would cost more than they save
    (``-n 2`` asks for them anyway)."""
    files = [arg.split("::")[0] for arg in config.args]
    if config.args_source == pytest.Config.ArgsSource.ARGS and all(
        f.endswith(".py") for f in files
    ):
        return 0
    return None  # xdist counts the cores
