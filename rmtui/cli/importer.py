"""``rmtui import FILE``: restore the tandems of a JSON export into this workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.core.i18n import gettext


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help=gettext("restore tandems from a JSON export (rmtui export ID --format json)"),
        description=(
            gettext(
                "Restore every tandem of a JSON export into this workspace, each under its "
                "own id. When one is already here, nothing is imported unless you choose: "
                "--replace or --skip. Prints what happened to each tandem."
            )
        ),
    )
    choice = p.add_mutually_exclusive_group()
    choice.add_argument(
        "--replace",
        dest="existing",
        action="store_const",
        const="replace",
        default="refuse",
        help=gettext(
            "a tandem already here is erased (as `tandem erase` does) and the file's "
            "copy takes its place"
        ),
    )
    choice.add_argument(
        "--skip",
        dest="existing",
        action="store_const",
        const="skip",
        help=gettext("a tandem already here stays as it is; the others are imported"),
    )
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help=gettext("a JSON export (rmtui export ID --format json)"),
    )
    p.set_defaults(run=run_import)


def run_import(args: argparse.Namespace, ctx: Context) -> int:

    try:
        done = ctx.services.exports.import_file(args.file, existing=args.existing)
    except OSError as exc:
        ctx.error(f"{args.file}: {exc.strerror or exc}")
        return 1
    said = {
        "imported": messages.IMPORT_DONE,
        "replaced": messages.IMPORT_REPLACED,
        "skipped": messages.IMPORT_SKIPPED,
    }
    for item in done:
        text = said[item.outcome]
        sessions = messages.COUNT_SESSIONS.format(item.sessions)
        notes = messages.COUNT_NOTES.format(item.notes)
        ctx.say(text.format(id=item.tandem.id, sessions=sessions, notes=notes))
    return 0
