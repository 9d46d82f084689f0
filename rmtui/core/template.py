"""Agenda templates as the domain sees them, once loaded and validated."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Source = Literal["workspace", "synced", "bundled"]
SOURCES: tuple[Source, ...] = ("workspace", "synced", "bundled")


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
