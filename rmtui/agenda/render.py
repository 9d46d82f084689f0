"""A template as Markdown for a preview, with every piece of user text escaped.

The summary and the items' notes are Markdown by design and are passed through (control
characters removed); the viewer must render them with raw HTML off. Everything else
(titles, prompts, rules, tags, keywords) is escaped so that it reads literally, whatever
characters it holds.
"""

from __future__ import annotations

import re

from rmtui.core import messages
from rmtui.core.template import Template
from rmtui.core.text import one_line, strip_control

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


def md_escape(text: str) -> str:
    """``text`` as Markdown that renders to exactly ``text`` (on one line)."""
    return _PUNCTUATION.sub(r"\\\1", one_line(text))


def md_escape_lines(text: str) -> str:
    """Multi-line ``text`` escaped line by line, the line breaks kept as hard breaks."""
    lines = [md_escape(line) for line in strip_control(text).splitlines()]
    return "\\\n".join(line for line in lines if line)


def template_markdown(template: Template) -> str:
    t = template
    facts = [t.language, f"{t.minutes} min", messages.TEMPLATE_ITEMS.format(len(t.items))]
    out = [f"# {md_escape(t.title)}", "", "*" + md_escape(" · ".join(facts)) + "*", ""]
    if t.tags:
        tags = ", ".join(md_escape(tag) for tag in t.tags)
        out += [f"**{messages.TEMPLATE_TAGS}** {tags}", ""]
    if t.keywords:
        keywords = ", ".join(md_escape(kw) for kw in t.keywords)
        out += [f"**{messages.TEMPLATE_KEYWORDS}** {keywords}", ""]
    if t.summary:
        out += [strip_control(t.summary).strip(), ""]
    if t.rules:
        out += [f"## {messages.TEMPLATE_RULES}", ""]
        out += [f"- {md_escape_lines(rule)}" for rule in t.rules]
        out.append("")
    out += [f"## {messages.TEMPLATE_AGENDA}", ""]
    for number, item in enumerate(t.items, 1):
        out += [f"### {number}. {md_escape(item.title)} — {item.minutes} min", ""]
        out += [f"- {md_escape_lines(prompt)}" for prompt in item.prompts]
        if item.prompts:
            out.append("")
        if item.notes:
            out += [_quote(item.notes), ""]
    return "\n".join(out).rstrip() + "\n"


def _quote(markdown: str) -> str:
    """Markdown text as a block quote (the mentor's notes, set apart from the prompts)."""
    return "\n".join(f"> {line}".rstrip() for line in strip_control(markdown).strip().splitlines())
