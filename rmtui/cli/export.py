"""``rmtui export (ID | --all)`` and ``rmtui exports ID``: write summaries, see what was shared."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmtui.cli.context import Context
from rmtui.cli.table import table
from rmtui.core import messages
from rmtui.core.exporting import FORMATS, KINDS, Kind
from rmtui.core.i18n import gettext

if TYPE_CHECKING:
    from rmtui.service.exports import ExportRequest, ExportService, Rendered


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help=gettext(
            "write a session recap, midpoint or final summary, or the mentee's cheat sheet"
        ),
        description=(
            gettext(
                "Write a summary of a tandem (or of every active tandem with --all): a session "
                "recap to send the mentee, a midpoint summary for the mentor meetup, or a final "
                "summary, or a one-page cheat sheet for the mentee (--kind cheatsheet: md, html or "
                "txt). Private notes, private records and reflections never appear. Without "
                "-o the file goes to the workspace's exports/ folder under a dated name; "
                "-o - writes to standard output; /dev/null, a FIFO or /dev/stdout is written to, "
                "never replaced. Every export is logged (see `rmtui exports`)."
            )
        ),
    )
    p.add_argument(
        "id", nargs="?", metavar="ID", help=gettext("the tandem (see `rmtui tandem list`)")
    )
    p.add_argument(
        "--all", action="store_true", help=gettext("one document for every active tandem")
    )
    p.add_argument(
        "--kind", choices=KINDS, help=gettext("default: midpoint (session with --session)")
    )
    p.add_argument(
        "--session", type=int, metavar="N", help=gettext("the session to recap (default: last)")
    )
    p.add_argument("--format", choices=FORMATS, help=gettext("default: from -o's suffix, else md"))
    p.add_argument(
        "--anonymize", action="store_true", help=gettext("role and department for the name")
    )
    p.add_argument("-o", "--output", metavar="FILE", help=gettext("file to write, or - for stdout"))
    p.set_defaults(run=run_export)

    log = sub.add_parser("exports", help=gettext("what was exported from a tandem, and when"))
    log.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    log.add_argument("--json", action="store_true", help=gettext("print the log as JSON"))
    log.set_defaults(run=run_log)


def _usage(ctx: Context, text: str) -> int:
    ctx.error(text)
    return 2


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    # Loaded here, not at start-up: other verbs never pay for Markdown or YAML.
    from rmtui.service.exports import ExportRequest, format_for

    if bool(args.id) == bool(args.all):
        return _usage(ctx, gettext("give a tandem ID or --all (not both)"))
    kind: Kind = args.kind or ("session" if args.session is not None else "midpoint")
    if args.session is not None and kind != "session":
        return _usage(ctx, messages.EXPORT_SESSION_NEEDS_RECAP)
    if args.all and kind == "session":
        return _usage(ctx, messages.EXPORT_ALL_NO_RECAP)
    if args.all and kind == "cheatsheet":
        return _usage(ctx, messages.EXPORT_ALL_NO_SHEET)
    service = ctx.services.exports
    if args.all:
        active = service.active()
        for problem in active.problems:
            ctx.error(str(problem))
        ids = tuple(active.ids)
    else:
        ids = (args.id,)
    request = ExportRequest(
        tandem_ids=ids,
        kind=kind,
        session=args.session,
        format=format_for(args.output, args.format),
        anonymize=args.anonymize,
    )
    rendered = _render(service, request, ctx) if args.all else service.render(request)
    if args.output == "-":
        ctx.out.write(rendered.text)
        ctx.out.flush()
        service.log(rendered, "-")
        return 0
    path = service.write(rendered, Path(args.output) if args.output else None)
    ctx.tell(messages.EXPORT_WROTE.format(path=path))
    return 0


def _render(service: ExportService, request: ExportRequest, ctx: Context) -> Rendered:
    """``--all``: a tandem with a session file that cannot be read is named and left out;
    the others are still exported."""
    from rmtui.core.errors import UnreadableFile

    ids = list(request.tandem_ids)
    while True:
        try:
            return service.render(replace(request, tandem_ids=tuple(ids)))
        except UnreadableFile as exc:
            if exc.tandem_id not in ids:
                raise
            ctx.error(str(exc))
            ids.remove(exc.tandem_id)


def run_log(args: argparse.Namespace, ctx: Context) -> int:

    records = ctx.services.exports.history(args.id)
    if args.json:
        ctx.json(
            [
                {
                    "when": r.when.isoformat(),
                    "kind": r.kind,
                    "format": r.format,
                    "target": r.target,
                    "anonymized": r.anonymized,
                    "session": r.session,
                }
                for r in records
            ]
        )
        return 0
    if not records:
        ctx.error(messages.EXPORT_LOG_EMPTY.format(id=args.id))
        return 0
    rows = [
        [
            f"{r.when:%Y-%m-%d %H:%M}",
            r.kind + (f" {r.session}" if r.session else ""),
            r.format + (f" ({messages.EXPORT_ANONYMIZED})" if r.anonymized else ""),
            _where(r.target),
        ]
        for r in records
    ]
    for line in table(["WHEN", "KIND", "FORMAT", "WHERE"], rows):
        ctx.say(line)
    return 0


def _where(target: str) -> str:
    """The log's target as the mentor reads it."""
    from rmtui.core.exporting import CLIPBOARD_TARGET

    if target == "-":
        return messages.EXPORT_LOG_STDOUT
    return messages.EXPORT_LOG_CLIPBOARD if target == CLIPBOARD_TARGET else target
