"""``rmtui agendas sync``: fetch the program's shared templates, and say what changed.

``--repo``, ``--branch`` and ``--path`` are remembered in ``rmtui.yaml`` (checked first,
so a typo is refused before it is stored); later runs need no option. Exit status 0 when
the synced copy is current, 1 when the sync failed (the last good copy stays in use).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rmtui.cli.context import Context
from rmtui.core.text import strip_control

if TYPE_CHECKING:
    from rmtui.store.settings import Settings

# Only the parser is built at start-up: git, YAML and the sync are imported by the verb.
TIMEOUT_HELP = "stop git after this long (default 60, as rmtui.agenda.git.DEFAULT_TIMEOUT)"


def register_sync(verbs: Any) -> None:
    """Add ``sync`` to the ``agendas`` sub-parsers."""
    p = verbs.add_parser(
        "sync",
        help="fetch the program's shared templates from its git repository",
        description=(
            "Clone or update the program's agenda repository into the workspace "
            "(shallow, hooks and submodules off, no prompts). Options given are saved "
            "in rmtui.yaml. On any failure the last good copy stays in use."
        ),
    )
    p.add_argument("--repo", metavar="URL", help="repository URL or local path (saved)")
    p.add_argument("--branch", metavar="B", help="branch to follow; '' for the default (saved)")
    p.add_argument(
        "--path", metavar="SUBDIR", help="folder holding the templates; '' for all (saved)"
    )
    p.add_argument("--timeout", type=_seconds, metavar="SECONDS", help=TIMEOUT_HELP)
    p.add_argument("--json", action="store_true", help="the report as JSON on stdout")
    p.set_defaults(run=run_sync)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return seconds


def updated_settings(settings: Settings, args: argparse.Namespace) -> Settings:
    """``settings`` with the options given on the command line, each checked."""
    from rmtui.agenda.sync import check_branch, check_path, check_repo, normalise_repo

    changes: dict[str, str] = {}
    if args.repo is not None:
        changes["agenda_repo"] = normalise_repo(check_repo(args.repo))
    if args.branch is not None:
        changes["branch"] = check_branch(args.branch)
    if args.path is not None:
        changes["path"] = check_path(args.path)
    return settings.with_changes(**changes) if changes else settings


def run_sync(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.agenda.git import DEFAULT_TIMEOUT
    from rmtui.agenda.sync import report_json, report_lines, sync_agendas
    from rmtui.store.settings import update_settings

    layout = ctx.workspace.layout
    # Each option is checked before anything is written; only the options given are
    # written, so other settings, keys and comments in rmtui.yaml stay.
    wanted = update_settings(layout.settings, lambda current: updated_settings(current, args))
    report = sync_agendas(layout, wanted, timeout=args.timeout or DEFAULT_TIMEOUT)
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
