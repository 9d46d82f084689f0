"""Where TinyDB documents are kept: durable files on disk, or memory (for tests)."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from tinydb.storages import MemoryStorage, Storage

from rmtui.core.errors import RmtuiError
from rmtui.store import note_tail
from rmtui.store.backups import Backups
from rmtui.store.lock import locked
from rmtui.store.storage import AtomicFileStorage


class Backend(Protocol):
    def storage(self, path: Path, kind: str, backups: Backups | None) -> Storage: ...
    def exists(self, path: Path) -> bool: ...
    def children(self, folder: Path) -> list[str]: ...
    def remove_tree(self, folder: Path) -> None: ...
    def lock(
        self, path: Path, missing: RmtuiError | None = None
    ) -> AbstractContextManager[None]: ...


class DiskBackend:
    """Durable files: atomic replace, fsync, flock, 0600/0700."""

    def storage(self, path: Path, kind: str, backups: Backups | None) -> Storage:
        hook = None if backups is None else backups.take
        # Session files are remembered as written, so the next note save can append.
        written = note_tail.remember if kind == "session" else None
        return AtomicFileStorage(path, kind, on_write=hook, on_written=written)

    def exists(self, path: Path) -> bool:
        return path.exists()

    def children(self, folder: Path) -> list[str]:
        """Names of the folders in ``folder``, and of the symbolic links (never followed:
        a name taken by a link is taken, and reading through it is refused)."""
        if os.path.islink(folder) or not folder.is_dir():
            return []
        return sorted(
            entry.name
            for entry in os.scandir(folder)
            if not entry.name.startswith(".")
            and (entry.is_symlink() or entry.is_dir(follow_symlinks=False))
        )

    def remove_tree(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=False)

    def lock(self, path: Path, missing: RmtuiError | None = None) -> AbstractContextManager[None]:
        return locked(path, missing)


class MemoryBackend:
    """TinyDB's own ``MemoryStorage`` per path: the same repository code, no disk."""

    def __init__(self) -> None:
        self.files: dict[Path, MemoryStorage] = {}
        self._lock = threading.RLock()

    def storage(self, path: Path, kind: str, backups: Backups | None) -> Storage:
        return self.files.setdefault(path, MemoryStorage())  # type: ignore[no-untyped-call]

    def exists(self, path: Path) -> bool:
        stored = self.files.get(path)
        return stored is not None and stored.memory is not None

    def children(self, folder: Path) -> list[str]:
        # Only files that hold data count: a read of a missing file leaves an empty
        # MemoryStorage behind, which must not look like a tandem folder.
        names = {
            p.relative_to(folder).parts[0]
            for p, stored in self.files.items()
            if stored.memory is not None
            and p.is_relative_to(folder)
            and len(p.relative_to(folder).parts) > 1
        }
        return sorted(names)

    def remove_tree(self, folder: Path) -> None:
        for path in [p for p in self.files if p.is_relative_to(folder)]:
            del self.files[path]

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._lock:
            yield

    def lock(self, path: Path, missing: RmtuiError | None = None) -> AbstractContextManager[None]:
        return self._locked()
