"""Escaping user text so it can never break, style or link out of an exported document.

Exports are read raw as often as rendered, so only what Markdown would interpret is
escaped: inline syntax everywhere, and block syntax where the text starts a line.

Two things a mentor types do become links, the same in every engine: a plain
``http``/``https`` address and an e-mail address, written as CommonMark autolinks
(``<https://…>``, ``<name@host>``) whose content no engine reads as markup. GitHub's
engines (cmark-gfm, marked, mistune) would link them anyway, after escapes are resolved,
so escaping could only break them (a stray backslash in the link). Nothing else links:
``www.…`` and ``ftp://…``, which GFM would link too, are broken up with an escape that
renders as nothing; a ``javascript:`` or any other scheme stays text everywhere.
"""

from __future__ import annotations

import re

from rmtui.core.text import one_line

# Characters with inline meaning in CommonMark/GFM: code, emphasis, links, raw HTML,
# entities, strikethrough, table cells and the escape character itself.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# At the start of a line these open a heading, quote, list or thematic break.
_BLOCK_START = re.compile(r"^([#>+\-=]|\d+[.)])")
# A web address as typed: it ends at a space, an angle bracket, a table's pipe, a
# backtick, a backslash or an entity such as ``&amp;`` (engines disagree on those inside
# an autolink); a plain ``&`` of a query string belongs to it.
_URL = r"https?://(?:[^\s<>|`\\&]|&(?![A-Za-z0-9#]+;))+"
# Every e-mail address cmark-gfm would link (its rule is lax: ``a@.b``, ``a@b_c.d``)...
_EMAIL = r"[A-Za-z0-9.+_-]+@(?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9]))+"
_LINKABLE = re.compile(rf"(?i:{_URL})|{_EMAIL}")
# ...and those a CommonMark autolink accepts; the others become ``[a@b_c.d](mailto:…)``.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_AUTOLINK_EMAIL = re.compile(rf"[A-Za-z0-9.+_-]+@{_LABEL}(?:\.{_LABEL})*")
# Punctuation that ends a sentence, not the address (as GFM trims it).
_TRAILING = ".,:;!?'\"*_~"
# What GFM engines would link on their own: a scheme's ``://``, ``www.``, ``name@host``.
_GFM_COLON = re.compile(r":(?=//)")
_GFM_WWW = re.compile(r"(?i)(www)\.")


def inline(text: str) -> str:
    """One line of user text, safe inside a paragraph, list item, heading or table cell."""
    flat = " ".join(one_line(text).split())
    out: list[str] = []
    done = search = 0
    while match := _LINKABLE.search(flat, search):
        url = _trim(match.group())
        if url.endswith("//") or not url or ("@" in url and "." not in url.partition("@")[2]):
            # A scheme and nothing after it, or no domain GFM would link: text, though
            # an address may still start inside it.
            search = match.start() + 1
            continue
        out.append(_text(flat[done : match.start()]))
        if "://" in url or _AUTOLINK_EMAIL.fullmatch(url):
            out.append(f"<{url}>")
        else:
            out.append(f"[{_text(url)}](mailto:{url})")
        done = search = match.start() + len(url)
    out.append(_text(flat[done:]))
    escaped = "".join(out)
    start = _BLOCK_START.match(escaped)
    if start:
        lead = start.group(1)
        escaped = lead[:-1] + "\\" + lead[-1] + escaped[len(lead) :]
    return escaped


def _text(part: str) -> str:
    escaped = _INLINE.sub(r"\\\1", part)
    escaped = _GFM_COLON.sub(r"\\:", escaped)
    return _GFM_WWW.sub(r"\1\\.", escaped)


def _trim(url: str) -> str:
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count(")") > url.count("("))):
        url = url[:-1]
    return url
