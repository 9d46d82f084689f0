"""Moving ``rmtui.yaml`` from the default workspace to the platform config dir, once.

No YAML here: the file moves byte for byte, comments and all, so ``rmtui note add`` on the
default workspace pays for no parser.
"""

from __future__ import annotations

import contextlib

from rmtui.store.atomic import fsync_dir, write_atomic
from rmtui.store.lock import locked
from rmtui.store.paths import Layout


def adopt_settings(layout: Layout) -> bool:
    """Move the workspace's own ``rmtui.yaml`` to ``layout.settings`` when that is
    elsewhere and holds nothing yet. True when a file was moved (the caller says so)."""
    old, new = layout.own_settings, layout.settings
    if new == old or not old.is_file():
        return False
    with locked(new.parent / ".lock"):
        if new.exists():
            return False  # already moved (by another process), or written anew
        write_atomic(new, old.read_bytes())
        # The copy is durable: only now does the old one go.
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
            fsync_dir(old.parent)
    return True
