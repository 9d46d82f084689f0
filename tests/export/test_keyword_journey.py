"""The final summary tells the keywords agreed at the start from those added later."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from exportkit import MENTOR, at

from rmtui.core.model import Session
from rmtui.core.tandems import TandemDraft
from rmtui.service.exports import ExportRequest, ExportService
from rmtui.store import Workspace
from rmtui.store.backend import MemoryBackend


def test_keywords_added_after_the_kickoff_are_marked_with_their_date() -> None:
    today = [datetime(2026, 3, 2, 9, 0).astimezone()]
    ws = Workspace(Path("/memory/ws"), backend=MemoryBackend(), now=lambda: today[0])
    tid = ws.add_tandem(TandemDraft(mentee="Ada", start=date(2026, 3, 2))).id
    ws.add_keywords(tid, ["LinkedIn", "privacy"])
    ws.add_session(Session(tandem_id=tid, n=0, status="done", planned_at=at(date(2026, 3, 2))))
    today[0] = datetime(2026, 4, 14, 9, 0).astimezone()
    ws.add_keywords(tid, ["IoT"])

    svc = ExportService(ws, clock=lambda: today[0], mentor=MENTOR)
    text = svc.render(ExportRequest((tid,), kind="final")).text
    journey = [line for line in text.splitlines() if line.startswith("| ") and line.count("|") == 6]
    rows = {line.split("|")[1].strip(): line for line in journey}
    assert "| from the start |" in rows["LinkedIn"]
    assert "| from the start |" in rows["privacy"]
    assert "| added 14 Apr 2026 |" in rows["IoT"]
