"""``rmtui meetup digest FILE... [-o FILE]``: the mentors' summaries merged into one page."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.core.i18n import gettext


def register(sub: Any) -> None:
    p = sub.add_parser("meetup", help=gettext("the midpoint meetup of all mentors"))
    verbs = p.add_subparsers(dest="meetup_verb", metavar="VERB", required=True)
    d = verbs.add_parser(
        "digest",
        help=gettext("merge several mentors' midpoint summaries into one Markdown page"),
        description=(
            gettext(
                "Merge midpoint (or final) summaries written by `rmtui export` into one page: "
                "tandems and their progress, the most common covered and open keywords, what "
                "was learned in both directions, shared questions. A file that is not a "
                "readable rmtui summary is reported and left out; the digest of the others is "
                "still written, and the exit status is then 1. Without -o the page goes to the "
                "workspace's exports/ folder; -o - writes to standard output."
            )
        ),
        epilog=messages.EXIT_CODES_DIGEST,
    )
    d.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        type=Path,
        help=gettext("a summary written by `rmtui export`"),
    )
    d.add_argument("-o", "--output", metavar="FILE", help=gettext("file to write, or - for stdout"))
    d.set_defaults(run=run_digest)


def run_digest(args: argparse.Namespace, ctx: Context) -> int:

    service = ctx.services.exports
    result = service.digest(args.files)
    for skipped in result.skipped:
        ctx.error(messages.DIGEST_SKIPPED.format(path=skipped.name, reason=skipped.reason))
    if not result.used:
        ctx.error(messages.DIGEST_NONE_GOOD)
        return 1
    if args.output == "-":
        ctx.out.write(result.markdown)
        ctx.out.flush()
    else:
        path = service.write_digest(result.markdown, Path(args.output) if args.output else None)
        ctx.tell(messages.EXPORT_WROTE.format(path=path))
    return 1 if result.skipped else 0
