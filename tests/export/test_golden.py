"""Each kind and format on a fixed workspace and clock, compared with the files in golden/.

Regenerate after an intended change with ``RMTUI_UPDATE_GOLDEN=1 pytest tests/export``,
then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from exportkit import fill_fixed, memory_workspace, service

from rmtui.service.exports import ExportRequest

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("RMTUI_UPDATE_GOLDEN") == "1"

CASES: dict[str, tuple[str, ...] | ExportRequest] = {}


def _requests(anna: str, jan: str) -> dict[str, ExportRequest]:
    return {
        "recap.md": ExportRequest((anna,), kind="session", session=2),
        "midpoint.md": ExportRequest((anna,), kind="midpoint"),
        "final.md": ExportRequest((anna,), kind="final"),
        "all-midpoint.md": ExportRequest((anna, jan), kind="midpoint"),
        "midpoint-anonymized.md": ExportRequest((anna, jan), kind="midpoint", anonymize=True),
        "midpoint.html": ExportRequest((anna,), kind="midpoint", format="html"),
        "data.json": ExportRequest((anna,), format="json"),
    }


NAMES = list(_requests("a", "j"))


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    ws = memory_workspace()
    anna, jan = fill_fixed(ws)
    svc = service(ws)
    return {name: svc.render(req).text for name, req in _requests(anna, jan).items()}


@pytest.mark.parametrize("name", NAMES)
def test_export_matches_its_golden_file(rendered: dict[str, str], name: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(rendered[name], encoding="utf-8")
    assert path.exists(), f"no golden file {name}; run with RMTUI_UPDATE_GOLDEN=1"
    assert rendered[name] == path.read_text(encoding="utf-8")


def test_the_golden_files_hold_no_private_text() -> None:
    private = [
        "fears", "HR about", "Audit trails", "Maybe; ask IT", "talked too much", "tired",
        "salary", "distrusts", "eyesight", "three shifts", "walk at lunch", "back hurts",
    ]  # fmt: skip
    for path in sorted(GOLDEN.iterdir()):
        text = path.read_text(encoding="utf-8")
        for word in private:
            assert word not in text, (path.name, word)
