"""Where the agenda repository is: the settings checked before git ever sees them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Protocol

from rmtui.core import messages
from rmtui.core.errors import InvalidInput

_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")
_BRANCH_BAD = re.compile(r"[\x00-\x20\x7f~^:?*\[\\]|\.\.|@\{|//|/\.|\.lock(?:/|\Z)")
# git reads "host:path" (a colon before any slash) as an ssh address.
_SCP_LIKE = re.compile(r"\A[^/]*:")


class SyncSettings(Protocol):
    """The three settings of ``rmtui.yaml`` that say where the templates are (the store's
    ``Settings`` has them)."""

    @property
    def agenda_repo(self) -> str: ...

    @property
    def branch(self) -> str: ...

    @property
    def path(self) -> str: ...


@dataclass(frozen=True, slots=True)
class SyncTarget:
    """A checked repository address, branch ('' = the remote's default) and folder."""

    repo: str
    branch: str = ""
    path: str = ""

    @property
    def source_ref(self) -> str:
        return f"refs/heads/{self.branch}" if self.branch else "HEAD"


def is_local(repo: str) -> bool:
    return "://" not in repo and not _SCP_LIKE.match(repo)


def normalise_repo(repo: str, cwd: Path | None = None) -> str:
    """A local path made absolute (it is stored and used from elsewhere); URLs unchanged."""
    repo = repo.strip()
    if repo and is_local(repo):
        path = Path(repo).expanduser()
        if not path.is_absolute():
            path = (cwd or Path.cwd()) / path
        return str(Path(*path.parts))  # tidy, without resolving links the mentor chose
    return repo


def check_repo(repo: str) -> str:
    repo = repo.strip()
    if not repo:
        raise InvalidInput("agenda_repo", messages.SYNC_NO_REPO)
    # A leading dash would be read as an option; a control character hides what it is.
    if repo.startswith("-") or _CONTROL.search(repo.replace(" ", "")):
        raise InvalidInput("agenda_repo", messages.SYNC_BAD_REPO.format(value=repo))
    return repo


def check_branch(branch: str) -> str:
    branch = branch.strip()
    if not branch:
        return ""
    if (
        branch.startswith(("-", "/", "."))
        or branch.endswith(("/", "."))
        or branch == "@"
        or _BRANCH_BAD.search(branch)
    ):
        raise InvalidInput("branch", messages.SYNC_BAD_BRANCH.format(value=branch))
    return branch


def check_path(path: str) -> str:
    """A relative folder inside the repository, as ``a/b`` ('' for the whole repository)."""
    text = path.strip().strip("/")
    if not text:
        return ""
    parts = PurePosixPath(text).parts
    if (
        "\\" in text
        or _CONTROL.search(text.replace(" ", ""))
        or any(part in (".", "..") or part.lower() == ".git" for part in parts)
    ):
        raise InvalidInput("path", messages.SYNC_BAD_PATH.format(value=path))
    return "/".join(parts)


def target_of(settings: SyncSettings) -> SyncTarget:
    """The settings as a target, or ``InvalidInput`` naming the field that is wrong."""
    return SyncTarget(
        repo=check_repo(settings.agenda_repo),
        branch=check_branch(settings.branch),
        path=check_path(settings.path),
    )
