"""``rmtui learned add|list|edit|delete``: learning in both directions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rmtui.cli.context import Context
from rmtui.cli.overview import tandem_service
from rmtui.core import messages
from rmtui.core.i18n import gettext
from rmtui.core.model import LEARNED_BY
from rmtui.core.text import one_line

if TYPE_CHECKING:
    from rmtui.service.records import LearningItem


def register(sub: Any) -> None:
    p = sub.add_parser(
        "learned", help=gettext("what the mentor and the mentee learned from each other")
    )
    verbs = p.add_subparsers(dest="learned_verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help=gettext("add an entry; prints its number"))
    add.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    add.add_argument("words", nargs="+", metavar="TEXT", help=gettext("what was learned"))
    add.add_argument("--by", required=True, choices=LEARNED_BY, help=gettext("who learned it"))
    add.add_argument("--session", type=int, metavar="N", help=gettext("the session it came from"))
    add.add_argument(
        "--keyword", action="append", default=[], metavar="K", help=gettext("repeatable")
    )
    add.add_argument("--private", action="store_true", help=gettext("never exported"))
    add.set_defaults(run=run_add)

    ls = verbs.add_parser("list", help=gettext("the two lists and their balance"))
    ls.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    ls.add_argument("--json", action="store_true", help=gettext("print the entries as JSON"))
    ls.set_defaults(run=run_list)

    edit = verbs.add_parser("edit", help=gettext("change an entry"))
    edit.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    edit.add_argument("n", type=int, metavar="N", help=gettext("entry number (see `learned list`)"))
    edit.add_argument(
        "text", nargs="?", metavar="TEXT", help=gettext("new text (default: unchanged)")
    )
    edit.add_argument("--by", choices=LEARNED_BY, help=gettext("who learned it"))
    edit.add_argument("--keyword", action="append", metavar="K", help=gettext("replaces the links"))
    privacy = edit.add_mutually_exclusive_group()
    privacy.add_argument(
        "--private",
        dest="private",
        action="store_true",
        default=None,
        help=gettext("never exported"),
    )
    privacy.add_argument(
        "--public", dest="private", action="store_false", help=gettext("may appear in exports")
    )
    edit.set_defaults(run=run_edit)

    rm = verbs.add_parser("delete", help=gettext("delete an entry for good"))
    rm.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    rm.add_argument("n", type=int, metavar="N", help=gettext("entry number (see `learned list`)"))
    rm.set_defaults(run=run_delete)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    entry = tandem_service(ctx).add_learning(
        args.id,
        args.by,
        " ".join(args.words),
        session=args.session,
        keywords=args.keyword,
        private=args.private,
    )
    ctx.say(str(entry.id))
    return 0


def item_json(i: LearningItem) -> dict[str, Any]:
    return {
        "id": i.id,
        "learned_by": i.learned_by,
        "text": i.text,
        "session": i.session,
        "keywords": list(i.keywords),
        "private": i.private,
        "source": i.source,
        "pending": i.pending,
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    log = tandem_service(ctx).learning_log(args.id)
    b = log.balance
    if args.json:
        ctx.json(
            {
                "mentor": [item_json(i) for i in log.mentor],
                "mentee": [item_json(i) for i in log.mentee],
                "balance": {"mentor": b.mentor, "mentee": b.mentee, "one_sided": b.one_sided},
            }
        )
        return 0
    for title, items in (
        (gettext("the mentor learned (from the mentee)"), log.mentor),
        (gettext("the mentee learned (from the mentor)"), log.mentee),
    ):
        ctx.say(messages.LABEL_VALUE.format(label=title, value=len(items)))
        for i in items:
            number = "-" if i.id is None else str(i.id)
            where = (
                messages.LEARNED_FROM_SESSION.format(n=i.session) if i.session is not None else ""
            )
            mark = "~ " if i.private else ""
            ctx.say(f"  {number:>3}  {mark}{one_line(i.text)}{where}")
    said = messages.LEARNED_BALANCE_ONE_SIDED if b.one_sided else messages.LEARNED_BALANCE
    ctx.say(said.format(mentor=b.mentor, bar=b.bar(), mentee=b.mentee))
    return 0


def run_edit(args: argparse.Namespace, ctx: Context) -> int:
    entry = tandem_service(ctx).edit_learning(
        args.id,
        args.n,
        text=args.text,
        learned_by=args.by,
        keywords=args.keyword,
        private=args.private,
    )
    ctx.say(str(entry.id))
    return 0


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    tandem_service(ctx).delete_learning(args.id, args.n)
    return 0
