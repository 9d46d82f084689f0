"""Fixtures for the TUI tests: workspaces on a fixed clock, and an app factory."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.clock import fixed_now
from kit.pilot import MakeApp, app_on

from rmtui.service.demo import fill_demo
from rmtui.store import Workspace


@pytest.fixture
def empty_ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "workspace", now=fixed_now)


@pytest.fixture
def demo_ws(empty_ws: Workspace) -> Workspace:
    fill_demo(empty_ws)
    return empty_ws


@pytest.fixture
def app_for() -> MakeApp:
    """``app_for(ws)``: the CLI's factory with the clock fixed, blink and watching off."""
    return app_on
