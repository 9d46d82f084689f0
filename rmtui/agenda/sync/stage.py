"""The good copy on disk: built beside ``sync/agendas``, then swapped in whole or not at all.

Only templates that passed validation are written, as regular 0600 files, relative to
the templates folder; a hidden manifest says what they are. Unchanged templates are hard
links to the copy in use (after comparing bytes), so an update writes only what changed.
A crash leaves either the old copy or the new one: ``recover`` finishes a half-done swap.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Iterable
from pathlib import Path

from rmtui import __version__
from rmtui.agenda.sync.state import MANIFEST, SyncState, manifest_bytes
from rmtui.agenda.sync.tree import Checked, Entry, blob_id
from rmtui.core import messages
from rmtui.core.template import Problem
from rmtui.fs.atomic import FILE_MODE, ensure_dir, fsync_dir

STAGE_PREFIX = ".agendas-new-"
OLD_PREFIX = ".agendas-old-"

# A file the filesystem cannot hold under its name (a case clash on macOS, a name too
# long): that template is refused; any other error (disk full) stops the whole sync.
_NAME_ERRORS = (errno.EEXIST, errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ, errno.ENOTDIR)


def recover(sync_root: Path, live: Path) -> None:
    """Finish or undo a swap that a crash interrupted; drop half-built copies."""
    if not sync_root.is_dir():
        return
    for entry in sorted(os.scandir(sync_root), key=lambda e: e.name):
        if entry.name.startswith(STAGE_PREFIX):
            shutil.rmtree(entry.path, ignore_errors=True)
        elif entry.name.startswith(OLD_PREFIX):
            if os.path.lexists(live):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.rename(entry.path, live)  # the new copy never arrived: the old one stays
                fsync_dir(sync_root)


def known(live: Path, previous: SyncState | None, wanted: Iterable[Entry]) -> dict[str, Checked]:
    """The wanted templates the copy in use already holds, checked by this same rmtui.

    Each is read back and hashed as git hashes blobs, so only bytes identical to the
    commit's are reused: a hand edit, a torn file or a change of folder reads the blob anew.
    """
    if previous is None or previous.checked_by != __version__:
        return {}
    found: dict[str, Checked] = {}
    for entry in wanted:
        synced = previous.files.get(entry.rel)
        if synced is None or synced.oid != entry.oid or not synced.language:
            continue
        data = _read_regular(live / entry.rel, entry.size)
        if data is not None and blob_id(data, entry.oid) == entry.oid:
            found[entry.rel] = Checked(entry, data, synced.id, synced.title, synced.language)
    return found


def _read_regular(path: Path, size: int) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size != size:
            return None
        return os.read(fd, size + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def build(stage: Path, good: Iterable[Checked], live: Path) -> tuple[list[Checked], list[Problem]]:
    """Write ``good`` into the new folder ``stage``; what was written and what was refused."""
    ensure_dir(stage.parent)
    os.mkdir(stage, 0o700)
    os.chmod(stage, 0o700)
    written: list[Checked] = []
    refused: list[Problem] = []
    to_sync: list[Path] = []
    folders = {stage}
    for checked in good:
        rel = checked.entry.rel
        dest = stage / rel
        try:
            ensure_dir(dest.parent)
            folders.add(dest.parent)
            if not _link_unchanged(live / rel, dest, checked.data):
                _write_new(dest, checked.data)
                to_sync.append(dest)
        except OSError as exc:
            if exc.errno not in _NAME_ERRORS:
                raise
            reason = messages.SYNC_CANNOT_STORE.format(reason=exc.strerror)
            refused.append(Problem(Path(checked.entry.path), 0, 0, reason))
            continue
        written.append(checked)
    # Written first, flushed after: the kernel can write them back together.
    for path in to_sync:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(folder)
    return written, refused


def write_manifest(stage: Path, state: SyncState) -> None:
    path = stage / MANIFEST
    _write_new(path, manifest_bytes(state))
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(stage)


def swap(stage: Path, live: Path) -> None:
    """Put ``stage`` where ``live`` is; the old copy goes aside first, then away."""
    sync_root = live.parent
    old = sync_root / f"{OLD_PREFIX}{os.getpid()}"
    had_live = os.path.lexists(live)
    if had_live:
        os.rename(live, old)
    os.rename(stage, live)
    fsync_dir(sync_root)
    if had_live:
        shutil.rmtree(old, ignore_errors=True)


def discard(stage: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(stage)


def _write_new(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _link_unchanged(source: Path, dest: Path, data: bytes) -> bool:
    """Hard-link ``source`` to ``dest`` when it is a regular file holding exactly ``data``."""
    if _read_regular(source, len(data)) != data:
        return False
    try:
        os.link(source, dest, follow_symlinks=False)
    except OSError as exc:
        if exc.errno in _NAME_ERRORS:
            raise
        return False  # no hard links here (some filesystems): the caller writes a copy
    return True
