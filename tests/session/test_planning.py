"""Planning: the session keeps a copy of the template; what was left open is carried."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sessionkit import TEMPLATE, FakeTime

from rmtui.core.errors import InvalidInput
from rmtui.core.live import NotAllowed
from rmtui.core.model import Action, AgendaItem, Keyword, Note, Session
from rmtui.core.planning import (
    CarryOver,
    carry_over,
    check_items,
    followed_up,
    new_session,
    parse_planned_at,
    rank_templates,
)
from rmtui.core.refs import SessionRef
from rmtui.core.template import Template, TemplateItem
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

WHEN = datetime(2027, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=1)))


def test_items_are_a_copy_of_the_template() -> None:
    session = new_session("anna", TEMPLATE, WHEN)
    assert [(i.title, i.minutes) for i in session.items] == [
        ("Follow-up", 10),
        ("Privacy settings tour", 30),
        ("What to share", 20),
    ]
    assert session.items[1].prompts == ["Open LinkedIn settings"]
    assert session.items[1].notes == "Let them click."
    assert session.rules == list(TEMPLATE.rules)
    assert (session.agenda_id, session.title, session.planned_at) == (
        "privacy",
        TEMPLATE.title,
        WHEN,
    )
    session.items[1].prompts.append("changed in the session")
    assert TEMPLATE.items[1].prompts == ("Open LinkedIn settings",)


def test_later_template_edits_do_not_change_a_stored_session(
    service: SessionService, tandem_id: str
) -> None:
    stored = service.plan(tandem_id, TEMPLATE, WHEN)
    edited = replace(
        TEMPLATE,
        title="Renamed",
        rules=(),
        items=(TemplateItem("Only this", 5),),
    )
    service.plan(tandem_id, edited, WHEN)
    again = service.get(SessionRef(tandem_id, stored.n))
    assert again.title == TEMPLATE.title
    # (the tandem's first session: nothing before it to follow up)
    assert [i.title for i in again.items] == [i.title for i in TEMPLATE.items[1:]]
    assert again.rules == list(TEMPLATE.rules)


def test_a_yaml_template_edited_on_disk_after_planning(
    service: SessionService, tandem_id: str, workspace: Workspace, tmp_path: Path
) -> None:
    from rmtui.agenda.library import load_library

    folder = workspace.layout.agendas
    folder.mkdir(parents=True)
    yaml_file = folder / "mine.yaml"
    body = "id: mine\ntitle: Mine\nlanguage: en\nsummary: s\nminutes: 30\n"
    yaml_file.write_text(body + "items:\n  - title: First version\n    minutes: 30\n")
    template = load_library(workspace.layout).get("mine")
    assert template is not None
    ref = SessionRef(tandem_id, service.plan(tandem_id, template).n)
    yaml_file.write_text(body + "items:\n  - title: Second version\n    minutes: 30\n")
    assert [i.title for i in service.get(ref).items] == ["First version"]


def previous() -> Session:
    return Session(
        tandem_id="anna",
        n=3,
        status="done",
        items=[
            AgendaItem("Done one", 10, done=True),
            AgendaItem("Skipped one", 10, skipped=True),
            AgendaItem("Not reached", 20, ["a prompt"], "own notes"),
        ],
        notes=[
            Note(1, 60, WHEN, "one tweet a day", kind="action"),
            Note(2, 70, WHEN, "just a note"),
            Note(3, 80, WHEN, "switch off notifications\nfor group X", kind="action"),
        ],
    )


def test_carry_over_offers_undone_items_and_actions() -> None:
    carried = carry_over(previous())
    assert carried.label == "carried from session 3"
    assert [i.title for i in carried.items] == ["Not reached"]
    assert carried.items[0].notes == "carried from session 3\n\nown notes"
    assert carried.items[0].prompts == ["a prompt"]
    assert [a.text for a in carried.actions] == [
        "one tweet a day",
        "switch off notifications\nfor group X",
    ]
    follow_up = carried.follow_up()
    assert follow_up is not None
    # The follow-up refers to the notes not promoted yet; it copies no text.
    assert follow_up.prompts == []
    assert (follow_up.follow_up, follow_up.actions) == (True, [])
    assert follow_up.action_notes == ["3/1", "3/3"]
    assert [a.text for a in followed_up(follow_up, carried.actions, shared=True)] == [
        "one tweet a day",
        "switch off notifications\nfor group X",
    ]
    assert follow_up.notes == "carried from session 3"
    session = new_session("anna", TEMPLATE, carried=carried)
    # The template brings its own follow-up item: it follows up the open actions instead
    # of a second follow-up beside it.
    assert [i.title for i in session.items] == [
        "Follow-up",
        "Not reached",
        "Privacy settings tour",
        "What to share",
    ]
    assert session.items[0].prompts == ["How did the week go?"]
    assert session.items[0].action_notes == ["3/1", "3/3"]
    assert session.items[0].notes.startswith("carried from session 3")
    assert not CarryOver(session=1)


def test_carried_items_the_template_brings_again_are_not_doubled() -> None:
    carried = CarryOver(session=2, items=[AgendaItem("WHAT TO SHARE", 5), AgendaItem("Other", 5)])
    titles = [i.title for i in new_session("anna", TEMPLATE, carried=carried).items]
    assert titles == ["Other", "Follow-up", "Privacy settings tour", "What to share"]


def test_plan_carries_from_the_last_session_that_took_place(
    service: SessionService, tandem_id: str, fake_time: FakeTime
) -> None:
    first = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    # The first session: no "Follow-up" item, there is no earlier session to follow up.
    assert [i.title for i in service.get(first).items] == ["Privacy settings tour", "What to share"]
    service.start(first)
    service.add_note(first, "! one post a week in the community")
    service.mark_item(first, 0, "skipped")
    service.stop(first)
    service.plan(tandem_id, TEMPLATE)  # planned, never held: not the "previous" one
    third = service.plan(tandem_id, Template(id="iot", title="IoT", items=(TemplateItem("x", 5),)))
    assert [i.title for i in third.items] == ["Follow-up of actions", "What to share", "x"]
    assert third.items[0].prompts == []
    shown = followed_up(third.items[0], service.workspace.actions(tandem_id), shared=True)
    assert [a.text for a in shown] == ["one post a week in the community"]
    plain = service.plan(tandem_id, TEMPLATE, carry=False)
    assert [i.title for i in plain.items] == [i.title for i in TEMPLATE.items]


def test_adjusted_items_and_replanning(service: SessionService, tandem_id: str) -> None:
    items = [AgendaItem("Only the tour", 45, ["p"])]
    ref = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE, items=items).n)
    assert [(i.title, i.minutes) for i in service.get(ref).items] == [("Only the tour", 45)]
    service.replan(ref, items=[AgendaItem("B", 5), AgendaItem("A", 10)], planned_at=WHEN)
    session = service.get(ref)
    assert [i.title for i in session.items] == ["B", "A"]
    assert service.sessions(tandem_id)[0].planned_at == WHEN
    service.start(ref)
    with pytest.raises(NotAllowed):  # started: the plan is history now
        service.replan(ref, items=items)


@pytest.mark.parametrize(
    "items",
    [[], [AgendaItem(" ", 5)], [AgendaItem("x", 0)], [AgendaItem("x", 481)]],
)
def test_bad_items_are_refused(items: list[AgendaItem]) -> None:
    with pytest.raises(InvalidInput):
        check_items(items)


def test_parse_planned_at() -> None:
    tz = timezone(timedelta(hours=1))
    assert parse_planned_at("2027-03-02 15:00", tz) == WHEN
    assert parse_planned_at("2027-03-02", tz) == WHEN.replace(hour=9)
    assert parse_planned_at("2027-03-02 15:00").tzinfo is not None
    for bad in ("next tuesday", "2027-13-01 10:00", "2027-03-02 25:00"):
        with pytest.raises(InvalidInput):
            parse_planned_at(bad)


def test_templates_covering_open_keywords_come_first() -> None:
    keywords = [
        Keyword("LinkedIn", 1, "covered"),
        Keyword("prywatność", 2),
        Keyword("IoT", 3),
        Keyword("blockchain", 4, "dropped"),
    ]
    templates = [
        Template(id="linkedin", title="LinkedIn for leaders", keywords=("LinkedIn",)),
        Template(id="chain", title="Blockchain"),
        Template(id="privacy", title="Privacy", keywords=("Prywatnosc",), tags=("gdpr",)),
        Template(id="smart", title="Smart home and IoT", tags=("iot", "prywatność")),
        Template(id="other", title="Other"),
    ]
    ranked = rank_templates(templates, keywords)
    assert [r.template.id for r in ranked] == ["smart", "privacy", "linkedin", "chain", "other"]
    assert ranked[0].covers == ("prywatność", "IoT")


def test_proposal_and_next_planned(service: SessionService, tandem_id: str) -> None:
    assert service.next_planned(tandem_id) is None
    first = SessionRef(tandem_id, service.plan(tandem_id, TEMPLATE).n)
    service.start(first)
    service.add_note(first, "! try the new phone")
    service.stop(first)
    proposal = service.proposal(tandem_id, TEMPLATE)
    assert [i.title for i in proposal] == [i.title for i in TEMPLATE.items]
    assert proposal[0].prompts == ["How did the week go?"]
    [action] = service.workspace.actions(tandem_id)
    assert (proposal[0].actions, action.text) == ([action.id], "try the new phone")
    later = service.plan(tandem_id, TEMPLATE, WHEN, items=proposal[:2])
    sooner = service.plan(tandem_id, TEMPLATE, WHEN - timedelta(days=7))
    assert [i.title for i in later.items] == ["Follow-up", "Privacy settings tour"]
    assert later.items[0].notes == "carried from session 1"
    assert service.next_planned(tandem_id) == SessionRef(tandem_id, sooner.n)


def test_the_template_marks_its_follow_up_item() -> None:
    marked = Template(
        id="m",
        title="Marked",
        items=(
            TemplateItem("Follow-up of the tour", 5),  # a title alone no longer decides
            TemplateItem("Back to last time", 10, ("How did it go?",), follow_up=True),
        ),
    )
    carried = CarryOver(session=1, actions=[Action(4, "one post a week")])
    items = new_session("anna", marked, carried=carried).items
    assert [(i.title, i.follow_up, i.actions) for i in items] == [
        ("Follow-up of the tour", False, []),
        ("Back to last time", True, [4]),
    ]
    assert items[1].prompts == ["How did it go?"]


def test_bundled_templates_mark_their_follow_up_item() -> None:
    from rmtui.agenda.bundled import bundled_dir
    from rmtui.agenda.loader import load_file

    folder = bundled_dir()
    assert folder is not None
    for path in sorted(folder.glob("*.yaml")):
        template, _ = load_file(path, "bundled")
        assert template is not None, path
        marked = [i.title for i in template.items if i.follow_up]
        assert marked == ([] if template.id.startswith("kickoff") else [template.items[0].title])
