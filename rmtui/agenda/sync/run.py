"""``rmtui agendas sync``: bring the program's shared templates into the workspace.

One run: fetch the branch (shallow, into a private bare repository ``sync/repo.git``),
list the commit's tree, read and validate the candidate templates from the object store,
write the good ones into a new folder and swap it in for ``sync/agendas``. Any failure --
offline, unknown host, refused, timeout, no such branch, nothing valid -- leaves the copy
in use untouched, and the report says what happened and when the last good sync was.

This module runs the steps in order; the steps live beside it: ``sync_fetch`` (the
fetch), ``sync_tree`` (list, read, validate), ``sync_export`` (build and swap in),
``sync_report`` (the report and its JSON), ``sync_state`` (``sync/state.json``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from rmtui import __version__
from rmtui.agenda import sync_export
from rmtui.agenda.git import DEFAULT_TIMEOUT, GitMissing, GitTimeout, OutputTooLarge, Runner
from rmtui.agenda.sync_fetch import CACHE, REF, classify, fetch
from rmtui.agenda.sync_result import (
    Change,
    Clock,
    Outcome,
    SyncFailed,
    SyncReport,
    by_path,
    changes_since,
    failed_report,
    invalid_of,
    report_json,
    templates,
)
from rmtui.agenda.sync_state import (
    SyncedFile,
    SyncState,
    last_sync,
    read_state,
    set_aside_damaged,
    sync_dir,
    write_state,
)
from rmtui.agenda.sync_target import SyncTarget, target_of
from rmtui.agenda.sync_tree import TreeRefused, list_tree, read_blobs, select, validate
from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.template import Problem
from rmtui.store.errors import WriteFailed
from rmtui.store.lock import locked
from rmtui.store.paths import Layout
from rmtui.store.settings import Settings

__all__ = [
    "CACHE",
    "REF",
    "Change",
    "Clock",
    "Outcome",
    "SyncFailed",
    "SyncReport",
    "classify",
    "report_json",
    "sync_agendas",
    "templates",
]


def sync_agendas(
    layout: Layout,
    settings: Settings,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    git: str | None = None,
    environ: Mapping[str, str] | None = None,
    now: Clock | None = None,
) -> SyncReport:
    """Sync the repository named in ``settings``; never raises for a sync that failed."""
    clock = now or (lambda: datetime.now(UTC))
    started = time.monotonic()
    # git runs inside sync/: every path handed to it must not depend on our own cwd.
    layout = Layout(layout.root.absolute())
    root = sync_dir(layout)
    try:
        target = target_of(settings)
    except InvalidInput as exc:
        target = SyncTarget(settings.agenda_repo, settings.branch, settings.path)
        bad = SyncFailed("setting", str(exc))
        return failed_report(bad, target, last_sync(layout), started, clock)
    try:
        with locked(root / ".lock"):
            return _sync_locked(layout, target, timeout, git, environ, clock, started)
    except WriteFailed as exc:  # no lock file could be made: a read-only or full disk
        unwritable = SyncFailed("disk", str(exc))
        return failed_report(unwritable, target, last_sync(layout), started, clock)


def _sync_locked(
    layout: Layout,
    target: SyncTarget,
    timeout: float,
    git: str | None,
    environ: Mapping[str, str] | None,
    clock: Clock,
    started: float,
) -> SyncReport:
    root = sync_dir(layout)
    previous: SyncState | None = None
    state: dict[str, Any] = {}
    damaged: list[Problem] = []
    try:
        sync_export.recover(root, layout.synced_agendas)
        # A damaged state or manifest is kept and reported, never overwritten unseen.
        damaged = [
            Problem(
                path,
                0,
                0,
                messages.SYNC_FILE_KEPT.format(reason=why, aside=aside),
                severity="warning",
            )
            for path, why, aside in set_aside_damaged(layout)
        ]
        previous = last_sync(layout)
        state = read_state(layout)
        report = _sync(layout, target, previous, state, timeout, git, environ, clock, started)
    except SyncFailed as failure:
        report = failed_report(failure, target, previous, started, clock)
    except (OSError, WriteFailed) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        disk = SyncFailed("disk", messages.SYNC_WRITE_FAILED.format(reason=reason))
        report = failed_report(disk, target, last_sync(layout), started, clock)
    if damaged:
        report = replace(report, warnings=(*damaged, *report.warnings))
    state["last"] = report_json(report)
    with contextlib.suppress(WriteFailed):  # the report is still returned, just not kept
        write_state(layout, state)
    return report


def _sync(
    layout: Layout,
    target: SyncTarget,
    previous: SyncState | None,
    state: dict[str, Any],
    timeout: float,
    git: str | None,
    environ: Mapping[str, str] | None,
    clock: Clock,
    started: float,
) -> SyncReport:
    root = sync_dir(layout)
    try:
        run = Runner(root, timeout, git=git, environ=environ)
    except GitMissing:
        raise SyncFailed("git-missing", messages.SYNC_GIT_MISSING) from None
    cache = root / CACHE
    reuse = state.get("cache_repo") == target.repo and (cache / "HEAD").is_file()
    commit = ""
    try:
        commit = fetch(run, root, cache, target, reuse)
        state["cache_repo"] = target.repo
        if (
            previous is not None
            and (previous.repo, previous.branch, previous.path, previous.commit)
            == (target.repo, target.branch, target.path, commit)
            and layout.synced_agendas.is_dir()
        ):
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
                seconds=time.monotonic() - started,
                finished_at=clock(),
            )
        selection = select(list_tree(run, cache, commit), target.path)
        if not selection.folder_found:
            message = messages.SYNC_NO_FOLDER.format(commit=commit[:12], path=target.path)
            raise SyncFailed("folder", message, commit=commit)
        reused = sync_export.known(layout.synced_agendas, previous, selection.wanted)
        fresh = [entry for entry in selection.wanted if entry.rel not in reused]
        checked = validate(selection, read_blobs(run, cache, fresh), reused)
    except GitMissing:
        raise SyncFailed("git-missing", messages.SYNC_GIT_MISSING) from None
    except GitTimeout as exc:
        message = messages.SYNC_TIMEOUT.format(seconds=f"{timeout:g}")
        raise SyncFailed("timeout", message, exc.stderr) from None
    except OutputTooLarge:
        raise SyncFailed("git", messages.SYNC_OUTPUT_TOO_LARGE) from None
    except TreeRefused as exc:
        raise SyncFailed("repository", exc.message, exc.detail, commit=commit) from None

    invalid = invalid_of(checked.invalid)
    if not checked.good:
        message = messages.SYNC_NO_VALID.format(commit=commit[:12])
        raise SyncFailed("templates", message, commit=commit, invalid=invalid)

    stage = root / f"{sync_export.STAGE_PREFIX}{os.getpid()}"
    try:
        written, refused = sync_export.build(stage, checked.good, layout.synced_agendas)
        if not written:
            message = messages.SYNC_NO_VALID.format(commit=commit[:12])
            invalid = invalid_of({**checked.invalid, **by_path(refused)})
            raise SyncFailed("templates", message, commit=commit, invalid=invalid)
        files = {c.entry.rel: SyncedFile(c.entry.oid, c.id, c.title) for c in written}
        synced = SyncState(
            target.repo, target.branch, target.path, commit, clock(), files, __version__
        )
        sync_export.write_manifest(stage, synced)
        sync_export.swap(stage, layout.synced_agendas)
    except OSError as exc:
        sync_export.discard(stage)
        raise SyncFailed("disk", messages.SYNC_WRITE_FAILED.format(reason=exc.strerror)) from None
    except BaseException:
        sync_export.discard(stage)
        raise
    added, changed, removed = changes_since(previous, files)
    invalid = invalid_of({**checked.invalid, **by_path(refused)})
    message = messages.SYNC_DONE.format(count=templates(len(files)), commit=commit[:12])
    return SyncReport(
        "synced",
        message,
        target.repo,
        target.branch,
        target.path,
        commit=commit,
        templates=len(files),
        added=added,
        changed=changed,
        removed=removed,
        invalid=invalid,
        warnings=tuple(checked.warnings),
        seconds=time.monotonic() - started,
        finished_at=synced.synced_at,
    )
