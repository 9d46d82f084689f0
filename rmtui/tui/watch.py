"""A cheap fingerprint of the workspace, polled to notice writes by other processes.

The TUI shares the workspace with ``rmtui`` commands run in another pane. Polling a few
``stat`` calls a second is cheaper and more portable than inotify/kqueue, and a write is
always an atomic replace, so the inode changes even where mtimes are coarse.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmtui.store.paths import Layout

# A function that fingerprints what the app watches (not a file's `Signature`).
Probe = Callable[[], Hashable]


def tandem_files(layout: Layout) -> Probe:
    """A fingerprint of every ``tandems/<id>/tandem.json``: (name, inode, mtime, size)."""

    def signature() -> Hashable:
        try:
            names = sorted(entry.name for entry in os.scandir(layout.tandems) if entry.is_dir())
        except OSError:
            return ()  # no tandems folder yet: nothing was ever written
        marks: list[tuple[str, int, int, int]] = []
        for name in names:
            try:
                st = os.stat(layout.tandem_file(name))
            except OSError:
                marks.append((name, 0, 0, -1))
                continue
            marks.append((name, st.st_ino, st.st_mtime_ns, st.st_size))
        return tuple(marks)

    return signature
