"""Start-up: the home screen's first frame loads no storage, services or other screens;
the workspace opens with the first reading."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tuikit import MakeApp, fixed_now, settle, table_rows

from rmtui.store import Workspace

# What `rmtui` loads before its first frame: the CLI entry, the app and the home screen.
FIRST_FRAME = """
import sys
from rmtui.cli import build_parser
from rmtui.cli.context import Context
from rmtui.tui.app import make_app

argv = ["--workspace", sys.argv[1]]
ctx = Context.from_args(build_parser(argv).parse_args(argv))
make_app(lambda: ctx.workspace)
print("\\n".join(sorted(sys.modules)))
"""

NOT_BEFORE_THE_FIRST_FRAME = (
    "rmtui.store",
    "rmtui.service.tandems",
    "rmtui.service.sessions",
    "rmtui.agenda",
    "rmtui.export",
    "rmtui.cli.tandem",
    "rmtui.tui.screens.tandem",
    "rmtui.tui.screens.live",
    "rmtui.tui.modals.add_tandem",
    "rmtui.tui.widgets.tandem_detail",
    "tinydb",
    "yaml",
    "json",
)


def test_first_frame_loads_no_storage_services_or_other_screens(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    loaded = done.stdout.split()
    assert "rmtui.tui.screens.home" in loaded
    early = [m for m in loaded if m.startswith(NOT_BEFORE_THE_FIRST_FRAME)]
    assert early == []
    assert not (tmp_path / "ws").exists()


async def test_the_first_reading_opens_the_workspace_once(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    opened: list[Workspace] = []

    def open_workspace() -> Workspace:
        opened.append(demo_ws)
        return demo_ws

    app = app_for(open_workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert table_rows(app)[0][0] == "Henk de Vries"
        assert app.screen.query_one("#profile").display
        assert app.workspace is demo_ws
    assert opened == [demo_ws]


async def test_a_dialog_opened_before_the_tandems_show_is_styled(demo_ws: Workspace) -> None:
    """The styling of dialogs and other screens comes after the first reading is shown,
    or with the first screen opened before it (a slow disk: the reading still under way)."""
    import threading

    from rmtui.tui.app import RmtuiApp

    reading = threading.Event()

    def slow_disk() -> object:
        reading.wait(10)
        return ()

    app = RmtuiApp(demo_ws, clock=fixed_now, watch_interval=None, signature=slow_disk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.1)
        assert table_rows(app) == []
        await pilot.press("f1")
        await pilot.pause(0.1)
        assert app.screen.query_one("#help").outer_size.width == 90
        reading.set()
        await settle(pilot)
    assert app.return_code in (None, 0)


# `rmtui --workspace W` as the mentor runs it, headless: the theme of its first frame.
THEME_AT_THE_FIRST_FRAME = """
import sys
from textual.app import App
from rmtui.tui.app import RmtuiApp

seen = []

def first_frame(app):
    if not seen:
        seen.append(app.theme)
        app.exit()

RmtuiApp.first_reading = first_frame
RmtuiApp.run = lambda app: App.run(app, headless=True, size=(100, 30))
from rmtui.cli import main
assert main(["--workspace", sys.argv[1]]) == 0
print(seen[0])
"""


def test_the_first_frame_is_drawn_in_the_mentors_theme(tmp_path: Path) -> None:
    """The theme is read from ``rmtui.yaml`` before the start (one line, no YAML loader):
    the home screen does not show in the default colours first."""
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "rmtui.yaml").write_text("# my settings\nname: Ola\ntheme: nord  # calm\n")
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    done = subprocess.run(
        [sys.executable, "-c", THEME_AT_THE_FIRST_FRAME, str(ws)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["nord"]


# `rmtui --workspace W` headless: is the cycle collector on at the first reading, once
# start-up has run, and after the app closed?
COLLECTOR_AT_THE_START = """
import gc
import sys
from textual.app import App
from rmtui.tui.app import RmtuiApp

seen = []
first_reading, rest = RmtuiApp.first_reading, RmtuiApp._after_first_reading

def reading(app):
    if not seen:
        seen.append(gc.isenabled())
    first_reading(app)

def started(app):
    rest(app)
    seen.append(gc.isenabled())
    app.exit()

RmtuiApp.first_reading, RmtuiApp._after_first_reading = reading, started
RmtuiApp.run = lambda app: App.run(app, headless=True, size=(100, 30))
from rmtui.cli import main
assert main(["--workspace", sys.argv[1]]) == 0
print(*seen, gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_the_collector_waits_until_start_up_has_run(tmp_path: Path) -> None:
    """What start-up loads lives as long as the process: the cycle collector does not walk
    it while the mentor waits for the tandems; then it is frozen and the collector runs."""
    env = {k: v for k, v in os.environ.items() if k != "RMTUI_WORKSPACE"}
    done = subprocess.run(
        [sys.executable, "-c", COLLECTOR_AT_THE_START, str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True", "True"]
