"""Opening the TUI: the only CLI path that imports Textual."""

from __future__ import annotations

import gc
import os

from rmtui.cli.context import Context


def open_app(ctx: Context) -> int:
    # What start-up loads and builds (Textual, the app's modules, the services of the first
    # reading, the styling) lives as long as the process: the cycle collector would walk it
    # again and again while the mentor waits for the tandems. It waits until start-up has
    # run, collects its garbage once, freezes the rest (never walked again) and runs as
    # usual.
    gc.disable()
    try:
        from rmtui.service.language import first_theme
        from rmtui.tui.app import make_app

        # Opened by the app's first reading: the first frame needs no storage.
        ctx.in_app = True  # what the opening has to say is said when the app closes
        # The mentor's theme from the first frame on (the demo has settings of its own).
        theme = None if ctx.demo else first_theme(ctx.folder, os.environ)
        app = make_app(services=lambda: ctx.services, theme=theme, started=_collect_again)
        gc.freeze()  # Textual and the app's modules: never walked, not even once
        app.run()
        return int(app.return_code or 0)
    finally:
        gc.enable()  # an app that closed before its start-up had run


def _collect_again() -> None:
    gc.collect()  # the garbage of start-up, once
    gc.freeze()
    gc.enable()
