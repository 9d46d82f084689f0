"""A second tandem for the tandem-life TUI tests: Polish, German and Dutch notes tagged
with keywords, a private note, an action note, and a planned session that was missed.

Not in the conftest, so test modules import it by name (like ``tuikit``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from kit.clock import NOW
from kit.pilot import still, table_rows

from rmtui.core.model import AgendaItem, ClockState, Note, NoteKind, Session
from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace

__all__ = ["still", "table_rows"]  # shared from tests/kit, imported from here by the tests

ZOFIA = "zofia-wasowska"
KEYWORDS = ["LinkedIn", "prywatność", "Datenschutz", "big data", "IoT"]
# (minute, kind, text, keywords, private)
NOTES: list[tuple[int, NoteKind, str, list[str], bool]] = [
    (3, "note", "Zespół z Łodzi pyta o prywatność na LinkedIn.", ["LinkedIn", "prywatność"], False),
    (
        9,
        "highlight",
        "Datenschutz: wer sieht die Straße, in der ich wohne?",
        ["Datenschutz"],
        False,
    ),
    (14, "note", "Zij is geïnteresseerd in één duidelijke instelling.", [], False),
    (21, "note", "Szef nie może wiedzieć, że nie umiem zmienić hasła.", [], True),
    (25, "action", "Zofia: wyłączyć powiadomienia grupy Łódź-magazyn.", [], False),
    (31, "mentor-learned", "Jak działa kompletacja zamówień w magazynie.", [], False),
]


def at(day: date, hour: int = 15) -> datetime:
    return datetime.combine(day, time(hour, 0), NOW.tzinfo)


def add_zofia(ws: Workspace) -> str:
    """Session 1 held (tagged notes), session 2 planned for a week ago (missed)."""
    start = date(2025, 1, 6)
    tandem = ws.add_tandem(
        TandemDraft(
            mentee="Zofia Wąsowska",
            role="Kierowniczka magazynu",
            mentee_dept="Logistyka",
            mentor_dept="IT",
            start=start,
        )
    )
    assert tandem.id == ZOFIA
    ws.add_keywords(ZOFIA, KEYWORDS)
    first = at(start + timedelta(days=7))
    ws.add_session(
        Session(
            tandem_id=ZOFIA,
            n=0,
            status="done",
            planned_at=first,
            title="Pierwsze spotkanie",
            items=[AgendaItem(title="Poznajmy się", minutes=40, done=True)],
            clock=ClockState(banked=40 * 60.0),
        )
    )
    for minute, kind, text, words, private in NOTES:
        note = Note(
            id=0,
            elapsed=60.0 * minute + 5,
            wall=first + timedelta(minutes=minute),
            text=text,
            kind=kind,
            keywords=list(words),
            private=private,
        )
        ws.add_note(ZOFIA, 1, note)
    ws.add_session(
        Session(tandem_id=ZOFIA, n=0, planned_at=at(NOW.date() - timedelta(days=7)), title="")
    )
    return ZOFIA
