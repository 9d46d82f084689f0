"""What screens, modals and navigation use of the app, as a protocol they type against.

Nothing in ``rmtui/tui`` imports the concrete app (``rmtui.tui.app``): a screen reaches
the services, the clock, the latest reading and the highlighted tandem through
``RmtuiContext``, and asks for another screen by destination id (``action_open``) or by
one of the messages below, which the app answers from the navigation table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, cast

from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App
    from textual.binding import Binding
    from textual.screen import Screen

    from rmtui.core.model import LearnedBy
    from rmtui.core.refs import SessionRef
    from rmtui.core.summary import Scan, TandemSummary
    from rmtui.service.services import Clock, Services
    from rmtui.service.sessions import SessionService
    from rmtui.service.settings import Settings
    from rmtui.service.tandems import Dashboard
    from rmtui.store.recovery import Recovery


class RmtuiContext(Protocol):
    """The rmtui app as its screens see it."""

    scan: Scan | None
    """The latest reading of the workspace (None until the first one)."""
    selected_id: str | None
    """The highlighted tandem, for screens and commands about one tandem."""
    dashboard: Dashboard | None
    """Every tandem with its frame, warnings and counts; set right after ``scan``."""
    settings: Settings | None
    """The mentor's settings (``rmtui.yaml``), read with the first reading."""
    recovered: list[Recovery]
    """Recovery files of notes a quit kept (found after the first frame)."""
    clock: Clock
    """The time the app dates things by."""

    @property
    def services(self) -> Services: ...

    @property
    def sessions(self) -> SessionService: ...

    @property
    def selected_tandem(self) -> TandemSummary | None: ...

    @property
    def screen(self) -> Screen[object]: ...

    @property
    def screen_stack(self) -> list[Screen[Any]]: ...

    def first_reading(self) -> None:
        """Start the first reading of the workspace (later calls do nothing)."""

    def reload_workspace(self) -> None:
        """Read every tandem again; screens update when the reading arrives."""

    def load_panels_css(self) -> None:
        """Parse the styling of the home screen's parts around the table (once), before
        they are first mounted."""

    def action_open(self, destination_id: str) -> None:
        """Open a destination of the navigation table (a bell where it is not available)."""

    def get_key_display(self, binding: Binding) -> str: ...


def context_of(app: App[Any]) -> RmtuiContext:
    """The rmtui app behind ``app``: rmtui's screens are only ever shown by it."""
    return cast("RmtuiContext", app)


def in_session(context: RmtuiContext) -> bool:
    """A session screen is open (perhaps under another one): no second session from here.

    Screens say so with ``SESSION_SCREEN = True``, so this check (run for the footer)
    imports none of them.
    """
    return any(getattr(screen, "SESSION_SCREEN", False) for screen in context.screen_stack)


class OpenLive(Message):
    """Open a session's live screen (``start``: start its clock as it opens), in place of
    the asking screen when ``replace``."""

    def __init__(self, ref: SessionRef, *, start: bool = False, replace: bool = False) -> None:
        super().__init__()
        self.ref = ref
        self.start = start
        self.replace = replace


class OpenSettings(Message):
    """Open the settings with the field ``focus`` (a settings key) focused."""

    def __init__(self, focus: str | None = None) -> None:
        super().__init__()
        self.focus = focus


class OpenReview(Message):
    """Open a held session's review (on one of its notes), in place of the asking screen
    when ``replace``; ``closed`` is called when the mentor leaves it."""

    def __init__(
        self,
        ref: SessionRef,
        *,
        note: int | None = None,
        replace: bool = False,
        closed: Callable[[None], None] | None = None,
    ) -> None:
        super().__init__()
        self.ref = ref
        self.note = note
        self.replace = replace
        self.closed = closed


class Target(NamedTuple):  # not a dataclass: made at import, before the first frame
    """What the tandem screen shows first: a session's note, an action or a learning entry."""

    session: int | None = None
    note: int | None = None
    action: int | None = None
    learning: tuple[LearnedBy, int] | None = None


class OpenTandem(Message):
    """Open a tandem's screen on a tab, showing ``target`` first."""

    def __init__(self, tandem_id: str, tab: str, target: Target | None = None) -> None:
        super().__init__()
        self.tandem_id = tandem_id
        self.tab = tab
        self.target = target
