"""A keyword's state as every screen shows it: its one symbol (``rmtui.core.coverage``),
one colour, and the legend that names the symbols where they appear."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content

from rmtui.core import messages
from rmtui.core.coverage import KEYWORD_MARKS, KEYWORD_STATES, KeywordState, keyword_state
from rmtui.core.model import Keyword

MARK_STYLES: dict[KeywordState, str] = {
    "covered": "$text-success",
    "touched": "$text-warning",
    "open": "$foreground-muted",
    "dropped": "$foreground-muted",
}


def mark(state: KeywordState) -> Content:
    return Content.styled(KEYWORD_MARKS[state], MARK_STYLES[state])


def stored_state(keyword: Keyword) -> KeywordState:
    """The state from the keyword as stored (its sessions are the notes that touched it)."""
    return keyword_state(keyword, bool(keyword.sessions))


def legend(states: Iterable[KeywordState] = KEYWORD_STATES) -> Content:
    """``(✓ covered · ◐ touched · ○ open)``: the states given, in order; in parentheses
    and italics, so a legend of one state never reads as one more keyword."""
    shown = set(states)
    names = Content.styled(" · ", "$foreground-muted").join(
        Content.assemble(
            mark(state),
            " ",
            (messages.KEYWORD_STATE_NAMES[state], "italic $foreground-muted"),
        )
        for state in KEYWORD_STATES
        if state in shown
    )
    return Content.assemble(("(", "$foreground-muted"), names, (")", "$foreground-muted"))
