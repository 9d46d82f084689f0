"""Which files of a fetched commit are candidate templates, and reading them safely.

Everything is decided from git's own tree listing, before a byte of content is read: a
symlink (mode 120000), a submodule (160000) or anything but a regular file is refused by
its mode, a file over the cap by its size. Only the blobs that pass are read, straight
from the object store; nothing is checked out, so no link is ever followed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rmtui.agenda.files import MAX_BYTES, SUFFIXES, FileRefused, decode
from rmtui.agenda.git import Runner
from rmtui.agenda.loader import duplicate_problem, load_text
from rmtui.core import messages
from rmtui.core.template import DEFAULT_LANGUAGE, Problem, TopicKey

MAX_TEMPLATES = 1000  # candidate files in one commit; a template repo has dozens
MAX_TOTAL_BYTES = 32 * 1024 * 1024  # all of them together, read into memory at once
_REGULAR = ("100644", "100755")
_OID = re.compile(rb"[0-9a-f]{40}(?:[0-9a-f]{24})?\Z")
_BAD_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\\]")


class TreeRefused(Exception):
    """The commit cannot be synced as a whole (too many files, a broken listing)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Entry:
    """One tree entry: ``path`` is repo-relative, ``rel`` relative to the templates folder."""

    mode: str
    oid: str
    size: int
    path: str
    rel: str


@dataclass
class Selection:
    wanted: list[Entry] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)
    folder_found: bool = False


@dataclass(frozen=True, slots=True)
class Checked:
    """A candidate that passed every check: its bytes and the template's id, title and
    language."""

    entry: Entry
    data: bytes
    id: str
    title: str
    language: str = DEFAULT_LANGUAGE

    @property
    def key(self) -> TopicKey:
        return self.id, self.language


@dataclass
class Validation:
    good: list[Checked] = field(default_factory=list)
    invalid: dict[str, list[Problem]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    def refuse(self, path: str, problems: Iterable[Problem]) -> None:
        self.invalid.setdefault(path, []).extend(problems)


def list_tree(run: Runner, git_dir: Path, commit: str) -> list[tuple[str, str, int, bytes]]:
    """``(mode, oid, size, path bytes)`` of every file in ``commit`` (``-1``: no size).

    Blobs over the cap were filtered out of the fetch: they have no size here (and are
    refused as too big). Sizes come from ``cat-file --batch-check`` on the blobs present,
    never from ``ls-tree -l``, which would fetch a missing blob to measure it.
    """
    done = run(
        ["ls-tree", "-r", "-z", "--full-tree", commit],
        git_dir=git_dir,
        max_stdout=64 * 1024 * 1024,
    )
    if done.code != 0:
        raise TreeRefused(messages.SYNC_BAD_LISTING, done.stderr)
    listed: list[tuple[str, str, bytes]] = []
    for record in done.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, path = record.partition(b"\t")
        parts = meta.split()
        if len(parts) != 3 or not _OID.match(parts[2]):
            raise TreeRefused(messages.SYNC_BAD_LISTING)
        listed.append((parts[0].decode("ascii", "replace"), parts[2].decode(), path))
    sizes = _blob_sizes(run, git_dir, commit, {oid for mode, oid, _ in listed if mode != "160000"})
    return [(mode, oid, sizes.get(oid, -1), path) for mode, oid, path in listed]


def _blob_sizes(run: Runner, git_dir: Path, commit: str, oids: set[str]) -> dict[str, int]:
    """The size of each blob of ``oids`` that is in the cache (missing ones left out)."""
    missing = run(
        ["rev-list", "--objects", "--missing=print", "--no-object-names", commit],
        git_dir=git_dir,
        max_stdout=64 * 1024 * 1024,
    )
    if missing.code != 0:
        raise TreeRefused(messages.SYNC_BAD_LISTING, missing.stderr)
    absent = {line[1:].decode() for line in missing.stdout.splitlines() if line[:1] == b"?"}
    present = sorted(oids - absent)
    if not present:
        return {}
    done = run(
        ["cat-file", "--batch-check"],
        git_dir=git_dir,
        stdin=("\n".join(present) + "\n").encode(),
        max_stdout=128 * len(present) + 1024,
    )
    if done.code != 0:
        raise TreeRefused(messages.SYNC_BAD_LISTING, done.stderr)
    sizes: dict[str, int] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] == b"blob" and parts[2].isdigit():
            sizes[parts[0].decode()] = int(parts[2])
    return sizes


def select(entries: Iterable[tuple[str, str, int, bytes]], folder: str) -> Selection:
    """The candidate templates under ``folder`` ('' for the whole repository).

    Like the library, hidden files and folders are skipped, and only ``*.yaml``/``*.yml``
    files count; each candidate that cannot be a template is refused with a reason.
    """
    chosen = Selection(folder_found=not folder)
    prefix = f"{folder}/" if folder else ""
    for mode, oid, size, raw in entries:
        path = shown_path(raw)
        if prefix and not path.startswith(prefix):
            continue
        chosen.folder_found = True
        rel = path[len(prefix) :]
        parts = rel.split("/")
        if any(part.startswith(".") for part in parts):
            continue
        if not parts[-1].lower().endswith(SUFFIXES):
            continue
        reason = _refusal(mode, size, raw, parts)
        if reason:
            chosen.refused.append(Problem(Path(path), 0, 0, reason))
            continue
        chosen.wanted.append(Entry(mode, oid, size, path, rel))
    if len(chosen.wanted) > MAX_TEMPLATES:
        raise TreeRefused(messages.SYNC_TOO_MANY.format(limit=MAX_TEMPLATES))
    if sum(entry.size for entry in chosen.wanted) > MAX_TOTAL_BYTES:
        raise TreeRefused(messages.SYNC_TOO_LARGE.format(limit=MAX_TOTAL_BYTES >> 20))
    return chosen


def shown_path(raw: bytes) -> str:
    """A tree path as text that is safe to show and store: bytes that are not UTF-8 and
    control characters are written as escapes (``\\x1b``), so two names never merge."""
    text = raw.decode("utf-8", "backslashreplace")
    return _BAD_NAME.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _refusal(mode: str, size: int, raw: bytes, parts: list[str]) -> str:
    if mode == "120000":
        return messages.AGENDA_SYMLINK
    if mode == "160000":
        return messages.SYNC_SUBMODULE
    if mode not in _REGULAR:
        return messages.AGENDA_NOT_FILE
    try:
        name = raw.decode("utf-8")
    except UnicodeDecodeError:
        return messages.SYNC_BAD_NAME
    # git never writes such names, but a crafted tree can hold them.
    if _BAD_NAME.search(name) or any(part in ("", "..") for part in parts):
        return messages.SYNC_BAD_NAME
    if size < 0 or size > MAX_BYTES:
        return messages.AGENDA_TOO_BIG.format(limit=MAX_BYTES // 1024)
    return ""


def blob_id(data: bytes, like: str) -> str:
    """git's object id of a blob holding ``data`` (SHA-1, or SHA-256 for 64-digit ids)."""
    digest = hashlib.sha256() if len(like) == 64 else hashlib.sha1(usedforsecurity=False)
    digest.update(b"blob %d\0" % len(data))
    digest.update(data)
    return digest.hexdigest()


def read_blobs(run: Runner, git_dir: Path, wanted: list[Entry]) -> dict[str, bytes]:
    """The content of each wanted blob, read with one ``git cat-file --batch``."""
    oids = sorted({entry.oid for entry in wanted})
    if not oids:
        return {}
    done = run(
        ["cat-file", "--batch"],
        git_dir=git_dir,
        stdin=("\n".join(oids) + "\n").encode(),
        max_stdout=sum(e.size for e in wanted) + 128 * len(wanted) + 1024,
    )
    if done.code != 0:
        raise TreeRefused(messages.SYNC_BAD_LISTING, done.stderr)
    blobs: dict[str, bytes] = {}
    out = done.stdout
    at = 0
    while at < len(out):
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) != 3 or header[1] != b"blob":
            continue  # "<oid> missing": left out, reported by the caller
        size = int(header[2])
        if size > MAX_BYTES:
            raise TreeRefused(messages.SYNC_BAD_LISTING)
        blobs[header[0].decode()] = out[at : at + size]
        at += size + 1
    return blobs


def validate(
    selection: Selection, blobs: dict[str, bytes], known: dict[str, Checked] | None = None
) -> Validation:
    """Every candidate through the same decoding and validation as a local template.

    ``known`` (by ``rel``) holds candidates already checked by an earlier sync, unchanged
    since: they are taken as they are.
    """
    known = known or {}
    result = Validation()
    for problem in selection.refused:
        result.refuse(str(problem.path), [problem])
    owners: dict[TopicKey, str] = {}
    for entry in selection.wanted:
        path = Path(entry.path)
        same = known.get(entry.rel)
        if same is not None and same.entry.oid == entry.oid:
            if same.key in owners:
                other = Path(owners[same.key])
                result.refuse(entry.path, [duplicate_problem(same.id, same.language, path, other)])
                continue
            owners[same.key] = entry.path
            result.good.append(Checked(entry, same.data, same.id, same.title, same.language))
            continue
        data = blobs.get(entry.oid)
        if data is None:
            result.refuse(entry.path, [Problem(path, 0, 0, messages.SYNC_BLOB_MISSING)])
            continue
        try:
            text = decode(data)
        except FileRefused as exc:
            result.refuse(entry.path, [Problem(path, exc.line, exc.column, exc.message)])
            continue
        template, problems = load_text(text, path, "synced")
        if template is None:
            result.refuse(entry.path, problems)
            continue
        if template.key in owners:
            other = Path(owners[template.key])
            problem = duplicate_problem(template.id, template.language, path, other)
            result.refuse(entry.path, [problem])
            continue
        owners[template.key] = entry.path
        result.warnings.extend(problems)
        result.good.append(Checked(entry, data, template.id, template.title, template.language))
    return result
