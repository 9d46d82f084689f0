"""`rmtui --demo` speaks the mentor's language: a German mentor opens a German tandem, its
sessions planned from the German templates, its notes written in German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from rmtui.core import i18n
from rmtui.core.model import Session
from rmtui.service.demo import fill_demo
from rmtui.service.sessions import SessionService
from rmtui.store import Workspace

NOW = datetime(2025, 3, 10, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def demo(tmp_path: Path, language: str) -> tuple[Workspace, str, list[Session]]:
    ws = Workspace(tmp_path / language, now=lambda: NOW)
    fill_demo(ws)
    [tandem_id] = ws.tandem_ids()
    return ws, tandem_id, [ws.session(tandem_id, i.n) for i in ws.session_index(tandem_id)]


@pytest.fixture
def interface() -> Iterator[None]:
    before = i18n.interface_language()
    yield
    i18n.use_language(before)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_demo_speaks_the_interface_language(
    tmp_path: Path, interface: None, language: str
) -> None:
    i18n.use_language(language)
    ws, tandem_id, sessions = demo(tmp_path, language)
    assert ws.tandem(tandem_id).language == language
    plans = SessionService(ws)
    for session in sessions:
        assert session.agenda_id is not None
        assert session.title == plans.template(session.agenda_id, language).title
    # The same shape in every language: three sessions held, one planned after them,
    # the open action followed up, the private notes kept private.
    assert [s.status for s in sessions] == ["done", "done", "done", "planned"]
    actions = ws.actions(tandem_id)
    assert [a.state for a in actions] == ["done", "done", "open"]
    assert [[c.session for c in a.checkins] for a in actions] == [[2], [3], []]
    tandem = ws.tandem(tandem_id)
    assert all([tandem.expectations, tandem.mentor_expectations, tandem.mentee_skills])
    assert sum(n.private for s in sessions for n in s.notes) == 2
    assert {n.kind for s in sessions for n in s.notes} == {
        "note",
        "highlight",
        "question",
        "action",
        "mentor-learned",
        "mentee-learned",
    }
    assert len(ws.learning(tandem_id)) == 4


def test_no_english_note_is_left_in_another_language(tmp_path: Path, interface: None) -> None:
    def note_texts(language: str) -> set[str]:
        i18n.use_language(language)
        _, _, sessions = demo(tmp_path, language)
        return {n.text for s in sessions for n in s.notes}

    english = note_texts("en")
    for language in i18n.LANGUAGES[1:]:
        assert not english & note_texts(language), language
