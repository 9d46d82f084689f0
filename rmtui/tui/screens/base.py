"""The base of rmtui's screens: typed access to the app's workspace and services."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

if TYPE_CHECKING:
    from rmtui.service.sessions import SessionService
    from rmtui.tui.app import RmtuiApp

ResultT = TypeVar("ResultT")


class RmtuiScreen(Screen[ResultT]):
    """A screen of the rmtui app (it reaches the workspace and services through it)."""

    @property
    def rmtui(self) -> RmtuiApp:
        from rmtui.tui.app import RmtuiApp  # the app module imports the screens

        assert isinstance(self.app, RmtuiApp)
        return self.app

    @property
    def service(self) -> SessionService:
        """The session service the app was built with."""
        return self.rmtui.sessions
