"""A paste is text, never keys: escape characters inside a bracketed paste are dropped
before the terminal's input is parsed.

Textual's parser reads an ESC inside a paste as the start of a key sequence and, when no
sequence matches, hands the next characters to the app as key presses: a BEL (ctrl+g) or
an XOFF (ctrl+s) in pasted text would skip an item or stop the session. Everything
between the paste's start and end markers except its end marker stays one paste; the
input widgets strip the other control characters from it.
"""

from __future__ import annotations

import sys
from typing import Any

from textual._xterm_parser import XTermParser

START = "\x1b[200~"
END = "\x1b[201~"
ESC = "\x1b"


class PasteGuard:
    """Filters terminal input chunk by chunk; markers may be split across chunks."""

    def __init__(self) -> None:
        self._in_paste = False
        self._recent = ""  # the last characters passed outside a paste (a split START)
        self._held = ""  # the start of what may be the END marker

    def __call__(self, data: str) -> str:
        out: list[str] = []
        text, self._held = self._held + data, ""
        i = 0
        while i < len(text):
            if not self._in_paste:
                seen = self._recent + text[i:]
                found = seen.find(START)
                if found < 0:
                    out.append(text[i:])
                    self._recent = seen[-(len(START) - 1) :]
                    break
                end = i + found + len(START) - len(self._recent)
                out.append(text[i:end])
                i, self._in_paste, self._recent = end, True, ""
                continue
            esc = text.find(ESC, i)
            if esc < 0:
                out.append(text[i:])
                break
            out.append(text[i:esc])
            tail = text[esc : esc + len(END)]
            if tail == END:
                out.append(END)
                i, self._in_paste = esc + len(END), False
            elif END.startswith(tail):  # the chunk ends inside what may be the marker
                self._held = text[esc:]
                break
            else:
                i = esc + 1  # an escape inside the paste: dropped
        return "".join(out)


class GuardedParser(XTermParser):
    """Textual's terminal parser, fed through a ``PasteGuard``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._guard = PasteGuard()
        super().__init__(*args, **kwargs)

    def feed(self, data: str) -> Any:
        if not data:  # the end of the input
            return super().feed(data)
        # An empty chunk would read as the end: a held marker start waits for the next one.
        guarded = self._guard(data)
        return super().feed(guarded) if guarded else ()


def guard_driver(driver: type[Any]) -> None:
    """Make ``driver`` (a Textual driver class) parse its input through ``GuardedParser``.

    Textual's drivers build their parser from their module's ``XTermParser``; nothing else
    in the process reads it."""
    module = sys.modules.get(driver.__module__)
    if module is not None and getattr(module, "XTermParser", None) is XTermParser:
        module.XTermParser = GuardedParser  # type: ignore[attr-defined]
