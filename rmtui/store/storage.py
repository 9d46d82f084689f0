"""The TinyDB storage of every workspace file: atomic, durable, checked on read.

Each file is an envelope ``{"rmtui": kind, "schema": n, "tables": {...}}`` so that a
file can say what it is and which schema wrote it. TinyDB's own file storage rewrites
in place (a crash leaves a torn file); this one replaces the file whole, never in place.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from rmtui.core import strict_json
from rmtui.core.strict_json import StrictJSONError
from rmtui.store.atomic import write_atomic
from rmtui.store.errors import CorruptFile, FutureSchema
from rmtui.store.schema import SCHEMA_VERSION, check_envelope

Tables = dict[str, dict[str, Any]]
BackupHook = Callable[[Path, bytes], None]


def decode(path: Path, raw: bytes, kind: str) -> Tables:
    """Parse and check one file's bytes, brought to the current schema (``migrations``);
    raise ``CorruptFile`` or ``FutureSchema``."""
    if not raw.strip():
        raise CorruptFile(path, "the file is empty")
    try:
        doc = strict_json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CorruptFile(path, f"not UTF-8 text at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        reason = f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise CorruptFile(path, reason) from None
    except StrictJSONError as exc:
        raise CorruptFile(path, str(exc)) from None
    except RecursionError:
        raise CorruptFile(path, "nested too deeply") from None
    problem = check_envelope(doc, kind)
    if problem is not None:
        if problem.startswith("schema "):
            raise FutureSchema(path, int(doc["schema"]), SCHEMA_VERSION)
        raise CorruptFile(path, problem)
    tables: Tables = doc["tables"]
    if doc["schema"] < SCHEMA_VERSION:
        from rmtui.core import upgrades  # old files only: a note save never pays for it
        from rmtui.store import migrations

        tables = upgrades.upgrade(
            tables, kind, doc["schema"], lambda: migrations.actions_beside(path)
        )
    return tables


def dumps(value: object) -> bytes:
    """rmtui's one JSON encoding: compact, UTF-8, keys in their order."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), check_circular=False)
    return text.encode("utf-8")


def encode(tables: Tables, kind: str) -> bytes:
    return dumps({"rmtui": kind, "schema": SCHEMA_VERSION, "tables": tables})


class FileStorage(Storage):
    """A TinyDB storage of one workspace file."""


class AtomicFileStorage(FileStorage):
    """A TinyDB storage that replaces its file atomically and durably on every write.

    One instance serves one locked operation (the workspace opens a fresh one inside the
    tandem's lock). TinyDB reads the whole file two or three times per insert; the bytes
    are re-read each time (cheap) but decoded only when they differ from the last ones
    seen, so a note save decodes its session once instead of twice.

    ``on_write`` sees the bytes about to be replaced (backups).
    """

    def __init__(
        self,
        path: Path,
        kind: str,
        on_write: BackupHook | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.on_write = on_write
        self._last_raw: bytes | None = None
        self._tables: Tables | None = None

    def _read_bytes(self) -> bytes | None:
        """The file's bytes as they are now; ``None`` when there is no file."""
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:  # a folder in its place, no permission, a disk error
            raise CorruptFile(self.path, exc.strerror or type(exc).__name__) from None

    def read(self) -> Tables | None:
        raw = self._read_bytes()
        if raw is None:
            self._last_raw = self._tables = None
            return None
        if self._tables is None or raw != self._last_raw:
            self._tables = None
            tables = decode(self.path, raw, self.kind)
            # Only bytes that decoded cleanly are ever backed up.
            self._last_raw, self._tables = raw, tables
        return self._tables

    def write(self, data: Tables) -> None:
        if self.on_write is not None and self._last_raw is not None:
            self.on_write(self.path, self._last_raw)
        raw = encode(data, self.kind)
        # Forget the cache first: if the write fails, TinyDB has already changed ``data``
        # in place and it no longer matches the file.
        self._tables = None
        write_atomic(self.path, raw)
        self._last_raw, self._tables = raw, data
