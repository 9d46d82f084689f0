"""Command-line entry: ``rmtui`` opens the TUI; sub-commands script the same services.

Only this package prints. Errors go to stderr with exit status 1; usage errors exit 2.
Textual is imported only when the TUI is opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from rmtui import __version__
from rmtui.cli import (
    action,
    agendas,
    calendar,
    export,
    importer,
    keyword,
    learned,
    meetup,
    note,
    search,
    session,
    tandem,
)
from rmtui.cli.context import Context
from rmtui.core.errors import RmtuiError

VERBS = (
    tandem,
    keyword,
    agendas,
    session,
    note,
    action,
    learned,
    search,
    calendar,
    export,
    meetup,
    importer,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmtui",
        description="A terminal workspace for mentors in reverse-mentoring programs.",
    )
    parser.add_argument("--version", action="version", version=f"rmtui {__version__}")
    add_workspace_options(parser, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")
    for verb in VERBS:
        verb.register(sub)
    return parser


def add_workspace_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        default=default,
        help="workspace folder (default: $RMTUI_WORKSPACE, else the platform data dir)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=default,
        help="use a throw-away workspace filled with one realistic tandem",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context.from_args(args)
    try:
        if getattr(args, "run", None) is None:
            from rmtui.cli.app import open_app

            return open_app(ctx)
        code: int = args.run(args, ctx)
        return code
    except RmtuiError as exc:
        ctx.error(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`rmtui agendas show x | head`): stop quietly, as a
        # pipeline stage should, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    finally:
        ctx.close()


def entry() -> None:
    sys.exit(main())
