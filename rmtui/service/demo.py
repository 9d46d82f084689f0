"""A throw-away workspace with one realistic tandem, so a newcomer sees the product at once.

The demo speaks the mentor's interface language: the tandem is in that language, its
sessions are planned from the bundled templates in that language (as a mentor plans
them), and its profile, keywords and notes are that language's (``demo_texts``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from rmtui.core import i18n
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.model import Note, Session
from rmtui.core.tandems import TandemDraft
from rmtui.service.demo_texts import TEXTS
from rmtui.service.sessions import SessionService
from rmtui.service.tandems import TandemService
from rmtui.store.workspace import Workspace

#: The bundled templates of the three sessions held, then of the one coming up.
HELD = ("kickoff", "enterprise-social-network", "linkedin-leaders")
UPCOMING = "notifications-overload"
COVERED = 2  # the first keywords, covered by the sessions held


def fill_demo(ws: Workspace, language: str | None = None) -> None:
    """Fill an empty workspace: a logistics manager mentored by a communications mentor,
    in ``language`` (default: the interface's)."""
    lang = i18n.normalize(language) or i18n.interface_language()
    texts = TEXTS.get(lang, TEXTS[i18n.DEFAULT])
    now = ws.now()
    start = (now - timedelta(weeks=9)).date()
    tandem = ws.add_tandem(
        TandemDraft(
            mentee=texts.mentee,
            role=texts.role,
            mentee_dept=texts.mentee_dept,
            mentor_dept=texts.mentor_dept,
            start=start,
            language=lang,
        )
    )
    ws.update_tandem(
        tandem.id,
        expectations=texts.expectations,
        mentor_expectations=texts.mentor_expectations,
        mentee_skills=texts.mentee_skills,
        rules=list(texts.rules),
    )
    ws.add_keywords(tandem.id, [word for word, _ in texts.keywords])
    for word, aliases in texts.keywords:
        if aliases:
            ws.set_keyword_aliases(tandem.id, word, add=aliases)
    for word, _ in texts.keywords[:COVERED]:
        ws.set_keyword_status(tandem.id, word, "covered")
    matcher = KeywordMatcher.of(ws.keywords(tandem.id))
    plans = SessionService(ws)
    life = TandemService(ws, ws.now)
    for i, (agenda_id, notes) in enumerate(zip(HELD, texts.sessions, strict=True)):
        day = datetime.combine(start + timedelta(weeks=2 * i + 1), time(15, 0), now.tzinfo)
        planned = plans.plan_from(tandem.id, agenda_id, day)
        ws.update_session(tandem.id, planned.n, _held)
        for minute, item, kind, text, private in notes:
            note = Note(
                id=0,
                elapsed=60.0 * minute + 7,
                wall=day + timedelta(minutes=minute),
                text=text,
                kind=kind,
                item=item,
                private=private,
                keywords=matcher.find(text),
            )
            ws.add_note(tandem.id, planned.n, note)
        life.promote(tandem.id, planned.n)
    # Every action but the last session's was done, as told at the next session.
    for action in ws.actions(tandem.id):
        if action.session is not None and action.session < len(HELD):
            told = texts.checkins[action.session - 1]
            life.check_in(tandem.id, action.id, "done", note=told, session=action.session + 1)
    # The upcoming session is planned as a mentor plans one: the bundled template, after
    # what the last session left open (its open action, followed up first).
    next_day = datetime.combine(start + timedelta(weeks=7), time(15, 0), now.tzinfo)
    soon = datetime.combine((now + timedelta(days=2)).date(), time(15, 0), now.tzinfo)
    plans.plan_from(tandem.id, UPCOMING, max(next_day, soon))


def _held(session: Session) -> None:
    """A planned session, held as planned: every item done in its time."""
    session.status = "done"
    session.items = [
        replace(item, done=True, spent_seconds=60.0 * item.minutes) for item in session.items
    ]
    session.clock = replace(session.clock, banked=sum(i.spent_seconds for i in session.items))
