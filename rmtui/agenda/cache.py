"""Parsed templates kept by (path, mtime, size), so reloading the library is cheap."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from rmtui.agenda.loader import Loaded, load_file
from rmtui.core.template import Source

StatKey = tuple[int, int, int, int]


class TemplateCache:
    """Results of ``load_file``, reused while a file's stat is unchanged.

    The key holds mtime and size as asked, plus inode and ctime, which an atomic rename or
    an in-place rewrite within one mtime tick also change. Templates are frozen, so a hit
    can be shared; problem lists are copied.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[Path, Source], tuple[StatKey, Loaded]] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def load(self, path: Path, source: Source) -> Loaded:
        try:
            st = os.stat(path, follow_symlinks=source != "synced")
        except OSError:
            return load_file(path, source)  # reports why it cannot be read
        key: StatKey = (st.st_mtime_ns, st.st_size, st.st_ino, st.st_ctime_ns)
        with self._lock:
            entry = self._entries.get((path, source))
            if entry is not None and entry[0] == key:
                self.hits += 1
                template, problems = entry[1]
                return template, list(problems)
            self.misses += 1
        # Stat taken before reading: if the file changes meanwhile the next stat differs,
        # so the worst case is one extra parse, never a stale template.
        loaded = load_file(path, source)
        with self._lock:
            self._entries[(path, source)] = (key, (loaded[0], list(loaded[1])))
        return loaded

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


default_cache = TemplateCache()
