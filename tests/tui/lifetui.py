"""A second tandem for the tandem-life TUI tests: Polish, German and Dutch notes tagged
with keywords, a private note, an action note, and a planned session that was missed.

Not in the conftest, so test modules import it by name (like ``tuikit``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from textual.widgets import DataTable
from tuikit import NOW, MakeApp

from rmtui.core.model import AgendaItem, ClockState, Note, NoteKind, Session
from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace
from rmtui.tui.app import RmtuiApp

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


def table_rows(app: RmtuiApp, selector: str) -> list[list[str]]:
    table = app.screen.query_one(selector, DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def still(build: MakeApp) -> MakeApp:
    """``app_for`` with animations off: tab underlines and scrolls jump, so each key press
    settles at once (the screens look the same once settled)."""

    def make(ws: Workspace, **options: object) -> RmtuiApp:
        app = build(ws, **options)
        app.animation_level = "none"
        return app

    return make
