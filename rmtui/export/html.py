"""Exports as one self-contained HTML page, readable on screen and on paper.

The Markdown body is rendered by markdown-it-py with raw HTML off: user text was already
escaped for Markdown, and anything that still looked like a tag would be shown as text.
No script, no external resource; the front matter travels as ``<meta>`` fields.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markdown_it import MarkdownIt

from rmtui.core import i18n
from rmtui.core.text import one_line
from rmtui.export.as_typed import AsTyped

STYLE = """
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232a;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #2f6f8f; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; color: #2f6f8f; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
h4 { font-size: 1rem; margin-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #c9d3db; padding: .25rem .5rem; text-align: left;
  vertical-align: top; }
th { background: #eef3f6; }
em { color: #5b6770; }
ul { padding-left: 1.3rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
  h2 { page-break-after: avoid; color: #000; }
  table, li { page-break-inside: avoid; }
  th { background: #eee; }
}
""".strip()


def parser() -> MarkdownIt:
    """CommonMark plus tables, raw HTML off, no linkify: rmtui's own markup renders, and
    the web and e-mail addresses the mentor typed, as autolinks (``export.escape``),
    shown as typed."""
    return AsTyped("commonmark", {"html": False}).enable(["table", "strikethrough"])


def title_of(body_markdown: str) -> str:
    """The plain text of the document's first line (its heading), for ``<title>``."""
    first = body_markdown.split("\n", 1)[0]
    tokens = parser().parse(first)
    inline = next((t for t in tokens if t.type == "inline"), None)
    if inline is None:
        return "rmtui"
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))


def page(
    body_markdown: str, title: str, meta: dict[str, Any] | None = None, style: str = ""
) -> str:
    """A complete HTML document for ``body_markdown``; ``style`` adds to the page's CSS."""
    content = parser().render(body_markdown)
    css = f"{STYLE}\n{style}" if style else STYLE
    fields = ""
    for key in ("kind", "generated", "mentor", "anonymized"):
        if meta and key in meta and meta[key] not in ("", None):
            raw = meta[key]
            shown = ("true" if raw else "false") if isinstance(raw, bool) else str(raw)
            value = escape(one_line(shown), quote=True)
            fields += f'<meta name="rmtui-{key}" content="{value}">\n'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{i18n.current()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="generator" content="rmtui">\n'
        f"{fields}"
        f"<title>{escape(one_line(title))}</title>\n"
        f"<style>\n{css}\n</style>\n</head>\n<body>\n{content}</body>\n</html>\n"
    )
