"""The store's atomic writes are the shared ones of ``rmtui.fs.atomic`` (the agenda sync
writes through them too); this name stays for the store's modules."""

from __future__ import annotations

from rmtui.fs.atomic import (
    DIR_MODE,
    FILE_MODE,
    ensure_dir,
    fsync_dir,
    remove_stale_temps,
    write_atomic,
    write_failed,
)

__all__ = [
    "DIR_MODE",
    "FILE_MODE",
    "ensure_dir",
    "fsync_dir",
    "remove_stale_temps",
    "write_atomic",
    "write_failed",
]
