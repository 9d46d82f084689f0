"""User text made safe to show: never parsed as markup, never a raw terminal control.

Anything typed, synced or loaded goes through here before it reaches a widget. A name
like ``[@click=app.quit]`` would otherwise become a live action, and ``[/]`` would crash
a ``Static``.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from rmtui.core.text import one_line, strip_control


def literal(text: str, style: str = "") -> Content:
    """``text`` as content shown exactly as written (control characters removed)."""
    return Content.styled(strip_control(text), style) if style else Content(strip_control(text))


def literal_line(text: str, style: str = "") -> Content:
    """Like :func:`literal`, folded to one line for cells, titles and list entries."""
    return literal(one_line(text), style)


def cell(text: str, style: str = "") -> Text:
    """A ``DataTable`` cell: a Rich ``Text`` (a plain ``str`` cell would be parsed as markup)."""
    return Text(one_line(text), style=style, no_wrap=True, overflow="ellipsis")
