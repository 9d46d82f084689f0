"""Opening the TUI: the only CLI path that imports Textual."""

from __future__ import annotations

from rmtui.cli.context import Context


def open_app(ctx: Context) -> int:
    from rmtui.tui.app import make_app

    # Opened by the app's first reading: the first frame needs no storage.
    ctx.tui = True
    app = make_app(lambda: ctx.workspace)
    app.run()
    # Folders left open to others are closed once the terminal is the shell's again, so
    # the message is seen.
    ctx.tighten()
    return int(app.return_code or 0)
