"""A list of choices whose state reads without colour: ``(•)``/``( )`` for one of many,
``[x]``/``[ ]`` for any of many. Up and down move, space or Enter picks (or ticks)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from rmtui.core.i18n import N_

MARKS = {False: ("( )", "(•)"), True: ("[ ]", "[x]")}
"""The marks of (multiple, chosen): a tick must not be told by its colour alone."""


class ChoiceList(OptionList):
    """One value (``multiple=False``) or any number of them, each shown with its mark."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space",
            "select",
            N_("Pick"),
            id="choice.pick",
            tooltip=N_("Pick the highlighted choice (a tick: on or off)"),
        ),
    ]

    class Changed(Message):
        """What is chosen changed (by a key, a click or ``choose``)."""

        def __init__(self, choices: ChoiceList) -> None:
            super().__init__()
            self.choices = choices

        @property
        def control(self) -> ChoiceList:
            return self.choices

    def __init__(
        self,
        choices: Sequence[tuple[str, Content]],
        *,
        chosen: Iterable[str] = (),
        multiple: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        self.multiple = multiple
        self._labels = dict(choices)
        picked = [value for value in chosen if value in self._labels]
        self._chosen: set[str] = set(picked if multiple else picked[:1])
        super().__init__(
            *(Option(self._prompt(value), id=value) for value, _ in choices),
            id=id,
            classes=classes,
        )

    def on_mount(self) -> None:
        chosen = self.chosen
        if chosen:  # the cursor starts on what is chosen
            self.highlighted = list(self._labels).index(chosen[0])

    @property
    def chosen(self) -> list[str]:
        """The chosen values, in the order of the list."""
        return [value for value in self._labels if value in self._chosen]

    @property
    def value(self) -> str | None:
        """The chosen value of a one-of-many list (the first one of a many list)."""
        chosen = self.chosen
        return chosen[0] if chosen else None

    def choose(self, values: Iterable[str]) -> None:
        """Choose exactly ``values`` (one, for a one-of-many list)."""
        picked = [value for value in values if value in self._labels]
        self._set(set(picked if self.multiple else picked[:1]))

    def _prompt(self, value: str) -> Content:
        on_ = value in self._chosen
        mark = MARKS[self.multiple][on_]
        return Content.assemble(
            (mark, "bold $text-success" if on_ else "$text-muted"), " ", self._labels[value]
        )

    def _set(self, chosen: set[str]) -> None:
        if chosen == self._chosen:
            return
        self._chosen = chosen
        for value in self._labels:
            self.replace_option_prompt(value, self._prompt(value))
        self.post_message(self.Changed(self))

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        value = event.option.id
        if value is None:
            return
        if not self.multiple:
            self._set({value})
        elif value in self._chosen:
            self._set(self._chosen - {value})
        else:
            self._set(self._chosen | {value})
