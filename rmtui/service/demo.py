"""A throw-away workspace with one realistic tandem, so a newcomer sees the product at once."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from rmtui.core.keywords import find_keywords
from rmtui.core.model import AgendaItem, ClockState, Note, NoteKind, Session
from rmtui.core.tandems import TandemDraft
from rmtui.service.tandems import TandemService
from rmtui.store.workspace import Workspace

RULES = [
    "The mentee drives: the mentor never takes the mouse or keyboard.",
    "What is said in the tandem stays in the tandem.",
]

# (title, agenda id, items, notes as (minute, item, kind, text, private))
_SESSIONS: list[
    tuple[str, str, list[tuple[str, int]], list[tuple[int, int, NoteKind, str, bool]]]
] = [
    (
        "Kick-off",
        "kickoff",
        [
            ("Introductions", 20),
            ("What each of us wants to learn", 25),
            ("Keyword list", 30),
            ("Dates and ground rules", 15),
        ],
        [
            (
                4,
                0,
                "note",
                "Henk runs 14 warehouses; 35 years at the company, started as a driver.",
                False,
            ),
            (
                18,
                1,
                "highlight",
                "Wants to understand why his planners all use WhatsApp groups.",
                False,
            ),
            (
                31,
                1,
                "mentor-learned",
                "How cross-docking works, and why a truck waiting 20 minutes costs real money.",
                False,
            ),
            (
                52,
                2,
                "note",
                "Agreed seven keywords; social tools for his planners come first.",
                False,
            ),
            (63, 2, "note", "Admits he has never changed a privacy setting anywhere.", True),
            (
                80,
                3,
                "action",
                "Henk: install the Yammer app on his phone before next session.",
                False,
            ),
        ],
    ),
    (
        "Enterprise social network",
        "enterprise-social-network",
        [
            ("Follow-up of actions", 10),
            ("Profile that people recognise", 25),
            ("Communities worth joining", 30),
            ("Taming notifications", 20),
        ],
        [
            (
                3,
                0,
                "note",
                "Yammer app installed, but he turned off every notification in a panic.",
                False,
            ),
            (16, 1, "note", "Henk uploaded a photo and wrote a two-line bio himself.", False),
            (
                38,
                2,
                "highlight",
                "Found the 'Smart warehouse' community and posted a question on his own.",
                False,
            ),
            (44, 2, "question", "Can my team see what I like or only what I post?", False),
            (
                58,
                2,
                "mentor-learned",
                "The planning team measures everything in pallet-hours.",
                False,
            ),
            (71, 3, "action", "Henk: one post a week in the logistics community.", False),
        ],
    ),
    (
        "LinkedIn for leaders",
        "linkedin-leaders",
        [
            ("Follow-up of actions", 10),
            ("Profile audit", 30),
            ("Posting with a purpose", 30),
            ("Who to follow", 20),
        ],
        [
            (6, 0, "note", "Two posts in the community, 11 replies. He is proud of it.", False),
            (22, 1, "mentee-learned", "A headline that says what you do beats a job title.", False),
            (
                47,
                2,
                "note",
                "Drafted a post on the new cold-chain hub; will publish Friday.",
                False,
            ),
            (55, 2, "note", "Worried his old boss will comment; keep that between us.", True),
            (
                76,
                3,
                "mentor-learned",
                "Logistics people on LinkedIn share far more data than marketing does.",
                False,
            ),
            (
                84,
                3,
                "action",
                "Henk: publish the cold-chain post and answer every comment within a day.",
                False,
            ),
        ],
    ),
]


def fill_demo(ws: Workspace) -> None:
    """Fill an empty workspace: a logistics manager mentored by a communications mentor."""
    now = ws.now()
    start = (now - timedelta(weeks=9)).date()
    tandem = ws.add_tandem(
        TandemDraft(
            mentee="Henk de Vries",
            role="Head of Logistics",
            mentee_dept="Logistics",
            mentor_dept="Corporate Communications",
            start=start,
        )
    )
    ws.update_tandem(
        tandem.id,
        expectations="Understand how his teams use social tools; post on LinkedIn himself.",
        rules=list(RULES),
    )
    words = ["Yammer", "LinkedIn", "notifications", "privacy", "Twitter", "big data", "IoT"]
    ws.add_keywords(tandem.id, words)
    life = TandemService(ws, ws.now)
    for word in ("Yammer", "LinkedIn"):
        ws.set_keyword_status(tandem.id, word, "covered")
    for i, (title, agenda_id, items, notes) in enumerate(_SESSIONS):
        day = datetime.combine(start + timedelta(weeks=2 * i + 1), time(15, 0), now.tzinfo)
        total = 60.0 * sum(minutes for _, minutes in items)
        session = ws.add_session(
            Session(
                tandem_id=tandem.id,
                n=0,
                status="done",
                planned_at=day,
                agenda_id=agenda_id,
                title=title,
                rules=list(RULES),
                items=[
                    AgendaItem(title=t, minutes=m, done=True, spent_seconds=60.0 * m)
                    for t, m in items
                ],
                clock=ClockState(banked=total),
            )
        )
        for minute, item, kind, text, private in notes:
            note = Note(
                id=0,
                elapsed=60.0 * minute + 7,
                wall=day + timedelta(minutes=minute),
                text=text,
                kind=kind,
                item=item,
                private=private,
                keywords=find_keywords(text, words),
            )
            ws.add_note(tandem.id, session.n, note)
        life.promote(tandem.id, session.n)
    for action in ws.actions(tandem.id):
        if "Yammer app" in action.text or "one post a week" in action.text:
            ws.update_action(tandem.id, action.id, state="done")
    next_day = datetime.combine(start + timedelta(weeks=7), time(15, 0), now.tzinfo)
    planned_at = max(
        next_day, datetime.combine((now + timedelta(days=2)).date(), time(15, 0), now.tzinfo)
    )
    _plan_next(ws, tandem.id, planned_at)


def _plan_next(ws: Workspace, tandem_id: str, planned_at: datetime) -> None:
    """The upcoming session, planned as the mentor plans one: the bundled template after
    the follow-up of the open action, with every item's prompts."""
    from rmtui.agenda.library import load_library
    from rmtui.service.sessions import SessionService

    template = load_library(ws.layout).get("notifications-overload")
    if template is not None:
        SessionService(ws).plan(tandem_id, template, planned_at)
        return
    ws.add_session(  # no bundled templates (a stripped install): the same session by hand
        Session(
            tandem_id=tandem_id,
            n=0,
            planned_at=planned_at,
            agenda_id="notifications-overload",
            title="Notifications and information overload",
            rules=list(RULES),
            items=[
                AgendaItem(title="Follow-up of actions", minutes=10),
                AgendaItem(title="A day in the inbox", minutes=25),
                AgendaItem(title="What to switch off", minutes=35),
                AgendaItem(title="Rules that stick", minutes=20),
            ],
        )
    )
