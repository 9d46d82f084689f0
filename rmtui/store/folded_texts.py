"""The folded text search compares, kept per file beside the tandem's files:
``tandems/<id>/.search/<name>``.

For the tandem file (its actions and learning entries) and for each session file (its
notes and their answers), one derived file holds the folded text of everything a search
compares, with the signature the file had when it was read and a checksum. Search reads
a file itself only where that text holds every word of the query, so a rare word costs
a ``stat`` and a small read per file instead of decoding the workspace.

Never the source of truth: an entry is used only while its file keeps the signature it
was read with and the checksum agrees; missing, stale or damaged it is made again from
the file. Written atomically, 0600, best effort (a read-only workspace still searches).
It holds private notes folded, so it lives inside the tandem's folder and goes with it
when the tandem is erased.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from rmtui.store.errors import NotFound, WriteFailed, WriteUncertain
from rmtui.store.files import Files
from rmtui.store.session_file import Signature

FOLDER = ".search"
MAGIC = b"rmtui-folded 1"
TANDEM = "tandem"


class FoldedTexts:
    """The folded texts of one workspace's files (see the module's docstring)."""

    def __init__(self, files: Files) -> None:
        self.files = files

    def folder(self, tandem_id: str) -> Path:
        return self.files.layout.tandem_dir(tandem_id) / FOLDER

    def session_numbers(self, tandem_id: str) -> list[int]:
        """The numbers of the session files on disk (read without the tandem file)."""
        folder = self.files.layout.tandem_dir(tandem_id) / "sessions"
        names = self.files.backend.file_names(folder)
        return sorted(
            int(name[:-5]) for name in names if name.endswith(".json") and name[:-5].isdigit()
        )

    def get(self, tandem_id: str, name: str, signature: Signature) -> str | None:
        """The folded text kept for file ``name`` (``tandem`` or a session number) while
        the file still has ``signature``; ``None`` when there is none to trust."""
        folder = self.folder(tandem_id)
        backend = self.files.backend
        if backend.lexists(folder) and not backend.is_folder(folder):
            return None  # not rmtui's folder: never read through a link
        raw = backend.read_derived(folder / name)
        if raw is None:
            return None
        head, _, body = raw.partition(b"\n")
        if head != _header(signature, body):
            return None
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def put(self, tandem_id: str, name: str, signature: Signature, text: str) -> None:
        """Keep ``text`` as the folded text of file ``name`` read at ``signature``."""
        folder = self.folder(tandem_id)
        backend = self.files.backend
        if backend.lexists(folder) and not backend.is_folder(folder):
            return
        body = text.encode("utf-8")
        try:
            # Under the tandem's lock, which never creates the tandem's folder: an erase
            # that won the race leaves nothing of the tandem behind.
            with self.files.tandem_lock(tandem_id):
                backend.write_derived(folder / name, _header(signature, body) + b"\n" + body)
        except (WriteFailed, WriteUncertain, NotFound):
            return


def _header(signature: Signature, body: bytes) -> bytes:
    numbers = " ".join(str(v) for v in signature)
    return MAGIC + f" {numbers} {len(body)} {zlib.crc32(body)}".encode("ascii")
