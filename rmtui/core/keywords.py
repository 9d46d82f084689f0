"""Finding a tandem's keywords in note text.

Matching is case- and accent-insensitive (``fold``: ``Prywatność`` = ``prywatnosc``,
``Straße`` = ``strasse``) and respects word boundaries, so ``IoT`` is found in
``l'IoT`` but not in ``idiot``. A multi-word keyword matches whatever joins its words
in the text (``big data``, ``Big-Data``, ``bigdata``). A keyword ending in ``*`` matches
any ending, for inflected languages: ``prywatnoś*`` finds ``prywatności``.

A keyword's aliases (``notifications`` = ``meldingen``, ``powiadomienia``) match the same
way and are found as the keyword itself, so a note, a tag or a template in any language
counts for one keyword.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rmtui.core.model import Keyword
from rmtui.core.text import fold

# Characters that separate the words of a keyword; anything else (``+`` in ``C++``, ``.``
# in ``Web3.0``) is part of the word and must be there in the text.
_SEPARATORS = re.compile(r"[\s\-_/'`\u2018\u2019]+")
WILDCARD = "*"


def _pattern(keyword: str) -> re.Pattern[str] | None:
    text = fold(keyword).strip()
    open_end = text.endswith(WILDCARD)
    text = text.rstrip(WILDCARD)
    words = [w for w in _SEPARATORS.split(text) if w]
    if not words:
        return None
    body = r"[\W_]*".join(re.escape(w) for w in words)
    # A boundary is only asserted next to a word character: ``(?<!\w)c\+\+`` would still
    # match "c++" at a line start, but ``\b`` after "+" would never match.
    start = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    end = r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    if open_end:
        end = r"\w*"
    return re.compile(start + body + end)


@dataclass(frozen=True, slots=True)
class KeywordMatcher:
    """Compiled once per keyword list; ``find`` is cheap enough for every keystroke."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    # (keyword, alias) for each alias: a ``#tag`` naming one resolves to its keyword.
    aliases: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, keywords: Iterable[str | Keyword]) -> KeywordMatcher:
        """A matcher for ``keywords``: texts, or keywords of the list with their aliases."""
        compiled: list[tuple[str, re.Pattern[str]]] = []
        aliases: list[tuple[str, str]] = []
        for keyword in keywords:
            text, others = (
                (keyword, []) if isinstance(keyword, str) else (keyword.text, keyword.aliases)
            )
            for spelling in (text, *others):
                pattern = _pattern(spelling)
                if pattern is not None:
                    compiled.append((text, pattern))
            aliases += ((text, alias) for alias in others)
        return cls(tuple(compiled), tuple(aliases))

    def find(self, text: str) -> list[str]:
        """The keywords found in ``text``, in keyword-list order, each once."""
        folded = fold(text)
        found: list[str] = []
        for keyword, pattern in self.patterns:
            if keyword not in found and pattern.search(folded):
                found.append(keyword)
        return found

    def resolve(self, tag: str) -> str | None:
        """The keyword a ``#tag`` names (``#big-data`` -> ``big data``), if it is one."""
        wanted = _normal(tag)
        for keyword, spelling in (*((k, k) for k, _ in self.patterns), *self.aliases):
            if _normal(spelling.rstrip(WILDCARD)) == wanted:
                return keyword
        return None

    def canonical(self, words: Iterable[str]) -> list[str]:
        """``words`` (a note's keywords) with each alias as its keyword, each once: a note
        tagged before the alias existed counts for the keyword too."""
        out: list[str] = []
        seen: set[str] = set()
        for word in words:
            keyword = self.resolve(word) or word
            if _normal(keyword) not in seen:
                seen.add(_normal(keyword))
                out.append(keyword)
        return out


def _normal(text: str) -> str:
    return "".join(_SEPARATORS.split(fold(text)))


def find_keywords(text: str, keywords: Iterable[str]) -> list[str]:
    return KeywordMatcher.of(keywords).find(text)


def attach(text: str, tags: Iterable[str], matcher: KeywordMatcher) -> list[str]:
    """Keywords for a note: those found in its text, then its explicit ``#tags``.

    A tag naming a keyword of the tandem takes that keyword's spelling; any other tag is
    kept as typed, so a topic can be tagged before it is on the list.
    """
    found = matcher.find(text)
    seen = {_normal(k) for k in found}
    for tag in tags:
        keyword = matcher.resolve(tag) or tag
        if _normal(keyword) not in seen:
            seen.add(_normal(keyword))
            found.append(keyword)
    return found
