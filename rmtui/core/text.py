"""Text helpers: slugs, accent folding, and making untrusted text safe to show."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from rmtui.core import messages
from rmtui.core.errors import InvalidInput

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
# C0 and C1 controls except tab and newline, plus DEL. ESC is among them, so no escape
# sequence survives. Also the BIDI embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069): they make text display in another order than it reads ("Trojan
# Source"), so shown and exported text never carries them.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
# What JSON text written for people to open must not hold raw: C1 controls, DEL, the BIDI
# controls and the line separators (json.dumps already escapes C0).
_JSON_UNSAFE = re.compile(f"[\\x7f-\\x9f{_BIDI}\\u2028\\u2029]")
_LINE_BREAKS = re.compile(r"[\r\n\t\u2028\u2029]+")

# Letters that do not decompose under NFKD but that users expect to match their base.
_EXTRA_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
    }
)
EXTRA_FOLD = _EXTRA_FOLD  # the letters ``fold`` spells out before it drops accents

# Texts with a letter ``fold`` spells out (most have none, and a ``translate`` over a dict
# costs a lookup per character of the text).
_EXTRA_LETTERS = re.compile("[" + "".join(chr(cp) for cp in _EXTRA_FOLD) + "]")

# The combining marks met so far, and every character already looked at: a text costs
# one ``unicodedata.combining`` per character it is the first to bring, so a search
# folding a workspace and a note folding one line share one function at C speed.
_MARKS: dict[int, None] = {}
_MARK_CHARS: set[str] = set()  # the same marks, as characters
_SEEN: set[str] = set()


def _spell(letter: re.Match[str]) -> str:
    return str(_EXTRA_FOLD[ord(letter[0])])


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for matching and searching: German,
    Polish, Danish letters spelled out (``ß`` -> ``ss``, ``ł`` -> ``l``), compatibility
    forms decomposed, accents dropped, case folded. Plain ASCII is only case-folded."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", _EXTRA_LETTERS.sub(_spell, text))
    chars = set(decomposed)
    new = chars - _SEEN
    if new:
        for ch in new:
            if unicodedata.combining(ch):
                _MARKS[ord(ch)] = None
                _MARK_CHARS.add(ch)
        _SEEN.update(new)  # after their marks: a character seen has its mark known
    if "".join(chars - _MARK_CHARS).isascii():
        # Letters with accents only (most Latin text): the marks are all that is not
        # ASCII, and dropping those is one pass in C.
        return decomposed.encode("ascii", "ignore").decode("ascii").casefold()
    return decomposed.translate(_MARKS).casefold()


def slugify(text: str) -> str:
    """A stable ASCII id from a name: ``"Anna Kowalska-Łęcka"`` -> ``"anna-kowalska-lecka"``."""
    return _SLUG_JUNK.sub("-", fold(text)).strip("-")


def strip_control(text: str) -> str:
    """Remove terminal control characters (escape sequences included) and BIDI controls,
    keep newlines and tabs. The one cleaner of every text shown or exported."""
    return _CONTROL.sub("", text)


def strip_control_data(value: Any) -> Any:
    """``value`` (JSON-like data) with every text in it passed through ``strip_control``."""
    if isinstance(value, str):
        return strip_control(value)
    if isinstance(value, dict):
        return {strip_control_data(k): strip_control_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [strip_control_data(v) for v in value]
    return value


def escape_unsafe_json(text: str) -> str:
    """JSON text with C1 controls and BIDI controls written as ``\\uXXXX`` escapes: the
    same data for a program, nothing a terminal or an editor acts on for a person."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    """Control characters removed and line breaks folded into spaces, for single-line fields."""
    if text.isprintable():  # no control, BIDI control or line break: the common case
        return text.strip()
    return strip_control(_LINE_BREAKS.sub(" ", text)).strip()


def checked_line(value: str, field: str, limit: int) -> str:
    """``value`` on one line, required and at most ``limit`` characters; else
    ``InvalidInput`` naming ``field``."""
    line = one_line(value)
    if not line:
        raise InvalidInput(field, messages.REQUIRED)
    if len(line) > limit:
        raise InvalidInput(field, messages.TOO_LONG.format(limit=limit))
    return line
