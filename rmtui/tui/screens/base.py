"""The base of rmtui's screens: typed access to the app's workspace and services."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

from rmtui.tui.context import RmtuiContext, context_of

if TYPE_CHECKING:
    from rmtui.service.sessions import SessionService

ResultT = TypeVar("ResultT")


class RmtuiScreen(Screen[ResultT]):
    """A screen of the rmtui app (it reaches the workspace and services through the
    app's context, never the concrete app)."""

    @property
    def rmtui(self) -> RmtuiContext:
        return context_of(self.app)

    @property
    def service(self) -> SessionService:
        """The session service the app was built with."""
        return self.rmtui.sessions
