"""Which session a template goes on: the chosen one, else the next dated one without an
agenda, else a new one inside the frame; never beyond the frame unless asked. And the
date a session gets when it starts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sessionkit import START, TEMPLATE, FakeTime

from rmtui.core.errors import InvalidInput
from rmtui.core.live import NotAllowed
from rmtui.core.model import Keyword
from rmtui.core.planning import rank_templates
from rmtui.core.refs import SessionRef
from rmtui.core.tandems import TandemDraft
from rmtui.core.template import Template, TemplateItem
from rmtui.service.sessions import SessionService
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace

CET = timezone(timedelta(hours=1))
NOW = datetime.fromtimestamp(START, CET)  # 2027-01-15, the service's wall clock
DATES = [datetime(2027, 2, 1 + 7 * i, 15, 0, tzinfo=CET) for i in range(4)]
KICKOFF = Template(
    id="kickoff",
    title="Kick-off",
    tags=("kickoff", "first-session"),
    items=(TemplateItem("Introductions", 20), TemplateItem("Keyword list", 30)),
)


def frame_of(ws: Workspace, sessions: int) -> str:
    tandem = ws.add_tandem(
        TandemDraft(
            mentee="Zofia Wąsowska", mentee_dept="Logistyka", mentor_dept="IT", sessions=sessions
        )
    )
    return tandem.id


def scheduled(ws: Workspace, sessions: int, dates: list[datetime]) -> str:
    tid = frame_of(ws, sessions)
    TandemService(ws, lambda: NOW).schedule(tid, dates)
    return tid


def agendas(ws: Workspace, tid: str) -> list[tuple[int, str, datetime | None]]:
    return [(i.n, i.agenda_id, i.planned_at) for i in ws.summary(tid).sessions]


def test_the_chosen_session_gets_the_template_and_keeps_its_date(
    workspace: Workspace, service: SessionService
) -> None:
    tid = scheduled(workspace, 4, DATES)
    planned = service.plan(tid, TEMPLATE, session=3)
    assert (planned.n, planned.planned_at, planned.agenda_id) == (3, DATES[2], "privacy")
    assert agendas(workspace, tid) == [
        (1, "", DATES[0]),
        (2, "", DATES[1]),
        (3, "privacy", DATES[2]),
        (4, "", DATES[3]),
    ]
    # A date given moves it; planning it again replaces its agenda.
    service.plan(tid, KICKOFF, DATES[2] + timedelta(hours=1), session=3)
    assert agendas(workspace, tid)[2] == (3, "kickoff", DATES[2] + timedelta(hours=1))


def test_without_a_choice_the_next_dated_session_without_an_agenda(
    workspace: Workspace, service: SessionService
) -> None:
    tid = scheduled(workspace, 4, DATES)
    service.plan(tid, TEMPLATE, session=1)
    second = service.plan(tid, TEMPLATE)
    assert (second.n, second.planned_at) == (2, DATES[1])
    assert len(workspace.summary(tid).sessions) == 4


def test_a_new_session_inside_the_frame_then_refused_beyond_it_unless_extended(
    workspace: Workspace, service: SessionService
) -> None:
    tid = scheduled(workspace, 3, DATES[:2])
    for _ in range(2):
        service.plan(tid, TEMPLATE)
    third = service.target(tid)
    assert (third.n, third.new, third.beyond_frame) == (3, True, False)
    assert service.plan(tid, TEMPLATE, DATES[2]).n == 3
    assert service.target(tid).beyond_frame
    with pytest.raises(NotAllowed, match="beyond the frame of 3 sessions"):
        service.plan(tid, TEMPLATE)
    assert len(workspace.summary(tid).sessions) == 3  # nothing written
    assert service.plan(tid, TEMPLATE, extend=True).n == 4


def test_held_and_missing_sessions_are_refused(
    workspace: Workspace, service: SessionService
) -> None:
    tid = scheduled(workspace, 3, DATES[:2])
    ref = SessionRef(tid, 1)
    service.plan(tid, TEMPLATE, session=1)
    service.start(ref)
    service.stop(ref)
    with pytest.raises(InvalidInput, match="already taken place"):
        service.plan(tid, KICKOFF, session=1)
    with pytest.raises(InvalidInput, match="no session 7"):
        service.plan(tid, KICKOFF, session=7)
    assert service.get(ref).agenda_id == "privacy"
    assert service.plan(tid, KICKOFF, session=3).n == 3  # the next new number is fine


def test_a_first_session_offers_the_kickoff_first_and_follows_nothing_up(
    workspace: Workspace, service: SessionService
) -> None:
    tid = scheduled(workspace, 10, DATES)
    target = service.target(tid)
    assert target.first and target.n == 1
    topic = Template(id="big-data", title="Big data", keywords=("big data",))
    ranked = service.rank_templates(tid, [topic, KICKOFF], first=target.first)
    assert ranked[0].template is KICKOFF
    # Keywords decide once there are some; a later session ranks by them too.
    words = [Keyword("big data", 1)]
    assert rank_templates([topic, KICKOFF], words, first=True)[0].template is topic
    assert rank_templates([topic, KICKOFF], [], first=False)[0].template is topic
    # The template's "Follow-up" opens later sessions, never the first.
    first = service.plan(tid, TEMPLATE)
    assert [i.title for i in first.items] == ["Privacy settings tour", "What to share"]
    ref = SessionRef(tid, first.n)
    service.start(ref)
    service.stop(ref)
    second = service.plan(tid, TEMPLATE)
    assert second.items[0].title == "Follow-up"


def test_starting_dates_the_session_now(
    workspace: Workspace, service: SessionService, fake_time: FakeTime
) -> None:
    tid = frame_of(workspace, 10)
    later = service.plan(tid, TEMPLATE, DATES[0])  # in the future
    started = service.start(SessionRef(tid, later.n))
    assert started.planned_at == NOW.replace(second=0)
    assert workspace.summary(tid).sessions[0].planned_at == started.planned_at
    service.stop(SessionRef(tid, later.n))
    # Earlier the same day (a late start) keeps its time; an undated one is dated now.
    earlier = NOW.replace(second=0) - timedelta(minutes=10)
    late = service.plan(tid, TEMPLATE, earlier)
    assert service.start(SessionRef(tid, late.n)).planned_at == earlier
    service.stop(SessionRef(tid, late.n))
    fake_time.advance(3600)
    undated = service.plan(tid, TEMPLATE)
    dated = service.start(SessionRef(tid, undated.n)).planned_at
    assert dated is not None and dated > earlier


def test_schedule_dates_what_is_not_held_and_keeps_to_the_frame(
    workspace: Workspace, service: SessionService
) -> None:
    tid = frame_of(workspace, 3)
    life = TandemService(workspace, lambda: NOW)
    first = service.plan(tid, TEMPLATE, DATES[0])
    service.start(SessionRef(tid, first.n))
    service.stop(SessionRef(tid, first.n))
    held_at = workspace.summary(tid).sessions[0].planned_at
    with pytest.raises(InvalidInput, match="--extend"):
        life.schedule(tid, DATES[1:4])  # 1 held + 3 dates > 3 sessions
    assert len(workspace.summary(tid).sessions) == 1
    refs = life.schedule(tid, DATES[1:3])
    assert [r.n for r in refs] == [2, 3]
    assert agendas(workspace, tid) == [
        (1, "privacy", held_at),
        (2, "", DATES[1]),
        (3, "", DATES[2]),
    ]
    moved = life.schedule(tid, [DATES[3]])  # the first session not held moves
    assert [r.n for r in moved] == [2]
    assert [r.n for r in life.schedule(tid, DATES[1:4], extend=True)] == [2, 3, 4]
