"""``rmtui calendar ID``: the planned sessions as an iCalendar file."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.core.i18n import gettext


def register(sub: Any) -> None:
    p = sub.add_parser(
        "calendar",
        help=gettext(
            "the planned sessions as an .ics file (Outlook, Google Calendar, Thunderbird)"
        ),
    )
    p.add_argument("id", help=gettext("tandem id (see `tandem list`)"))
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=gettext("where to write (- for stdout; default: exports/ID.ics in the workspace)"),
    )
    p.set_defaults(run=run_calendar)


def run_calendar(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.service.calendar import session_calendar, write_calendar

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
    path = write_calendar(ctx.workspace, args.id, text, Path(args.output) if args.output else None)
    ctx.tell(messages.CALENDAR_WRITTEN.format(count, path=path))
    return 0
