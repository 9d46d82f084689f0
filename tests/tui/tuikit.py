"""Helpers for the TUI tests: a fixed clock and ways to wait for the app to settle."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from textual.pilot import Pilot
from textual.widgets import Static

from rmtui.tui.app import RmtuiApp

MakeApp = Callable[..., RmtuiApp]
"""The ``app_for`` fixture: ``app_for(workspace, **options)``."""

# A Monday morning in March, CET: the demo's next session is two days later.
NOW = datetime(2025, 3, 10, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def fixed_now() -> datetime:
    return NOW


async def settle(pilot: Pilot[None]) -> None:
    """Let workers (disk reads and writes) finish and the screen catch up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll ``condition`` while the app runs; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await pilot.pause(0.05)
        await asyncio.sleep(0)


def shown(app: RmtuiApp, selector: str) -> str:
    """The plain text a ``Static`` shows."""
    return str(app.screen.query_one(selector, Static).render())


def table_rows(app: RmtuiApp) -> list[list[str]]:
    from rmtui.tui.widgets.tandem_table import TandemTable

    table = app.screen.query_one(TandemTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
