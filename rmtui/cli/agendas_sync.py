"""``rmtui agendas sync``: fetch the program's shared templates, and say what changed.

``--repo``, ``--branch`` and ``--path`` are remembered in ``rmtui.yaml`` (checked first,
so a typo is refused before it is stored); later runs need no option. Exit status 0 when
the synced copy is current, 1 when the sync failed (the last good copy stays in use).
"""

from __future__ import annotations

import argparse
from typing import Any

from rmtui.cli.context import Context
from rmtui.core.i18n import N_, gettext
from rmtui.core.text import strip_control

# Only the parser is built at start-up: git, YAML and the sync are imported by the verb.
TIMEOUT_HELP = N_("stop git after this long (default 60, as rmtui.agenda.git.DEFAULT_TIMEOUT)")


def register_sync(verbs: Any) -> None:
    """Add ``sync`` to the ``agendas`` sub-parsers."""
    p = verbs.add_parser(
        "sync",
        help=gettext("fetch the program's shared templates from its git repository"),
        description=(
            gettext(
                "Clone or update the program's agenda repository into the workspace "
                "(shallow, hooks and submodules off, no prompts). Options given are saved "
                "in rmtui.yaml. On any failure the last good copy stays in use."
            )
        ),
    )
    p.add_argument("--repo", metavar="URL", help=gettext("repository URL or local path (saved)"))
    p.add_argument(
        "--branch", metavar="B", help=gettext("branch to follow; '' for the default (saved)")
    )
    p.add_argument(
        "--path", metavar="SUBDIR", help=gettext("folder holding the templates; '' for all (saved)")
    )
    p.add_argument("--timeout", type=_seconds, metavar="SECONDS", help=gettext(TIMEOUT_HELP))
    p.add_argument("--json", action="store_true", help=gettext("the report as JSON on stdout"))
    p.set_defaults(run=run_sync)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            gettext("{value!r} is not a number of seconds").format(value=value)
        ) from None
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError(gettext("must be between 0 and 3600 seconds"))
    return seconds


def run_sync(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.service.agendas import report_json, report_lines

    # Each option is checked before anything is written; only the options given are
    # written, so other settings, keys and comments in rmtui.yaml stay.
    report = ctx.services.agendas.sync(
        repo=args.repo, branch=args.branch, path=args.path, timeout=args.timeout
    )
    if args.json:
        ctx.json(report_json(report))
    else:
        lines = report_lines(report)
        if report.ok:
            for line in lines:
                ctx.say(line)
        else:
            ctx.error(lines[0])
            for line in lines[1:]:
                print(strip_control(line), file=ctx.err)
    return 0 if report.ok else 1
