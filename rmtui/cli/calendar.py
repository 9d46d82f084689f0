"""``rmtui calendar ID``: the planned sessions as an iCalendar file."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.store.atomic import write_atomic


def register(sub: Any) -> None:
    p = sub.add_parser(
        "calendar",
        help="the planned sessions as an .ics file (Outlook, Google Calendar, Thunderbird)",
    )
    p.add_argument("id", help="tandem id (see `tandem list`)")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write (- for stdout; default: exports/ID.ics in the workspace)",
    )
    p.set_defaults(run=run_calendar)


def run_calendar(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.service.calendar import session_calendar

    stamp = datetime.now().astimezone()
    text, count = session_calendar(ctx.workspace, args.id, stamp)
    if args.output == "-":
        # CRLF line ends are part of the format: bytes, so no newline translation applies.
        binary = getattr(ctx.out, "buffer", None)
        if binary is not None:
            ctx.out.flush()
            binary.write(text.encode("utf-8"))
            binary.flush()
        else:
            ctx.out.write(text)
        return 0
    path = Path(args.output) if args.output else ctx.workspace.layout.exports / f"{args.id}.ics"
    write_atomic(path, text.encode("utf-8"))
    one, many = messages.CALENDAR_WRITTEN
    ctx.error((one if count == 1 else many).format(count=count, path=path))
    return 0
