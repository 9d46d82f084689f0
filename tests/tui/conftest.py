"""Fixtures for the TUI tests: workspaces on a fixed clock, and an app factory."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.clock import fixed_now
from kit.pilot import MakeApp, app_on
from kit.workspace import DemoCopies

from rmtui.store import Workspace


@pytest.fixture
def empty_ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "workspace", now=fixed_now)


@pytest.fixture(scope="session")
def demo_copies(tmp_path_factory: pytest.TempPathFactory) -> DemoCopies:
    return DemoCopies(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_ws(empty_ws: Workspace, demo_copies: DemoCopies) -> Workspace:
    """``empty_ws`` with the demo tandem (``fill_demo``), copied from one filled once."""
    demo_copies.fill(empty_ws)
    return empty_ws


@pytest.fixture
def app_for() -> MakeApp:
    """``app_for(ws)``: the CLI's factory with the clock fixed, blink and watching off."""
    return app_on
