"""``rmtui action add|list|done|drop|reopen|checkin|habit``: actions between sessions,
and the mentee's habits checked in at each session."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rmtui.cli.context import Context
from rmtui.cli.overview import tandem_service
from rmtui.cli.table import table
from rmtui.core import messages
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import ACTION_OWNERS, CHECKIN_STATES, ActionState
from rmtui.core.text import one_line

if TYPE_CHECKING:
    from rmtui.service.records import ActionView


def register(sub: Any) -> None:
    p = sub.add_parser(
        "action", help=gettext("actions between sessions, followed up at the next one")
    )
    verbs = p.add_subparsers(dest="action_verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help=gettext("add an action; prints its number"))
    add.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    add.add_argument("words", nargs="+", metavar="TEXT", help=gettext("what is to be done"))
    add.add_argument(
        "--owner",
        choices=ACTION_OWNERS,
        default="mentee",
        help=gettext("who does it (default: mentee)"),
    )
    add.add_argument(
        "--due",
        metavar="DATE",
        help=gettext(
            "when it is due: 2026-12-10, 10.12.2026, 10/12/2026 (day first), today, "
            "tomorrow or a weekday (fri = the next Friday)"
        ),
    )
    add.add_argument("--session", type=int, metavar="N", help=gettext("the session it came from"))
    add.add_argument("--private", action="store_true", help=gettext("never exported"))
    add.add_argument(
        "--habit",
        metavar="RHYTHM",
        default="",
        help=gettext('a habit of the mentee\'s, with its rhythm ("one post a day")'),
    )
    add.set_defaults(run=run_add)

    ls = verbs.add_parser("list", help=gettext("open actions (`!` notes of a running session too)"))
    ls.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    ls.add_argument("--all", action="store_true", help=gettext("done and dropped ones too"))
    ls.add_argument("--json", action="store_true", help=gettext("print the actions as JSON"))
    ls.set_defaults(run=run_list)

    for verb, state, about in (
        ("done", "done", N_("mark an action done")),
        ("drop", "dropped", N_("drop an action (kept in the history)")),
        ("reopen", "open", N_("open an action again")),
    ):
        cmd = verbs.add_parser(verb, help=gettext(about))
        cmd.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
        cmd.add_argument(
            "n", type=int, metavar="N", help=gettext("action number (see `action list`)")
        )
        cmd.set_defaults(run=run_state, state=state)

    checkin = verbs.add_parser(
        "checkin", help=gettext("tell how an action or habit went at a session (one per session)")
    )
    checkin.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    checkin.add_argument(
        "n", type=int, metavar="N", help=gettext("action number (see `action list`)")
    )
    checkin.add_argument("state", choices=CHECKIN_STATES, help=gettext("how it went"))
    checkin.add_argument(
        "--note", default="", metavar="TEXT", help=gettext("one line on how it went")
    )
    checkin.add_argument(
        "--session",
        type=int,
        metavar="N",
        help=gettext(
            "the session it was told at (default: the one under way, else the latest held)"
        ),
    )
    checkin.add_argument(
        "--agenda",
        action="store_true",
        help=gettext(
            "also put it on that session's agenda, after the item under way (for a stuck one)"
        ),
    )
    checkin.set_defaults(run=run_checkin)

    habit = verbs.add_parser(
        "habit", help=gettext('make an action a habit ("" makes it one-off again)')
    )
    habit.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    habit.add_argument(
        "n", type=int, metavar="N", help=gettext("action number (see `action list`)")
    )
    habit.add_argument("rhythm", metavar="RHYTHM", help=gettext('how often ("one post a day")'))
    habit.set_defaults(run=run_habit)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    action = tandem_service(ctx).add_action(
        args.id,
        " ".join(args.words),
        owner=args.owner,
        due=ctx.day(args.due, "due") if args.due else None,
        session=args.session,
        private=args.private,
        habit=args.habit,
    )
    ctx.say(str(action.id))
    return 0


def action_json(a: ActionView) -> dict[str, Any]:
    return {
        "id": a.id,
        "text": a.text,
        "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
        "state": a.state,
        "session": a.session,
        "private": a.private,
        "source": a.source,
        "pending": a.pending,
        "overdue": a.overdue,
        "habit": a.habit,
        "checkins": [{"session": c.session, "state": c.state, "note": c.note} for c in a.checkins],
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    actions = tandem_service(ctx).actions(args.id)
    if not args.all:
        actions = [a for a in actions if a.open]
    if args.json:
        ctx.json([action_json(a) for a in actions])
        return 0
    if not actions:
        ctx.error(messages.NO_ACTIONS.format(id=args.id))
        return 0
    rows = [
        [
            "-" if a.id is None else str(a.id),
            a.state + ("!" if a.overdue else ""),
            a.owner,
            a.due.isoformat() if a.due else "",
            "" if a.session is None else str(a.session),
            a.strip,
            ("~ " if a.private else "")
            + one_line(a.text)
            + (f" ({messages.HABIT_LABEL}: {one_line(a.habit)})" if a.habit else "")
            + (" (note)" if a.pending else ""),
        ]
        for a in actions
    ]
    for line in table(["#", "STATE", "OWNER", "DUE", "SESSION", "CHECK-INS", "TEXT"], rows):
        ctx.say(line)
    return 0


def run_state(args: argparse.Namespace, ctx: Context) -> int:
    state: ActionState = args.state
    action = tandem_service(ctx).set_action_state(args.id, args.n, state)
    ctx.say(messages.ACTION_STATE_SET.format(id=action.id, state=action.state))
    return 0


def run_checkin(args: argparse.Namespace, ctx: Context) -> int:
    service = tandem_service(ctx)
    n = service.checkin_session(args.id, args.session)
    action = service.check_in(args.id, args.n, args.state, note=args.note, session=n)
    ctx.say(messages.CHECKIN_SET.format(id=action.id, n=n, state=args.state))
    if args.agenda:
        _, added = service.put_on_agenda(args.id, args.n, session=n)
        said = messages.STUCK_ON_AGENDA if added else messages.STUCK_ALREADY
        ctx.say(said.format(id=action.id, n=n, title=messages.STUCK_ITEM_TITLE))
    return 0


def run_habit(args: argparse.Namespace, ctx: Context) -> int:
    action = tandem_service(ctx).edit_action(args.id, args.n, habit=args.rhythm)
    if action.habit:
        ctx.say(messages.HABIT_SET.format(id=action.id, habit=action.habit))
    else:
        ctx.say(messages.HABIT_CLEARED.format(id=action.id))
    return 0
