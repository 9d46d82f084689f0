"""The one object both faces hold: every use case of one workspace on one clock.

``make_services`` is the one factory (the CLI's ``Context``, the TUI app and the tests
use it). Nothing is opened or loaded when it is built: the workspace is opened, and each
service built, by its first use, so ``rmtui note add`` loads no agendas or exports and
the TUI shows its first frame before any storage is read. Each service is built once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from rmtui.service.agendas import AgendaService
    from rmtui.service.exports import ExportService
    from rmtui.service.search import SearchIndex
    from rmtui.service.sessions import SessionService
    from rmtui.service.settings import SettingsService
    from rmtui.service.tandems import TandemService
    from rmtui.store import Workspace

__all__ = ["Clock", "OpenWorkspace", "Services", "make_services"]

Clock = Callable[[], datetime]
OpenWorkspace = Callable[[], "Workspace"]
"""Opens the workspace on first use (the CLI's: resolve the folder, fill the demo)."""

_T = TypeVar("_T")


class Services:
    """Tandems, sessions, agendas, exports and settings of one workspace."""

    def __init__(
        self,
        open_workspace: OpenWorkspace,
        *,
        clock: Clock | None = None,
        sessions: SessionService | None = None,
    ) -> None:
        self._open = open_workspace
        self._workspace: Workspace | None = None
        self._clock = clock
        self._built: dict[str, object] = {}
        if sessions is not None:
            self._built["sessions"] = sessions
        # Workers may be first to ask for a service while the event loop asks for another.
        self._lock = threading.RLock()

    @property
    def opened(self) -> bool:
        """Whether the workspace has been opened yet."""
        return self._workspace is not None

    @property
    def workspace(self) -> Workspace:
        """The workspace under every service (opened on first use)."""
        with self._lock:
            if self._workspace is None:
                self._workspace = self._open()
            return self._workspace

    def now(self) -> datetime:
        """The clock the services date things by (the workspace's, unless one is given)."""
        return self._clock() if self._clock is not None else self.workspace.now()

    def _once(self, name: str, build: Callable[[], _T]) -> _T:
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]  # type: ignore[return-value]

    @property
    def tandems(self) -> TandemService:
        def build() -> TandemService:
            from rmtui.service.tandems import TandemService

            return TandemService(self.workspace, self.now)

        return self._once("tandems", build)

    @property
    def sessions(self) -> SessionService:
        def build() -> SessionService:
            from rmtui.service.sessions import SessionService

            # The shared templates, asked for when a session is planned (not by a note).
            return SessionService(self.workspace, agendas=lambda: self.agendas)

        return self._once("sessions", build)

    @property
    def agendas(self) -> AgendaService:
        def build() -> AgendaService:
            from rmtui.service.agendas import AgendaService

            return AgendaService(self.workspace.layout)

        return self._once("agendas", build)

    @property
    def exports(self) -> ExportService:
        def build() -> ExportService:
            from rmtui.service.exports import ExportService

            return ExportService(self.workspace, clock=self.now)

        return self._once("exports", build)

    @property
    def settings(self) -> SettingsService:
        def build() -> SettingsService:
            from rmtui.service.settings import SettingsService

            return SettingsService(self.workspace.layout)

        return self._once("settings", build)

    @property
    def search(self) -> SearchIndex:
        """A search index for one search at a time (the CLI's): it holds no notes
        between searches (the TUI searches as the mentor types through
        ``tandems.search``, which does)."""

        def build() -> SearchIndex:
            from rmtui.service.search import SearchIndex

            return SearchIndex(self.workspace, keep=False)

        return self._once("search", build)


def make_services(
    workspace: Workspace | OpenWorkspace,
    clock: Clock | None = None,
    *,
    sessions: SessionService | None = None,
) -> Services:
    """The services of ``workspace`` (or of the one ``workspace()`` opens on first use);
    ``clock`` dates plans, frames and exports (default: the workspace's); ``sessions``
    is a session service with fixed time sources (tests)."""
    if callable(workspace):
        return Services(workspace, clock=clock, sessions=sessions)
    opened = workspace
    return Services(lambda: opened, clock=clock, sessions=sessions)
