"""Erasing a tandem for good: its folder and its backups, all or nothing.

Called under the workspace lock and the tandem's own lock, so no writer can put a file
or a backup back while the removal runs. The tandem's folder and its backups are first
renamed into ``.erasing/<id>/`` (the folder rename is the moment the tandem is gone for
every reader and writer), then deleted. When the delete fails half-way the folder stays
set aside, is never listed, and the next erase finishes it before anything else.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from rmtui.core import messages
from rmtui.store.atomic import ensure_dir, fsync_dir
from rmtui.store.errors import WriteFailed
from rmtui.store.paths import Layout


class EraseUnfinished(WriteFailed):
    """The erase stopped; the message says how far it got and that a retry finishes it."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something of the tandem that the erase left, and why."""

    path: Path
    reason: str


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def finish_leftovers(layout: Layout) -> None:
    """Delete what earlier erases set aside and could not delete (a crash, a disk error)."""
    folder = layout.erasing
    if _is_link(folder):
        folder.unlink()  # rmtui's own name, put there by someone else: never followed
    if not _is_dir(folder):
        return
    for entry in sorted(os.listdir(folder)):
        _delete(folder / entry, entry)
    with contextlib.suppress(OSError):
        folder.rmdir()


def erase(layout: Layout, tandem_id: str) -> list[Skipped]:
    """Set the tandem's folder and backups aside, then delete them; what was left alone.

    The caller holds the locks and has checked that ``tandems/<id>`` is a real folder.
    """
    finish_leftovers(layout)
    aside = layout.erasing / tandem_id
    skipped: list[Skipped] = []
    try:
        ensure_dir(aside)
    except OSError as exc:
        raise _not_started(tandem_id, exc) from exc
    backups = layout.backups(tandem_id)
    moved_backups = False
    if _is_link(backups.parent):
        skipped.append(Skipped(backups.parent, messages.LINK_REFUSED.format(path=backups.parent)))
    elif _is_link(backups):
        try:
            backups.unlink()  # the link itself: its target is outside rmtui's care
        except OSError as exc:
            raise _not_started(tandem_id, exc) from exc
    elif _is_dir(backups):
        try:
            os.rename(backups, aside / "backups")
            moved_backups = True
        except OSError as exc:
            raise _not_started(tandem_id, exc) from exc
    try:
        os.rename(layout.tandem_dir(tandem_id), aside / "tandem")
    except OSError as exc:
        if moved_backups:
            with contextlib.suppress(OSError):
                os.rename(aside / "backups", backups)
        raise _not_started(tandem_id, exc) from exc
    skipped += _set_aside_recovered(layout, tandem_id, aside)
    for folder in (layout.tandems, backups.parent, layout.erasing):
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    _delete(aside, tandem_id)
    with contextlib.suppress(OSError):
        layout.erasing.rmdir()
    return skipped


def _delete(aside: Path, tandem_id: str) -> None:
    try:
        shutil.rmtree(aside)
    except FileNotFoundError:
        return
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise EraseUnfinished(
            messages.ERASE_UNFINISHED.format(id=tandem_id, path=aside, reason=reason)
        ) from exc


def _not_started(tandem_id: str, exc: OSError) -> EraseUnfinished:
    reason = exc.strerror or type(exc).__name__
    return EraseUnfinished(messages.ERASE_NOT_STARTED.format(id=tandem_id, reason=reason))


def _set_aside_recovered(layout: Layout, tandem_id: str, aside: Path) -> list[Skipped]:
    """Notes a quit kept for this tandem (``recovery/``) hold its note texts: they go too."""
    from rmtui.store import recovery

    kept = [r for r in recovery.found(layout) if r.tandem_id == tandem_id]
    if not kept:
        return []
    skipped: list[Skipped] = []
    target = aside / "recovery"
    try:
        ensure_dir(target)
    except OSError as exc:
        return [Skipped(recovery.folder(layout), str(exc))]
    for kept_file in kept:
        try:
            os.rename(kept_file.path, target / kept_file.path.name)
        except OSError as exc:
            skipped.append(Skipped(kept_file.path, str(exc)))
    with contextlib.suppress(OSError):
        fsync_dir(recovery.folder(layout))
    return skipped
