"""Plain-text tables for terminal output."""

from __future__ import annotations

import unicodedata

ZWJ = 0x200D
VS15, VS16 = 0xFE0E, 0xFE0F


def width(text: str) -> int:
    """The terminal cells ``text`` takes, as a terminal draws it.

    By hand rather than with Rich (which the CLI never loads): wide and full-width
    characters take two cells; combining marks (a decomposed ``é``), format characters
    and variation selectors take none, but an emoji selector (U+FE0F) widens the
    character before it to two; the parts of an emoji joined by U+200D, and a skin tone
    after an emoji, share the first emoji's two cells.
    """
    if text.isprintable() and max(text, default=" ") < "\u0300":
        return len(text)  # Latin letters with their accents, one cell each: most of a table
    total = 0
    last = 0  # cells of the last character drawn
    emoji = False  # whether that character was an emoji (so a ZWJ joins onto it)
    joined = False
    for ch in text:
        cp = ord(ch)
        if joined:
            joined = False
            if not _zero(ch):
                continue  # drawn inside the sequence's first emoji
        if cp == ZWJ:
            joined = emoji
            continue
        if cp == VS16:
            if last == 1:
                total, last, emoji = total + 1, 2, True
            continue
        if _zero(ch):
            continue
        if 0x1F3FB <= cp <= 0x1F3FF and emoji:
            continue  # a skin tone modifies the emoji before it
        last = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        emoji = last == 2 and _emoji(cp)
        total += last
    return total


def _zero(ch: str) -> bool:
    cp = ord(ch)
    return (
        unicodedata.combining(ch) != 0
        or (unicodedata.category(ch) in ("Mn", "Me", "Cf") and cp != 0xAD)  # soft hyphen shows
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
        or 0x1160 <= cp <= 0x11FF  # Hangul vowels and finals join the syllable's cell
    )


def _emoji(cp: int) -> bool:
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Left-aligned columns separated by two spaces; trailing blanks trimmed."""
    every = [header, *rows]
    cells = [[width(cell) for cell in row] for row in every]
    widths = [max(row[i] for row in cells) for i in range(len(header))]
    lines = []
    for row, taken in zip(every, cells, strict=True):
        padded = [c + " " * (w - t) for c, w, t in zip(row, widths, taken, strict=True)]
        lines.append("  ".join(padded).rstrip())
    return lines
