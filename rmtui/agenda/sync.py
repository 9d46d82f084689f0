"""``rmtui agendas sync``: bring the program's shared templates into the workspace.

One run: fetch the branch (shallow, into a private bare repository ``sync/repo.git``),
list the commit's tree, read and validate the candidate templates from the object store,
write the good ones into a new folder and swap it in for ``sync/agendas``. Any failure --
offline, unknown host, refused, timeout, no such branch, nothing valid -- leaves the copy
in use untouched, and the report says what happened and when the last good sync was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from rmtui import __version__
from rmtui.agenda import sync_export
from rmtui.agenda.git import DEFAULT_TIMEOUT, GitMissing, GitTimeout, OutputTooLarge, Runner
from rmtui.agenda.sync_state import (
    SyncedFile,
    SyncState,
    last_sync,
    read_state,
    sync_dir,
    write_state,
)
from rmtui.agenda.sync_target import SyncTarget, target_of
from rmtui.agenda.sync_tree import TreeRefused, list_tree, read_blobs, select, validate
from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.template import Problem
from rmtui.core.text import strip_control
from rmtui.store.errors import WriteFailed
from rmtui.store.lock import locked
from rmtui.store.paths import Layout
from rmtui.store.settings import Settings

CACHE = "repo.git"
REF = "refs/rmtui/synced"

Outcome = Literal["synced", "up-to-date", "failed"]


@dataclass(frozen=True, slots=True)
class Change:
    """A template that came, changed or went: path relative to the templates folder."""

    path: str
    id: str
    title: str


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


Clock = Callable[[], datetime]


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
        return _failed(bad, target, last_sync(layout), started, clock)
    try:
        with locked(root / ".lock"):
            return _sync_locked(layout, target, timeout, git, environ, clock, started)
    except WriteFailed as exc:  # no lock file could be made: a read-only or full disk
        unwritable = SyncFailed("disk", str(exc))
        return _failed(unwritable, target, last_sync(layout), started, clock)


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
    try:
        sync_export.recover(root, layout.synced_agendas)
        previous = last_sync(layout)
        state = read_state(layout)
        report = _sync(layout, target, previous, state, timeout, git, environ, clock, started)
    except SyncFailed as failure:
        report = _failed(failure, target, previous, started, clock)
    except (OSError, WriteFailed) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        disk = SyncFailed("disk", messages.SYNC_WRITE_FAILED.format(reason=reason))
        report = _failed(disk, target, last_sync(layout), started, clock)
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
        commit = _fetch(run, root, cache, target, reuse)
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

    invalid = _invalid(checked.invalid)
    if not checked.good:
        message = messages.SYNC_NO_VALID.format(commit=commit[:12])
        raise SyncFailed("templates", message, commit=commit, invalid=invalid)

    stage = root / f"{sync_export.STAGE_PREFIX}{os.getpid()}"
    try:
        written, refused = sync_export.build(stage, checked.good, layout.synced_agendas)
        if not written:
            message = messages.SYNC_NO_VALID.format(commit=commit[:12])
            invalid = _invalid({**checked.invalid, **_by_path(refused)})
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
    added, changed, removed = _changes(previous, files)
    invalid = _invalid({**checked.invalid, **_by_path(refused)})
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


def templates(count: int) -> str:
    """``1 template``, ``14 templates``."""
    one, many = messages.SYNC_TEMPLATES
    return (one if count == 1 else many).format(count=count)


def _fetch(run: Runner, root: Path, cache: Path, target: SyncTarget, reuse: bool) -> str:
    """Fetch the branch head into ``cache`` and return its commit.

    A new cache (first sync, another repository) is built aside and put in place only
    once the fetch worked. A reused one that fails for no reason git names (a stale lock
    after a crash, a damaged object store) is rebuilt once.
    """
    if reuse:
        try:
            return _fetch_into(run, cache, target)
        except SyncFailed as failure:
            if failure.reason != "git":
                raise
    fresh = root / f".repo-new-{os.getpid()}.git"
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        done = run(["init", "--bare", "--quiet", "--template=", str(fresh)])
        if done.code != 0:
            raise SyncFailed("git", messages.SYNC_GIT_FAILED.format(code=done.code), done.stderr)
        commit = _fetch_into(run, fresh, target)
        shutil.rmtree(cache, ignore_errors=True)
        os.rename(fresh, cache)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return commit


def _fetch_into(run: Runner, cache: Path, target: SyncTarget) -> str:
    configured = run(["config", "--get", "core.sshCommand"], git_dir=cache)
    run.use_batch_ssh(configured.stdout.decode("utf-8", "replace").strip())
    done = run(
        [
            "fetch",
            "--quiet",
            "--depth=1",
            "--no-tags",
            "--no-recurse-submodules",
            "--",
            target.repo,
            f"+{target.source_ref}:{REF}",
        ],
        git_dir=cache,
    )
    if done.code != 0:
        reason, message = classify(done.stderr, target)
        raise SyncFailed(reason, message, done.stderr)
    head = run(["rev-parse", "--verify", "--quiet", f"{REF}^{{commit}}"], git_dir=cache)
    commit = head.stdout.decode("ascii", "replace").strip()
    if head.code != 0 or not commit:
        raise SyncFailed("git", messages.SYNC_GIT_FAILED.format(code=head.code), head.stderr)
    return commit


# Patterns in git's (and ssh's, curl's) messages, first match wins; LC_ALL=C keeps them
# in English.
_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("branch", ("couldn't find remote ref",)),
    ("ownership", ("dubious ownership",)),
    ("protocol", ("not allowed", "unsupported protocol")),
    ("host-key", ("host key verification failed", "remote host identification has changed")),
    (
        "auth",
        (
            "permission denied",
            "authentication failed",
            "could not read username",
            "could not read password",
            "terminal prompts disabled",
            "the requested url returned error: 401",
            "the requested url returned error: 403",
        ),
    ),
    (
        "missing",
        (
            "does not appear to be a git repository",
            "repository not found",
            "not found",
            "does not exist",
            "no such file or directory",
        ),
    ),
    (
        "unreachable",
        (
            "could not resolve host",
            "could not resolve hostname",
            "name or service not known",
            "temporary failure in name resolution",
            "connection refused",
            "connection timed out",
            "network is unreachable",
            "no route to host",
            "unable to connect",
            "failed to connect",
            "couldn't connect",
            "connection reset",
            "could not read from remote repository",
        ),
    ),
)


def classify(stderr: str, target: SyncTarget) -> tuple[str, str]:
    """A failed fetch as ``(reason, message for the mentor)``."""
    said = stderr.lower()
    reason = next((kind for kind, words in _KINDS if any(w in said for w in words)), "")
    if not reason:
        return "git", messages.SYNC_GIT_FAILED.format(code="fetch")
    if reason == "branch" and not target.branch:
        return reason, messages.SYNC_NO_DEFAULT_BRANCH
    return reason, {
        "branch": messages.SYNC_BRANCH_MISSING.format(branch=target.branch),
        "ownership": messages.SYNC_OWNERSHIP.format(repo=target.repo),
        "protocol": messages.SYNC_PROTOCOL,
        "host-key": messages.SYNC_HOST_KEY,
        "auth": messages.SYNC_AUTH,
        "missing": messages.SYNC_REPO_MISSING.format(repo=target.repo),
        "unreachable": messages.SYNC_UNREACHABLE.format(repo=target.repo),
    }[reason]


def _failed(
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


def _by_path(problems: list[Problem]) -> dict[str, list[Problem]]:
    found: dict[str, list[Problem]] = {}
    for problem in problems:
        found.setdefault(str(problem.path), []).append(problem)
    return found


def _invalid(by_path: Mapping[str, list[Problem]]) -> tuple[tuple[str, tuple[Problem, ...]], ...]:
    return tuple((path, tuple(problems)) for path, problems in sorted(by_path.items()))


def _changes(
    previous: SyncState | None, files: dict[str, SyncedFile]
) -> tuple[tuple[Change, ...], tuple[Change, ...], tuple[Change, ...]]:
    before = previous.files if previous is not None else {}
    files = dict(sorted(files.items()))
    added = [Change(rel, f.id, f.title) for rel, f in files.items() if rel not in before]
    changed = [
        Change(rel, f.id, f.title)
        for rel, f in files.items()
        if rel in before and before[rel].oid != f.oid
    ]
    removed = [Change(rel, f.id, f.title) for rel, f in before.items() if rel not in files]
    return tuple(added), tuple(changed), tuple(removed)


def report_json(report: SyncReport) -> dict[str, Any]:
    """The report as JSON data (``--json`` and ``sync/state.json``)."""

    # Repository text is cleaned here too: JSON escapes C0 controls but not C1 ones.
    clean = strip_control

    def changes(items: tuple[Change, ...]) -> list[dict[str, str]]:
        return [{"path": c.path, "id": c.id, "title": clean(c.title)} for c in items]

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
