"""The live screen's reading of the session, off the event loop: the first read (which
starts a planned session's clock when asked to), and a poll of the session file's
signature that picks up notes and clock changes made by other processes (``rmtui note
add``, ``rmtui session stop``). Its own saves are not news: a save that found the file as
last read moves the signature on (``wrote``), so the poll does not read it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rmtui.core.model import Session
from rmtui.core.refs import SessionRef
from rmtui.core.summary import TandemSummary
from rmtui.tui.context import RmtuiContext
from rmtui.tui.serial import Job, SerialJobs

if TYPE_CHECKING:
    from rmtui.store.session_file import Signature

Loaded = tuple[Session, TandemSummary | None]


class LivePoll:
    """Reads session ``ref`` in the serial ``jobs``; a session that changed on the disk
    goes to ``changed``, a read that failed to ``failed``."""

    def __init__(
        self,
        rmtui: RmtuiContext,
        jobs: SerialJobs,
        ref: SessionRef,
        *,
        changed: Callable[[Session], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self._rmtui = rmtui
        self._jobs = jobs
        self._ref = ref
        self._changed = changed
        self._failed = failed
        self._seen: Signature | None = None  # touched by the worker thread only
        self._polling = False

    def first(
        self,
        *,
        start: bool,
        loaded: Callable[[Loaded], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Read the session and its tandem's summary once (starting its clock first when
        ``start``)."""
        self._jobs.submit(Job(lambda: self._load_first(start), loaded, failed))

    def _load_first(self, start: bool) -> Loaded:
        svc = self._rmtui.sessions
        if start:
            svc.start(self._ref)
        self._seen = svc.signature(self._ref)
        session = svc.get(self._ref)
        return session, self._rmtui.services.tandems.summary(self._ref.tandem_id)

    def tandem(self, loaded: Callable[[TandemSummary], None]) -> None:
        """Read the tandem's summary again, every action record with it (the home
        screen's reading counts them, the follow-ups list them)."""
        tandem_id = self._ref.tandem_id
        read = self._rmtui.services.tandems.summary
        self._jobs.submit(Job(lambda: read(tandem_id), loaded, self._failed))

    def poll(self) -> None:
        """Read the session again if its file changed since the last read."""
        # One poll at a time, and none while writes are queued: they reload anyway.
        if self._polling or self._jobs.busy:
            return
        self._polling = True
        self._jobs.submit(Job(self._read_if_changed, self._polled, self._poll_failed))

    def wrote(self, before: Signature | None, after: Signature | None) -> None:
        """A save of this screen changed the file from ``before`` to ``after`` (called in
        the serial worker): when the file was as last read, the screen shows the note
        itself, so reading the file again would show nothing new."""
        if before is not None and before == self._seen:
            self._seen = after

    def _read_if_changed(self) -> Session | None:
        svc = self._rmtui.sessions
        signature = svc.signature(self._ref)
        if signature == self._seen:
            return None
        session = svc.get(self._ref)
        self._seen = signature  # after a good read only: a failed one is tried again
        return session

    def _polled(self, session: Session | None) -> None:
        self._polling = False
        if session is not None:
            self._changed(session)

    def _poll_failed(self, error: Exception) -> None:
        self._polling = False
        self._failed(error)
