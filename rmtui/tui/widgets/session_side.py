"""Side panels of a session: the agenda, the item under way, the rules and the keywords."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static


class AgendaPanel(VerticalScroll):
    """Every item with its mark and its actual of planned minutes."""

    can_focus = False

    def compose(self) -> ComposeResult:
        yield Static(id="agenda-lines")

    def show(self, lines: Content) -> None:
        self.query_one("#agenda-lines", Static).update(lines)


class CurrentItem(Vertical):
    """The item under way: title, what is left of its timebox, prompts.

    State classes: -warning (two minutes left or less), -over (past its timebox),
    -no-details (the item has no prompts).
    """

    def compose(self) -> ComposeResult:
        yield Static(id="item-title")
        yield Static(id="item-timebox", markup=False)
        with VerticalScroll(id="item-details-scroll", can_focus=False):
            yield Static(id="item-details")

    def show_item(self, title: Content, details: Content) -> None:
        self.query_one("#item-title", Static).update(title)
        self.query_one("#item-details", Static).update(details)
        self.set_class(not details.plain.strip(), "-no-details")

    def show_timebox(self, text: str, state: str) -> None:
        box = self.query_one("#item-timebox", Static)
        if str(box.content) != text:
            box.update(text)
        self.set_class(state == "warning", "-warning")
        self.set_class(state == "over", "-over")


class TextPanel(VerticalScroll):
    """A titled panel of lines: the rules, the keywords."""

    can_focus = False

    def compose(self) -> ComposeResult:
        yield Static(classes="panel-lines")

    def show(self, lines: Content) -> None:
        self.query_one(".panel-lines", Static).update(lines)
