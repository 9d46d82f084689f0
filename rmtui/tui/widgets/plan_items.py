"""The items of a session being planned: reorder, drop, re-time, rename and add them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from rmtui.core import messages
from rmtui.core.i18n import N_
from rmtui.core.model import Action, AgendaItem
from rmtui.core.planning import (
    MAX_ITEM_MINUTES,
    NEW_ITEM_MINUTES,
    followed_up,
    is_carried_label,
    item_title,
)
from rmtui.tui.literal import literal_line
from rmtui.tui.session_view import follow_up_line


def carried_label(item: AgendaItem) -> str:
    """``carried from session N`` when the item came from an earlier session, else ``""``."""
    first = item.notes.strip().split("\n", 1)[0].strip()
    return first if is_carried_label(first) else ""


def item_entry(index: int, item: AgendaItem, followed: Sequence[Action] = ()) -> Content:
    """``  2   25 min  ↪ A day in the inbox``: the figures first, ``↪`` if carried; under
    a follow-up item, the actions it follows up (private ones marked: the plan screen is
    the mentor's own)."""
    carried = bool(carried_label(item))
    entry = Content.assemble(
        (f"{index + 1:>2} ", "$text-muted"),
        (f"{item.minutes:>4} min  ", "$text-accent"),
        ("↪ " if carried else "", "bold $text-warning"),
        literal_line(item.title, "bold" if not carried else ""),
    )
    lines = [Content(" " * 12) + follow_up_line(action) for action in followed]
    return Content("\n").join([entry, *lines])


def _item_binding(keys: str, action: str, label: str, tooltip: str, show: bool = True) -> Binding:
    return Binding(keys, action, label, id=f"plan-items.{action}", tooltip=tooltip, show=show)


class ItemEditor(OptionList):
    """One line per item. Posts ``ItemEditor.Changed`` after every edit, and asks its
    screen for a title (``RenameWanted``, ``AddWanted``): a widget opens no modal."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _item_binding("shift+up,ctrl+up", "move(-1)", N_("Move up"), N_("Move this item up")),
        _item_binding(
            "shift+down,ctrl+down", "move(1)", N_("Move down"), N_("Move this item down")
        ),
        _item_binding("plus,equals_sign", "minutes(5)", N_("+5 min"), N_("Five more minutes")),
        _item_binding("minus", "minutes(-5)", N_("-5 min"), N_("Five minutes less")),
        _item_binding("right", "minutes(1)", N_("+1 min"), N_("One more minute"), show=False),
        _item_binding("left", "minutes(-1)", N_("-1 min"), N_("One minute less"), show=False),
        _item_binding("delete,d", "drop", N_("Drop"), N_("Drop this item from the session")),
        _item_binding("r,f2", "rename", N_("Rename"), N_("Give this item another title")),
        _item_binding("a,insert", "add", N_("Add"), N_("Add an item after this one")),
    ]

    class Changed(Message):
        def __init__(self, editor: ItemEditor) -> None:
            super().__init__()
            self.editor = editor

    class RenameWanted(Message):
        """The mentor asked to rename the item at ``index``: the screen asks for the new
        title and gives it to ``editor.rename``."""

        def __init__(self, editor: ItemEditor, index: int, title: str) -> None:
            super().__init__()
            self.editor = editor
            self.index = index
            self.title = title

    class AddWanted(Message):
        """The mentor asked to add an item at ``at``: the screen asks for its title and
        gives it to ``editor.add``."""

        def __init__(self, editor: ItemEditor, at: int) -> None:
            super().__init__()
            self.editor = editor
            self.at = at

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.items: list[AgendaItem] = []
        self.actions: list[Action] = []  # what follow-up items may refer to

    def show(self, items: list[AgendaItem], highlighted: int | None = 0) -> None:
        self.items = items
        self.set_options(
            Option(item_entry(i, item, followed_up(item, self.actions, shared=False)))
            for i, item in enumerate(items)
        )
        if items:
            self.highlighted = min(max(highlighted or 0, 0), len(items) - 1)
        labels = sorted({carried_label(item) for item in items} - {""})
        self.border_subtitle = "↪ " + ", ".join(labels) if labels else ""

    @property
    def total(self) -> int:
        return sum(item.minutes for item in self.items)

    def _edited(self, items: list[AgendaItem], highlighted: int) -> None:
        self.show(items, highlighted)
        self.post_message(self.Changed(self))

    def action_move(self, delta: int) -> None:
        index = self.highlighted
        if index is None:
            return
        target = index + delta
        if not 0 <= target < len(self.items):
            self.app.bell()
            return
        items = list(self.items)
        items[index], items[target] = items[target], items[index]
        self._edited(items, target)

    def action_minutes(self, delta: int) -> None:
        index = self.highlighted
        if index is None:
            return
        item = self.items[index]
        value = min(max(item.minutes + delta, 1), MAX_ITEM_MINUTES)
        if value == item.minutes:
            self.app.bell()
            return
        items = list(self.items)
        items[index] = replace(item, minutes=value)
        self._edited(items, index)

    def action_drop(self) -> None:
        index = self.highlighted
        if index is None:
            return
        if len(self.items) == 1:
            self.app.bell()
            self.notify(messages.NO_ITEMS, markup=False)
            return
        items = [item for i, item in enumerate(self.items) if i != index]
        self._edited(items, min(index, len(items) - 1))

    def action_rename(self) -> None:
        index = self.highlighted
        if index is not None:
            self.post_message(self.RenameWanted(self, index, self.items[index].title))

    def action_add(self) -> None:
        at = 0 if self.highlighted is None else self.highlighted + 1
        self.post_message(self.AddWanted(self, at))

    def rename(self, index: int, title: str | None) -> None:
        """Give the item at ``index`` the title the mentor typed (None: asked, not given)."""
        if title is None or not 0 <= index < len(self.items):
            return
        item = self.items[index]
        if item_title(title) == item.title:
            return
        items = list(self.items)
        items[index] = replace(item, title=item_title(title))
        self._edited(items, index)

    def add(self, at: int, title: str | None) -> None:
        """Add an item titled ``title`` at ``at`` (None: asked, not given)."""
        if title is None:
            return
        items = list(self.items)
        items.insert(at, AgendaItem(title=item_title(title), minutes=NEW_ITEM_MINUTES))
        self._edited(items, at)
