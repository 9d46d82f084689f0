"""Screenshots of the tandem screen at 80x24 and 120x40, on the fixed clock (the home
screen's are in test_tui_snapshots.py).

After a deliberate change of the look: run with ``--snapshot-update``, then read the
report and look at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot
from tuikit import MakeApp, settle

from rmtui.store import Workspace


def keys(*pressed: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in pressed:
            await pilot.press(key)
            await settle(pilot)

    return run


def test_tandem_sessions_80x24(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    assert snap_compare(app_for(demo_ws), terminal_size=(80, 24), run_before=keys("t"))


def test_tandem_sessions_120x40(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    assert snap_compare(app_for(demo_ws), terminal_size=(120, 40), run_before=keys("t"))


def test_tandem_coverage_120x40(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    assert snap_compare(app_for(demo_ws), terminal_size=(120, 40), run_before=keys("t", "2"))


def test_tandem_learning_80x24(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    assert snap_compare(app_for(demo_ws), terminal_size=(80, 24), run_before=keys("t", "3"))
