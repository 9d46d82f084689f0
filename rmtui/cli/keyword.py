"""``rmtui keyword add|list|rename|move|alias|drop|cover|reopen``."""

from __future__ import annotations

import argparse
from typing import Any

from rmtui.cli.context import Context
from rmtui.cli.keyword_edit import register_edits
from rmtui.cli.table import table
from rmtui.core.i18n import gettext


def register(sub: Any) -> None:
    p = sub.add_parser("keyword", help=gettext("the keyword list agreed with the mentee"))
    verbs = p.add_subparsers(dest="keyword_verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help=gettext("add keywords to a tandem's list"))
    add.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    add.add_argument(
        "words", nargs="+", metavar="WORD", help=gettext("a keyword (quote one of several words)")
    )
    add.set_defaults(run=run_add)
    ls = verbs.add_parser("list", help=gettext("list a tandem's keywords"))
    ls.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    ls.add_argument("--json", action="store_true", help=gettext("print the keywords as JSON"))
    ls.set_defaults(run=run_list)
    register_edits(verbs)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    added = ctx.services.tandems.add_keywords(args.id, args.words)
    for k in added:
        ctx.say(k.text)
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.core import messages
    from rmtui.core.coverage import KEYWORD_MARKS, keyword_state

    keywords = ctx.services.tandems.keywords(args.id)
    # The state the app and the exports show: touched is still open, talked about.
    states = [keyword_state(k, bool(k.sessions)) for k in keywords]
    if args.json:
        ctx.json(
            [
                {
                    "text": k.text,
                    "aliases": list(k.aliases),
                    "order": k.order,
                    "status": k.status,
                    "state": state,
                    "sessions": k.sessions,
                }
                for k, state in zip(keywords, states, strict=True)
            ]
        )
        return 0
    rows = [
        [
            str(k.order),
            k.text + (f" ({', '.join(k.aliases)})" if k.aliases else ""),
            f"{KEYWORD_MARKS[state]} {messages.KEYWORD_STATE_NAMES[state]}",
            ",".join(map(str, k.sessions)),
        ]
        for k, state in zip(keywords, states, strict=True)
    ]
    for line in table(["#", "KEYWORD", "STATUS", "SESSIONS"], rows):
        ctx.say(line)
    return 0
