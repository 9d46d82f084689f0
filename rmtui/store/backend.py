"""Where TinyDB documents are kept: durable files on disk, or memory (for tests).

The workspace asks a backend for everything that differs between the two (storages,
locks, backups, signatures, links, leftovers of a crash or an erase), never which one it
has: the same repository code runs on both.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tinydb.storages import MemoryStorage

from rmtui.core.errors import RmtuiError
from rmtui.fs import system
from rmtui.store.atomic import DIR_MODE, remove_stale_temps, write_atomic
from rmtui.store.backups import Backups
from rmtui.store.errors import LinkRefused
from rmtui.store.lock import locked
from rmtui.store.paths import Layout
from rmtui.store.session_file import Signature
from rmtui.store.storage import AtomicFileStorage, FileStorage, dumps

if TYPE_CHECKING:
    from rmtui.store import erase  # loaded by an erase only


class Backend(Protocol):
    def storage(self, path: Path, kind: str, backups: Backups | None) -> FileStorage:
        """The storage of one file; ``backups`` take the bytes it is about to replace."""
        ...

    def backups(self, folder: Path) -> Backups | None:
        """The rotated copies kept in ``folder``; ``None`` where none are kept."""
        ...

    def exists(self, path: Path) -> bool: ...
    def lexists(self, path: Path) -> bool:
        """Whether anything is at ``path``, a file, a folder or a link (not followed)."""
        ...

    def is_folder(self, path: Path) -> bool:
        """Whether ``path`` is a real folder (not a link to one)."""
        ...

    def children(self, folder: Path) -> list[str]: ...
    def file_names(self, folder: Path) -> list[str]:
        """Names of the regular files in ``folder`` (links and hidden names left out)."""
        ...

    def remove_tree(self, folder: Path) -> None: ...
    def lock(
        self, path: Path, missing: RmtuiError | None = None
    ) -> AbstractContextManager[None]: ...
    def signature(self, path: Path) -> Signature | None:
        """Changes whenever the file at ``path`` does; ``None`` when there is none."""
        ...

    def signatures(self, folder: Path) -> dict[str, Signature]:
        """The signature of each file in ``folder`` (hidden names left out; a link is
        listed, by its own signature, so a reading of it is refused and reported)."""
        ...

    def tandem_signatures(self, layout: Layout) -> dict[str, Signature | None]:
        """The names ``children`` gives of ``tandems/`` that hold a tandem file (or are
        links), each with the file's ``signature``: ``None`` where the folder or the file
        is a link (a reading refuses it), by name."""
        ...

    def head(self, path: Path) -> bytes | None:
        """The file's bytes for a light read of its start; ``None`` when there are none
        to read that way (the caller then reads the file's tables)."""
        ...

    def read_derived(self, path: Path) -> bytes | None:
        """A derived file's bytes (a summary rebuilt from the others when it is missing
        or damaged); ``None`` when it cannot be read."""
        ...

    def write_derived(self, path: Path, data: bytes) -> None:
        """Replace a derived file whole (atomic, 0600)."""
        ...

    def remove_derived(self, path: Path) -> None:
        """Remove a derived file, if any."""
        ...

    def derived_names(self, folder: Path) -> list[str]:
        """The names of the derived files in ``folder`` (none when it is missing)."""
        ...

    def refuse_links(self, root: Path, path: Path) -> None:
        """Raise ``LinkRefused`` when ``path``, or a folder on the way to it from
        ``root``, is a symbolic link."""
        ...

    def sweep(self, folders: tuple[Path, ...]) -> None:
        """Remove temp files a crash left in ``folders`` mid-write."""
        ...

    def tighten_folders(self, layout: Layout) -> list[Path]:
        """Close the workspace's own folders to others; the folders changed."""
        ...

    def finish_erase(self, layout: Layout) -> None:
        """Finish an erase that stopped half-way (a crash), if any."""
        ...

    def set_aside(self, layout: Layout, tandem_id: str) -> Path | None:
        """The tandem file of an erase of ``tandem_id`` that stopped half-way."""
        ...

    def erase(self, layout: Layout, tandem_id: str) -> list[erase.Skipped]:
        """Remove the tandem's folder and backups (the caller holds the locks)."""
        ...


class DiskBackend:
    """Durable files: atomic replace, fsync, flock, 0600/0700."""

    def storage(self, path: Path, kind: str, backups: Backups | None) -> FileStorage:
        hook = None if backups is None else backups.take
        return AtomicFileStorage(path, kind, on_write=hook)

    def backups(self, folder: Path) -> Backups | None:
        return Backups(folder)

    def exists(self, path: Path) -> bool:
        return path.exists()

    def lexists(self, path: Path) -> bool:
        return os.path.lexists(path)

    def is_folder(self, path: Path) -> bool:
        return not os.path.islink(path) and path.is_dir()

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

    def file_names(self, folder: Path) -> list[str]:
        if os.path.islink(folder) or not folder.is_dir():
            return []
        try:
            return sorted(
                entry.name
                for entry in os.scandir(folder)
                if not entry.name.startswith(".") and entry.is_file(follow_symlinks=False)
            )
        except OSError:
            return []

    def remove_tree(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=False)

    def lock(self, path: Path, missing: RmtuiError | None = None) -> AbstractContextManager[None]:
        return locked(path, missing)

    def signature(self, path: Path) -> Signature | None:
        # Every write renames a new file over the old one: the inode changes even where
        # mtimes are coarse.
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def signatures(self, folder: Path) -> dict[str, Signature]:
        found: dict[str, Signature] = {}
        if os.path.islink(folder):
            return found
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith(".") or entry.is_dir(follow_symlinks=False):
                        continue
                    st = entry.stat(follow_symlinks=False)
                    found[entry.name] = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            pass
        return found

    def tandem_signatures(self, layout: Layout) -> dict[str, Signature | None]:
        # One ``lstat`` a tandem: it finds the file, refuses a link and signs it at once.
        folder = layout.tandems
        if os.path.islink(folder) or not folder.is_dir():
            return {}
        found: dict[str, Signature | None] = {}
        base = os.path.join(folder, "")
        for entry in os.scandir(folder):
            name = entry.name
            if name.startswith("."):
                continue
            if entry.is_symlink():
                found[name] = None
                continue
            if not entry.is_dir(follow_symlinks=False):
                continue
            file = os.path.join(base + name, "tandem.json")
            try:
                st = os.lstat(file)
            except OSError:
                continue  # no tandem file: not a tandem
            if stat.S_ISLNK(st.st_mode):
                if os.path.exists(file):
                    found[name] = None
                continue
            found[name] = (st.st_mtime_ns, st.st_size, st.st_ino)
        return dict(sorted(found.items()))

    def head(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError:
            return None

    def read_derived(self, path: Path) -> bytes | None:
        try:
            fd = os.open(path, os.O_RDONLY | system.NO_FOLLOW)
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as f:
                return f.read()
        except OSError:
            return None

    def write_derived(self, path: Path, data: bytes) -> None:
        write_atomic(path, data)

    def remove_derived(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)

    def derived_names(self, folder: Path) -> list[str]:
        try:
            return [e.name for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
        except OSError:
            return []

    def refuse_links(self, root: Path, path: Path) -> None:
        # Inside the workspace rmtui follows only links it made (none).
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            return
        here = root
        for part in parts:
            here = here / part
            try:
                mode = os.lstat(here).st_mode
            except OSError:
                return  # missing: the caller says what is not there
            if stat.S_ISLNK(mode):
                raise LinkRefused(here)

    def sweep(self, folders: tuple[Path, ...]) -> None:
        for folder in folders:
            remove_stale_temps(folder)

    def tighten_folders(self, layout: Layout) -> list[Path]:
        # Only a folder that already holds a workspace is touched, never one that merely
        # could (``--workspace ~`` must not close the home folder), and never through a
        # link inside it.
        if not any(os.path.lexists(p) for p in (layout.tandems, layout.settings)):
            return []
        changed: list[Path] = []
        for folder in (layout.root, layout.tandems, layout.exports, layout.backups_root):
            try:
                info = os.stat(folder) if folder == layout.root else os.lstat(folder)
                if (
                    not stat.S_ISDIR(info.st_mode)
                    or info.st_uid != os.getuid()
                    or not info.st_mode & 0o077
                ):
                    continue
                os.chmod(folder, DIR_MODE)
            except OSError:
                continue  # missing, or not ours to change: the writes say what matters
            changed.append(folder)
        return changed

    def finish_erase(self, layout: Layout) -> None:
        # The mentor asked for that data to go; what still cannot go waits for next time.
        from rmtui.store.erase import EraseUnfinished, finish_leftovers

        with contextlib.suppress(EraseUnfinished, OSError):
            finish_leftovers(layout)

    def set_aside(self, layout: Layout, tandem_id: str) -> Path | None:
        aside = layout.erasing / tandem_id
        return aside / "tandem" / "tandem.json" if os.path.lexists(aside) else None

    def erase(self, layout: Layout, tandem_id: str) -> list[erase.Skipped]:
        from rmtui.store import erase as erasing

        return erasing.erase(layout, tandem_id)


class MemoryFile(MemoryStorage, FileStorage):
    """TinyDB's own ``MemoryStorage``, as a workspace file."""


class MemoryBackend:
    """TinyDB's own ``MemoryStorage`` per path: the same repository code, no disk."""

    def __init__(self) -> None:
        self.files: dict[Path, MemoryFile] = {}
        self.derived: dict[Path, bytes] = {}
        self._lock = threading.RLock()

    def storage(self, path: Path, kind: str, backups: Backups | None) -> FileStorage:
        return self.files.setdefault(path, MemoryFile())  # type: ignore[no-untyped-call]

    def backups(self, folder: Path) -> Backups | None:
        return None

    def exists(self, path: Path) -> bool:
        stored = self.files.get(path)
        return stored is not None and stored.memory is not None

    def lexists(self, path: Path) -> bool:
        return self.exists(path) or self.is_folder(path)

    def is_folder(self, path: Path) -> bool:
        return any(
            stored.memory is not None and p != path and p.is_relative_to(path)
            for p, stored in self.files.items()
        )

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

    def file_names(self, folder: Path) -> list[str]:
        return sorted(
            p.name
            for p, stored in self.files.items()
            if stored.memory is not None and p.parent == folder and not p.name.startswith(".")
        )

    def remove_tree(self, folder: Path) -> None:
        for path in [p for p in self.files if p.is_relative_to(folder)]:
            del self.files[path]

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._lock:
            yield

    def lock(self, path: Path, missing: RmtuiError | None = None) -> AbstractContextManager[None]:
        return self._locked()

    def signature(self, path: Path) -> Signature | None:
        stored = self.files.get(path)
        if stored is None or stored.memory is None:
            return None
        raw = dumps(stored.memory)
        return (0, len(raw), hash(raw))

    def signatures(self, folder: Path) -> dict[str, Signature]:
        found: dict[str, Signature] = {}
        for name in self.file_names(folder):
            sig = self.signature(folder / name)
            if sig is not None:
                found[name] = sig
        return found

    def tandem_signatures(self, layout: Layout) -> dict[str, Signature | None]:
        return {
            name: self.signature(layout.tandem_file(name))
            for name in self.children(layout.tandems)
            if self.exists(layout.tandem_file(name))
        }

    def head(self, path: Path) -> bytes | None:
        return None

    def read_derived(self, path: Path) -> bytes | None:
        return self.derived.get(path)

    def write_derived(self, path: Path, data: bytes) -> None:
        self.derived[path] = data

    def remove_derived(self, path: Path) -> None:
        self.derived.pop(path, None)

    def derived_names(self, folder: Path) -> list[str]:
        return [p.name for p in self.derived if p.parent == folder]

    def refuse_links(self, root: Path, path: Path) -> None:
        return None  # no links in memory

    def sweep(self, folders: tuple[Path, ...]) -> None:
        return None  # nothing half-written in memory

    def tighten_folders(self, layout: Layout) -> list[Path]:
        return []

    def finish_erase(self, layout: Layout) -> None:
        return None

    def set_aside(self, layout: Layout, tandem_id: str) -> Path | None:
        return None

    def erase(self, layout: Layout, tandem_id: str) -> list[erase.Skipped]:
        self.remove_tree(layout.backups(tandem_id))
        self.remove_tree(layout.tandem_dir(tandem_id))
        return []
