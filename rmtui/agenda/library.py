"""All templates a mentor can pick from, gathered from three sources in precedence order.

The workspace's own ``agendas/`` wins over the synced copy of the program's repository,
which wins over the templates bundled with rmtui. A template that loses to one with the
same id is kept in ``shadowed`` so that listings can say where each comes from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rmtui.agenda.bundled import bundled_dir
from rmtui.agenda.cache import TemplateCache, default_cache
from rmtui.agenda.files import template_files
from rmtui.core import messages
from rmtui.core.template import Problem, Source, Template


class Folders(Protocol):
    """Where a workspace keeps the mentor's own templates and the synced copy (the
    store's ``Layout`` is one)."""

    @property
    def agendas(self) -> Path: ...

    @property
    def synced_agendas(self) -> Path: ...


@dataclass(frozen=True, slots=True)
class SourceDir:
    """One folder of templates and the source it stands for."""

    source: Source
    folder: Path


@dataclass
class Library:
    """The winning template per id, the shadowed ones, and every problem found."""

    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    shadowed: list[Template] = field(default_factory=list)
    sources: tuple[SourceDir, ...] = ()

    def get(self, template_id: str) -> Template | None:
        return self.templates.get(template_id)

    def __len__(self) -> int:
        return len(self.templates)

    def winners(self) -> list[Template]:
        """The templates in use, by title."""
        return sorted(self.templates.values(), key=lambda t: (t.title.casefold(), t.id))

    def shadowed_by(self, template: Template) -> Template | None:
        """The template that hides ``template``, or ``None`` when it is in use."""
        winner = self.templates.get(template.id)
        return None if winner is None or winner is template else winner

    def listing(self) -> list[Template]:
        """Every loaded template by id, the one in use first, then those it shadows."""
        order = {source: i for i, source in enumerate(s.source for s in self.sources)}
        everything = [*self.templates.values(), *self.shadowed]
        return sorted(everything, key=lambda t: (t.id, order.get(t.source, len(order))))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def default_sources(
    layout: Folders, bundled: Path | None = None, synced: Path | None = None
) -> tuple[SourceDir, ...]:
    """Workspace > synced > bundled. ``bundled`` defaults to ``bundled_dir()``; ``synced``
    to the workspace's ``sync/agendas`` (a sync setting may point at a sub-folder)."""
    sources = [
        SourceDir("workspace", layout.agendas),
        SourceDir("synced", synced if synced is not None else layout.synced_agendas),
    ]
    bundled = bundled if bundled is not None else bundled_dir()
    if bundled is not None:
        sources.append(SourceDir("bundled", bundled))
    return tuple(sources)


def load_library(
    layout: Folders,
    bundled: Path | None = None,
    *,
    synced: Path | None = None,
    cache: TemplateCache | None = None,
) -> Library:
    """Every template of the workspace, the synced repository and the bundled folder."""
    return load_sources(default_sources(layout, bundled, synced), cache=cache)


def load_sources(sources: Iterable[SourceDir], *, cache: TemplateCache | None = None) -> Library:
    """Load ``sources`` (highest precedence first). Missing folders are simply empty."""
    cache = cache if cache is not None else default_cache
    library = Library(sources=tuple(sources))
    for source_dir in library.sources:
        owners: dict[str, Path] = {}
        if not source_dir.folder.is_dir():
            continue
        for path in template_files(source_dir.folder):
            template, problems = cache.load(path, source_dir.source)
            library.problems.extend(problems)
            if template is None:
                continue
            if template.id in owners:
                message = messages.AGENDA_DUPLICATE_ID.format(
                    id=template.id, other=owners[template.id]
                )
                library.problems.append(Problem(path, 0, 0, message, "id"))
                continue
            owners[template.id] = path
            if template.id in library.templates:
                library.shadowed.append(template)
            else:
                library.templates[template.id] = template
    library.templates = dict(sorted(library.templates.items()))
    return library
