"""Agenda templates as both faces use them: the library (workspace > synced > bundled), a
template by its id, the linter, the preview, the filter, and the git sync of the program's
shared templates with its report.

Nothing of the agenda package is loaded with this module: YAML, git and the sync are paid
by the call that needs them, so ``rmtui note add`` and the TUI's first frame stay light.
All of the agenda package the faces need goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.template import Pick, Template

if TYPE_CHECKING:
    from rmtui.agenda.library import Library
    from rmtui.agenda.loader import CheckReport
    from rmtui.agenda.sync import SyncReport, SyncState
    from rmtui.store.paths import Layout
    from rmtui.store.settings import Settings

__all__ = ["AgendaService", "Synced", "report_json", "report_lines", "report_summary"]


@dataclass(frozen=True, slots=True)
class Synced:
    """The synced copy as its manifest describes it: the state (None before any good
    sync), why the manifest could not be read (None when it could) and its path."""

    state: SyncState | None
    damage: str | None
    manifest: Path

    @property
    def commit(self) -> str | None:
        return self.state.commit if self.state is not None else None

    @property
    def last_line(self) -> str | None:
        """ "Last synced ..." for a listing, or None before any sync."""
        from rmtui.agenda.sync import last_sync_line

        return last_sync_line(self.state)


class AgendaService:
    """The agenda templates of one workspace (its folders and its settings)."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout

    # --- the library --------------------------------------------------------------------

    def library(self) -> Library:
        """Every template with its source and problems (cached: a reload is cheap)."""
        from rmtui.agenda.library import load_library

        return load_library(self.layout)

    def templates(self, language: str | None = None) -> list[Template]:
        """The agenda templates in use (workspace > synced > bundled), one per topic: in
        ``language`` where the topic has it, else in English, else in any; without a
        language, each topic's English (else first) variant."""
        return self.library().winners(language)

    def find(self, template_id: str, language: str | None = None) -> Template | None:
        """The topic ``template_id`` in ``language`` (with the same fallback), or None."""
        return self.library().get(template_id, language)

    def pick(self, template_id: str, language: str | None) -> Pick | None:
        """The topic's variant for ``language`` and whether it fell back, or None."""
        return self.library().pick(template_id, language)

    def template(self, template_id: str, language: str | None = None) -> Template:
        """The topic ``template_id`` (see ``find``); ``RmtuiError`` when there is none."""
        found = self.find(template_id, language)
        if found is None:
            raise RmtuiError(messages.NO_TEMPLATE.format(id=template_id))
        return found

    def synced(self) -> Synced:
        """What the synced copy's manifest says (the copy in use since the last sync)."""
        from rmtui.agenda.sync import MANIFEST, manifest_of

        folder = self.layout.synced_agendas
        state, damage = manifest_of(folder)
        return Synced(state, damage, folder / MANIFEST)

    @staticmethod
    def check(paths: Iterable[Path]) -> CheckReport:
        """Validate template files or folders, as ``rmtui agendas check`` does."""
        from rmtui.agenda.loader import check

        return check(paths)

    @staticmethod
    def markdown(template: Template) -> str:
        """The template as a Markdown preview (every field but the summary escaped)."""
        from rmtui.agenda.render import template_markdown

        return template_markdown(template)

    @staticmethod
    def filter(templates: Iterable[Template], text: str) -> list[Template]:
        """The templates matching a filter of words, ``tag:x`` and ``kw:x``."""
        from rmtui.agenda.search import filter_templates

        return filter_templates(templates, text)

    # --- the sync -----------------------------------------------------------------------

    def repo(self) -> str:
        """The program's repository as saved in the settings ('' when none is named)."""
        return self._settings().agenda_repo

    def sync(
        self,
        *,
        repo: str | None = None,
        branch: str | None = None,
        path: str | None = None,
        timeout: float | None = None,
    ) -> SyncReport:
        """Sync with the options given saved first (each checked before anything is
        written; only those given are written, other settings and comments stay)."""
        from rmtui.store.settings import update_settings

        def changed(current: Settings) -> Settings:
            return _with_target(current, repo, branch, path)

        wanted = update_settings(self.layout.settings, changed)
        return self._run(wanted, timeout)

    def sync_saved(self, timeout: float | None = None) -> SyncReport:
        """Sync with the settings as saved; unreadable settings give a failed report."""
        from rmtui.agenda.sync import SyncReport

        try:
            settings = self._settings()
        except RmtuiError as exc:
            return SyncReport("failed", str(exc), reason="setting")
        return self._run(settings, timeout)

    def _run(self, settings: Settings, timeout: float | None) -> SyncReport:
        from rmtui.agenda.sync import sync_agendas

        if timeout is None:  # the sync's own default
            return sync_agendas(self.layout, settings)
        return sync_agendas(self.layout, settings, timeout=timeout)

    def _settings(self) -> Settings:
        from rmtui.store.settings import load_settings

        return load_settings(self.layout.settings)


def _with_target(
    settings: Settings, repo: str | None, branch: str | None, path: str | None
) -> Settings:
    from rmtui.agenda.sync import check_branch, check_path, check_repo, normalise_repo

    changes: dict[str, str] = {}
    if repo is not None:
        changes["agenda_repo"] = normalise_repo(check_repo(repo))
    if branch is not None:
        changes["branch"] = check_branch(branch)
    if path is not None:
        changes["path"] = check_path(path)
    return settings.with_changes(**changes) if changes else settings


# A sync's report, as each face shows it.


def report_lines(report: SyncReport) -> list[str]:
    """The whole report: what changed, what was refused and why."""
    from rmtui.agenda.sync import report_lines

    return report_lines(report)


def report_summary(report: SyncReport) -> str:
    """The report in one line (the TUI's notification)."""
    from rmtui.agenda.sync import summary

    return summary(report)


def report_json(report: SyncReport) -> dict[str, Any]:
    """The report as ``rmtui agendas sync --json`` prints it."""
    from rmtui.agenda.sync import report_json

    return report_json(report)
