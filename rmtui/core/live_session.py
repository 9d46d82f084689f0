"""A session while the mentor runs it, apart from any screen: the session as last read,
the clock on show, the notes on their way to the disk, and what may happen next.

The live screen holds one ``LiveSession`` and asks it; the disk work (reading, saving,
stopping) stays with the screen's serial worker, which reports back here. Nothing in
this module knows about Textual, so the rules are tested without a terminal.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rmtui.core import capture
from rmtui.core.clock import SessionClock
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.live import LIVE
from rmtui.core.model import Note, Session
from rmtui.core.refs import SessionRef
from rmtui.core.summary import TandemSummary
from rmtui.core.text import fold

NoteState = Literal["saved", "pending", "unsaved"]
Adopted = Literal["live", "ended", "ended-elsewhere"]
"""What a session read from the disk means for the screen: show it; nothing (the screen
is on its way out); or stopped by another process, so on to the review."""

# The actions that move the session on: allowed while it runs or is paused.
_LIVE_ACTIONS = frozenset({"previous_item", "next_item", "done", "skip", "drives", "stop"})


@dataclass(slots=True)
class Draft:
    """A note typed on the live screen, on its way to the disk (or failed to get there)."""

    key: int  # local, until the store gives the note its id
    line: str  # as typed, prefixes included: what a retry sends again
    at: float  # session clock when Enter was pressed
    typed: capture.Capture
    state: NoteState = "pending"
    reason: str = ""


class LiveSession:
    """The running session's state and rules; the screen shows it and does its disk work."""

    def __init__(
        self,
        ref: SessionRef,
        clock_of: Callable[[Session], SessionClock],
        *,
        start: bool = False,
    ) -> None:
        """Session ``ref``; ``clock_of`` makes the clock on show from the first read;
        ``start`` starts a planned session's clock with that read."""
        self.ref = ref
        self.start = start
        self.session: Session | None = None
        self.summary: TandemSummary | None = None
        self.drafts: list[Draft] = []
        self.clock: SessionClock | None = None
        self.matcher = KeywordMatcher.of(())
        self.leaving = False  # stopping or leaving: a read of a done session is no news
        self._clock_of = clock_of
        self._keys = itertools.count(1)

    # --- what the disk says ---------------------------------------------------------------

    def adopt(self, session: Session) -> Adopted:
        """Take ``session`` as read from the disk (by this screen or another process)."""
        self.session = session
        if session.status == "done":
            if self.leaving:
                return "ended"
            self.leaving = True
            return "ended-elsewhere"
        if self.clock is None:
            self.clock = self._clock_of(session)
        else:
            self.clock.adopt(session.clock)
        return "live"

    def know(self, summary: TandemSummary) -> bool:
        """Take the tandem's ``summary`` (keywords, rules, actions); False when it is the
        one already known."""
        if summary == self.summary:
            return False
        self.summary = summary
        self.matcher = KeywordMatcher.of([k for k in summary.keywords if k.status != "dropped"])
        return True

    @property
    def mentee(self) -> str:
        return self.summary.tandem.mentee if self.summary else self.ref.tandem_id

    def rules(self) -> list[str]:
        """The session's rules, then the tandem's own that the session does not repeat."""
        rules = list(self.session.rules) if self.session else []
        if self.summary is not None:
            known = {fold(r) for r in rules}
            rules += [r for r in self.summary.tandem.rules if fold(r) not in known]
        return rules

    # --- the clock --------------------------------------------------------------------------

    @property
    def elapsed(self) -> float:
        """Seconds on the session clock now: what a note typed now is stamped with."""
        return self.clock.elapsed if self.clock is not None else 0.0

    def pause_clock(self) -> None:
        """Stop the clock on show at once; the disk follows in a moment."""
        if self.clock is not None:
            self.clock.pause()

    def run_clock(self) -> None:
        """Run the clock on show at once (start or resume); the disk follows."""
        if self.clock is not None:
            self.clock.start()

    # --- what may happen next ---------------------------------------------------------------

    def allows(self, action: str) -> bool:
        """Whether the live screen's ``action`` applies to the session as it is now."""
        status = self.session.status if self.session else None
        if action == "pause":
            return status == "running"
        if action == "resume":
            return status == "paused"
        if action == "start":
            return status == "planned"
        if action in _LIVE_ACTIONS:
            return status in LIVE
        if action == "retry":
            return bool(self.unsaved)
        return True

    def stopping(self) -> None:
        """A stop is on its way to the disk: the done session it reads is no news."""
        self.leaving = True

    def not_stopped(self) -> None:
        self.leaving = False

    def leave(self) -> list[tuple[str, float]]:
        """Leave the screen (the session goes on); returns the notes not saved, as
        (line, clock) pairs to keep in a recovery file."""
        self.leaving = True
        return [(d.line, d.at) for d in self.unsaved]

    # --- the notes on their way -------------------------------------------------------------

    def draft(self, line: str, at: float) -> Draft | None:
        """A note typed at clock ``at``, pending; None when it has no text to save."""
        typed = capture.parse(line)
        if not typed.text.strip():
            return None
        draft = Draft(key=next(self._keys), line=line, at=at, typed=typed)
        self.drafts.append(draft)
        return draft

    def saved(self, draft: Draft, note: Note) -> None:
        """``draft`` is durable as ``note``: it joins the session's notes."""
        self._forget(draft)
        if self.session is not None and all(n.id != note.id for n in self.session.notes):
            self.session.notes.append(note)

    def uncertain(self, draft: Draft) -> None:
        """``draft`` is in its file but the disk's word on it is in doubt: marked unsaved,
        a retry would save it twice, so it leaves the drafts (the next read shows it)."""
        self._forget(draft)

    def failed(self, draft: Draft, reason: str) -> None:
        draft.state, draft.reason = "unsaved", reason

    def retry(self) -> list[Draft]:
        """The notes not saved, pending again: to be saved once more."""
        again = self.unsaved
        for draft in again:
            draft.state, draft.reason = "pending", ""
        return again

    @property
    def unsaved(self) -> list[Draft]:
        return [d for d in self.drafts if d.state == "unsaved"]

    @property
    def notes(self) -> list[Note]:
        return self.session.notes if self.session else []

    def _forget(self, draft: Draft) -> None:
        if draft in self.drafts:
            self.drafts.remove(draft)
