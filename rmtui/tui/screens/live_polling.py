"""The live screen's reading of the session, off the event loop: the first read (which
starts a planned session's clock when asked to), and a poll of the session file's
signature that picks up notes and clock changes made by other processes (``rmtui note
add``, ``rmtui session stop``); the tandem's keywords and rules follow the app's scan.
"""

from __future__ import annotations

from rmtui.core.model import Session
from rmtui.core.summary import Scan, TandemSummary
from rmtui.core.text import one_line
from rmtui.tui.screens.live_display import LiveDisplay
from rmtui.tui.serial import Job

Loaded = tuple[Session, TandemSummary | None]


class LivePolling(LiveDisplay):
    """Reads the session in the serial worker; what changed on the disk goes to ``_apply``."""

    def _load_first(self) -> Loaded:
        svc = self.service
        if self._start:
            svc.start(self.ref)
        self._seen = svc.signature(self.ref)
        session = svc.get(self.ref)
        return session, self.rmtui.services.tandems.summary(self.ref.tandem_id)

    def _loaded(self, loaded: Loaded) -> None:
        session, summary = loaded
        self.summary = summary
        if summary is not None:
            self._show_keywords_of(summary)
        self._apply(session)

    def _load_failed(self, error: Exception) -> None:
        self.notify(one_line(str(error)), severity="error", markup=False, timeout=10)
        if self.session is None:
            self.dismiss(None)

    def _poll(self) -> None:
        # One poll at a time, and none while writes are queued: they reload anyway.
        if self._polling or self._jobs.busy or self.session is None:
            return
        self._polling = True
        self._jobs.submit(Job(self._read_if_changed, self._polled, self._poll_failed))

    def _read_if_changed(self) -> Session | None:
        svc = self.service
        signature = svc.signature(self.ref)
        if signature == self._seen:
            return None
        session = svc.get(self.ref)
        self._seen = signature  # after a good read only: a failed one is tried again
        return session

    def _polled(self, session: Session | None) -> None:
        self._polling = False
        if session is not None:
            self._apply(session)

    def _poll_failed(self, error: Exception) -> None:
        self._polling = False
        self.notify(one_line(str(error)), severity="error", markup=False)

    def _scan_changed(self, scan: Scan | None) -> None:
        if scan is None:
            return
        summary = next((s for s in scan.summaries if s.tandem.id == self.ref.tandem_id), None)
        if summary is not None and summary != self.summary:
            self.summary = summary
            self._show_keywords_of(summary)
