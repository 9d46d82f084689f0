"""``rmtui import FILE``: restore the tandems of a JSON export into this workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rmtui.cli.context import Context
from rmtui.core import messages


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="restore tandems from a JSON export (rmtui export ID --format json)",
        description=(
            "Restore every tandem of a JSON export into this workspace. A tandem keeps "
            "its id when it is free, else it gets the next free one (id-2, id-3...). "
            "Prints each new id."
        ),
    )
    p.add_argument(
        "file", type=Path, metavar="FILE", help="a JSON export (rmtui export ID --format json)"
    )
    p.set_defaults(run=run_import)


def run_import(args: argparse.Namespace, ctx: Context) -> int:

    try:
        done = ctx.services.exports.import_file(args.file)
    except OSError as exc:
        ctx.error(f"{args.file}: {exc.strerror or exc}")
        return 1
    for item in done:
        ctx.say(
            messages.IMPORT_DONE.format(id=item.tandem.id, sessions=item.sessions, notes=item.notes)
        )
    return 0
