"""One typed line of the live screen (or of ``rmtui note add``) read as a note.

A leading character sets the kind: ``!`` action, ``?`` question, ``*`` highlight,
``>`` mentor learned, ``<`` mentee learned; ``~`` makes the note private and combines
with one of them in either order (``~*``, ``*~``). ``+`` keeps the note for the mentee's
cheat sheet (``+*``, ``+<``); ``=`` makes it a glossary entry, ``= term: explanation``.
Private wins: a private note is never on a cheat sheet. A backslash before the first
character keeps it literal (``\\!important`` is a plain note reading ``!important``).
A line of prefix characters only (``~*!``) has no text: it is refused like any empty note.
``#word`` (``#big_data`` for two words) tags the note with a keyword explicitly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.model import NoteKind, SheetMark
from rmtui.core.text import strip_control

PREFIXES: dict[str, NoteKind] = {
    "!": "action",
    "?": "question",
    "*": "highlight",
    ">": "mentor-learned",
    "<": "mentee-learned",
}
PRIVATE = "~"
SHEET = "+"  # keep it for the mentee's cheat sheet
GLOSSARY = "="  # a glossary entry: ``= term: explanation``
MARKERS = PRIVATE + SHEET + GLOSSARY
ESCAPE = "\\"
MAX_TERM = 80
MAX_NOTE = 4000

# A tag starts at a word start (``C#`` or ``issue#3`` are not tags) and holds a letter.
_TAG = re.compile(r"(?<![\w#])#(\w*[^\W\d_][\w\-]*)")


@dataclass(frozen=True, slots=True)
class Capture:
    kind: NoteKind
    private: bool
    text: str
    tags: tuple[str, ...] = ()
    sheet: SheetMark = ""


def parse(line: str) -> Capture:
    """Read kind, privacy, text and explicit tags from one typed line."""
    text = strip_control(line).strip()
    kind: NoteKind = "note"
    private = False
    seen_kind = False
    sheet: SheetMark = ""
    # At most one kind character (``=`` is one), one ``~`` and one ``+``, in any order.
    for _ in range(3):
        head = text[:1]
        if head == PRIVATE and not private:
            private = True
        elif head == SHEET and not sheet:
            sheet = "keep"
        elif head == GLOSSARY and not seen_kind:
            sheet, seen_kind = "glossary", True
        elif head in PREFIXES and not seen_kind:
            kind, seen_kind = PREFIXES[head], True
        else:
            break
        text = text[1:].lstrip()
    if text[:1] == ESCAPE and text[1:2] in (*PREFIXES, *MARKERS, ESCAPE):
        text = text[1:]
    elif not text.strip("".join(PREFIXES) + MARKERS + " "):
        text = ""  # prefixes only (``~*!``): nothing was written yet
    return Capture(kind=kind, private=private, text=text, tags=find_tags(text), sheet=sheet)


def glossary_entry(text: str) -> tuple[str, str] | None:
    """``(term, explanation)`` of a glossary note's ``term: explanation``, or None."""
    term, colon, explanation = text.partition(":")
    if not colon or not term.strip() or not explanation.strip() or len(term) > MAX_TERM:
        return None
    return term.strip(), explanation.strip()


def find_tags(text: str) -> tuple[str, ...]:
    """The ``#tags`` of ``text`` as keyword text: ``#big_data`` -> ``big data``."""
    found: list[str] = []
    for match in _TAG.finditer(text):
        tag = match[1].replace("_", " ").strip(" -")
        if tag and tag not in found:
            found.append(tag)
    return tuple(found)


def check_text(text: str, sheet: SheetMark = "") -> str:
    """The note text to store, or an ``InvalidInput`` naming what is wrong."""
    if sheet == "glossary" and text.strip() and glossary_entry(text) is None:
        raise InvalidInput("note", messages.GLOSSARY_FORM.format(limit=MAX_TERM))
    if not text.strip():
        raise InvalidInput("note", messages.EMPTY_NOTE)
    if len(text) > MAX_NOTE:
        raise InvalidInput("note", messages.NOTE_TOO_LONG.format(limit=MAX_NOTE))
    return text
