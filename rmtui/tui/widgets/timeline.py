"""The frame's sessions as a coloured strip: ``●●●○✕·|····`` (done, planned, missed, free,
the midpoint meetup), for table cells (Rich ``Text``) and panels (``Content``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.content import Content

from rmtui.core.i18n import PC_, gettext

if TYPE_CHECKING:
    from rmtui.service.timeline import Timeline

# Rich styles: a DataTable cell has no theme variables, so ANSI names (mapped by the theme).
CELL_STYLES: dict[str, str] = {
    "done": "green",
    "live": "bold cyan",
    "planned": "",
    "missed": "bold red",
    "free": "dim",
    "midpoint": "bold yellow",
}
# Content styles: theme variables, for Statics.
PANEL_STYLES: dict[str, str] = {
    "done": "$text-success",
    "live": "bold $text-accent",
    "planned": "",
    "missed": "bold $text-error",
    "free": "$foreground-muted",
    "midpoint": "bold $text-warning",
}
LEGEND_ORDER = ("done", "live", "planned", "missed", "free")
# Counts of sessions: the words agree with "session" where a language wants it.
LEGEND_WORDS = {
    "done": PC_("sessions in the frame", "{count} done", "{count} done"),
    "live": PC_("sessions in the frame", "{count} running", "{count} running"),
    "planned": PC_("sessions in the frame", "{count} planned", "{count} planned"),
    "missed": PC_("sessions in the frame", "{count} missed", "{count} missed"),
    "free": PC_("sessions in the frame", "{count} to plan", "{count} to plan"),
}


def _pieces(timeline: Timeline) -> list[tuple[str, str]]:
    """(glyph, state) in order, the midpoint marker included."""
    from rmtui.service.timeline import MIDPOINT_GLYPH  # loaded already: it built the timeline

    pieces = [(slot.glyph, str(slot.state)) for slot in timeline.slots]
    pieces.insert(timeline.midpoint_before - 1, (MIDPOINT_GLYPH, "midpoint"))
    return pieces


def strip_text(timeline: Timeline) -> Text:
    """The strip as a table cell."""
    text = Text(no_wrap=True)
    for glyph, state in _pieces(timeline):
        text.append(glyph, style=CELL_STYLES[state])
    return text


def strip_content(timeline: Timeline) -> Content:
    """The strip for a panel."""
    return Content.assemble(*((glyph, PANEL_STYLES[state]) for glyph, state in _pieces(timeline)))


def legend(timeline: Timeline) -> Content:
    """``● 3 done  ○ 1 planned  · 6 to plan  | midpoint``: only the states present."""
    from rmtui.service.timeline import GLYPHS, MIDPOINT_GLYPH  # see _pieces

    parts: list[Content] = []
    for state in LEGEND_ORDER:
        count = timeline.count(state)  # type: ignore[arg-type]
        if count:
            parts.append(
                Content.assemble(
                    (GLYPHS[state], PANEL_STYLES[state]), " " + LEGEND_WORDS[state].format(count)
                )
            )
    parts.append(
        Content.assemble((MIDPOINT_GLYPH, PANEL_STYLES["midpoint"]), " " + gettext("midpoint"))
    )
    return Content("  ").join(parts)
