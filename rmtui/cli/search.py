"""``rmtui search QUERY``: notes, learning entries and actions of every tandem."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rmtui.cli.context import Context
from rmtui.cli.table import table
from rmtui.core import messages
from rmtui.core.i18n import gettext
from rmtui.core.text import one_line

if TYPE_CHECKING:
    from rmtui.service.search import Hit

NO_MATCH = 1  # as grep: a script can test `if rmtui search ...`


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help=gettext("search notes, learning entries and actions of all tandems"),
        description=(
            gettext(
                "Case- and accent-insensitive; every word must appear. Private notes are "
                "found too, marked with ~."
            )
        ),
        epilog=messages.EXIT_CODES_SEARCH,
    )
    p.add_argument("words", nargs="+", metavar="QUERY", help=gettext("the words to look for"))
    p.add_argument("--json", action="store_true", help=gettext("print the hits as JSON"))
    p.set_defaults(run=run_search)


def hit_json(h: Hit) -> dict[str, Any]:
    return {
        "tandem": h.tandem_id,
        "mentee": h.mentee,
        "session": h.session,
        "elapsed": None if h.elapsed is None else round(h.elapsed, 3),
        "stamp": h.stamp or None,
        "kind": h.kind,
        "text": h.text,
        "private": h.private,
        "note": h.note_id,
        "source": h.source,
        "record": h.record_id,
    }


def run_search(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.service.search import Query

    query = " ".join(args.words)
    if not Query.parse(query):
        ctx.error(messages.SEARCH_EMPTY)
        return 2
    index = ctx.services.search
    hits = index.search(query)
    # A file that cannot be read is named (the others are still searched), and the exit
    # status says the answer may be incomplete.
    status = 1 if index.problems else 0
    if args.json:
        ctx.json([hit_json(h) for h in hits])
    elif not hits:
        ctx.error(messages.NO_MATCHES.format(query=query))
    for problem in index.problems:
        ctx.error(str(problem))
    if args.json or not hits:
        return status if hits else NO_MATCH
    rows = [
        [
            h.tandem_id,
            "" if h.session is None else str(h.session),
            h.stamp,
            ("~" if h.private else "") + h.kind,
            one_line(h.text),
        ]
        for h in hits
    ]
    for line in table(["TANDEM", "SESSION", "AT", "KIND", "TEXT"], rows):
        ctx.say(line)
    return status
