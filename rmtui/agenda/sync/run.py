"""One run of ``rmtui agendas sync``: bring the program's shared templates into the workspace.

Fetch the branch (shallow, into a private bare repository ``sync/repo.git``), list the
commit's tree, read and validate the candidate templates from the object store, stage the
good ones in a new folder and swap it in for ``sync/agendas``. Any failure -- offline,
unknown host, refused, timeout, no such branch, nothing valid -- leaves the copy in use
untouched, and the report says what happened and when the last good sync was.

``SyncRun`` runs the steps in order; the steps live beside it in this package: ``fetch``,
``tree`` (list, read, validate), ``stage`` (build the new copy and swap it in), ``report``
(the report and its JSON), ``state`` (the manifest and ``sync/state.json``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rmtui import __version__
from rmtui.agenda.git import DEFAULT_TIMEOUT, GitMissing, GitTimeout, OutputTooLarge, Runner
from rmtui.agenda.places import AgendaFolders, Folders, absolute
from rmtui.agenda.sync import stage
from rmtui.agenda.sync.fetch import CACHE, fetch
from rmtui.agenda.sync.report import (
    Clock,
    SyncFailed,
    SyncReport,
    by_path,
    changes_since,
    failed_report,
    invalid_of,
    report_json,
    templates,
)
from rmtui.agenda.sync.state import (
    SyncedFile,
    SyncState,
    last_sync,
    read_state,
    set_aside_damaged,
    sync_dir,
    write_state,
)
from rmtui.agenda.sync.target import SyncSettings, SyncTarget, target_of
from rmtui.agenda.sync.tree import (
    TreeRefused,
    Validation,
    list_tree,
    read_blobs,
    select,
    validate,
)
from rmtui.core import messages
from rmtui.core.errors import InvalidInput, WriteFailed
from rmtui.core.template import Problem
from rmtui.fs.lock import locked


def sync_agendas(
    layout: AgendaFolders,
    settings: SyncSettings,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    git: str | None = None,
    environ: Mapping[str, str] | None = None,
    now: Clock | None = None,
) -> SyncReport:
    """Sync the repository named in ``settings``; never raises for a sync that failed."""
    # git runs inside sync/: every path handed to it must not depend on our own cwd.
    folders = absolute(layout)
    clock = now or (lambda: datetime.now(UTC))
    refused: SyncFailed | None = None
    try:
        target = target_of(settings)
    except InvalidInput as exc:
        target = SyncTarget(settings.agenda_repo, settings.branch, settings.path)
        refused = SyncFailed("setting", str(exc))
    run = SyncRun(folders, target, timeout, git, environ, clock)
    if refused is not None:
        return run.failed(refused, last_sync(folders))
    try:
        with locked(run.root / ".lock"):
            return run.under_lock()
    except WriteFailed as exc:  # no lock file could be made: a read-only or full disk
        return run.failed(SyncFailed("disk", str(exc)), last_sync(folders))


@dataclass
class SyncRun:
    """One sync: where it writes, what it fetches, how long git may take, the clock; and
    what it has learned so far (the copy in use, ``sync/state.json``)."""

    folders: Folders
    target: SyncTarget
    timeout: float
    git: str | None
    environ: Mapping[str, str] | None
    clock: Clock
    started: float = field(default_factory=time.monotonic)
    previous: SyncState | None = None
    """The good copy in use when the run began (None: nothing synced yet)."""
    state: dict[str, Any] = field(default_factory=dict)
    """``sync/state.json`` as read, updated by the run and written at its end."""

    @property
    def root(self) -> Path:
        return sync_dir(self.folders)

    @property
    def live(self) -> Path:
        return self.folders.synced_agendas

    def failed(self, failure: SyncFailed, kept: SyncState | None) -> SyncReport:
        return failed_report(failure, self.target, kept, self.started, self.clock)

    def under_lock(self) -> SyncReport:
        """The whole run, with the sync lock held; the report is kept in ``state.json``."""
        damaged: list[Problem] = []
        try:
            stage.recover(self.root, self.live)
            # A damaged state or manifest is kept and reported, never overwritten unseen.
            damaged = [
                Problem(
                    path,
                    0,
                    0,
                    messages.SYNC_FILE_KEPT.format(reason=why, aside=aside),
                    severity="warning",
                )
                for path, why, aside in set_aside_damaged(self.folders)
            ]
            self.previous = last_sync(self.folders)
            self.state = read_state(self.folders)
            report = self._run()
        except SyncFailed as failure:
            report = self.failed(failure, self.previous)
        except (OSError, WriteFailed) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            disk = SyncFailed("disk", messages.SYNC_WRITE_FAILED.format(reason=reason))
            report = self.failed(disk, last_sync(self.folders))
        if damaged:
            report = replace(report, warnings=(*damaged, *report.warnings))
        self.state["last"] = report_json(report)
        with contextlib.suppress(WriteFailed):  # the report is still returned, just not kept
            write_state(self.folders, self.state)
        return report

    def _run(self) -> SyncReport:
        try:
            runner = Runner(self.root, self.timeout, git=self.git, environ=self.environ)
        except GitMissing:
            raise SyncFailed("git-missing", messages.SYNC_GIT_MISSING) from None
        commit = ""
        try:
            commit = self._fetch(runner)
            unchanged = self._unchanged(commit)
            if unchanged is not None:
                return unchanged
            checked = self._check(runner, commit)
        except GitMissing:
            raise SyncFailed("git-missing", messages.SYNC_GIT_MISSING) from None
        except GitTimeout as exc:
            message = messages.SYNC_TIMEOUT.format(seconds=f"{self.timeout:g}")
            raise SyncFailed("timeout", message, exc.stderr) from None
        except OutputTooLarge:
            raise SyncFailed("git", messages.SYNC_OUTPUT_TOO_LARGE) from None
        except TreeRefused as exc:
            raise SyncFailed("repository", exc.message, exc.detail, commit=commit) from None
        if not checked.good:
            message = messages.SYNC_NO_VALID.format(commit=commit[:12])
            invalid = invalid_of(checked.invalid)
            raise SyncFailed("templates", message, commit=commit, invalid=invalid)
        synced, refused = self._stage(commit, checked)
        return self._synced_report(synced, checked, refused)

    def _fetch(self, runner: Runner) -> str:
        """The branch head, fetched into the private cache (reused for the same repository)."""
        cache = self.root / CACHE
        reuse = self.state.get("cache_repo") == self.target.repo and (cache / "HEAD").is_file()
        commit = fetch(runner, self.root, cache, self.target, reuse)
        self.state["cache_repo"] = self.target.repo
        return commit

    def _check(self, runner: Runner, commit: str) -> Validation:
        """The candidate templates of ``commit``; those the copy in use holds unchanged are
        not read again."""
        cache = self.root / CACHE
        selection = select(list_tree(runner, cache, commit), self.target.path)
        if not selection.folder_found:
            message = messages.SYNC_NO_FOLDER.format(commit=commit[:12], path=self.target.path)
            raise SyncFailed("folder", message, commit=commit)
        reused = stage.known(self.live, self.previous, selection.wanted)
        fresh = [entry for entry in selection.wanted if entry.rel not in reused]
        return validate(selection, read_blobs(runner, cache, fresh), reused)

    def _stage(self, commit: str, checked: Validation) -> tuple[SyncState, list[Problem]]:
        """Stage the good templates with their manifest and swap them in; what was refused."""
        staged = self.root / f"{stage.STAGE_PREFIX}{os.getpid()}"
        try:
            written, refused = stage.build(staged, checked.good, self.live)
            if not written:
                message = messages.SYNC_NO_VALID.format(commit=commit[:12])
                invalid = invalid_of({**checked.invalid, **by_path(refused)})
                raise SyncFailed("templates", message, commit=commit, invalid=invalid)
            files = {
                c.entry.rel: SyncedFile(c.entry.oid, c.id, c.title, c.language) for c in written
            }
            target = self.target
            synced = SyncState(
                target.repo, target.branch, target.path, commit, self.clock(), files, __version__
            )
            stage.write_manifest(staged, synced)
            stage.swap(staged, self.live)
        except OSError as exc:
            stage.discard(staged)
            message = messages.SYNC_WRITE_FAILED.format(reason=exc.strerror)
            raise SyncFailed("disk", message) from None
        except BaseException:
            stage.discard(staged)
            raise
        return synced, refused

    def _unchanged(self, commit: str) -> SyncReport | None:
        """The report when the copy in use already holds ``commit`` from the same place."""
        previous, target = self.previous, self.target
        if (
            previous is None
            or (previous.repo, previous.branch, previous.path, previous.commit)
            != (target.repo, target.branch, target.path, commit)
            or not self.live.is_dir()
        ):
            return None
        message = messages.SYNC_UP_TO_DATE.format(
            commit=previous.short_commit, count=templates(previous.templates)
        )
        return SyncReport(
            "up-to-date",
            message,
            target.repo,
            target.branch,
            target.path,
            commit=commit,
            templates=previous.templates,
            seconds=time.monotonic() - self.started,
            finished_at=self.clock(),
        )

    def _synced_report(
        self, synced: SyncState, checked: Validation, refused: list[Problem]
    ) -> SyncReport:
        added, changed, removed = changes_since(self.previous, synced.files)
        invalid = invalid_of({**checked.invalid, **by_path(refused)})
        message = messages.SYNC_DONE.format(
            count=templates(synced.templates), commit=synced.short_commit
        )
        return SyncReport(
            "synced",
            message,
            self.target.repo,
            self.target.branch,
            self.target.path,
            commit=synced.commit,
            templates=synced.templates,
            added=added,
            changed=changed,
            removed=removed,
            invalid=invalid,
            warnings=tuple(checked.warnings),
            seconds=time.monotonic() - self.started,
            finished_at=synced.synced_at,
        )
