"""The home screen with hostile values in a tandem file: the others still show, and the
bad one is named, never hidden behind "No tandems yet" (issue 12, items 4 and 17)."""

from __future__ import annotations

import json

from kit.files import file_doc
from tuikit import MakeApp, settle, shown, table_rows

from rmtui.core.tandems import TandemDraft
from rmtui.store import Workspace


def _spoil(ws: Workspace, tandem_id: str, **fields: object) -> None:
    path = ws.layout.tandem_file(tandem_id)
    doc = file_doc(path)
    doc["tables"]["profile"]["1"].update(fields)
    path.write_text(json.dumps(doc), encoding="utf-8")


async def test_a_hostile_tandem_hides_neither_the_others_nor_itself(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    bad = empty_ws.add_tandem(TandemDraft(mentee="Anna Nowak")).id
    empty_ws.add_tandem(TandemDraft(mentee="Jan Jansen"))
    _spoil(empty_ws, bad, frame={"sessions": 10**12, "months": 6})
    app = app_for(empty_ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert [row[0] for row in table_rows(app)] == ["Jan Jansen"]
        assert app.screen.has_class("-problems")
        assert "frame.sessions" in shown(app, "#problems-list")


async def test_only_an_unreadable_tandem_is_not_no_tandems_yet(
    empty_ws: Workspace, app_for: MakeApp
) -> None:
    bad = empty_ws.add_tandem(TandemDraft(mentee="Anna Nowak")).id
    _spoil(empty_ws, bad, start="9999-12-31")
    app = app_for(empty_ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not app.screen.has_class("-empty")
        assert not app.screen.query_one("#empty-state").display
        assert app.screen.query_one("#problems").display
        assert "start" in shown(app, "#problems-list")


async def test_an_infinite_clock_value_does_not_crash_the_tandem_screen(
    demo_ws: Workspace, app_for: MakeApp
) -> None:
    tid = demo_ws.tandem_ids()[0]
    path = next(p for p in sorted(demo_ws.layout.tandem_dir(tid).glob("sessions/*.json")))
    raw = path.read_bytes()
    spoiled = raw.replace(b'"banked":', b'"banked":Infinity,"was":', 1)
    assert spoiled != raw
    path.write_bytes(spoiled)
    app = app_for(demo_ws)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        for key in ("1", "2", "3", "4", "5"):
            await pilot.press(key)
            await settle(pilot)
        assert app.is_running
    assert path.read_bytes() == spoiled, "an unreadable file is never rewritten"
