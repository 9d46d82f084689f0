"""Keys of the screen it was opened from, the command palette, and the note prefixes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from rmtui.core import messages
from rmtui.core.capture import ESCAPE, GLOSSARY, PREFIXES, PRIVATE, SHEET
from rmtui.core.i18n import N_
from rmtui.tui.widgets.footer import Footer


@dataclass(frozen=True, slots=True)
class KeyHelp:
    key: str
    description: str
    tooltip: str = ""


def key_cells(keys: list[KeyHelp]) -> ComposeResult:
    """Three cells per key for the help grid: key, what it does, and its tooltip."""
    for k in keys:
        yield Static(k.key, classes="help-key", markup=False)
        yield Static(k.description, classes="help-description", markup=False)
        yield Static(k.tooltip, classes="help-tooltip", markup=False)


def prefix_lines() -> Content:
    rows = [(prefix, messages.TUI_NOTE_KINDS.get(kind, kind)) for prefix, kind in PREFIXES.items()]
    rows += [
        (PRIVATE, messages.TUI_NOTE_PRIVATE),
        (SHEET, messages.TUI_NOTE_SHEET),
        (GLOSSARY, messages.TUI_NOTE_GLOSSARY),
        (ESCAPE, messages.TUI_NOTE_ESCAPE),
    ]
    lines = [Content.assemble((f"{prefix}  ", "bold $text-accent"), text) for prefix, text in rows]
    lines.append(Content("   " + messages.TUI_NOTE_TAG))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,f1,q",
            "dismiss",
            N_("Close"),
            id="help.close",
            tooltip=N_("Close the help and go back"),
        ),
    ]

    def __init__(self, keys: list[KeyHelp]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(id="help", classes="dialog") as dialog:
            dialog.border_title = messages.TUI_HELP_TITLE
            with VerticalScroll(id="help-body"):
                yield Static(messages.TUI_HELP_KEYS, classes="help-heading")
                with Grid(id="help-keys"):
                    yield from key_cells(self.keys)
                yield Static(messages.TUI_HELP_PALETTE_HEADING, classes="help-heading")
                yield Static(messages.TUI_HELP_PALETTE, id="help-palette", markup=False)
                yield Static(messages.TUI_HELP_PREFIXES, classes="help-heading")
                yield Static(messages.TUI_HELP_NOTES, markup=False)
                yield Static(prefix_lines(), id="help-prefixes")
        yield Footer()
