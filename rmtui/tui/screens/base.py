"""The base of rmtui's screens: typed access to the app's workspace and services."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual.dom import DOMNode
from textual.screen import Screen

from rmtui.tui.context import RmtuiContext, context_of

if TYPE_CHECKING:
    from rmtui.service.sessions import SessionService

ResultT = TypeVar("ResultT")


class RmtuiScreen(Screen[ResultT]):
    """A screen of the rmtui app (it reaches the workspace and services through the
    app's context, never the concrete app)."""

    DOCUMENTS: ClassVar[frozenset[str]] = frozenset()
    """The ids of the screen's documents (Markdown previews), which ``set_state`` does not
    restyle inside."""

    @property
    def rmtui(self) -> RmtuiContext:
        return context_of(self.app)

    @property
    def service(self) -> SessionService:
        """The session service the app was built with."""
        return self.rmtui.sessions

    def set_state(self, name: str, on: bool = True) -> None:
        """``set_state`` on this screen, its ``DOCUMENTS`` left out."""
        set_state(self, name, on, documents=self.DOCUMENTS)

    def set_states(self, states: Mapping[str, bool]) -> None:
        """Set or clear several state classes (name: on), restyling the screen once."""
        set_states(self, states, documents=self.DOCUMENTS)


def set_state(
    screen: Screen[Any], name: str, on: bool = True, *, documents: Collection[str] = ()
) -> None:
    """Set (``on``) or clear the state class ``name`` of ``screen`` and restyle it for
    the change, as ``set_class`` does, but not the insides of its ``documents`` (the ids
    of its Markdown previews): Textual would restyle every block of a preview, and no
    rule of rmtui's styling reaches inside one (``tests/tui/test_state_classes.py``)."""
    set_states(screen, {name: on}, documents=documents)


def set_states(
    screen: Screen[Any], states: Mapping[str, bool], *, documents: Collection[str] = ()
) -> None:
    """``set_state`` for several classes (name: on), with one restyle for them all."""
    changed = [name for name, on in states.items() if screen.has_class(name) != on]
    if not changed:
        return
    for name in changed:
        screen.set_class(states[name], name, update=False)
    screen.app.stylesheet.update_nodes(_styled(screen, documents), animate=True)


def _styled(screen: Screen[Any], documents: Collection[str]) -> Iterator[DOMNode]:
    """``screen`` and its descendants, depth first, none inside one of ``documents``."""
    stack: list[DOMNode] = [screen]
    while stack:
        node = stack.pop()
        yield node
        if node.id not in documents:
            stack.extend(reversed(node.children))
