"""Filtering templates by words, ``tag:x`` and ``kw:x``, accent- and case-insensitively."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rmtui.core.template import Template
from rmtui.core.text import fold

_TOKEN = re.compile(r'(tag:|kw:)?(?:"([^"]*)"?|(\S*))')


@dataclass(frozen=True, slots=True)
class Query:
    """Every part must match: words anywhere, tags by prefix, keywords by substring."""

    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.tags or self.keywords)


def parse_query(text: str) -> Query:
    """``'privacy tag:social kw:"data protection"'`` -> a ``Query`` (folded)."""
    words: list[str] = []
    tags: list[str] = []
    keywords: list[str] = []
    for match in _TOKEN.finditer(text):
        prefix, quoted, bare = match.groups()
        value = fold((quoted if quoted is not None else bare or "").strip())
        if not value:
            continue
        {"tag:": tags, "kw:": keywords}.get(prefix or "", words).append(value)
    return Query(tuple(words), tuple(tags), tuple(keywords))


def matches(template: Template, query: Query) -> bool:
    tags, keywords, haystack = _folded(template)
    return (
        all(any(tag.startswith(q) for tag in tags) for q in query.tags)
        and all(any(q in kw for kw in keywords) for q in query.keywords)
        and all(q in haystack for q in query.words)
    )


def filter_templates(templates: Iterable[Template], text: str) -> list[Template]:
    query = parse_query(text)
    return [t for t in templates if matches(t, query)] if query else list(templates)


@lru_cache(maxsize=4096)
def _folded(t: Template) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    tags = tuple(fold(tag) for tag in t.tags)
    keywords = tuple(fold(kw) for kw in t.keywords)
    parts = [t.id, t.title, t.language, t.summary, *t.tags, *t.keywords, *t.rules]
    for item in t.items:
        parts.extend([item.title, *item.prompts, item.notes])
    return tags, keywords, fold("\n".join(parts))
