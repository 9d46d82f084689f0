"""``rmtui tandem show``: one tandem's frame, warnings, coverage, learning and actions;
and the one way verbs of the tandem's life get a ``TandemService``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rmtui.cli.context import Context
from rmtui.core import messages
from rmtui.core.coverage import KEYWORD_MARKS, bar
from rmtui.core.model import Tandem
from rmtui.core.tandems import spoken
from rmtui.core.text import one_line

if TYPE_CHECKING:
    from rmtui.service.tandems import TandemOverview, TandemService


def tandem_service(ctx: Context) -> TandemService:
    # Built on first use: `rmtui note add` mid-session should not pay for the dashboard code.
    return ctx.services.tandems


def register_show(verbs: Any) -> None:
    show = verbs.add_parser("show", help="a tandem's frame progress, coverage, learning, actions")
    show.add_argument("id", metavar="ID", help="tandem id (see `tandem list`)")
    show.add_argument("--json", action="store_true", help="print the overview as JSON")
    show.set_defaults(run=run_show)


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    overview = tandem_service(ctx).overview(args.id)
    if args.json:
        ctx.json(overview_json(overview))
        return 0
    for line in overview_lines(overview):
        ctx.say(line)
    return 0


def language_line(tandem: Tandem) -> str:
    """The tandem's language, and whether it was chosen or follows the interface."""
    code = spoken(tandem)
    said = messages.TANDEM_LANGUAGE if tandem.language else messages.TANDEM_LANGUAGE_FOLLOWS
    return said.format(name=messages.LANGUAGE_NAMES[code], code=code)


def overview_lines(o: TandemOverview) -> list[str]:
    t, p = o.summary.tandem, o.progress
    who = ", ".join(x for x in (t.role, t.mentee_dept) if x)
    lines = [f"{t.mentee}" + (f" ({who})" if who else "") + f"  [{t.id}]"]
    lines.append(language_line(t))
    lines.append(f"sessions {o.frame_label}  {o.week_label}  {o.timeline.strip()}  pace: {p.pace}")
    lines.append(o.midpoint_label)
    nxt = p.next_session
    if nxt is not None and nxt.planned_at is not None:
        title = f" — {one_line(nxt.title)}" if nxt.title else ""
        lines.append(f"next session: {nxt.n} on {nxt.planned_at:%a %d %b %Y %H:%M}{title}")
    else:
        lines.append("next session: none planned")
    for warning in o.warnings:
        lines.append(f"! {warning}")
    cov = o.coverage
    lines.append(f"keywords: {bar(cov.covered, cov.active)}")
    for row in cov.rows:
        touched = ",".join(map(str, row.sessions)) or "-"
        state = f"{KEYWORD_MARKS[row.state]} {messages.KEYWORD_STATE_NAMES[row.state]}"
        also = f" ({', '.join(row.keyword.aliases)})" if row.keyword.aliases else ""
        lines.append(f"  {row.keyword.text}{also}  [{state}]  sessions: {touched}")
    b = o.balance
    flag = "  (one-sided)" if b.one_sided else ""
    lines.append(f"learned: mentor {b.mentor}  {b.bar()}  mentee {b.mentee}{flag}")
    lines.append(f"open actions: {o.open_actions}")
    for a in o.actions:
        if a.open:
            due = f" (due {a.due:%d %b})" if a.due else ""
            lines.append(f"  {a.id if a.id is not None else '-'}  {a.owner}: {a.text}{due}")
    return lines


def overview_json(o: TandemOverview) -> dict[str, Any]:
    t, p = o.summary.tandem, o.progress
    nxt = p.next_session
    return {
        "id": t.id,
        "mentee": t.mentee,
        "language": spoken(t),
        "frame": {"sessions": t.frame.sessions, "months": t.frame.months},
        "progress": {
            "done": p.done,
            "planned": p.planned,
            "scheduled": p.scheduled,
            "label": o.frame_label,
            "week": p.week,
            "weeks": p.weeks,
            "start": p.start.isoformat(),
            "end": p.end.isoformat(),
            "midpoint": p.midpoint.isoformat(),
            "days_to_midpoint": p.days_to_midpoint,
            "pace": p.pace,
            "expected": round(p.expected, 2),
            "overdue": [s.n for s in p.overdue],
            "next_session": None
            if nxt is None
            else {
                "n": nxt.n,
                "at": nxt.planned_at.isoformat() if nxt.planned_at else None,
                "title": nxt.title,
            },
        },
        "timeline": o.timeline.strip(),
        "warnings": list(o.warnings),
        "coverage": {
            "covered": o.coverage.covered,
            "active": o.coverage.active,
            "keywords": [
                {
                    "text": r.keyword.text,
                    "aliases": list(r.keyword.aliases),
                    "status": r.keyword.status,
                    "state": r.state,
                    "sessions": list(r.sessions),
                    "notes": r.notes,
                }
                for r in o.coverage.rows
            ],
        },
        "learning": {
            "mentor": o.balance.mentor,
            "mentee": o.balance.mentee,
            "one_sided": o.balance.one_sided,
        },
        "open_actions": o.open_actions,
    }
