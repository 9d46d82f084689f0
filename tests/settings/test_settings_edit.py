"""Changing rmtui.yaml keeps what else the mentor keeps in it (comments, keys of their own),
or refuses, untouched, a file it cannot edit without loss."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rmtui.core.model import Frame
from rmtui.store.settings import (
    BadSettings,
    Settings,
    load_settings,
    save_settings,
    update_settings,
)

HAND_WRITTEN = """\
# Program office: Reverse mentoring 2026 (Gent)
mentor_name: Jo   # as on my badge
# the shared repo of the program
agenda_repo: https://git.example.org/program/agendas.git
frame:
  sessions: 10  # the program's rule
  months: 6
team_colour: teal   # mine, not rmtui's
notes:
  - ask HR about the meetup room
"""


def test_a_change_keeps_comments_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "rmtui.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    update_settings(
        path,
        lambda s: s.with_changes(
            mentor_name="Łucja Wiśniewska # 2", branch="main", frame=Frame(12, 6)
        ),
    )
    text = path.read_text(encoding="utf-8")
    for kept in (
        "# Program office: Reverse mentoring 2026 (Gent)",
        "# as on my badge",
        "# the shared repo of the program",
        "# the program's rule",
        "team_colour: teal   # mine, not rmtui's",
        "  - ask HR about the meetup room",
    ):
        assert kept in text
    assert "  sessions: 12  # the program's rule" in text
    settings = load_settings(path)
    assert settings.mentor_name == "Łucja Wiśniewska # 2"
    assert settings.branch == "main"
    assert settings.frame == Frame(12, 6)
    data = yaml.safe_load(text)
    assert data["team_colour"] == "teal"
    assert data["notes"] == ["ask HR about the meetup room"]


def test_the_sync_options_are_written_without_loss(tmp_path: Path) -> None:
    # `rmtui agendas sync --repo` writes through save_settings: the same targeted edit.
    path = tmp_path / "rmtui.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    wanted = load_settings(path).with_changes(agenda_repo="/srv/agendas.git", path="templates")
    save_settings(path, wanted)
    assert load_settings(path) == wanted
    assert "team_colour: teal   # mine, not rmtui's" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "{mentor_name: Jo, frame: {sessions: 8}}\n",  # flow style
        "frame:\nmentor_name: Jo\n",  # an empty frame
        "# only a comment\n",
        "mentor_name:\n",  # a key with no value
    ],
)
def test_other_shapes_are_edited_too(tmp_path: Path, text: str) -> None:
    path = tmp_path / "rmtui.yaml"
    path.write_text(text, encoding="utf-8")
    save_settings(path, Settings(mentor_name="Zoë", theme="nord", frame=Frame(8, 4)))
    assert load_settings(path) == Settings(mentor_name="Zoë", theme="nord", frame=Frame(8, 4))
    if text.startswith("#"):
        assert path.read_text(encoding="utf-8").startswith(text)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("mentor_name: Jo\nmentor_name: Ann\n", "appears twice"),
        ("mentor_name: |\n  Jo\n", "form rmtui does not rewrite"),
        ("mentor_name: &me Jo\nsigned: *me\n", "would not read back"),
    ],
)
def test_a_file_it_cannot_round_trip_is_refused_untouched(
    tmp_path: Path, text: str, why: str
) -> None:
    path = tmp_path / "rmtui.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadSettings, match=why) as caught:
        save_settings(path, Settings(mentor_name="Zoë"))
    assert "left untouched" in str(caught.value)
    assert "by hand" in str(caught.value)
    assert path.read_text(encoding="utf-8") == text


def test_a_new_file_names_every_setting(tmp_path: Path) -> None:
    path = tmp_path / "ws" / "rmtui.yaml"
    save_settings(path, Settings(mentor_name="Zoë"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# rmtui settings")
    for key in ("mentor_dept:", "agenda_repo:", "branch:", "path:", "theme:", "  months: 6"):
        assert key in text
    assert load_settings(path) == Settings(mentor_name="Zoë")


def test_nothing_changed_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rmtui.yaml"
    save_settings(path, Settings())
    assert not path.exists()
