"""Helpers for the export tests: a fixed workspace on a fixed clock, Markdown inspection.

Not a conftest (see tests/store/storekit.py for why).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from markdown_it.token import Token

from rmtui.core.model import (
    Action,
    AgendaItem,
    Checkin,
    ClockState,
    LearningEntry,
    Note,
    NoteKind,
    Session,
)
from rmtui.core.tandems import TandemDraft
from rmtui.export.as_typed import AsTyped
from rmtui.service.exports import ExportService
from rmtui.store import Workspace
from rmtui.store.backend import MemoryBackend

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=CET)
MENTOR = "Sam Jansen"
# Read as the HTML export reads it: addresses shown as typed.
MD = AsTyped("commonmark", {"html": False}).enable(["table", "strikethrough"])


def fixed_clock() -> datetime:
    return NOW


def memory_workspace() -> Workspace:
    return Workspace(Path("/memory/workspace"), backend=MemoryBackend(), now=fixed_clock)


def service(ws: Workspace) -> ExportService:
    return ExportService(ws, clock=fixed_clock, mentor=MENTOR)


# --- the fixed workspace of the golden files --------------------------------------------

NoteSpec = tuple[
    int, NoteKind, str, bool, str, list[str]
]  # minute, kind, text, private, answer, kws


@dataclass
class SessionSpec:
    title: str
    agenda_id: str
    day: datetime
    items: list[tuple[str, bool, bool]]  # title, done, skipped
    notes: list[NoteSpec] = field(default_factory=list)
    status: str = "done"
    reflection: str = ""


def add_session(ws: Workspace, tandem_id: str, spec: SessionSpec) -> Session:
    stored = ws.add_session(
        Session(
            tandem_id=tandem_id,
            n=0,
            status=spec.status,  # type: ignore[arg-type]
            planned_at=spec.day,
            agenda_id=spec.agenda_id,
            title=spec.title,
            items=[
                AgendaItem(title=t, minutes=20, done=d, skipped=s, spent_seconds=1200.0 * d)
                for t, d, s in spec.items
            ],
            clock=ClockState(banked=3600.0 if spec.status == "done" else 0.0),
            reflection=spec.reflection,
        )
    )
    if spec.notes:
        ws.add_notes(
            tandem_id,
            stored.n,
            [
                Note(
                    id=0,
                    elapsed=60.0 * minute,
                    wall=spec.day + timedelta(minutes=minute),
                    text=text,
                    kind=kind,
                    keywords=list(kws),
                    private=private,
                    answer=answer,
                )
                for minute, kind, text, private, answer, kws in spec.notes
            ],
        )
    return stored


def promote(ws: Workspace, tandem_id: str, n: int) -> None:
    """What stopping a session does: `!`, `>`, `<` notes become records (private kept)."""

    def extract(session: Session) -> tuple[list[Action], list[LearningEntry]]:
        actions: list[Action] = []
        learning: list[LearningEntry] = []
        for note in session.notes:
            source = f"{session.n}/{note.id}"
            if note.kind == "action":
                actions.append(
                    Action(0, note.text, session=session.n, private=note.private, source=source)
                )
            elif note.kind in ("mentor-learned", "mentee-learned"):
                by = "mentor" if note.kind == "mentor-learned" else "mentee"
                learning.append(
                    LearningEntry(
                        0,
                        by,  # type: ignore[arg-type]
                        note.text,
                        session=session.n,
                        keywords=list(note.keywords),
                        private=note.private,
                        source=source,
                    )
                )
        return actions, learning

    ws.promote_session(tandem_id, n, extract)


def at(day: date, hour: int = 15) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=CET)


def fill_fixed(ws: Workspace) -> tuple[str, str]:
    """Two tandems with every kind of record, private ones included; returns their ids."""
    anna = ws.add_tandem(
        TandemDraft(
            mentee="Anna Kowalska-Łęcka",
            role="CFO",
            mentee_dept="Finance",
            mentor_dept="Marketing",
            start=date(2026, 1, 5),
        )
    ).id
    ws.add_keywords(anna, ["LinkedIn", "privacy", "notifications", "Yammer", "blockchain"])
    ws.set_keyword_status(anna, "Yammer", "dropped")
    # Marked covered by the mentor; the other keywords the notes touch stay open ("touched").
    ws.set_keyword_status(anna, "LinkedIn", "covered")
    specs = [
        SessionSpec(
            "Kick-off",
            "kickoff",
            at(date(2026, 1, 12)),
            [("Introductions", True, False), ("Keyword list", True, False)],
            [
                (
                    5,
                    "highlight",
                    "Anna wants to post on LinkedIn | twice a month",
                    False,
                    "",
                    ["LinkedIn"],
                ),
                (9, "note", "Anna admits she fears # looking foolish", True, "", ["LinkedIn"]),
                (20, "mentor-learned", "How a *month-end close* really works", False, "", []),
                (30, "action", "Anna: update the LinkedIn headline", False, "", ["LinkedIn"]),
                (33, "action", "Ask HR about Anna's review", True, "", []),
                (
                    40,
                    "question",
                    "Who sees my likes?",
                    False,
                    "Only your connections, by default.",
                    [],
                ),
            ],
            reflection="I talked too much; let her drive next time.",
        ),
        SessionSpec(
            "Privacy <settings>",
            "privacy",
            at(date(2026, 1, 26)),
            [
                ("Follow-up", True, False),
                ("Settings tour", True, False),
                ("Blockchain", False, True),
            ],
            [
                (4, "note", "Headline updated. `Proud` of it.", False, "", []),
                (15, "mentee-learned", "Where the privacy settings hide", False, "", ["privacy"]),
                (
                    18,
                    "mentor-learned",
                    "Audit trails matter to Finance [more than to us]",
                    True,
                    "",
                    [],
                ),
                (
                    25,
                    "question",
                    "Can blockchain help with audits?",
                    True,
                    "Maybe; ask IT.",
                    ["blockchain"],
                ),
                (
                    31,
                    "question",
                    "How do other CFOs handle notifications?",
                    False,
                    "",
                    ["notifications"],
                ),
                (
                    44,
                    "highlight",
                    "Switched her profile to private herself",
                    False,
                    "",
                    ["privacy"],
                ),
                (
                    50,
                    "action",
                    "Anna: switch off e-mail notifications for group X",
                    False,
                    "",
                    ["notifications"],
                ),
            ],
            reflection="Hard session; she was tired.",
        ),
        SessionSpec(
            "Notifications",
            "notifications-overload",
            at(date(2026, 2, 16)),
            [("A day in the inbox", True, False), ("What to switch off", False, False)],
            [
                (7, "mentor-learned", "Finance closes the books in 4 days", False, "", []),
                (12, "action", "Anna: try focus mode for a week", False, "", []),
            ],
            status="running",
        ),
        SessionSpec(
            "LinkedIn posting",
            "linkedin",
            at(date(2026, 3, 9)),
            [("Draft a post", False, False)],
            status="planned",
        ),
    ]
    for spec in specs:
        stored = add_session(ws, anna, spec)
        if spec.status == "done":
            promote(ws, anna, stored.n)
    actions = ws.actions(anna)
    ws.update_action(anna, actions[0].id, state="done")
    ws.add_actions(
        anna,
        [Action(0, "Mentor: send the privacy checklist", owner="mentor", due=date(2026, 2, 1))],
    )
    ws.add_actions(
        anna,
        [Action(0, "Mentor: keep Anna's salary question to myself", owner="mentor", private=True)],
    )
    ws.add_learning(
        anna, [LearningEntry(0, "mentor", "Anna's team distrusts Yammer", private=True)]
    )
    tried, done = Checkin(2, "tried", "one post, then | busy"), Checkin(3, "done", "")
    ws.add_actions(
        anna,
        [
            Action(0, "Anna: post on LinkedIn", habit="one post a week", checkins=[tried, done]),
            Action(
                0,
                "Anna: walk at lunch",
                habit="daily",
                private=True,
                checkins=[Checkin(2, "stuck", "her back hurts again")],
            ),
        ],
    )

    jan = ws.add_tandem(
        TandemDraft(
            mentee="Jan de Boer",
            role="Plant manager",
            mentee_dept="Operations",
            mentor_dept="IT",
            start=date(2025, 12, 1),
            sessions=8,
            months=4,
        )
    ).id
    ws.add_keywords(jan, ["IoT", "Teams", "LinkedIn"])
    stored = add_session(
        ws,
        jan,
        SessionSpec(
            "Teams basics",
            "collaboration",
            at(date(2025, 12, 8), 10),
            [("Channels", True, False)],
            [
                (
                    3,
                    "mentee-learned",
                    "Channels beat e-mail threads for shifts",
                    False,
                    "",
                    ["Teams"],
                ),
                (8, "mentor-learned", "Jan's line runs three shifts, 24/7", False, "", []),
                (14, "question", "How do other CFOs handle notifications?", False, "", []),
                (20, "note", "Jan worries about his eyesight", True, "", []),
            ],
        ),
    )
    promote(ws, jan, stored.n)
    # Made private after it was promoted: its learning entry must go with it.
    ws.update_note(jan, stored.n, 2, lambda note: setattr(note, "private", True))
    return anna, jan


# --- reading Markdown back ----------------------------------------------------------------


def flatten(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.append(t)
        out.extend(flatten(t.children or []))
    return out


def plain(token: Token) -> str:
    """Text of an inline token, rmtui's emphasised and bold notes left out."""
    out: list[str] = []
    depth = 0
    for c in token.children or []:
        if c.type in ("em_open", "strong_open"):
            depth += 1
        elif c.type in ("em_close", "strong_close"):
            depth -= 1
        elif depth == 0 and c.type in ("text", "code_inline", "softbreak"):
            out.append(c.content)
    return "".join(out).strip()


def headings(tokens: list[Token]) -> list[tuple[int, str]]:
    return [
        (int(t.tag[1]), plain(tokens[i + 1]))
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


def tables(tokens: list[Token]) -> list[list[list[str]]]:
    """Each table as rows of cell texts (header row first)."""
    found: list[list[list[str]]] = []
    row: list[str] = []
    for i, t in enumerate(tokens):
        if t.type == "table_open":
            found.append([])
        elif t.type == "tr_open":
            row = []
        elif t.type in ("th_open", "td_open"):
            row.append(plain(tokens[i + 1]))
        elif t.type == "tr_close":
            found[-1].append(row)
    return found


def section_items(tokens: list[Token], title: str) -> list[str]:
    """The first-level list items right under the heading ``title``."""
    items: list[str] = []
    inside = False
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            inside = plain(tokens[i + 1]) == title
        elif inside and t.type == "inline" and tokens[i - 2].type == "list_item_open":
            items.append(plain(t))
    return items


def fill_third(ws: Workspace) -> str:
    """A third mentor's tandem for the digest: shares a covered keyword and a question."""
    henk = ws.add_tandem(
        TandemDraft(
            mentee="Henk de Vries",
            role="Head of Logistics",
            mentee_dept="Logistics",
            mentor_dept="Corporate Communications",
            start=date(2026, 1, 19),
        )
    ).id
    ws.add_keywords(henk, ["Yammer", "LinkedIn", "IoT", "blockchain"])
    ws.set_keyword_status(henk, "Yammer", "covered")
    ws.set_keyword_status(henk, "LinkedIn", "covered")
    stored = add_session(
        ws,
        henk,
        SessionSpec(
            "LinkedIn for leaders",
            "linkedin-leaders",
            at(date(2026, 2, 2)),
            [("Profile audit", True, False), ("Posting with a purpose", True, False)],
            [
                (
                    6,
                    "mentor-learned",
                    "Cross-docking: a truck waiting 20 minutes costs money",
                    False,
                    "",
                    [],
                ),
                (
                    22,
                    "mentee-learned",
                    "A headline that says what you do beats a job title",
                    False,
                    "",
                    ["LinkedIn"],
                ),
                (40, "question", "How do other CFOs handle notifications?", False, "", []),
                (55, "note", "Worried his old boss will comment", True, "", []),
            ],
        ),
    )
    promote(ws, henk, stored.n)
    return henk
