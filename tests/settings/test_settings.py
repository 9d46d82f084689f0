"""rmtui.yaml: defaults when missing, round-trip, clear refusal of a bad file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from rmtui.core.model import Frame
from rmtui.store.settings import BadSettings, Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "rmtui.yaml") == Settings()


def test_round_trip_and_private_mode(tmp_path: Path) -> None:
    path = tmp_path / "ws" / "rmtui.yaml"
    wanted = Settings(mentor_name="Zoë", agenda_repo="/srv/agendas.git", frame=Frame(8, 4))
    save_settings(path, wanted)
    assert load_settings(path) == wanted
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- a list\n", "mapping"),
        ("branch: no\n", "branch: expected text"),
        ("frame: {sessions: 0}\n", "frame.sessions"),
        ("frame: {months: 1.5}\n", "frame.months"),
        ("mentor_name: [unclosed\n", "not valid YAML"),
        ("x: !!python/object/apply:os.system ['touch CANARY']\n", "not valid YAML"),
    ],
)
def test_bad_settings_are_refused_and_left_alone(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "rmtui.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadSettings, match=message):
        load_settings(path)
    assert path.read_text(encoding="utf-8") == content
    assert not (tmp_path / "CANARY").exists()
