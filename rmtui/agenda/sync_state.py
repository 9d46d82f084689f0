"""What the last good sync put in ``sync/agendas``, and how the last attempt went.

The good copy describes itself: a hidden manifest inside ``sync/agendas`` is swapped in
with the templates, so it can never disagree with them, whatever crashed when. The last
attempt (its report, for the mentor and the TUI) lives next to it in ``sync/state.json``.
Both are data written by rmtui, still read defensively: a broken file means "unknown".
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rmtui.store.atomic import write_atomic
from rmtui.store.paths import Layout

MANIFEST = ".rmtui-sync.json"
STATE = "state.json"
_MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SyncedFile:
    """A template of the good copy: the blob it came from, its id and title."""

    oid: str
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class SyncState:
    """The copy of the program's templates in use: where from, which commit, when."""

    repo: str
    branch: str
    path: str
    commit: str
    synced_at: datetime
    files: dict[str, SyncedFile] = field(default_factory=dict)
    """Path relative to ``sync/agendas`` -> what it holds."""
    checked_by: str = ""
    """The rmtui version that validated them (another one checks them again)."""

    @property
    def templates(self) -> int:
        return len(self.files)

    @property
    def short_commit(self) -> str:
        return self.commit[:12]


def sync_dir(layout: Layout) -> Path:
    return layout.synced_agendas.parent


def last_sync(layout: Layout) -> SyncState | None:
    """The synced copy in use, or ``None`` when nothing was ever synced (or it is unreadable)."""
    return read_manifest(layout.synced_agendas)


def read_manifest(folder: Path) -> SyncState | None:
    data = _read_json(folder / MANIFEST)
    if data is None:
        return None
    try:
        files = {
            str(rel): SyncedFile(str(v["oid"]), str(v["id"]), str(v["title"]))
            for rel, v in dict(data["files"]).items()
        }
        return SyncState(
            repo=str(data["repo"]),
            branch=str(data["branch"]),
            path=str(data["path"]),
            commit=str(data["commit"]),
            synced_at=_parse_time(data["synced_at"]),
            files=files,
            checked_by=str(data.get("checked_by", "")),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def manifest_bytes(state: SyncState) -> bytes:
    data = {
        "version": 1,
        "repo": state.repo,
        "branch": state.branch,
        "path": state.path,
        "commit": state.commit,
        "synced_at": state.synced_at.isoformat(),
        "checked_by": state.checked_by,
        "files": {
            rel: {"oid": f.oid, "id": f.id, "title": f.title}
            for rel, f in sorted(state.files.items())
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def read_state(layout: Layout) -> dict[str, Any]:
    """``sync/state.json``: the repository the git cache holds and the last report."""
    return _read_json(sync_dir(layout) / STATE) or {}


def write_state(layout: Layout, state: dict[str, Any]) -> None:
    text = json.dumps(state, ensure_ascii=False, indent=1)
    write_atomic(sync_dir(layout) / STATE, text.encode("utf-8"))


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            raw = fh.read(_MAX_BYTES + 1)
    except OSError:
        return None
    if len(raw) > _MAX_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _parse_time(value: object) -> datetime:
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
