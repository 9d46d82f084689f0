"""The demo's upcoming session is planned the way a mentor plans one, so a newcomer sees
the follow-up of the open action and every item's prompts in the live screen."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from rmtui.service.demo import fill_demo
from rmtui.store import Workspace

NOW = datetime(2025, 3, 10, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def test_the_demos_next_session_follows_up_the_open_action(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws", now=lambda: NOW)
    fill_demo(ws)
    [open_action] = [a for a in ws.actions("henk-de-vries") if a.state == "open"]
    upcoming = ws.session("henk-de-vries", 4)
    assert upcoming.status == "planned" and upcoming.agenda_id == "notifications-overload"
    follow_up, *rest = upcoming.items
    assert follow_up.follow_up and follow_up.actions == [open_action.id]  # by reference
    assert rest and all(item.prompts for item in rest)
