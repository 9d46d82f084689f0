"""The kick-off sets the profile, the keyword list and dated sessions over the frame."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from lifekit import START, TEMPLATE, add_session, add_tandem, at, service

from rmtui.core.errors import InvalidInput
from rmtui.service.kickoff import KickoffPlan, KickoffSession
from rmtui.store import Workspace

NOW = at(START, 9)


def plan(dates: list, **fields: object) -> KickoffPlan:  # type: ignore[type-arg]
    base = KickoffPlan(
        expectations="LinkedIn without fear; what the planners do on WhatsApp",
        mentor_expectations="How 14 warehouses run",
        mentee_interests="cycling, logistics history",
        mentee_skills="negotiation",
        mentor_interests="e-bikes, smart home",
        mentor_skills="video editing",
        rules=("The mentee drives: the mentor never touches the keyboard.", "  ", "Phones away"),
        keywords=("LinkedIn", "Yammer", "notifications", "linkedin"),
        sessions=tuple(KickoffSession(d) for d in dates),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def test_kickoff_creates_profile_keywords_and_sessions(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, keywords=["IoT"])
    svc, _ = service(any_ws, NOW)
    dates = svc.suggested_dates(tid)

    refs = svc.kickoff(tid, plan(dates))

    assert [r.n for r in refs] == list(range(1, 11))
    tandem = any_ws.tandem(tid)
    assert tandem.mentor_skills == "video editing" and tandem.mentee_interests.startswith("cyc")
    assert tandem.rules == [
        "The mentee drives: the mentor never touches the keyboard.",
        "Phones away",
    ]
    assert [k.text for k in any_ws.keywords(tid)] == ["IoT", "LinkedIn", "Yammer", "notifications"]
    sessions = any_ws.summary(tid).sessions
    assert [s.planned_at for s in sessions] == dates
    assert all(s.status == "planned" for s in sessions)
    first = any_ws.session(tid, 1)
    assert first.items == [] and first.rules == tandem.rules  # an agenda is picked later
    o = svc.overview(tid)
    assert o.timeline.strip() == "○○○○○|○○○○○"
    assert o.progress.next_session is not None and o.progress.next_session.n == 1


def test_kickoff_moves_planned_dates_and_keeps_held_ones(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    held = at(START)
    add_session(any_ws, tid, held, "done")
    add_session(any_ws, tid, at(date(2027, 1, 11)))
    svc, _ = service(any_ws, NOW)
    dates = [at(START) + timedelta(weeks=2 * i) for i in range(4)]
    dates[1] = at(date(2027, 1, 20))
    with_template = [KickoffSession(d, TEMPLATE if i == 3 else None) for i, d in enumerate(dates)]

    refs = svc.kickoff(tid, plan([], sessions=tuple(with_template)))

    assert [r.n for r in refs] == [2, 3, 4]
    sessions = any_ws.summary(tid).sessions
    assert sessions[0].planned_at == held and sessions[0].status == "done"
    assert sessions[1].planned_at == at(date(2027, 1, 20))
    assert [s.planned_at for s in sessions[2:]] == dates[2:]
    assert any_ws.session(tid, 4).title == TEMPLATE.title
    assert [i.title for i in any_ws.session(tid, 4).items] == ["Follow-up", "Privacy settings tour"]


def test_kickoff_refuses_more_dates_than_sessions(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws, sessions=2)
    svc, _ = service(any_ws, NOW)
    with pytest.raises(InvalidInput):
        svc.kickoff(tid, plan([at(START)] * 3))
    assert any_ws.summary(tid).sessions == []
    assert any_ws.tandem(tid).expectations == ""  # refused before anything was written


def test_kickoff_cleans_the_profile(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    svc.kickoff(tid, plan([], expectations="  learn \x1b[31mLinkedIn\x1b[0m\n"))
    assert any_ws.tandem(tid).expectations == "learn [31mLinkedIn[0m"
    with pytest.raises(InvalidInput):
        svc.kickoff(tid, plan([], mentee_skills="x" * 5000))
