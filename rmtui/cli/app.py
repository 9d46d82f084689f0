"""Opening the TUI: the only CLI path that imports Textual."""

from __future__ import annotations

import gc
import os

from rmtui.cli.context import Context


def open_app(ctx: Context) -> int:
    from rmtui.service.language import first_theme
    from rmtui.tui.app import make_app

    # Opened by the app's first reading: the first frame needs no storage.
    ctx.in_app = True  # what the opening has to say is said when the app closes
    # The mentor's theme from the first frame on (the demo has settings of its own).
    theme = None if ctx.demo else first_theme(ctx.folder, os.environ)
    app = make_app(services=lambda: ctx.services, theme=theme)
    # What is loaded by now (Textual, the app's modules) lives as long as the process: the
    # collector stops walking it, which it would do in the middle of start-up.
    gc.freeze()
    app.run()
    return int(app.return_code or 0)
