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

import functools
import re

from rmtui.core.text import one_line

# Characters with inline meaning in CommonMark/GFM: code, emphasis, links, raw HTML,
# entities, strikethrough, table cells and the escape character itself; each is written
# after a backslash.
_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&|~"})
# At the start of a line these open a heading, quote, list or thematic break.
_BLOCK_START = re.compile(r"^([#>+\-=]|\d+[.)])")
# A web address as typed: it ends at a space, an angle bracket, a table's pipe, a
# backtick, a backslash or an entity such as ``&amp;`` (engines disagree on those inside
# an autolink); a plain ``&`` of a query string belongs to it.
_URL = r"https?://(?:[^\s<>|`\\&]|&(?![A-Za-z0-9#]+;))+"
# Every e-mail address cmark-gfm would link (its rule is lax: ``a@.b``, ``a@b_c.d``)...
_EMAIL = r"[A-Za-z0-9.+_-]+@(?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9]))+"
_LINKABLE = rf"(?i:{_URL})|{_EMAIL}"
# An address links only when its host is a host (after a ``user@``): letters, digits,
# dots and hyphens, a port of digits, then the path. Engines read ``https://x)::/`` each
# their own way.
_WEB_HOST = r"(?i:https?://)(?:[^\s/?#@()]+@)?(?:[^\W_]|[.-])+(?::[0-9]+)?(?:[/?#]|$)"
# ...and those a CommonMark autolink accepts; the others become ``[a@b_c.d](mailto:…)``.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_AUTOLINK_EMAIL = rf"[A-Za-z0-9.+_-]+@{_LABEL}(?:\.{_LABEL})*"
# Punctuation that ends a sentence, not the address (as GFM trims it).
_TRAILING = ".,:;!?'\"*_~"
# What GFM engines would link on their own: a scheme's ``://``, ``www.``, ``name@host``.
_GFM_WWW = re.compile(r"(?i)(www)\.")


# The characters above, and those of an address (a scheme's ":", an e-mail's "@").
_MARKUP = re.compile(r"[\\`*_\[\]<>&|~:@]")
_BLOCK_STARTS = (" ", "#", ">", "+", "-", "=")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The patterns below, each compiled when first used: an export compiles those of
    escaping, the digest those of reading back (the long ones cost a millisecond each)."""
    return re.compile(pattern)


def inline(text: str) -> str:
    """One line of user text, safe inside a paragraph, list item, heading or table cell."""
    if _as_is(text):
        return text
    return _escaped(text)


def _as_is(text: str) -> bool:
    """Whether nothing in ``text`` is escaped, linked or folded: printable (no control,
    break or other space than " "), none of the characters above, no address, no block
    start, no space to fold. Most notes are such text, and go out as they are. (A few
    str tests rather than one pattern of alternatives tried at every character: this
    runs on every line of an export.)"""
    return (
        text.isprintable()
        and not _MARKUP.search(text)
        and "  " not in text
        and not text.endswith(" ")
        and not text.startswith(_BLOCK_STARTS)
        and not text[:1].isdecimal()  # a digit (Unicode's Nd, as the pattern's \d)
        and "www." not in text.lower()  # no other letter lowers to "w", nor to "."
    )


def _escaped(text: str) -> str:
    flat = " ".join(one_line(text).split())
    out: list[str] = []
    done = search = 0
    # Every address holds "://" or "@": most texts hold neither, and skip the search.
    linkable = "://" in flat or "@" in flat
    while linkable and (match := _compiled(_LINKABLE).search(flat, search)):
        url = _trim(match.group())
        if (
            url.endswith("//")
            or not url
            or ("@" in url and "." not in url.partition("@")[2])
            or ("://" in url and not _compiled(_WEB_HOST).match(url))
        ):
            # A scheme and nothing after it, no host, or no domain GFM would link:
            # text, though an address may still start inside it.
            search = match.start() + 1
            continue
        out.append(_text(flat[done : match.start()]))
        if "://" in url or _compiled(_AUTOLINK_EMAIL).fullmatch(url):
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
    escaped = part.translate(_INLINE).replace("://", "\\://")
    if "www." not in escaped.lower():  # as in ``_as_is``: only "w" lowers to "w"
        return escaped
    return _GFM_WWW.sub(r"\1\\.", escaped)


def _trim(url: str) -> str:
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count(")") > url.count("("))):
        url = url[:-1]
    return url


# --- reading rmtui's own lines back -------------------------------------------------------
#
# What ``inline`` writes is plain runs, backslash escapes and autolinks, and markdown-it
# reads exactly that back as the text it came from. A line made only of those pieces is
# read here without a Markdown parser; any other line (someone else's Markdown, an edit
# by hand) is not rmtui's shape and goes to markdown-it. A plain run leaves out every
# character with inline meaning in CommonMark, and those markdown-it rewrites before it
# parses (NUL, CR, LF).
_RUN = r"[^\\`*_\[\]<>&!\x00\r\n]+|!(?!\[)"
_ESCAPED = r"\\[!-/:-@\[-`{-~]"  # a backslash before ASCII punctuation: that character
# markdown-it's own autolinks (rules_inline/autolink.py), http(s) and e-mail only.
_AUTOLINK = (
    r"<(?:[Hh][Tt][Tt][Pp][Ss]?:[^<>\x00-\x20]*"
    r"|[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>"
)
_PIECES = rf"(?>(?:{_RUN}|{_ESCAPED}|{_AUTOLINK})*)"  # atomic: linear on any input
_PIECE = rf"({_ESCAPED})|({_AUTOLINK})"
# ``Doc.bullet``: "- ", an optional bold label, the text, an optional emphasised note.
_ITEM = rf"- (?:\*\*({_PIECES})\*\* )?({_PIECES})(?:\*\(({_PIECES})\*)?"


def _unescape(escaped: str) -> str:
    if "\\" not in escaped and "<" not in escaped:
        return escaped  # no escape, no autolink: most notes
    return _compiled(_PIECE).sub(lambda p: p.group()[1] if p.group(1) else p.group()[1:-1], escaped)


def item_text(line: str) -> str | None:
    """The user text of a list item rmtui wrote (``Doc.bullet``), without its label and
    note, as markdown-it reads it; ``None`` when ``line`` is not in that shape."""
    item = _compiled(_ITEM).fullmatch(line)
    if item is None:
        return None
    label, text, note = item.groups()
    if label is not None and (not label or label != label.strip()):
        return None  # not a strong span for CommonMark
    if note is not None:
        # `` *(…)*``: emphasis only after a space and around a closing parenthesis.
        if not text.endswith(" ") or not note.endswith(")"):
            return None
        text = text[:-1]
    return one_line(_unescape(text))


_HEADING = rf"# ({_PIECES})"


def heading_text(line: str) -> str | None:
    """The text of a level-1 heading rmtui wrote (``Doc.heading``), as markdown-it reads
    it; ``None`` when ``line`` is not in that shape."""
    heading = _compiled(_HEADING).fullmatch(line)
    if heading is None:
        return None
    text = heading.group(1)
    if not text or text != text.strip() or text.endswith("#"):
        return None  # trimmed, or a closing sequence, by an ATX heading
    return _unescape(text)
