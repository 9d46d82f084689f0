"""Agenda templates as the domain sees them, once loaded and validated.

A template is one topic in one language: ``id`` names the topic (the same in every
language), ``language`` the language it is written in. A session records the topic id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Source = Literal["workspace", "synced", "bundled"]
SOURCES: tuple[Source, ...] = ("workspace", "synced", "bundled")
DEFAULT_LANGUAGE = "en"  # the language every bundled topic has, and the first fallback
TopicKey = tuple[str, str]  # (topic id, language): what names one template


@dataclass(frozen=True, slots=True)
class TemplateItem:
    title: str
    minutes: int
    prompts: tuple[str, ...] = ()
    notes: str = ""
    follow_up: bool = False  # the item where the open actions of last time are followed up


@dataclass(frozen=True, slots=True)
class Template:
    """One topic template: what a session on this topic covers and how long each part takes."""

    id: str
    title: str
    language: str = "en"
    summary: str = ""
    minutes: int = 90
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    items: tuple[TemplateItem, ...] = ()
    source: Source = "bundled"
    path: Path | None = None

    @property
    def key(self) -> TopicKey:
        """(topic id, language): no two templates of one source share it."""
        return self.id, self.language


@dataclass(frozen=True, slots=True)
class Pick:
    """The variant of a topic chosen for a language, and whether it is in another one."""

    template: Template
    wanted: str

    @property
    def fell_back(self) -> bool:
        """True when the topic has no variant in the language asked for."""
        return primary(self.template.language) != primary(self.wanted)


def primary(language: str) -> str:
    """The language without its region: ``pt-BR`` -> ``pt``."""
    return language.replace("_", "-").split("-", 1)[0].lower()


def language_order(languages: Iterable[str]) -> list[str]:
    """Languages as listings show them: English first, then by code."""
    return sorted(set(languages), key=lambda code: (code != DEFAULT_LANGUAGE, code))


def pick_variant(variants: Iterable[Template], language: str | None) -> Pick | None:
    """The variant for ``language``: that language (exactly, else without the region),
    else English, else the first by language code; None when there are no variants.
    ``language`` None asks for English."""
    wanted = language or DEFAULT_LANGUAGE
    ordered = sorted(variants, key=lambda t: (t.language != DEFAULT_LANGUAGE, t.language))
    if not ordered:
        return None
    for matches in (
        lambda t: t.language.lower() == wanted.lower(),
        lambda t: primary(t.language) == primary(wanted),
        lambda t: primary(t.language) == DEFAULT_LANGUAGE,
    ):
        for template in ordered:
            if matches(template):
                return Pick(template, wanted)
    return Pick(ordered[0], wanted)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a template file, located for the person who wrote it."""

    path: Path
    line: int
    column: int
    message: str
    field: str = ""
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        """``file:line:column: [warning:] field: message``; line 0 means the whole file."""
        at = f"{self.path}:{self.line}:{self.column}:" if self.line else f"{self.path}:"
        where = f" {self.field}:" if self.field else ""
        tag = "" if self.severity == "error" else " warning:"
        return f"{at}{tag}{where} {self.message}"
