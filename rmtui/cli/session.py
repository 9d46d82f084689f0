"""``rmtui session plan|start|pause|resume|stop|list|show``."""

from __future__ import annotations

import argparse
from typing import Any

from rmtui.cli.context import Context, planned_at, positive, session_ref
from rmtui.cli.table import table
from rmtui.core import live, messages
from rmtui.core.clock import format_elapsed
from rmtui.core.i18n import N_, gettext
from rmtui.core.model import Session, SessionInfo


def register(sub: Any) -> None:
    p = sub.add_parser("session", help=gettext("plan, run and list sessions"))
    verbs = p.add_subparsers(dest="session_verb", metavar="VERB", required=True)

    plan = verbs.add_parser(
        "plan",
        help=gettext("put a template on a session; prints TANDEM-ID/N"),
        description=gettext(
            "Put an agenda template on session N, else on the next dated session "
            "without an agenda, else on a new session inside the frame."
        ),
    )
    plan.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    plan.add_argument(
        "--agenda", required=True, metavar="TEMPLATE", help=gettext("template (topic) id")
    )
    plan.add_argument(
        "--language",
        metavar="LANG",
        help=gettext(
            "the template's language (default: the tandem's); a topic without it falls "
            "back to English, else to another language"
        ),
    )
    plan.add_argument(
        "--session",
        type=positive,
        metavar="N",
        help=gettext("the session to plan (default: the next dated one without an agenda)"),
    )
    plan.add_argument(
        "--at",
        type=planned_at,
        metavar='"DATE HH:MM"',
        help=gettext(
            "date and time: 2026-12-10 15:00, 10.12.2026 15:00, 10/12/2026 15:00 (day "
            "first), today, tomorrow or a weekday (tue 15:00 = the next Tuesday); default: the "
            "session's own date"
        ),
    )
    plan.add_argument(
        "--extend",
        action="store_true",
        help=gettext("allow a new session beyond the tandem's frame"),
    )
    plan.add_argument(
        "--no-carry",
        action="store_true",
        help=gettext("leave out what the previous session left open (undone items, actions)"),
    )
    plan.set_defaults(run=run_plan)

    for name, help_text in (
        ("start", N_("start (or resume) a session's clock")),
        ("pause", N_("pause a running session's clock")),
        ("resume", N_("resume a paused session")),
        ("stop", N_("end a session")),
    ):
        verb = verbs.add_parser(name, help=gettext(help_text))
        verb.add_argument(
            "session", type=session_ref, metavar="SESSION", help=gettext("TANDEM-ID/N")
        )
        verb.set_defaults(run=run_step, step=name)

    ls = verbs.add_parser("list", help=gettext("list a tandem's sessions"))
    ls.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    ls.add_argument("--json", action="store_true", help=gettext("print the sessions as JSON"))
    ls.set_defaults(run=run_list)

    show = verbs.add_parser("show", help=gettext("a session's agenda, clock and time per item"))
    show.add_argument("session", type=session_ref, metavar="SESSION", help=gettext("TANDEM-ID/N"))
    show.add_argument("--json", action="store_true", help=gettext("print the session as JSON"))
    show.set_defaults(run=run_show)


def run_plan(args: argparse.Namespace, ctx: Context) -> int:
    language = args.language or ctx.services.sessions.language_of(args.id)
    session = ctx.services.sessions.plan_from(
        args.id,
        args.agenda,
        args.at,
        carry=not args.no_carry,
        session=args.session,
        extend=args.extend,
        language=language,
    )
    picked = ctx.services.agendas.pick(args.agenda, language)
    if picked is not None and picked.fell_back:
        ctx.error(
            messages.AGENDA_FALLBACK.format(
                id=args.agenda, wanted=language, language=picked.template.language
            )
        )
    ctx.say(session.id)
    return 0


def run_step(args: argparse.Namespace, ctx: Context) -> int:
    service = ctx.services.sessions
    if args.step == "start":
        was = service.get(args.session).planned_at
        session = service.start(args.session)
        if was is not None and session.planned_at != was:
            ctx.error(
                messages.SESSION_DATED_NOW.format(
                    id=session.id,
                    was=f"{was:%Y-%m-%d %H:%M}",
                    now=f"{session.planned_at:%Y-%m-%d %H:%M}",
                )
            )
        ctx.say(f"{session.id}  {session.status}  {format_elapsed(service.elapsed(session))}")
        return 0
    steps = {
        "start": service.start,
        "pause": service.pause,
        "resume": service.resume,
        "stop": service.stop,
    }
    session = steps[args.step](args.session)
    ctx.say(f"{session.id}  {session.status}  {format_elapsed(service.elapsed(session))}")
    return 0


def info_json(tandem_id: str, info: SessionInfo) -> dict[str, Any]:
    return {
        "id": f"{tandem_id}/{info.n}",
        "n": info.n,
        "status": info.status,
        "planned_at": info.planned_at.isoformat() if info.planned_at else None,
        "agenda_id": info.agenda_id,
        "title": info.title,
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    infos = ctx.services.sessions.sessions(args.id)
    if args.json:
        ctx.json([info_json(args.id, info) for info in infos])
        return 0
    rows = [
        [
            f"{args.id}/{info.n}",
            info.status,
            info.planned_at.strftime("%Y-%m-%d %H:%M") if info.planned_at else "",
            info.agenda_id,
            info.title,
        ]
        for info in infos
    ]
    for line in table(["SESSION", "STATUS", "PLANNED", "AGENDA", "TITLE"], rows):
        ctx.say(line)
    return 0


def session_json(session: Session, at: float) -> dict[str, Any]:
    return {
        "id": session.id,
        "status": session.status,
        "planned_at": session.planned_at.isoformat() if session.planned_at else None,
        "agenda_id": session.agenda_id,
        "title": session.title,
        "rules": session.rules,
        "elapsed": round(at, 3),
        "current_item": session.current_item,
        "driving": session.driving_since is not None,
        "driven_seconds": round(live.driven_total(session, at), 3),
        "items": [
            {
                "title": item.title,
                "minutes": item.minutes,
                "done": item.done,
                "skipped": item.skipped,
                "spent_seconds": round(live.item_spent(session, i, at), 3),
                "driven_seconds": round(live.item_driven(session, i, at), 3),
                "notes": item.notes,
            }
            for i, item in enumerate(session.items)
        ],
        "notes": len(session.notes),
    }


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    service = ctx.services.sessions
    session = service.get(args.session)
    at = service.elapsed(session)
    if args.json:
        ctx.json(session_json(session, at))
        return 0
    ctx.say(f"{session.id}  {session.title}  {session.status}  {format_elapsed(at)}")
    rows = []
    for i, item in enumerate(session.items):
        mark = (
            "x" if item.done else "-" if item.skipped else ">" if i == session.current_item else ""
        )
        spent = format_elapsed(live.item_spent(session, i, at))
        driven = format_elapsed(live.item_driven(session, i, at))
        planned = format_elapsed(60.0 * item.minutes)
        rows.append([mark, str(i + 1), item.title, planned, spent, driven])
    for line in table(["", "#", "ITEM", "PLANNED", "ACTUAL", "DRIVEN"], rows):
        ctx.say(line)
    return 0
