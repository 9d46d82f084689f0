"""The fetch step: the branch head into the private bare repository ``sync/repo.git``.

``fetch`` returns the commit fetched, or raises ``SyncFailed`` with a short reason that
``classify`` reads from git's (and ssh's, curl's) own messages.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from rmtui.agenda.files import MAX_BYTES
from rmtui.agenda.git import Runner
from rmtui.agenda.sync.report import SyncFailed
from rmtui.agenda.sync.target import SyncTarget
from rmtui.core import messages

CACHE = "repo.git"
REF = "refs/rmtui/synced"
FRESH = ".repo-new-"  # a cache being built; the pid and ".git" follow
REMOTE = "rmtui"
# Blobs over one template's cap are not fetched at all (a 200 MB file in the program's
# repository stays there): the cache is a partial clone that never fetches them later.
# A server without filter support sends them anyway; they are still never read.
FILTER = f"blob:limit={MAX_BYTES}"
_PARTIAL_CLONE = (
    ("core.repositoryformatversion", "1"),
    ("extensions.partialClone", REMOTE),
    (f"remote.{REMOTE}.promisor", "true"),
    (f"remote.{REMOTE}.partialclonefilter", FILTER),
)


def fetch(run: Runner, root: Path, cache: Path, target: SyncTarget, reuse: bool) -> str:
    """Fetch the branch head into ``cache`` and return its commit.

    A new cache (first sync, another repository) is built aside and put in place only
    once the fetch worked. A reused one that fails for no reason git names (a stale lock
    after a crash, a damaged object store) is rebuilt once.
    """
    sweep(root)
    if reuse:
        try:
            return _fetch_into(run, cache, target)
        except SyncFailed as failure:
            if failure.reason != "git":
                raise
    fresh = root / f"{FRESH}{os.getpid()}.git"
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        done = run(["init", "--bare", "--quiet", "--template=", str(fresh)])
        if done.code != 0:
            raise SyncFailed("git", messages.SYNC_GIT_FAILED.format(code=done.code), done.stderr)
        _configure(run, fresh, _PARTIAL_CLONE)
        commit = _fetch_into(run, fresh, target)
        shutil.rmtree(cache, ignore_errors=True)
        os.rename(fresh, cache)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return commit


def sweep(root: Path) -> None:
    """Remove the caches a sync killed mid-fetch left behind (run under the sync lock,
    so no other sync is building one)."""
    for left in root.glob(f"{FRESH}*.git"):
        shutil.rmtree(left, ignore_errors=True)


def _configure(run: Runner, cache: Path, settings: tuple[tuple[str, str], ...]) -> None:
    for key, value in settings:
        done = run(["config", key, value], git_dir=cache)
        if done.code != 0:
            raise SyncFailed("git", messages.SYNC_GIT_FAILED.format(code=done.code), done.stderr)


def _fetch_into(run: Runner, cache: Path, target: SyncTarget) -> str:
    configured = run(["config", "--get", "core.sshCommand"], git_dir=cache)
    run.use_batch_ssh(configured.stdout.decode("utf-8", "replace").strip())
    # A cache made before the blob cap becomes a partial clone too; the address is set on
    # every fetch (the repository is never given on the command line, where it could be
    # taken for an option).
    partial = run(["config", "--get", "extensions.partialClone"], git_dir=cache)
    if partial.stdout.strip() != REMOTE.encode():
        _configure(run, cache, _PARTIAL_CLONE)
    _configure(run, cache, ((f"remote.{REMOTE}.url", target.repo),))
    done = run(
        [
            "fetch",
            "--quiet",
            "--depth=1",
            "--no-tags",
            "--no-recurse-submodules",
            f"--filter={FILTER}",
            REMOTE,
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
