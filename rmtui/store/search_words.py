"""The words search compares, kept per tandem beside its files:
``tandems/<id>/.search/words``.

One derived file per tandem holds every distinct word (a run of non-blank characters) of
the folded texts search compares: the tandem file's actions and learning entries, and
each session file's notes with their answers. Beside each word, the files it is in (one
bit per file); beside each file, the signature it had when it was read. A query word
without blanks is in a text exactly when it is inside one of the text's words, so search
reads a file itself only where every word of the query is: a rare word costs one small
read per tandem and a ``stat`` per file, however many notes there are.

Never the source of truth: a file's words are used only while the file keeps the
signature they were read at, and the whole is used only while its checksum agrees;
missing, stale or damaged, the words of the files that changed are made again from the
files. A file that could not be read is kept as one that holds every word (search reads
it and reports it). Written atomically, 0600, best effort (a read-only workspace still
searches). It holds words of private notes, so it lives inside the tandem's folder and
goes with it when the tandem is erased.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rmtui.store.errors import NotFound, WriteFailed, WriteUncertain
from rmtui.store.files import Files
from rmtui.store.session_file import Signature

FOLDER = ".search"
NAME = "words"
MAGIC = "rmtui-words 1"
TANDEM = "tandem"  # the tandem file's name among the files (sessions go by their number)
# Inside the kept text: a word ends at WORD_END, a line at "\n". Both are blanks to
# ``str.split``, so never inside a word, nor inside a word of a query.
WORD_END = b"\x1f"

MAX_FILES = 1 << 16
Terms = Iterable[Iterable[str]]  # every term must be there, in one of its spellings


@dataclass(frozen=True, slots=True)
class WordSet:
    """The words of one tandem's files. ``files``: each file's name, the signature its
    words were read at and its bit; ``unread``: the bits of files that could not be read
    (they hold every word); ``lines``: ``word WORD_END bits-in-hex`` lines in UTF-8 (a
    word in UTF-8 is found in them as it is, without decoding them)."""

    files: dict[str, tuple[Signature, int]]
    unread: int
    lines: bytes

    def current(self, signatures: Mapping[str, Signature]) -> bool:
        """Whether these are the words of the files with ``signatures``, all of them."""
        files = self.files
        return len(files) == len(signatures) and all(
            files.get(name, (None,))[0] == sig for name, sig in signatures.items()
        )

    def holding(self, terms: Terms) -> set[str]:
        """The names of the files holding every term (in one of its spellings)."""
        every = 0
        for _, bit in self.files.values():
            every |= 1 << bit
        found = every
        for term in terms:
            found &= self._holding(term, every) | self.unread
            if not found:
                return set()
        return {name for name, (_, bit) in self.files.items() if found >> bit & 1}

    def _holding(self, spellings: Iterable[str], every: int) -> int:
        lines = self.lines
        found = 0
        for spelling in spellings:
            needle = spelling.encode("utf-8", "surrogatepass")
            at = lines.find(needle)
            while at != -1 and found != every:
                end = lines.find(b"\n", at)
                if end == -1:
                    end = len(lines)
                word_end = lines.find(WORD_END, at, end)
                if word_end != -1:  # in a word, not in the bits after it
                    try:
                        found |= int(lines[word_end + 1 : end], 16)
                    except ValueError:  # a forged line (the checksum agreed): read all
                        return every
                at = lines.find(needle, end + 1)
        return found

    def updated(
        self,
        signatures: Mapping[str, Signature],
        words_of: Callable[[str], Iterable[str] | None],
    ) -> WordSet:
        """These words with the files that changed since (or came, or went) read again:
        ``words_of(name)`` gives a file's words, ``None`` when it cannot be read."""
        return _update(self, signatures, words_of)

    def encode(self) -> bytes:
        head = [str(len(self.files))]
        for name, (sig, bit) in self.files.items():
            unread = self.unread >> bit & 1
            head.append(f"{name} {bit} {unread} {sig[0]} {sig[1]} {sig[2]}")
        body = " ".join(head).encode("ascii") + b"\n" + self.lines
        return f"{MAGIC} {len(body)} {zlib.crc32(body)}\n".encode("ascii") + body


EMPTY = WordSet({}, 0, b"")


def _update(
    old: WordSet,
    signatures: Mapping[str, Signature],
    words_of: Callable[[str], Iterable[str] | None],
) -> WordSet:
    keep = {
        name: kept
        for name, kept in old.files.items()
        if signatures.get(name) == kept[0] and not old.unread >> kept[1] & 1
    }
    kept_bits = 0
    for _, bit in keep.values():
        kept_bits |= 1 << bit
    words: dict[bytes, int] = {}
    if kept_bits:
        for line in old.lines.split(b"\n"):
            word, _, bits = line.partition(WORD_END)
            still = int(bits or b"0", 16) & kept_bits
            if still:
                words[word] = still
    files = dict(keep)
    unread = 0
    free = (bit for bit in range(len(signatures) + len(old.files)) if not kept_bits >> bit & 1)
    for name, sig in signatures.items():
        if name in files:
            continue
        bit = next(free)
        files[name] = (sig, bit)
        found = words_of(name)
        if found is None:
            unread |= 1 << bit
            continue
        for text in found:
            word = text.encode("utf-8", "surrogatepass")
            words[word] = words.get(word, 0) | 1 << bit
    lines = b"".join(b"%s%s%x\n" % (word, WORD_END, bits) for word, bits in words.items())
    return WordSet(files, unread, lines)


def decode(raw: bytes) -> WordSet | None:
    """The word set in ``raw``; ``None`` when it is not one, or is damaged."""
    head, _, body = raw.partition(b"\n")
    if head != f"{MAGIC} {len(body)} {zlib.crc32(body)}".encode("ascii"):
        return None
    files_line, _, lines = body.partition(b"\n")
    try:
        count, *fields = files_line.decode("ascii").split(" ")
        if len(fields) != 6 * int(count):
            return None
        files: dict[str, tuple[Signature, int]] = {}
        unread = 0
        for i in range(0, len(fields), 6):
            name, bit, flag, mtime, size, inode = fields[i : i + 6]
            if not 0 <= int(bit) < MAX_FILES:
                return None
            files[name] = ((int(mtime), int(size), int(inode)), int(bit))
            if flag == "1":
                unread |= 1 << int(bit)
    except (ValueError, UnicodeDecodeError):
        return None
    return WordSet(files, unread, lines)


class SearchWords:
    """The word sets of one workspace's tandems (see the module's docstring)."""

    def __init__(self, files: Files) -> None:
        self.files = files

    def folder(self, tandem_id: str) -> Path:
        return self.files.layout.tandem_dir(tandem_id) / FOLDER

    def get(self, tandem_id: str) -> WordSet | None:
        """The word set kept for the tandem; ``None`` when there is none to read."""
        folder = self.folder(tandem_id)
        backend = self.files.backend
        if backend.lexists(folder) and not backend.is_folder(folder):
            return None  # not rmtui's folder: never read through a link
        raw = backend.read_derived(folder / NAME)
        return None if raw is None else decode(raw)

    def put(self, tandem_id: str, words: WordSet) -> None:
        """Keep ``words`` as the tandem's word set (best effort)."""
        folder = self.folder(tandem_id)
        backend = self.files.backend
        if backend.lexists(folder) and not backend.is_folder(folder):
            return
        data = words.encode()
        try:
            # Under the tandem's lock, which never creates the tandem's folder: an erase
            # that won the race leaves nothing of the tandem behind.
            with self.files.tandem_lock(tandem_id):
                backend.write_derived(folder / NAME, data)
                for old in backend.derived_names(folder):
                    if old != NAME:  # an older rmtui's folded texts, one per file
                        backend.remove_derived(folder / old)
        except (WriteFailed, WriteUncertain, NotFound, OSError):
            return
