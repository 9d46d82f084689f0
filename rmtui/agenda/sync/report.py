"""What one sync did: the report, the failure that becomes one, and its JSON form.

``SyncReport`` is what the CLI, the TUI and ``sync/state.json`` see; ``SyncFailed`` is
raised inside a run and turned into a ``failed`` report by ``failed_report``. The helpers here
build the report's parts: which templates came, changed or went, and which were refused.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from rmtui.agenda.sync.state import SyncedFile, SyncState
from rmtui.agenda.sync.target import SyncTarget
from rmtui.core import messages
from rmtui.core.template import Problem
from rmtui.core.text import strip_control

Outcome = Literal["synced", "up-to-date", "failed"]

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class Change:
    """A template that came, changed or went: path relative to the templates folder."""

    path: str
    id: str
    title: str
    language: str = ""


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did, for the CLI, the TUI and ``sync/state.json``."""

    outcome: Outcome
    message: str
    repo: str = ""
    branch: str = ""
    path: str = ""
    commit: str = ""
    """The commit now in use (synced, up to date), or the one fetched and refused."""
    templates: int = 0
    added: tuple[Change, ...] = ()
    changed: tuple[Change, ...] = ()
    removed: tuple[Change, ...] = ()
    invalid: tuple[tuple[str, tuple[Problem, ...]], ...] = ()
    """Repo-relative path of each refused candidate and why."""
    warnings: tuple[Problem, ...] = ()
    seconds: float = 0.0
    finished_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    reason: str = ""
    """Why it failed, as a short kind: ``timeout``, ``branch``, ``unreachable``..."""
    detail: str = ""
    """git's own last words, stripped of control characters."""
    kept: SyncState | None = None
    """After a failure: the good copy still in use, if any."""

    @property
    def ok(self) -> bool:
        return self.outcome != "failed"


class SyncFailed(Exception):
    def __init__(
        self,
        reason: str,
        message: str,
        detail: str = "",
        *,
        commit: str = "",
        invalid: tuple[tuple[str, tuple[Problem, ...]], ...] = (),
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.detail = detail
        self.commit = commit
        self.invalid = invalid


def templates(count: int) -> str:
    """``1 template``, ``14 templates``."""
    return messages.SYNC_TEMPLATES.format(count)


def failed_report(
    failure: SyncFailed,
    target: SyncTarget,
    kept: SyncState | None,
    started: float,
    clock: Clock,
) -> SyncReport:
    return SyncReport(
        "failed",
        failure.message,
        target.repo,
        target.branch,
        target.path,
        commit=failure.commit,
        invalid=failure.invalid,
        seconds=time.monotonic() - started,
        finished_at=clock(),
        reason=failure.reason,
        detail=failure.detail,
        kept=kept,
        templates=kept.templates if kept is not None else 0,
    )


def by_path(problems: list[Problem]) -> dict[str, list[Problem]]:
    found: dict[str, list[Problem]] = {}
    for problem in problems:
        found.setdefault(str(problem.path), []).append(problem)
    return found


def invalid_of(
    problems: Mapping[str, list[Problem]],
) -> tuple[tuple[str, tuple[Problem, ...]], ...]:
    return tuple((path, tuple(found)) for path, found in sorted(problems.items()))


def changes_since(
    previous: SyncState | None, files: dict[str, SyncedFile]
) -> tuple[tuple[Change, ...], tuple[Change, ...], tuple[Change, ...]]:
    before = previous.files if previous is not None else {}
    files = dict(sorted(files.items()))
    added = [_change(rel, f) for rel, f in files.items() if rel not in before]
    changed = [
        _change(rel, f) for rel, f in files.items() if rel in before and before[rel].oid != f.oid
    ]
    removed = [_change(rel, f) for rel, f in before.items() if rel not in files]
    return tuple(added), tuple(changed), tuple(removed)


def _change(rel: str, f: SyncedFile) -> Change:
    return Change(rel, f.id, f.title, f.language)


def report_json(report: SyncReport) -> dict[str, Any]:
    """The report as JSON data (``--json`` and ``sync/state.json``)."""

    # Repository text is cleaned here too: JSON escapes C0 controls but not C1 ones.
    clean = strip_control

    def changes(items: tuple[Change, ...]) -> list[dict[str, str]]:
        return [
            {"path": c.path, "id": c.id, "language": c.language, "title": clean(c.title)}
            for c in items
        ]

    kept = report.kept
    return {
        "outcome": report.outcome,
        "ok": report.ok,
        "message": clean(report.message),
        "reason": report.reason,
        "detail": clean(report.detail),
        "repo": report.repo,
        "branch": report.branch,
        "path": report.path,
        "commit": report.commit,
        "templates": report.templates,
        "added": changes(report.added),
        "changed": changes(report.changed),
        "removed": changes(report.removed),
        "invalid": [
            {"path": path, "problems": [clean(str(p)) for p in problems]}
            for path, problems in report.invalid
        ],
        "warnings": [clean(str(p)) for p in report.warnings],
        "seconds": round(report.seconds, 3),
        "finished_at": report.finished_at.isoformat(),
        "kept": None
        if kept is None
        else {
            "commit": kept.commit,
            "synced_at": kept.synced_at.isoformat(),
            "templates": kept.templates,
            "repo": kept.repo,
        },
    }
