"""``rmtui keyword rename|move|alias|drop|cover|reopen``: editing the agreed keyword list."""

from __future__ import annotations

import argparse
from typing import Any

from rmtui.cli.context import Context
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import KeywordStatus


def register_edits(verbs: Any) -> None:
    rename = verbs.add_parser("rename", help=gettext("rename a keyword (its history stays)"))
    rename.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    rename.add_argument("old", metavar="WORD", help=gettext("the keyword as it is"))
    rename.add_argument("new", metavar="NEW", help=gettext("its new text"))
    rename.set_defaults(run=run_rename)

    move = verbs.add_parser("move", help=gettext("put a keyword at another place in the list"))
    move.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    move.add_argument("word", metavar="WORD", help=gettext("the keyword to move"))
    move.add_argument("position", type=int, metavar="POSITION", help=gettext("1 is the top"))
    move.set_defaults(run=run_move)

    alias = verbs.add_parser(
        "alias",
        help=gettext("give a keyword other words (other languages, synonyms), matched as it is"),
        description=gettext(
            "Other words for one keyword: `rmtui keyword alias ID notifications "
            "meldingen powiadomienia`. Notes and templates that use them count for the keyword. "
            "Without ALIAS, prints the keyword's other words."
        ),
    )
    alias.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    alias.add_argument("word", metavar="WORD", help=gettext("the keyword"))
    alias.add_argument("aliases", nargs="*", metavar="ALIAS", help=gettext("another word for it"))
    alias.add_argument(
        "--remove", action="store_true", help=gettext("take these words off the keyword instead")
    )
    alias.set_defaults(run=run_alias)

    for verb, status, about in (
        ("drop", "dropped", N_("drop keywords (kept in the history, no longer matched)")),
        ("cover", "covered", N_("mark keywords covered")),
        ("reopen", "open", N_("mark keywords open again")),
    ):
        cmd = verbs.add_parser(verb, help=gettext(about))
        cmd.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
        cmd.add_argument("words", nargs="+", metavar="WORD", help=gettext("a keyword of the list"))
        cmd.set_defaults(run=run_status, status=status)


def run_rename(args: argparse.Namespace, ctx: Context) -> int:
    ctx.say(ctx.services.tandems.rename_keyword(args.id, args.old, args.new).text)
    return 0


def run_alias(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.core import messages

    service = ctx.services.tandems
    if args.remove:
        keyword = service.remove_aliases(args.id, args.word, args.aliases)
    elif args.aliases:
        keyword = service.add_aliases(args.id, args.word, args.aliases)
    else:
        keyword = service.keyword(args.id, args.word)
    if keyword.aliases:
        aliases = ", ".join(keyword.aliases)
        ctx.say(messages.ALIASES_OF.format(keyword=keyword.text, aliases=aliases))
    else:
        ctx.say(messages.NO_ALIASES.format(keyword=keyword.text))
    return 0


def run_move(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.cli.overview import tandem_service

    for k in tandem_service(ctx).move_keyword(args.id, args.word, args.position):
        ctx.say(f"{k.order}  {k.text}")
    return 0


def run_status(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.core import messages

    status: KeywordStatus = args.status
    for word in args.words:
        keyword = ctx.services.tandems.set_keyword_status(args.id, word, status)
        state = messages.KEYWORD_STATE_NAMES.get(keyword.status, keyword.status)
        ctx.say(messages.LABEL_VALUE.format(label=keyword.text, value=state))
    return 0
