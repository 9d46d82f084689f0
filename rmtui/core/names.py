# ruff: noqa: RUF001, RUF003  (the tables are Cyrillic and Greek letters on purpose)
"""Ids from names in any script: transliterated where a sound transliteration exists
(Latin with diacritics, Cyrillic, Greek), generated otherwise (Arabic, Hebrew, CJK, emoji).

The name itself is always kept and shown as typed; the id only names a folder and a
command-line argument, so it is plain ASCII (``a-z``, ``0-9``, ``-``) and safe on every
filesystem.
"""

from __future__ import annotations

import re
import unicodedata

from rmtui.core.text import slugify

ID_MAX = 100  # a folder name stays well under the 255 bytes every filesystem allows
GENERATED_PREFIX = "tandem"

# Cyrillic, after the common romanisations people use for their own names in passports
# and e-mail addresses (Russian/Ukrainian/Belarusian/Serbian/Macedonian letters).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ґ": "g", "є": "ye", "і": "i", "ї": "yi", "ў": "u", "ђ": "dj", "ј": "j",
    "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}  # fmt: skip
# Ukrainian reads г as h and и as y ("Григорій" is Hryhorii); its own letters tell it apart.
_UKRAINIAN = {"г": "h", "и": "y"}
_UKRAINIAN_LETTERS = frozenset("ґєії")

# Greek, after ELOT 743 (the Greek passport standard), accents dropped first.
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "ηυ": "iv", "γγ": "ng", "γχ": "nch"}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}  # fmt: skip
_GREEK_PAIR = re.compile("|".join(_GREEK_PAIRS))
_GREEK_RANGE = re.compile("[\u0370-\u03ff\u1f00-\u1fff]+")


def transliterate(name: str) -> str:
    """``name`` with its Cyrillic and Greek letters written in Latin ones (lower case);
    other scripts are left as they are."""
    text = unicodedata.normalize("NFC", name).lower()
    cyrillic = dict(_CYRILLIC)
    if _UKRAINIAN_LETTERS & set(text):
        cyrillic.update(_UKRAINIAN)
    text = "".join(cyrillic.get(ch, ch) for ch in text)
    text = _GREEK_RANGE.sub(_greek, text)
    return text


def _greek(match: re.Match[str]) -> str:
    decomposed = unicodedata.normalize("NFD", match.group())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _GREEK_PAIR.sub(lambda m: _GREEK_PAIRS[m.group()], plain)
    return "".join(_GREEK.get(ch, ch) for ch in plain)


def name_slug(name: str) -> str:
    """The transliterated slug of ``name`` ("" when nothing in it has a Latin spelling)."""
    slug = slugify(transliterate(name))
    if len(slug) > ID_MAX:
        slug = slug[:ID_MAX].rstrip("-")
    return slug


def generated_id(name: str) -> str:
    """A stable id for a name without a Latin spelling: the same name, the same id."""
    import hashlib  # here: it loads OpenSSL, and only a name without a Latin spelling asks

    typed = unicodedata.normalize("NFC", name.strip())
    digest = hashlib.sha256(typed.encode("utf-8")).hexdigest()[:6]
    return f"{GENERATED_PREFIX}-{digest}"


def name_id(name: str) -> str:
    """The id a tandem with mentee ``name`` is based on (before it is made unique)."""
    return name_slug(name) or generated_id(name)


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, else ``base-2``, ``base-3``... : the first not in ``taken``."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
