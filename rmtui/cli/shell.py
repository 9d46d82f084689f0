"""``rmtui completion SHELL`` and ``rmtui man``: shell completion and the manual page,
generated from the argparse definitions (shtab, argparse-manpage: the ``shell`` extra).

Tandem and session ids complete from the workspace: the scripts ask
``rmtui completion --ids tandems|sessions`` (``$RMTUI_WORKSPACE`` is honoured).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from rmtui.cli.context import Context, session_ref
from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.i18n import gettext

SHELLS = ("bash", "zsh", "fish")
ID_KINDS = ("tandems", "sessions")
# Commands whose ID is not a tandem's.
NOT_TANDEM_IDS = ("agendas",)


def register(sub: Any) -> None:
    comp = sub.add_parser(
        "completion",
        help=gettext("print the shell completion script for bash, zsh or fish"),
        description=(
            gettext(
                "Print a completion script for SHELL on stdout; tandem and session ids "
                "complete from the workspace. Install it once, e.g. "
                "`rmtui completion bash > ~/.local/share/bash-completion/completions/rmtui`, "
                "`rmtui completion zsh > ~/.zfunc/_rmtui` (with ~/.zfunc in $fpath), "
                "`rmtui completion fish > ~/.config/fish/completions/rmtui.fish`."
            )
        ),
    )
    comp.add_argument(
        "shell", nargs="?", choices=SHELLS, metavar="SHELL", help=gettext("bash, zsh or fish")
    )
    # What the scripts call to complete ids; not for people.
    comp.add_argument("--ids", choices=ID_KINDS, help=argparse.SUPPRESS)
    comp.set_defaults(run=run_completion)

    man = sub.add_parser(
        "man",
        help=gettext("print the manual page (roff) on stdout"),
        description=(
            gettext(
                "Print the rmtui(1) manual page. Read it with `rmtui man | man -l -`, or install "
                "it: `rmtui man > ~/.local/share/man/man1/rmtui.1`."
            )
        ),
    )
    man.set_defaults(run=run_man)


def run_completion(args: argparse.Namespace, ctx: Context) -> int:
    if args.ids:
        for line in _ids(ctx, args.ids):
            ctx.say(line)
        return 0
    if args.shell is None:
        ctx.error(messages.COMPLETION_NEEDS_SHELL.format(shells=", ".join(SHELLS)))
        return 2
    ctx.out.write(completion_script(args.shell))
    return 0


def run_man(args: argparse.Namespace, ctx: Context) -> int:
    ctx.out.write(man_page())
    return 0


def completion_script(shell: str) -> str:
    try:
        import shtab
    except ImportError:
        raise RmtuiError(messages.SHELL_TOOLS_MISSING.format(tool="shtab")) from None
    from rmtui.cli import build_parser

    parser = build_parser()
    tandems = shtab.cmd("rmtui completion --ids tandems 2>/dev/null")
    sessions = shtab.cmd("rmtui completion --ids sessions 2>/dev/null")
    for path, action in _positionals(parser, ()):
        if action.type is session_ref:
            action.complete = sessions  # type: ignore[attr-defined]
        elif action.dest == "id" and path[0] not in NOT_TANDEM_IDS:
            action.complete = tandems  # type: ignore[attr-defined]
    script: str = shtab.complete(parser, shell=shell)
    return script


def man_page() -> str:
    try:
        from argparse_manpage.manpage import Manpage
    except ImportError:
        raise RmtuiError(messages.SHELL_TOOLS_MISSING.format(tool="argparse-manpage")) from None
    from rmtui import __version__
    from rmtui.cli import build_parser

    parser = build_parser()
    parser.epilog = None  # the exit codes get a section of their own
    page = Manpage(parser)
    page.source = f"rmtui {__version__}"
    page.manual = "rmtui manual"
    page.description = messages.MAN_NAME
    page.add_section("exit status", "=", _roff_list(messages.MAN_EXIT_STATUS))
    page.add_section("environment", "=", _roff_list(messages.MAN_ENVIRONMENT))
    return str(page)


def _roff_list(entries: tuple[tuple[str, str], ...]) -> str:
    """A roff tagged paragraph per (term, text)."""
    return "\n".join(f".TP\n.B {_roff(term)}\n{_roff(text)}" for term, text in entries)


def _roff(text: str) -> str:
    escaped = text.replace("\\", "\\e").replace("-", "\\-")
    return f"\\&{escaped}" if escaped.startswith((".", "'")) else escaped


def _positionals(
    parser: argparse.ArgumentParser, path: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], argparse.Action]]:
    """Every positional argument of ``parser`` and its sub-parsers, with its command path."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _positionals(child, (*path, name))
        elif not action.option_strings:
            yield path, action


def _ids(ctx: Context, kind: str) -> Iterator[str]:
    """Tandem ids, or every session as TANDEM-ID/N; quiet about anything unreadable."""

    try:
        tandem_ids = ctx.workspace.tandem_ids()
    except (RmtuiError, OSError):
        return
    if kind == "tandems":
        yield from tandem_ids
        return
    service = ctx.services.sessions
    for tandem_id in tandem_ids:
        try:
            infos = service.sessions(tandem_id)
        except (RmtuiError, OSError):
            continue
        for info in infos:
            yield f"{tandem_id}/{info.n}"
