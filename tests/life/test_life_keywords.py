"""Editing the keyword list: rename, move, drop (kept in the history), cover, coverage."""

from __future__ import annotations

from datetime import date

import pytest
from lifekit import TEMPLATE, FakeTime, add_session, add_tandem, at, note, service

from rmtui.core.errors import InvalidInput
from rmtui.core.refs import SessionRef
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.store.errors import NotFound

NOW = at(date(2027, 2, 1), 9)


def texts(ws: Workspace, tid: str) -> list[str]:
    return [k.text for k in ws.keywords(tid)]


def test_rename_keeps_order_status_and_history(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    n = add_session(any_ws, tid, at(date(2027, 1, 5)), "done", [note("x", keywords=["IoT"])])
    svc.promote(tid, n)
    svc.set_keyword_status(tid, "iot", "covered")

    renamed = svc.rename_keyword(tid, "IOT", "Internet of Things")

    assert (renamed.text, renamed.order, renamed.status) == ("Internet of Things", 4, "covered")
    assert renamed.sessions == [n]
    assert texts(any_ws, tid)[3] == "Internet of Things"
    row = next(r for r in svc.overview(tid).coverage.rows if r.keyword.order == 4)
    assert row.sessions == (n,)  # the history followed the new name
    assert svc.rename_keyword(tid, "internet of things", "Internet of Things").order == 4
    with pytest.raises(InvalidInput):
        svc.rename_keyword(tid, "LinkedIn", "big DATA")  # another keyword's name
    with pytest.raises(InvalidInput):
        svc.rename_keyword(tid, "LinkedIn", "  ")
    with pytest.raises(NotFound):
        svc.rename_keyword(tid, "Twitter", "X")


def test_move_renumbers_the_list(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)  # LinkedIn, prywatność, big data, IoT, Datenschutz
    svc, _ = service(any_ws, NOW)
    moved = svc.move_keyword(tid, "datenschutz", 1)
    assert [k.text for k in moved] == ["Datenschutz", "LinkedIn", "prywatność", "big data", "IoT"]
    assert [k.order for k in any_ws.keywords(tid)] == [1, 2, 3, 4, 5]
    assert texts(any_ws, tid)[0] == "Datenschutz"
    svc.move_keyword(tid, "prywatnosc", 99)  # clamped to the end
    assert texts(any_ws, tid)[-1] == "prywatność"
    with pytest.raises(InvalidInput):
        svc.move_keyword(tid, "IoT", 0)
    added = svc.add_keywords(tid, ["blockchain"])
    assert added[0].order == 6


def test_dropped_keywords_stay_but_are_no_longer_matched(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    sessions = SessionService(any_ws, wall=FakeTime().wall, mono=FakeTime().mono)
    ref = SessionRef(tid, sessions.plan(tid, TEMPLATE).n)
    sessions.start(ref)
    sessions.add_note(ref, "IoT in every truck")
    svc.set_keyword_status(tid, "IoT", "dropped")
    later = sessions.add_note(ref, "more IoT talk")
    sessions.stop(ref)

    assert later.keywords == []
    dropped = next(k for k in any_ws.keywords(tid) if k.text == "IoT")
    assert (dropped.status, dropped.sessions) == ("dropped", [ref.n])
    o = svc.overview(tid)
    assert o.coverage.rows[-1].keyword.text == "IoT"  # dropped ones last
    assert o.coverage.active == 4
    assert not any("IoT" in w for w in o.warnings)


def test_covered_counts_and_open_keywords_first(any_ws: Workspace) -> None:
    tid = add_tandem(any_ws)
    svc, _ = service(any_ws, NOW)
    svc.set_keyword_status(tid, "LinkedIn", "covered")
    n = add_session(any_ws, tid, at(date(2027, 1, 5)), "done", [note("x", keywords=["big data"])])
    svc.promote(tid, n)
    o = svc.overview(tid)
    # Covered is what the mentor marked; "big data", only talked about, is touched.
    assert o.coverage.covered == 1 and o.coverage.active == 5
    assert o.coverage.count("touched") == 1
    order = [r.keyword.text for r in o.coverage.rows]
    assert order == ["prywatność", "IoT", "Datenschutz", "big data", "LinkedIn"]
