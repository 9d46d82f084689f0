"""What the last good sync put in ``sync/agendas``, and how the last attempt went.

The good copy describes itself: a hidden manifest inside ``sync/agendas`` is swapped in
with the templates, so it can never disagree with them, whatever crashed when. The last
attempt (its report, for the mentor and the TUI) lives next to it in ``sync/state.json``.
Both are data written by rmtui, still read defensively: a broken file means "unknown".
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rmtui.agenda.places import AgendaFolders
from rmtui.core import messages, strict_json
from rmtui.fs.atomic import write_atomic

MANIFEST = ".rmtui-sync.json"
STATE = "state.json"
_MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SyncedFile:
    """A template of the good copy: the blob it came from, its topic id, title and
    language (a manifest written before languages had none: ``""``, checked anew)."""

    oid: str
    id: str
    title: str
    language: str = ""


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


def sync_dir(folders: AgendaFolders) -> Path:
    return folders.synced_agendas.parent


def last_sync(folders: AgendaFolders) -> SyncState | None:
    """The synced copy in use, or ``None`` when nothing was ever synced (or it is unreadable)."""
    return read_manifest(folders.synced_agendas)


def read_manifest(folder: Path) -> SyncState | None:
    return manifest_of(folder)[0]


def manifest_of(folder: Path) -> tuple[SyncState | None, str | None]:
    """The manifest of ``folder`` and, when it exists but cannot be used, why not."""
    data, problem = _load_json(folder / MANIFEST)
    if data is None:
        return None, problem
    try:
        files = {
            str(rel): SyncedFile(
                str(v["oid"]), str(v["id"]), str(v["title"]), str(v.get("language", ""))
            )
            for rel, v in dict(data["files"]).items()
        }
        state = SyncState(
            repo=str(data["repo"]),
            branch=str(data["branch"]),
            path=str(data["path"]),
            commit=str(data["commit"]),
            synced_at=_parse_time(data["synced_at"]),
            files=files,
            checked_by=str(data.get("checked_by", "")),
        )
    except KeyError as exc:
        return None, messages.SYNC_FILE_FIELD_MISSING.format(field=exc.args[0])
    except (TypeError, ValueError, AttributeError) as exc:
        return None, str(exc)
    return state, None


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
            rel: {"oid": f.oid, "id": f.id, "title": f.title, "language": f.language}
            for rel, f in sorted(state.files.items())
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def read_state(folders: AgendaFolders) -> dict[str, Any]:
    """``sync/state.json``: the repository the git cache holds and the last report."""
    return _load_json(sync_dir(folders) / STATE)[0] or {}


def write_state(folders: AgendaFolders, state: dict[str, Any]) -> None:
    text = json.dumps(state, ensure_ascii=False, indent=1)
    write_atomic(sync_dir(folders) / STATE, text.encode("utf-8"))


def set_aside_damaged(folders: AgendaFolders) -> list[tuple[Path, str, Path]]:
    """Keep a copy of ``sync/state.json`` and of the synced manifest when they exist but
    cannot be read, so the sync that rewrites them overwrites nothing unseen.

    Returns (file, why it cannot be read, where its bytes were kept) for each.
    """
    kept: list[tuple[Path, str, Path]] = []
    state = sync_dir(folders) / STATE
    problem = _load_json(state)[1]
    if problem is not None:
        kept.append((state, problem, _keep_copy(state, sync_dir(folders))))
    manifest = folders.synced_agendas / MANIFEST
    problem = manifest_of(folders.synced_agendas)[1]
    if problem is not None:
        kept.append((manifest, problem, _keep_copy(manifest, sync_dir(folders))))
    return kept


def _keep_copy(path: Path, folder: Path) -> Path:
    """A copy of ``path``'s bytes in ``folder``, named for it; an identical copy already
    kept is reused, so a sync that keeps failing does not pile them up."""
    raw = _read_capped(path) or b""
    stem = f"{path.name.lstrip('.')}.damaged"
    for old in sorted(folder.glob(f"{stem}-*")):
        with contextlib.suppress(OSError):
            if old.read_bytes() == raw:
                return old
    aside = folder / f"{stem}-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    write_atomic(aside, raw)
    return aside


def _read_capped(path: Path) -> bytes | None:
    """At most ``_MAX_BYTES + 1`` bytes of ``path`` (no symlink followed); None if absent."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        return fh.read(_MAX_BYTES + 1)


def _load_json(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The object in ``path``, or None and why it cannot be read (None when it is absent:
    nothing synced yet is not damage)."""
    try:
        raw = _read_capped(path)
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, exc.strerror or type(exc).__name__
    if raw is None:
        return None, None
    if len(raw) > _MAX_BYTES:
        return None, messages.SYNC_FILE_TOO_BIG.format(limit=_MAX_BYTES >> 20)
    try:
        data = strict_json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text at byte {exc.start}"
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
    except (ValueError, RecursionError) as exc:  # StrictJSONError is a ValueError
        return None, str(exc) or type(exc).__name__
    if not isinstance(data, dict):
        return None, f"expected an object at the top level, found {type(data).__name__}"
    return data, None


def _parse_time(value: object) -> datetime:
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
