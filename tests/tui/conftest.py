"""Fixtures for the TUI tests: workspaces on a fixed clock, and an app factory."""

from __future__ import annotations

from pathlib import Path

import pytest
from tuikit import MakeApp, fixed_now

from rmtui.service.demo import fill_demo
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp, make_app


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

    def build(ws: Workspace, **options: object) -> RmtuiApp:
        settings: dict[str, object] = {
            "clock": fixed_now,
            "watch_interval": None,
            "cursor_blink": False,
        }
        settings.update(options)
        return make_app(ws, **settings)  # type: ignore[arg-type]

    return build
