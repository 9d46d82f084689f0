"""Keyword coverage across sessions and the balance of learning in both directions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from rmtui.core.model import Keyword, Session
from rmtui.core.text import fold

KeywordState = Literal["covered", "touched", "open", "dropped"]
"""One meaning everywhere (app, CLI, exports): ``covered`` is what the mentor marked
covered; ``touched`` is still open but a session's notes talked about it; ``open`` was
not talked about yet; ``dropped`` is off the list."""

KEYWORD_STATES: tuple[KeywordState, ...] = ("covered", "touched", "open", "dropped")
KEYWORD_MARKS: dict[KeywordState, str] = {
    "covered": "✓",
    "touched": "◐",
    "open": "○",
    "dropped": "✗",
}
"""One symbol per keyword state, wherever a keyword's state is shown."""


def keyword_state(keyword: Keyword, touched: bool) -> KeywordState:
    """The state of ``keyword``; ``touched``: a session's notes talked about it."""
    if keyword.status in ("covered", "dropped"):
        return keyword.status
    return "touched" if touched else "open"


@dataclass(frozen=True, slots=True)
class KeywordCoverage:
    keyword: Keyword
    sessions: tuple[int, ...]
    notes: int

    @property
    def touched(self) -> bool:
        return bool(self.sessions)

    @property
    def state(self) -> KeywordState:
        return keyword_state(self.keyword, self.touched)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which keyword was touched in which session; open keywords first."""

    rows: tuple[KeywordCoverage, ...]
    session_numbers: tuple[int, ...] = field(default=())

    @property
    def covered(self) -> int:
        """Keywords marked covered (touched ones still open are not)."""
        return self.count("covered")

    def count(self, state: KeywordState) -> int:
        return sum(1 for r in self.rows if r.state == state)

    @property
    def active(self) -> int:
        return sum(1 for r in self.rows if r.keyword.status != "dropped")


def coverage(
    keywords: Iterable[Keyword], sessions: Iterable[Session], *, include_private: bool = True
) -> Coverage:
    """Coverage from the keywords attached to notes; private notes count only when asked.
    A note attached to a keyword's alias counts for the keyword (once per note)."""
    listed = list(keywords)
    keys = [fold(k.text) for k in listed]  # each keyword's text folded once
    touched: dict[str, set[int]] = {key: set() for key in keys}
    counts: dict[str, int] = dict.fromkeys(keys, 0)
    numbers: list[int] = []
    read = list(sessions)
    if read:
        owner = {fold(a): key for k, key in zip(listed, keys, strict=True) for a in k.aliases}
        owner.update((key, key) for key in keys)
        folded: dict[str, str] = {}  # the same few keywords on thousands of notes
        for session in read:
            numbers.append(session.n)
            for note in session.notes:
                if note.private and not include_private:
                    continue
                found: dict[str, None] = {}
                for word in note.keywords:
                    w = folded.get(word)
                    if w is None:
                        w = folded[word] = fold(word)
                    if w in owner:
                        found[owner[w]] = None
                for key in found:
                    touched[key].add(session.n)
                    counts[key] += 1
    for k, key in zip(listed, keys, strict=True):
        touched[key].update(k.sessions)
    rank = {"open": 0, "covered": 1, "dropped": 2}
    rows = sorted(
        (
            KeywordCoverage(k, tuple(sorted(touched[key])), counts[key])
            for k, key in zip(listed, keys, strict=True)
        ),
        key=lambda r: (rank[r.keyword.status], r.touched, r.keyword.order),
    )
    return Coverage(tuple(rows), tuple(sorted(numbers)))


def bar(done: int, total: int, width: int = 10) -> str:
    """A compact text bar: ``███████░░░ 7/10``."""
    if total <= 0:
        return "░" * width + " 0/0"
    filled = round(width * min(done, total) / total)
    return "█" * filled + "░" * (width - filled) + f" {done}/{total}"
