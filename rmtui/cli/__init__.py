"""Command-line entry: ``rmtui`` opens the TUI; sub-commands script the same services.

Only this package prints. Errors go to stderr with exit status 1; usage errors and input
the domain refuses exit 2 (`rmtui search` also exits 1 when nothing matches, as grep).
Textual is imported only when the TUI is opened.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from rmtui import __version__
from rmtui.cli.context import Context
from rmtui.core import i18n, messages
from rmtui.core.errors import InvalidInput, RmtuiError
from rmtui.core.i18n import gettext

# Top-level verb -> the module that registers it. Only the module of the verb being run
# is imported, so `rmtui note add` does not pay for exports, agendas or search.
VERBS: dict[str, str] = {
    "tandem": "rmtui.cli.tandem",
    "keyword": "rmtui.cli.keyword",
    "agendas": "rmtui.cli.agendas",
    "session": "rmtui.cli.session",
    "note": "rmtui.cli.note",
    "action": "rmtui.cli.action",
    "learned": "rmtui.cli.learned",
    "search": "rmtui.cli.search",
    "calendar": "rmtui.cli.calendar",
    "export": "rmtui.cli.export",
    "exports": "rmtui.cli.export",
    "meetup": "rmtui.cli.meetup",
    "import": "rmtui.cli.importer",
    "settings": "rmtui.cli.settings",
    "completion": "rmtui.cli.shell",
    "man": "rmtui.cli.shell",
}
# Verbs of a command that live in a module of their own: command -> (module, ...). Each
# module's ``register_into(verbs)`` adds its verbs to that command's sub-parsers.
MORE_VERBS: dict[str, tuple[str, ...]] = {
    "session": ("rmtui.cli.reflect",),
}
USAGE_ERROR = 2
_OPTIONS_WITH_VALUE = ("--workspace",)


def _verb_of(argv: Sequence[str]) -> str | None:
    """The verb named on the command line, if any (options before it are skipped)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


# argparse's own words (usage, section titles, errors) read through rmtui's catalogs, in
# the language chosen for this run (``messages.ARGPARSE_WORDS``).
setattr(argparse, "_", gettext)  # noqa: B010 - argparse looks its `_` up at each call


class RmtuiParser(argparse.ArgumentParser):
    """Every parser of rmtui: its help ends with the exit codes, and it remembers its
    sub-parsers so a verb kept in another module can join them. Sub-parsers are made of
    this class too (argparse uses the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("epilog", messages.EXIT_CODES)
        super().__init__(*args, **kwargs)
        self.verbs: Any = None

    def add_subparsers(self, **kwargs: Any) -> Any:
        self.verbs = super().add_subparsers(**kwargs)
        return self.verbs


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` naming a known verb, only that verb's module is loaded."""
    parser = RmtuiParser(
        prog="rmtui",
        description=gettext("A terminal workspace for mentors in reverse-mentoring programs."),
    )
    parser.add_argument("--version", action="version", version=f"rmtui {__version__}")
    add_workspace_options(parser, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND")
    for name in _verb_modules(argv):
        importlib.import_module(name).register(sub)
    for command, modules in MORE_VERBS.items():
        command_parser = sub.choices.get(command)
        if isinstance(command_parser, RmtuiParser) and command_parser.verbs is not None:
            for name in modules:
                importlib.import_module(name).register_into(command_parser.verbs)
    return parser


def _verb_modules(argv: Sequence[str] | None) -> list[str]:
    """The verb modules ``argv`` needs: none to open the TUI, the named verb's, or all
    of them (to list them in help or in an unknown-verb error)."""
    if argv is None:
        return list(dict.fromkeys(VERBS.values()))
    verb = _verb_of(argv)
    if verb in VERBS:
        return [VERBS[verb]]
    if verb is None and not any(arg.startswith(("-h", "--h")) for arg in argv):
        return []  # `rmtui [--workspace DIR] [--demo]` opens the TUI: no verb to parse
    return list(dict.fromkeys(VERBS.values()))


def add_workspace_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        default=default,
        help=gettext("workspace folder (default: $RMTUI_WORKSPACE, else the platform data dir)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=default,
        help=gettext("use a throw-away workspace filled with one realistic tandem"),
    )


def _workspace_of(argv: Sequence[str]) -> str | None:
    """The ``--workspace`` named on the command line, before it is parsed."""
    for i, arg in enumerate(argv):
        if arg == "--workspace" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--workspace="):
            return arg.partition("=")[2]
    return None


def speak(argv: Sequence[str]) -> str:
    """Make the ``language`` setting of the workspace ``argv`` names (else the locale)
    the interface's language, for the parser's help and everything after it. A ``--json``
    run is for programs: it stays in English (the message ids), whatever is set."""
    if "--json" in argv:
        return i18n.use_language(i18n.DEFAULT)
    from rmtui.service.language import interface_language

    return i18n.use_language(interface_language(_workspace_of(argv), os.environ))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    speak(arguments)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    ctx = Context.from_args(args)
    try:
        if getattr(args, "run", None) is None:
            from rmtui.cli.app import open_app

            return open_app(ctx)
        code: int = args.run(args, ctx)
        return code
    except InvalidInput as exc:
        ctx.error(str(exc))
        return USAGE_ERROR
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
