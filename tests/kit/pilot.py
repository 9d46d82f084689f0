"""Driving the app under Pilot: the app as the CLI makes it on a test's clock, waiting for
it to settle, and reading what it shows."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from kit.clock import fixed_now
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp, make_app

MakeApp = Callable[..., RmtuiApp]
"""The ``app_for`` fixture: ``app_for(workspace, **options)``."""


def app_on(ws: Workspace, **options: object) -> RmtuiApp:
    """The CLI's factory with the clock fixed (``clock=`` to change it), the cursor not
    blinking, the disk not watched (``watch_interval=`` to watch it) and animations off:
    scrolls and tab underlines jump, so each key settles at once (the screens look the
    same once settled)."""
    settings: dict[str, object] = {
        "clock": fixed_now,
        "watch_interval": None,
        "cursor_blink": False,
    }
    settings.update(options)
    app = make_app(ws, **settings)  # type: ignore[arg-type]
    app.animation_level = "none"
    return app


def still(build: MakeApp) -> MakeApp:
    """``build`` with animations off, for a factory other than ``app_on`` (which already
    turns them off)."""

    def make(ws: Workspace, **options: object) -> RmtuiApp:
        app = build(ws, **options)
        app.animation_level = "none"
        return app

    return make


async def settle(pilot: Pilot[None]) -> None:
    """Let workers (disk reads and writes) finish and the screen catch up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 5.0, what: str = ""
) -> None:
    """Poll ``condition`` while the app runs; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            where = f" on {pilot.app.screen!r}"
            raise AssertionError(f"{what or 'condition'} not met within {timeout} s{where}")
        await pilot.pause(0.02)
        await asyncio.sleep(0)


def shown(app: RmtuiApp, selector: str) -> str:
    """The plain text a ``Static`` shows."""
    return str(app.screen.query_one(selector, Static).render())


def table_rows(app: RmtuiApp, selector: str | None = None) -> list[list[str]]:
    """The cells of a table, as text: the one ``selector`` finds, else the tandem table."""
    if selector is None:
        from rmtui.tui.widgets.tandem_table import TandemTable

        table: DataTable[Any] = app.screen.query_one(TandemTable)
    else:
        table = app.screen.query_one(selector, DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
