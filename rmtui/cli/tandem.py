"""``rmtui tandem add|list|show|erase|restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rmtui.cli.context import Context
from rmtui.cli.overview import register_show
from rmtui.cli.table import table
from rmtui.core import messages
from rmtui.core.tandems import TandemDraft, parse_date, same_department
from rmtui.store import TandemSummary


def register(sub: Any) -> None:
    p = sub.add_parser("tandem", help="add, list, show, erase, restore tandems")
    verbs = p.add_subparsers(dest="tandem_verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help="add a tandem; prints its id")
    add.add_argument("--mentee", required=True, metavar="NAME", help="the mentee's name")
    add.add_argument("--role", default="", metavar="R", help="the mentee's role or job title")
    add.add_argument("--mentee-dept", default="", metavar="D", help="the mentee's department")
    add.add_argument("--mentor-dept", metavar="D", help="default: mentor_dept in rmtui.yaml")
    add.add_argument("--sessions", type=int, metavar="N", help="default: rmtui.yaml, else 10")
    add.add_argument("--months", type=int, metavar="N", help="default: rmtui.yaml, else 6")
    add.add_argument("--start", metavar="YYYY-MM-DD", help="the day the program starts")
    add.add_argument(
        "--same-department",
        action="store_true",
        help="confirm a tandem whose mentor and mentee share a department",
    )
    add.set_defaults(run=run_add)

    ls = verbs.add_parser("list", help="list tandems")
    ls.add_argument("--json", action="store_true", help="print the tandems as JSON")
    ls.set_defaults(run=run_list)

    register_show(verbs)

    erase = verbs.add_parser("erase", help="delete a tandem, its notes and backups")
    erase.add_argument("id", help="tandem id (see `tandem list`)")
    erase.add_argument("--yes", action="store_true", help="confirm")
    erase.set_defaults(run=run_erase)

    restore = verbs.add_parser("restore", help="replace an unreadable tandem file by a backup")
    restore.add_argument("id", help="tandem id (see `tandem list`)")
    restore.add_argument("--from", dest="source", metavar="FILE", help="a specific backup")
    restore.set_defaults(run=run_restore)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.store.settings import load_settings  # YAML is not paid by other verbs

    settings = load_settings(ctx.workspace.layout.settings)
    frame = settings.frame
    draft = TandemDraft(
        mentee=args.mentee,
        role=args.role,
        mentee_dept=args.mentee_dept,
        mentor_dept=settings.mentor_dept if args.mentor_dept is None else args.mentor_dept,
        start=parse_date(args.start, "start") if args.start else None,
        sessions=frame.sessions if args.sessions is None else args.sessions,
        months=frame.months if args.months is None else args.months,
    )
    if same_department(draft) and not args.same_department:
        ctx.error(messages.SAME_DEPARTMENT.format(dept=draft.mentor_dept))
        ctx.error(messages.SAME_DEPARTMENT_CONFIRM)
        return 1
    ctx.say(ctx.workspace.add_tandem(draft).id)
    return 0


def summary_json(s: TandemSummary) -> dict[str, Any]:
    t = s.tandem
    return {
        "id": t.id,
        "mentee": t.mentee,
        "role": t.role,
        "mentee_dept": t.mentee_dept,
        "mentor_dept": t.mentor_dept,
        "start": t.start.isoformat() if t.start else None,
        "status": t.status,
        "frame": {"sessions": t.frame.sessions, "months": t.frame.months},
        "sessions_done": s.sessions_done,
        "sessions_scheduled": len(s.sessions),
        "keywords": len([k for k in s.keywords if k.status != "dropped"]),
        "keywords_covered": len([k for k in s.keywords if k.status == "covered"]),
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    scan = ctx.workspace.scan()
    if args.json:
        ctx.json([summary_json(s) for s in scan.summaries])
    elif scan.summaries:
        rows = [
            [
                s.tandem.id,
                s.tandem.mentee,
                s.tandem.role,
                s.tandem.mentee_dept,
                f"{s.sessions_done}/{s.tandem.frame.sessions}",
            ]
            for s in scan.summaries
        ]
        for line in table(["ID", "MENTEE", "ROLE", "DEPARTMENT", "SESSIONS"], rows):
            ctx.say(line)
    else:
        ctx.error("no tandems yet: add one with `rmtui tandem add --mentee NAME`")
    for problem in scan.problems:
        ctx.error(str(problem))
    return 1 if scan.problems else 0


def run_erase(args: argparse.Namespace, ctx: Context) -> int:
    if not args.yes:
        ctx.error(messages.ERASE_NEEDS_YES.format(id=args.id))
        return 1
    ctx.workspace.erase_tandem(args.id)
    ctx.error(messages.ERASED.format(id=args.id))
    return 0


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    source = Path(args.source) if args.source else None
    backup, aside = ctx.workspace.restore_tandem(args.id, source)
    path = ctx.workspace.layout.tandem_file(args.id)
    ctx.error(messages.RESTORED.format(path=path, backup=backup, aside=aside))
    return 0
