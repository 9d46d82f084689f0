"""Editing who a tandem is, through the tandem service: the rules of `tandem add`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from rmtui.core.errors import InvalidInput
from rmtui.core.tandems import TandemDraft
from rmtui.service.tandems import TandemService
from rmtui.store import Workspace


def service(tmp_path: Path) -> tuple[Workspace, TandemService]:
    ws = Workspace(tmp_path / "ws")
    return ws, TandemService(ws, lambda: datetime(2025, 3, 10, 9, 30))


def test_the_profile_changes_and_the_id_stays(tmp_path: Path) -> None:
    ws, svc = service(tmp_path)
    t = ws.add_tandem(TandemDraft(mentee="Jan de Vries", mentee_dept="Logistiek", sessions=8))
    draft = TandemDraft(
        mentee=" Jan de Vriës ", role="COO", mentee_dept="Logistiek", mentor_dept="HR"
    )
    saved = svc.edit_profile(t.id, draft)
    assert (saved.id, saved.mentee, saved.role, saved.mentor_dept) == (
        t.id,
        "Jan de Vriës",
        "COO",
        "HR",
    )
    assert ws.tandem(t.id).frame.sessions == 8  # the frame is not part of the profile


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (TandemDraft(mentee=""), "mentee"),
        (TandemDraft(mentee="x" * 121), "mentee"),
        (TandemDraft(mentee="Jan", role="x" * 121), "role"),
        (TandemDraft(mentee="Jan", mentee_dept="HR", mentor_dept="hr"), "mentor department"),
    ],
)
def test_bad_profiles_are_refused_and_nothing_changes(
    tmp_path: Path, draft: TandemDraft, field: str
) -> None:
    ws, svc = service(tmp_path)
    t = ws.add_tandem(TandemDraft(mentee="Jan de Vries"))
    with pytest.raises(InvalidInput) as caught:
        svc.edit_profile(t.id, draft)
    assert caught.value.field == field
    assert ws.tandem(t.id) == t


def test_one_department_is_saved_once_confirmed(tmp_path: Path) -> None:
    ws, svc = service(tmp_path)
    t = ws.add_tandem(TandemDraft(mentee="Jan"))
    draft = TandemDraft(mentee="Jan", mentee_dept="HR", mentor_dept="HR")
    assert svc.edit_profile(t.id, draft, same_department=True).mentee_dept == "HR"
