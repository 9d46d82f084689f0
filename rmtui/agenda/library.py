"""All templates a mentor can pick from, gathered from three sources in precedence order.

The workspace's own ``agendas/`` wins over the synced copy of the program's repository,
which wins over the templates bundled with rmtui. A template is one topic in one language
(``Template.key``), and precedence applies per key: a program's own English ``kickoff``
hides the bundled English one, not the bundled Dutch one. A template that loses to one with
the same key is kept in ``shadowed`` so that listings can say where each comes from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rmtui.agenda.bundled import bundled_dir
from rmtui.agenda.cache import TemplateCache, default_cache
from rmtui.agenda.files import template_files
from rmtui.agenda.loader import duplicate_problem
from rmtui.agenda.places import AgendaFolders
from rmtui.core.template import (
    DEFAULT_LANGUAGE,
    Pick,
    Problem,
    Source,
    Template,
    TopicKey,
    language_order,
    pick_variant,
)


@dataclass(frozen=True, slots=True)
class SourceDir:
    """One folder of templates and the source it stands for."""

    source: Source
    folder: Path


@dataclass
class Library:
    """The winning template per (topic, language), the shadowed ones, and every problem.

    ``templates`` holds one template per topic id, its default variant (English, else the
    first language), for callers that do not ask for a language.
    """

    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    shadowed: list[Template] = field(default_factory=list)
    sources: tuple[SourceDir, ...] = ()
    variants: dict[TopicKey, Template] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A library made from one template per topic (as tests and tools may build one)
        # has those as its only variants.
        if self.templates and not self.variants:
            self.variants = {t.key: t for t in self.templates.values()}

    def get(self, template_id: str, language: str | None = None) -> Template | None:
        """The topic's variant for ``language`` (with fallback); its default without one."""
        if language is None:
            return self.templates.get(template_id)
        found = self.pick(template_id, language)
        return found.template if found is not None else None

    def pick(self, template_id: str, language: str | None) -> Pick | None:
        """The topic's variant for ``language`` (else English, else any), saying whether
        it fell back; None when there is no such topic."""
        return pick_variant(self.topic(template_id), language)

    def topic(self, template_id: str) -> list[Template]:
        """Every variant in use of one topic, English first."""
        found = [t for (tid, _), t in self.variants.items() if tid == template_id]
        order = language_order(t.language for t in found)
        return sorted(found, key=lambda t: order.index(t.language))

    def topics(self) -> dict[str, list[Template]]:
        """Every topic id with its variants in use (English first), by id."""
        grouped = _by_topic(self.variants)
        return {
            topic: sorted(found, key=lambda t: (t.language != DEFAULT_LANGUAGE, t.language))
            for topic, found in sorted(grouped.items())
        }

    def languages(self, template_id: str) -> list[str]:
        """The languages a topic has, English first."""
        return [t.language for t in self.topic(template_id)]

    def __len__(self) -> int:
        return len(self.templates)

    def winners(self, language: str | None = None) -> list[Template]:
        """One template per topic, by title: the variant for ``language`` (with fallback),
        else each topic's default."""
        chosen = list(self.templates.values())
        if language is not None:
            chosen = [p.template for p in self.picks(language)]
        return sorted(chosen, key=lambda t: (t.title.casefold(), t.id))

    def picks(self, language: str) -> list[Pick]:
        """One pick per topic for ``language``, in topic id order."""
        grouped = _by_topic(self.variants)
        picks = (pick_variant(grouped.get(topic, ()), language) for topic in self.templates)
        return [p for p in picks if p is not None]

    def shadowed_by(self, template: Template) -> Template | None:
        """The template that hides ``template``, or ``None`` when it is in use."""
        winner = self.variants.get(template.key)
        return None if winner is None or winner is template else winner

    def listing(self) -> list[Template]:
        """Every loaded template by topic and language (English first), the one in use
        first, then those it shadows."""
        order = {source: i for i, source in enumerate(s.source for s in self.sources)}
        everything = [*self.variants.values(), *self.shadowed]
        return sorted(
            everything,
            key=lambda t: (
                t.id,
                t.language != DEFAULT_LANGUAGE,
                t.language,
                order.get(t.source, len(order)),
            ),
        )

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def default_sources(
    layout: AgendaFolders, bundled: Path | None = None, synced: Path | None = None
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
    layout: AgendaFolders,
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
        owners: dict[TopicKey, Path] = {}
        if not source_dir.folder.is_dir():
            continue
        for path in template_files(source_dir.folder):
            template, problems = cache.load(path, source_dir.source)
            library.problems.extend(problems)
            if template is None:
                continue
            if template.key in owners:
                other = owners[template.key]
                library.problems.append(
                    duplicate_problem(template.id, template.language, path, other)
                )
                continue
            owners[template.key] = path
            if template.key in library.variants:
                library.shadowed.append(template)
            else:
                library.variants[template.key] = template
    library.variants = dict(sorted(library.variants.items()))
    library.templates = {}
    for topic, variants in sorted(_by_topic(library.variants).items()):
        default = pick_variant(variants, None)
        if default is not None:
            library.templates[topic] = default.template
    return library


def _by_topic(variants: dict[TopicKey, Template]) -> dict[str, list[Template]]:
    """The variants grouped by topic, in one pass however many topics there are."""
    grouped: dict[str, list[Template]] = {}
    for (topic, _), template in variants.items():
        grouped.setdefault(topic, []).append(template)
    return grouped
