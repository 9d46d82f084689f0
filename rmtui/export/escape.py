"""Escaping user text so it can never break, style or link out of an exported document.

Exports are read raw as often as rendered, so only what Markdown would interpret is
escaped: inline syntax everywhere, and block syntax where the text starts a line.
"""

from __future__ import annotations

import re

from rmtui.core.text import one_line

# Characters with inline meaning in CommonMark/GFM: code, emphasis, links, raw HTML,
# entities, strikethrough, table cells and the escape character itself.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# At the start of a line these open a heading, quote, list or thematic break.
_BLOCK_START = re.compile(r"^([#>+\-=]|\d+[.)])")


def inline(text: str) -> str:
    """One line of user text, safe inside a paragraph, list item, heading or table cell."""
    flat = " ".join(one_line(text).split())
    escaped = _INLINE.sub(r"\\\1", flat)
    match = _BLOCK_START.match(escaped)
    if match:
        lead = match.group(1)
        escaped = lead[:-1] + "\\" + lead[-1] + escaped[len(lead) :]
    return escaped
