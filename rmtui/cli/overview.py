"""``rmtui tandem show``: one tandem's frame, warnings, coverage, learning and actions;
and the one way verbs of the tandem's life get a ``TandemService``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from rmtui.cli.context import Context
from rmtui.core import i18n, messages
from rmtui.core.coverage import KEYWORD_MARKS, bar
from rmtui.core.dates import day_label, moment_label
from rmtui.core.i18n import gettext
from rmtui.core.model import Tandem
from rmtui.core.tandems import spoken
from rmtui.core.text import one_line

if TYPE_CHECKING:
    from rmtui.service.tandems import TandemOverview, TandemService


def tandem_service(ctx: Context) -> TandemService:
    # Built on first use: `rmtui note add` mid-session should not pay for the dashboard code.
    return ctx.services.tandems


def register_show(verbs: Any) -> None:
    show = verbs.add_parser(
        "show", help=gettext("a tandem's frame progress, coverage, learning, actions")
    )
    show.add_argument("id", metavar="ID", help=gettext("tandem id (see `tandem list`)"))
    show.add_argument("--json", action="store_true", help=gettext("print the overview as JSON"))
    show.set_defaults(run=run_show)


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    if args.json:  # machine output: its few sentences (warnings) stay in English
        with i18n.speaking(i18n.DEFAULT):
            ctx.json(overview_json(tandem_service(ctx).overview(args.id)))
        return 0
    overview = tandem_service(ctx).overview(args.id)
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
    lines.append(
        messages.SHOW_FRAME.format(
            frame=o.frame_label,
            week=o.week_label,
            timeline=o.timeline.strip(),
            pace=messages.PACE_NAMES.get(p.pace, p.pace),
        )
    )
    lines.append(o.midpoint_label)
    nxt = p.next_session
    if nxt is not None and nxt.planned_at is not None:
        when = moment_label(nxt.planned_at)
        if nxt.title:
            lines.append(
                messages.SHOW_NEXT_TITLED.format(n=nxt.n, when=when, title=one_line(nxt.title))
            )
        else:
            lines.append(messages.SHOW_NEXT.format(n=nxt.n, when=when))
    else:
        lines.append(messages.SHOW_NEXT_NONE)
    for warning in o.warnings:
        lines.append(f"! {warning}")
    cov = o.coverage
    lines.append(messages.SHOW_KEYWORDS.format(bar=bar(cov.covered, cov.active)))
    for row in cov.rows:
        touched = ",".join(map(str, row.sessions)) or "-"
        state = f"{KEYWORD_MARKS[row.state]} {messages.KEYWORD_STATE_NAMES[row.state]}"
        also = f" ({', '.join(row.keyword.aliases)})" if row.keyword.aliases else ""
        lines.append(
            messages.SHOW_KEYWORD.format(
                keyword=row.keyword.text + also, state=state, sessions=touched
            )
        )
    b = o.balance
    learned = messages.SHOW_LEARNED_ONE_SIDED if b.one_sided else messages.SHOW_LEARNED
    lines.append(learned.format(mentor=b.mentor, bar=b.bar(), mentee=b.mentee))
    lines.append(messages.SHOW_OPEN_ACTIONS.format(count=o.open_actions))
    for a in o.actions:
        if a.open:
            owner = messages.TUI_ACTION_OWNERS.get(a.owner, a.owner)
            text = messages.LABEL_VALUE.format(label=owner, value=a.text)
            if a.due:
                text = messages.SHOW_DUE.format(text=text, day=day_label(a.due, weekday=False))
            lines.append(f"  {a.id if a.id is not None else '-'}  {text}")
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
