"""The TinyDB storage of every workspace file: atomic, durable, checked on read.

Each file is an envelope ``{"rmtui": kind, "schema": n, "tables": {...}}`` so that a
file can say what it is and which schema wrote it. TinyDB's own file storage rewrites
in place (a crash leaves a torn file); this one replaces the file whole, never in place,
with one exception: a new note is added at the end of its session file.

A session file (schema 3) is JSON Lines: the first line is the envelope, holding every
table but the notes (``"notes": {}``), and each line after it is one note,
``{"<id>": {...}}``, in the order they were saved. A note save appends one line with one
write and waits for the disk, so its cost does not grow with the session; a process
killed meanwhile leaves the line whole or absent. A file cut short anywhere else is
damaged, refused and reported with its newest good backup, as any other damage. Older
files, and files laid out by hand, are one JSON document; they are read as they are and
written in lines at their next write.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from rmtui.core import strict_json
from rmtui.core.strict_json import StrictJSONError
from rmtui.fs.atomic import append_durably
from rmtui.store.atomic import write_atomic
from rmtui.store.errors import CorruptFile, FutureSchema
from rmtui.store.schema import NOTE_LINES, SCHEMA_VERSION, TABLES_SINCE, check_envelope

Tables = dict[str, dict[str, Any]]
BackupHook = Callable[[Path, bytes], None]
RecordCheck = Callable[[int, dict[str, Any]], object]

# How every session file rmtui writes starts, and the table its lines hold.
LINES_START = b'{"rmtui":"session","schema":%d,' % SCHEMA_VERSION
LINES_TABLE = "notes"


def decode(path: Path, raw: bytes, kind: str) -> Tables:
    """Parse and check one file's bytes, brought to the current schema (``migrations``);
    raise ``CorruptFile`` or ``FutureSchema``."""
    if not raw.strip():
        raise CorruptFile(path, "the file is empty")
    text = _text(path, raw)
    first, _, rest = text.partition("\n")
    lines = kind == "session" and rest.strip() and _envelope_line(first)
    doc = lines or _json(path, text, 0)
    problem = check_envelope(doc, kind)
    if problem is not None:
        if problem.startswith("schema "):
            raise FutureSchema(path, int(doc["schema"]), SCHEMA_VERSION)
        raise CorruptFile(path, problem)
    tables: Tables = doc["tables"]
    if lines:
        add_lines(path, rest, tables.setdefault(LINES_TABLE, {}), 1)
    if doc["schema"] < TABLES_SINCE:
        from rmtui.core import upgrades  # old files only: a note save never pays for it
        from rmtui.store import migrations

        tables = upgrades.upgrade(
            tables, kind, doc["schema"], lambda: migrations.actions_beside(path)
        )
    return tables


def _text(path: Path, raw: bytes, offset: int = 0) -> str:
    """``raw`` (bytes from ``offset`` in the file) as text."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorruptFile(path, f"not UTF-8 text at byte {offset + exc.start}") from None


def _json(path: Path, text: str, lines_before: int) -> Any:
    """``text`` decoded strictly; an error names its line in the file."""
    try:
        return strict_json.loads(text)
    except json.JSONDecodeError as exc:
        line = exc.lineno + lines_before
        reason = f"not valid JSON at line {line}, column {exc.colno}: {exc.msg}"
        raise CorruptFile(path, reason) from None
    except StrictJSONError as exc:
        raise CorruptFile(path, str(exc)) from None
    except RecursionError:
        raise CorruptFile(path, "nested too deeply") from None


def _envelope_line(first: str) -> dict[str, Any] | None:
    """The envelope on the first line of a session file in lines; ``None`` when the file
    is one JSON document (the first line is not a whole envelope of schema 3 or later)."""
    try:
        doc = strict_json.loads(first)
    except (ValueError, RecursionError):
        return None
    if not isinstance(doc, dict):
        return None
    schema = doc.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema >= NOTE_LINES:
        return doc
    return None


def add_lines(path: Path, text: str, records: dict[str, Any], lines_before: int) -> list[str]:
    """Add the records of ``text`` (one ``{"<id>": {...}}`` per line, lines after
    ``lines_before`` in the file) to ``records``; the keys added, in order. A line that
    does not decode, or holds anything but one new record, is damage, named by its line."""
    added: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        record = _json(path, line, lines_before + i)
        if not isinstance(record, dict) or len(record) != 1:
            where = f"line {lines_before + i + 1}"
            raise CorruptFile(path, f"{where} should hold exactly one {LINES_TABLE} record")
        ((key, doc),) = record.items()
        if not isinstance(doc, dict) or not key.isdigit():
            raise CorruptFile(path, f"table {LINES_TABLE!r} has a malformed record {key!r}")
        if key in records:
            raise CorruptFile(path, f"table {LINES_TABLE!r} holds record {key} twice")
        records[key] = doc
        added.append(key)
    return added


def dumps(value: object) -> bytes:
    """rmtui's one JSON encoding: compact, UTF-8, keys in their order."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), check_circular=False)
    return text.encode("utf-8")


_LINE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def line(key: str, doc: dict[str, Any]) -> bytes:
    """One record as a line of a session file."""
    return (_LINE.encode({key: doc}) + "\n").encode("utf-8")


def encode(tables: Tables, kind: str) -> bytes:
    if kind != "session":
        return dumps({"rmtui": kind, "schema": SCHEMA_VERSION, "tables": tables})
    lined = tables.get(LINES_TABLE, {})
    envelope = {name: t for name, t in tables.items() if name != LINES_TABLE}
    envelope[LINES_TABLE] = {}  # its records follow, a line each
    head = dumps({"rmtui": kind, "schema": SCHEMA_VERSION, "tables": envelope})
    return b"".join([head, b"\n", *(line(key, doc) for key, doc in lined.items())])


class FileStorage(Storage):
    """A TinyDB storage of one workspace file."""

    def insert(self, table: str, doc: dict[str, Any]) -> int:
        """Store ``doc`` as a new record of ``table``; its id (the next after the highest,
        as TinyDB numbers them)."""
        tables = self.read() or {}
        records = tables.setdefault(table, {})
        doc_id = max(map(int, records), default=0) + 1
        records[str(doc_id)] = doc
        self.write(tables)
        return doc_id

    def check_records(self, table: str, check: RecordCheck) -> None:
        """``check`` each record of ``table`` (it raises for a record of the wrong shape)."""
        for key, doc in ((self.read() or {}).get(table) or {}).items():
            check(int(key), doc)


class AtomicFileStorage(FileStorage):
    """A TinyDB storage that replaces its file atomically and durably on every write, and
    adds a note to a session file with one durable append.

    TinyDB reads the whole file two or three times per insert; the bytes are re-read each
    time (cheap) but decoded only when they differ from the last ones seen, and where
    lines were only added since (another process's note), only those lines are decoded.
    A storage the workspace keeps between saves of one session (``Files``) thereby reads
    a save's session once, and checks each note once (``check_records``).

    ``on_write`` sees the bytes about to be replaced or added to (backups).
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
        self._unchecked: list[str] | None = None  # None: every record of the lines' table

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
        last, tables = self._last_raw, self._tables
        if tables is not None and raw == last:
            return tables
        self._tables = None
        if tables is not None and last is not None and self._lines(last) and raw.startswith(last):
            # Only lines were added (another process's notes): decode those.
            text = _text(self.path, raw[len(last) :], len(last))
            records = tables.setdefault(LINES_TABLE, {})
            added = add_lines(self.path, text, records, last.count(b"\n"))
            if self._unchecked is not None:
                self._unchecked.extend(added)
        else:
            tables = decode(self.path, raw, self.kind)
            self._unchecked = None
        # Only bytes that decoded cleanly are ever backed up.
        self._last_raw, self._tables = raw, tables
        return tables

    def _lines(self, raw: bytes) -> bool:
        """Whether ``raw`` is a session file in lines that a line can be added to."""
        return self.kind == "session" and raw.startswith(LINES_START) and raw.endswith(b"\n")

    def write(self, data: Tables) -> None:
        if self.on_write is not None and self._last_raw is not None:
            self.on_write(self.path, self._last_raw)
        raw = encode(data, self.kind)
        # Forget the cache first: if the write fails, TinyDB has already changed ``data``
        # in place and it no longer matches the file.
        self._tables = None
        write_atomic(self.path, raw)
        self._last_raw, self._tables = raw, data

    def insert(self, table: str, doc: dict[str, Any]) -> int:
        tables, last = self.read(), self._last_raw
        if tables is None or last is None or table != LINES_TABLE or not self._lines(last):
            return super().insert(table, doc)  # written whole, in lines from now on
        records = tables.setdefault(table, {})
        doc_id = max(map(int, records), default=0) + 1
        added = line(str(doc_id), doc)
        if self.on_write is not None:
            self.on_write(self.path, last)
        self._tables = None  # as in ``write``: forgotten until the line is on disk
        if not append_durably(self.path, added, len(last)):
            return super().insert(table, doc)  # changed by a writer that took no lock
        records[str(doc_id)] = doc
        self._last_raw, self._tables = last + added, tables
        return doc_id

    def check_records(self, table: str, check: RecordCheck) -> None:
        tables = self.read() or {}
        records = tables.get(table) or {}
        unchecked = self._unchecked if table == LINES_TABLE else None
        for key in list(records) if unchecked is None else unchecked:
            check(int(key), records[key])
        if table == LINES_TABLE and self._tables is tables:
            self._unchecked = []  # checked as they are; lines added later are checked then
