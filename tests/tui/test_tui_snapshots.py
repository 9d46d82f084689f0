"""Screenshots of the key screens, at 80x24 and 120x40, on a fixed clock.

After a deliberate change of the look: run with ``--snapshot-update``, then read the
report and look at the new SVGs before committing them.
"""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from tuikit import MakeApp, settle

from rmtui.store import Workspace


def test_home_80x24(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    assert snap_compare(app_for(demo_ws), terminal_size=(80, 24), run_before=settle)


def test_home_120x40(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    assert snap_compare(app_for(demo_ws), terminal_size=(120, 40), run_before=settle)


def test_empty_home_80x24(snap_compare: Any, empty_ws: Workspace, app_for: MakeApp) -> None:
    assert snap_compare(app_for(empty_ws), terminal_size=(80, 24), run_before=settle)


def test_add_tandem_errors_80x24(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    async def invalid_entry(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("a", "tab", "tab", "tab", "tab", "tab", "tab", *"2025-13-01")
        await pilot.press("ctrl+s")
        await settle(pilot)

    assert snap_compare(app_for(demo_ws), terminal_size=(80, 24), run_before=invalid_entry)


def test_help_120x40(snap_compare: Any, demo_ws: Workspace, app_for: MakeApp) -> None:
    async def open_help(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)

    assert snap_compare(app_for(demo_ws), terminal_size=(120, 40), run_before=open_help)
