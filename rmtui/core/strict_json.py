"""JSON read the way rmtui writes it, and nothing looser.

Python's ``json`` accepts what rmtui never writes and cannot write back: ``NaN`` and
``Infinity``, a key given twice (the last one wins, the first is dropped silently on the
next write) and ``\\ud800`` escapes that decode to a lone surrogate (a text no file can
hold). Each of these makes a data file damaged, reported like any other damage.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rmtui.core import messages

# A \\uD800-\\uDFFF escape: the only way a lone surrogate gets into decoded JSON text
# (the UTF-8 decoder refuses encoded ones). Pairs are fine; the walk tells them apart.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class StrictJSONError(ValueError):
    """JSON that parses but holds something rmtui refuses; the message says what."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    doc = dict(pairs)
    if len(doc) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise StrictJSONError(messages.JSON_DUPLICATE_KEY.format(key=key))
            seen.add(key)
    return doc


def _constant(name: str) -> Any:
    raise StrictJSONError(messages.JSON_NOT_FINITE.format(value=name))


DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant)


def loads(text: str) -> Any:
    """``json.loads`` that refuses duplicate keys, NaN/Infinity and lone surrogates.

    Raises ``json.JSONDecodeError`` for text that is not JSON, ``StrictJSONError`` for
    JSON that is, and ``RecursionError`` for nesting too deep to decode.
    """
    doc = DECODER.decode(text)
    check_text(doc, text)
    return doc


def check_text(doc: Any, text: str) -> None:
    """Refuse ``doc`` (decoded from ``text``) when one of its strings is not valid Unicode."""
    if _SURROGATE_ESCAPE.search(text) is not None:
        _walk(doc)


def _walk(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not valid_unicode(item):
                raise StrictJSONError(messages.JSON_SURROGATE.format(text=ascii(item)[:60]))
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def valid_unicode(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8 (holds no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
