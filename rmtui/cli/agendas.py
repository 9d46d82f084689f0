"""``rmtui agendas list|show|check``: the template library from a shell, and a linter."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmtui.cli.agendas_sync import register_sync
from rmtui.cli.context import Context
from rmtui.cli.table import table
from rmtui.core import i18n, messages
from rmtui.core.i18n import gettext
from rmtui.core.template import Problem, Template, TopicKey, pick_variant
from rmtui.core.text import one_line, strip_control

if TYPE_CHECKING:
    # The library pulls in YAML parsing; every other verb (`note add` above all) would pay
    # for it at start-up: the agendas service loads it when it is used.
    from rmtui.agenda.library import Library


def register(sub: Any) -> None:
    p = sub.add_parser("agendas", help=gettext("list, show and check agenda templates"))
    verbs = p.add_subparsers(dest="agendas_verb", metavar="VERB", required=True)

    ls = verbs.add_parser(
        "list", help=gettext("every topic, with its languages and the source it comes from")
    )
    ls.add_argument("--json", action="store_true", help=gettext("print the topics as JSON"))
    ls.set_defaults(run=run_list)

    show = verbs.add_parser("show", help=gettext("one template: summary, items, prompts, rules"))
    show.add_argument("id", metavar="ID", help=gettext("topic id (see `agendas list`)"))
    show.add_argument(
        "--language",
        metavar="LANG",
        help=gettext(
            "the language to show (default: the interface's); a topic without it falls "
            "back to English, else to another language"
        ),
    )
    show.set_defaults(run=run_show)

    lint = verbs.add_parser(
        "check",
        help=gettext("validate template files or folders (exit 1 on any error or warning)"),
        epilog=messages.EXIT_CODES_CHECK,
    )
    lint.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help=gettext("a template file or a folder of them"),
    )
    lint.add_argument("--json", action="store_true", help=gettext("the problems as JSON on stdout"))
    lint.set_defaults(run=run_check)

    register_sync(verbs)


def _report(ctx: Context, problems: list[Problem]) -> None:
    for problem in problems:
        ctx.error(str(problem))


def template_json(
    t: Template, library: Library | None = None, synced_commit: str | None = None
) -> dict[str, Any]:
    winner = library.shadowed_by(t) if library is not None else None
    return {
        "id": t.id,
        "title": t.title,
        "language": t.language,
        "minutes": t.minutes,
        "items": len(t.items),
        "tags": list(t.tags),
        "keywords": list(t.keywords),
        "source": t.source,
        "path": str(t.path) if t.path else None,
        "shadowed_by": winner.source if winner is not None else None,
        "synced_commit": synced_commit if t.source == "synced" else None,
    }


def topic_json(
    topic: list[Template],
    every: list[Template],
    library: Library,
    synced_commit: str | None = None,
) -> dict[str, Any]:
    """One topic: its default variant's fields (English, else the first language), its
    languages, and ``every`` variant (those in use and those shadowed) with its source."""
    shown = topic[0]  # English first
    return {
        **template_json(shown, library, synced_commit),
        "languages": [t.language for t in topic],
        "variants": [template_json(t, library, synced_commit) for t in every],
    }


def problem_json(p: Problem) -> dict[str, Any]:
    return {
        "path": str(p.path),
        "line": p.line,
        "column": p.column,
        "field": p.field,
        "severity": p.severity,
        "message": p.message,
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    agendas = ctx.services.agendas
    library = agendas.library()
    topics = list(library.topics().values())
    every: dict[str, list[Template]] = {}
    for t in library.listing():
        every.setdefault(t.id, []).append(t)
    hidden: dict[TopicKey, list[str]] = {}  # what each variant in use shadows
    for t in library.shadowed:  # in source order
        hidden.setdefault(t.key, []).append(t.source)
    synced = agendas.synced()
    if args.json:
        ctx.json([topic_json(t, every[t[0].id], library, synced.commit) for t in topics])
    elif topics:
        rows = []
        language = i18n.interface_language()
        for topic in topics:
            # The mentor reads the titles in the interface's language where the topic has it.
            picked = pick_variant(topic, language)
            assert picked is not None  # a topic has at least one variant
            t = picked.template
            source: str = t.source
            if t.key in hidden:
                shadows = messages.AGENDA_SHADOWS.format(sources=", ".join(hidden[t.key]))
                source += f" ({shadows})"
            languages = " ".join(v.language for v in topic)
            path = str(t.path) if t.path else ""
            rows.append([t.id, one_line(t.title), languages, str(t.minutes), source, path])
        for line in table(["ID", "TITLE", "LANGUAGES", "MIN", "SOURCE", "PATH"], rows):
            ctx.say(line)
    else:
        ctx.error(messages.AGENDA_NONE.format(workspace=ctx.root))
    last = synced.last_line
    if last and not args.json:
        ctx.say(last)
    if synced.damage is not None:
        ctx.error(messages.SYNC_MANIFEST_DAMAGED.format(path=synced.manifest, reason=synced.damage))
    _report(ctx, library.problems)
    return 1 if library.errors else 0


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    language = args.language or i18n.interface_language()
    picked = ctx.services.agendas.pick(args.id, language)
    if picked is None:
        ctx.error(messages.AGENDA_NO_TEMPLATE.format(id=args.id))
        return 1
    if picked.fell_back:
        ctx.error(
            messages.AGENDA_FALLBACK.format(
                id=args.id, wanted=language, language=picked.template.language
            )
        )
    for line in show_lines(picked.template):
        ctx.say(line)
    return 0


def show_lines(t: Template) -> list[str]:
    """The template as plain terminal text (user text stripped of control characters)."""
    facts = f"{t.language} · {t.minutes} min · {len(t.items)} items · {t.source}"
    out = [f"{one_line(t.title)}  ({t.id})", facts]
    if t.path:
        out.append(str(t.path))
    if t.tags:
        tags = ", ".join(one_line(tag) for tag in t.tags)
        out.append(messages.AGENDA_SHOW_TAGS.format(tags=tags))
    if t.keywords:
        keywords = ", ".join(one_line(kw) for kw in t.keywords)
        out.append(messages.AGENDA_SHOW_KEYWORDS.format(keywords=keywords))
    if t.summary:
        out += ["", *_block(t.summary, "")]
    if t.rules:
        out += ["", messages.AGENDA_SHOW_RULES]
        for rule in t.rules:
            out += _block(rule, "  - ", "    ")
    out += ["", messages.AGENDA_SHOW_AGENDA]
    for number, item in enumerate(t.items, 1):
        out.append(f"  {number}. {one_line(item.title)}  ({item.minutes} min)")
        for prompt in item.prompts:
            out += _block(prompt, "     - ", "       ")
        if item.notes:
            head = "     " + messages.AGENDA_SHOW_NOTES
            out += _block(item.notes, head, " " * len(head))
    total = sum(item.minutes for item in t.items)
    out.append("  " + messages.AGENDA_SHOW_TOTAL.format(total=total, minutes=t.minutes))
    return out


def _block(text: str, first: str, rest: str | None = None) -> list[str]:
    lines = strip_control(text).strip().splitlines() or [""]
    indent = first if rest is None else rest
    return [first + lines[0], *(indent + line if line else "" for line in lines[1:])]


def run_check(args: argparse.Namespace, ctx: Context) -> int:
    from rmtui.service.agendas import AgendaService

    report = AgendaService.check(args.paths)
    if args.json:
        ctx.json([problem_json(p) for p in report.problems])
    else:
        for problem in report.problems:
            ctx.say(str(problem))
    warned = {p.path for p in report.warnings}
    parts = [messages.AGENDA_CHECK_OK.format(count=_templates(len(report.templates)))]
    refused = len(report.files) - len(report.templates)
    if refused:
        parts.append(messages.AGENDA_CHECK_REFUSED.format(count=refused))
    if warned:
        parts.append(messages.AGENDA_CHECK_WARNINGS.format(count=len(warned)))
    ctx.error(", ".join(parts))
    return 1 if report.problems else 0


def _templates(n: int) -> str:
    return f"{n} template" if n == 1 else f"{n} templates"
