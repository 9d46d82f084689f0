"""The recap's agenda says how each item went: done, skipped, talked about for so many
minutes, or not reached. An item the whole session was spent on is never "not reached"."""

from __future__ import annotations

from exportkit import NOW, memory_workspace, service

from rmtui.core.model import AgendaItem, ClockState, Session
from rmtui.core.tandems import TandemDraft
from rmtui.service.exports import ExportRequest


def test_an_item_worked_on_but_not_ticked_reads_as_discussed() -> None:
    ws = memory_workspace()
    tid = ws.add_tandem(TandemDraft(mentee="Anna Kowalska", mentee_dept="Finanse")).id
    ws.add_session(
        Session(
            tandem_id=tid,
            n=0,
            status="done",
            planned_at=NOW,
            title="LinkedIn for leaders",
            items=[
                AgendaItem("Profile audit", 20, done=True, spent_seconds=1100.0),
                AgendaItem("A first post", 20, spent_seconds=1500.0),  # the hour went here
                AgendaItem("Groups", 10, skipped=True),
                AgendaItem("Next steps", 10, spent_seconds=20.0),  # a glance is no talk
            ],
            clock=ClockState(banked=2620.0),
        )
    )
    text = service(ws).render(ExportRequest((tid,), kind="session", session=1)).text
    assert "- Profile audit *(done)*" in text
    assert "- A first post *(discussed, 25 min)*" in text
    assert "- Groups *(skipped)*" in text
    assert "- Next steps *(not reached)*" in text
