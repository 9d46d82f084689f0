"""``rmtui tandem add|list|show|erase|restore``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from rmtui.cli.context import Context, planned_at
from rmtui.cli.overview import language_line, register_show, tandem_service
from rmtui.cli.table import table
from rmtui.core import messages
from rmtui.core.errors import RestoreRefused
from rmtui.core.i18n import gettext
from rmtui.core.summary import TandemSummary
from rmtui.core.tandems import TandemDraft, same_department, spoken


def register(sub: Any) -> None:
    p = sub.add_parser("tandem", help=gettext("add, list, show, erase, restore tandems"))
    verbs = p.add_subparsers(dest="tandem_verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help=gettext("add a tandem; prints its id"))
    add.add_argument("--mentee", required=True, metavar="NAME", help=gettext("the mentee's name"))
    add.add_argument(
        "--role", default="", metavar="R", help=gettext("the mentee's role or job title")
    )
    add.add_argument(
        "--mentee-dept", default="", metavar="D", help=gettext("the mentee's department")
    )
    add.add_argument(
        "--mentor-dept", metavar="D", help=gettext("default: mentor_dept in rmtui.yaml")
    )
    add.add_argument(
        "--sessions", type=int, metavar="N", help=gettext("default: rmtui.yaml, else 10")
    )
    add.add_argument("--months", type=int, metavar="N", help=gettext("default: rmtui.yaml, else 6"))
    add.add_argument(
        "--start",
        metavar="DATE",
        help=gettext(
            "the day the program starts: 2026-12-10, 10.12.2026, 10/12/2026 (day first), "
            "today, tomorrow or a weekday (mon)"
        ),
    )
    add.add_argument(
        "--language",
        metavar="CODE",
        help=gettext(
            "what its recaps, summaries and calendar speak: en, nl, fr, de or pl "
            "(default: your interface's)"
        ),
    )
    add.add_argument(
        "--same-department",
        action="store_true",
        help=gettext("confirm a tandem whose mentor and mentee share a department"),
    )
    add.set_defaults(run=run_add)

    ls = verbs.add_parser("list", help=gettext("list tandems"))
    ls.add_argument("--json", action="store_true", help=gettext("print the tandems as JSON"))
    ls.set_defaults(run=run_list)

    register_show(verbs)

    language = verbs.add_parser(
        "language",
        help=gettext("show or change the language of a tandem's recaps, summaries and calendar"),
    )
    language.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    language.add_argument("code", nargs="?", metavar="CODE", help=gettext("en, nl, fr, de or pl"))
    language.set_defaults(run=run_language)

    schedule = verbs.add_parser(
        "schedule",
        help=gettext("date the tandem's sessions (as the kick-off does)"),
        description=gettext(
            "Give the sessions not held yet their dates, in order: planned sessions "
            "move to the new date, the rest are created without an agenda yet (plan one with "
            "`rmtui session plan`). Prints each session with its date."
        ),
    )
    schedule.add_argument("id", metavar="ID", help=gettext("tandem id"))
    schedule.add_argument(
        "dates",
        nargs="+",
        type=planned_at,
        metavar='"DATE HH:MM"',
        help=gettext(
            "one per session: 2026-12-10 15:00, 10.12.2026 15:00, 10/12/2026 15:00 "
            "(day first), today, tomorrow or a weekday (tue 15:00 = the next Tuesday)"
        ),
    )
    schedule.add_argument(
        "--extend", action="store_true", help=gettext("allow more sessions than the frame has")
    )
    schedule.set_defaults(run=run_schedule)

    erase = verbs.add_parser("erase", help=gettext("delete a tandem, its notes and backups"))
    erase.add_argument("id", help=gettext("tandem id (see `tandem list`)"))
    erase.add_argument("--yes", action="store_true", help=gettext("confirm"))
    erase.add_argument(
        "--with-exports",
        action="store_true",
        help=gettext("also remove the files exported earlier from this tandem (its exports log)"),
    )
    erase.set_defaults(run=run_erase)

    restore = verbs.add_parser(
        "restore",
        help=gettext("replace an unreadable tandem or session file by its newest good backup"),
        description=(
            gettext(
                "Restore the file of the tandem that cannot be read (tandem.json or a session "
                "file) from its newest good backup, after saying what the backup would lose. "
                "A file that reads cleanly is replaced only with --replace-readable."
            )
        ),
    )
    restore.add_argument("id", help=gettext("tandem id (see `tandem list`)"))
    restore.add_argument(
        "--session", type=int, metavar="N", help=gettext("restore session N's file")
    )
    restore.add_argument(
        "--from",
        dest="source",
        metavar="FILE",
        help=gettext("a specific backup (tandem or session)"),
    )
    restore.add_argument(
        "--replace-readable",
        action="store_true",
        help=gettext("replace the file even though it reads cleanly (it is kept aside)"),
    )
    restore.add_argument(
        "--dry-run", action="store_true", help=gettext("only say what the restore would do")
    )
    restore.set_defaults(run=run_restore)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    settings = ctx.services.settings.load()  # YAML is not paid by other verbs
    frame = settings.frame
    draft = TandemDraft(
        mentee=args.mentee,
        role=args.role,
        mentee_dept=args.mentee_dept,
        mentor_dept=settings.mentor_dept if args.mentor_dept is None else args.mentor_dept,
        start=ctx.day(args.start, "start") if args.start else None,
        sessions=frame.sessions if args.sessions is None else args.sessions,
        months=frame.months if args.months is None else args.months,
        language=args.language or "",
    )
    if same_department(draft) and not args.same_department:
        ctx.error(messages.SAME_DEPARTMENT.format(dept=draft.mentor_dept))
        ctx.error(messages.SAME_DEPARTMENT_CONFIRM)
        return 1
    ctx.say(ctx.services.tandems.add_tandem(draft).id)
    return 0


def run_language(args: argparse.Namespace, ctx: Context) -> int:
    service = ctx.services.tandems
    tandem = service.tandem(args.id) if args.code is None else None
    if tandem is not None:
        ctx.say(language_line(tandem))
        return 0
    changed = service.set_language(args.id, args.code)
    names = messages.LANGUAGE_NAMES
    ctx.say(
        messages.TANDEM_LANGUAGE_SET.format(
            id=changed.id, name=names[changed.language], code=changed.language
        )
    )
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
        "language": spoken(t),
        "frame": {"sessions": t.frame.sessions, "months": t.frame.months},
        "sessions_done": s.sessions_done,
        "sessions_scheduled": len(s.sessions),
        "keywords": len([k for k in s.keywords if k.status != "dropped"]),
        "keywords_covered": len([k for k in s.keywords if k.status == "covered"]),
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    scan = ctx.services.tandems.scan()
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
    elif not scan.problems:  # "no tandems yet" is untrue beside an unreadable one
        ctx.error(messages.NO_TANDEMS_YET)
    for problem in scan.problems:
        ctx.error(str(problem))
    return 1 if scan.problems else 0


def run_schedule(args: argparse.Namespace, ctx: Context) -> int:
    refs = tandem_service(ctx).schedule(args.id, args.dates, extend=args.extend)
    for ref, at in zip(refs, args.dates, strict=True):
        ctx.say(f"{ref}  {at:%Y-%m-%d %H:%M}")
    return 0


def run_erase(args: argparse.Namespace, ctx: Context) -> int:
    if not args.yes:
        ctx.error(messages.ERASE_NEEDS_YES.format(id=args.id))
        return 1
    erased = ctx.services.tandems.erase(args.id)
    ctx.error(messages.ERASED.format(id=args.id))
    for skipped in erased.skipped:
        ctx.error(messages.ERASE_LEFT.format(reason=skipped.reason))
    if erased.exports is None:
        ctx.error(messages.ERASE_EXPORTS_UNKNOWN)
        return 0
    if args.with_exports:
        for done in ctx.services.tandems.remove_exports(erased.exports):
            if done.removed:
                ctx.error(messages.ERASE_EXPORT_REMOVED.format(path=done.path))
            elif done.reason is None:
                ctx.error(messages.ERASE_EXPORT_GONE.format(path=done.path))
            else:
                ctx.error(messages.ERASE_EXPORT_KEPT.format(path=done.path, reason=done.reason))
        return 0
    kept = [p for p in erased.export_files if os.path.lexists(p)]
    if kept:
        ctx.error(messages.ERASE_KEPT_EXPORTS.format(count=len(kept)))
        for path in kept:
            ctx.error(f"  {path}")
        ctx.error(messages.ERASE_KEPT_HINT.format(id=args.id))
    return 0


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    source = Path(args.source) if args.source else None
    plan = ctx.services.tandems.plan_restore(args.id, args.session, source)
    ctx.error(messages.RESTORE_BACKUP.format(backup=plan.backup, age=_age(plan.age)))
    if plan.readable:
        counts = ", ".join(
            messages.RESTORE_COUNT.format(label=messages.RESTORE_LABELS[label], count=n)
            for label, n in plan.differ
        )
        ctx.error(messages.RESTORE_DIFFERS.format(path=plan.target, counts=counts))
    elif plan.target.exists():
        ctx.error(messages.RESTORE_UNREADABLE.format(path=plan.target))
    else:
        ctx.error(messages.RESTORE_MISSING.format(path=plan.target))
    if plan.kind == "tandem":
        ctx.error(messages.RESTORE_KEEPS_SESSIONS)
    if args.dry_run:
        ctx.error(messages.RESTORE_DRY_RUN)
        return 0
    try:
        aside = ctx.services.tandems.restore(plan, replace_readable=args.replace_readable)
    except RestoreRefused as exc:
        ctx.error(str(exc))
        return 1
    if aside is None:
        ctx.error(messages.RESTORED_MISSING.format(path=plan.target, backup=plan.backup))
    elif plan.readable:
        ctx.error(
            messages.RESTORED_READABLE.format(path=plan.target, backup=plan.backup, aside=aside)
        )
    else:
        ctx.error(messages.RESTORED.format(path=plan.target, backup=plan.backup, aside=aside))
    return 0


def _age(seconds: float) -> str:
    """How long ago a backup was taken, or how far ahead of the clock it is stamped."""
    ahead = seconds < 0
    minutes = int(abs(seconds) // 60)
    hours, m = divmod(minutes, 60)
    days, h = divmod(hours, 24)
    if days:
        text = messages.AGE_DAYS.format(d=days, h=h)
    elif hours:
        text = messages.AGE_HOURS.format(h=hours, m=m)
    else:
        text = messages.AGE_MINUTES.format(m=minutes)
    return (messages.RESTORE_AGE_AHEAD if ahead else messages.RESTORE_AGE).format(age=text)
