"""The journey starts on an empty workspace, on the journey's own clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from journeykit import FakeTime

from rmtui.store import Workspace


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime()


@pytest.fixture
def empty_ws(tmp_path: Path, clock: FakeTime) -> Workspace:
    return Workspace(tmp_path / "workspace", now=clock.now)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from journeykit import KEY_COUNTS

    if KEY_COUNTS:
        terminalreporter.section("keys a mentor presses")
        for flow, keys in KEY_COUNTS.items():
            terminalreporter.write_line(f"{flow}: {keys}")
