"""argparse's own words (usage, section titles, errors) speak the mentor's language too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rmtui.cli import main
from rmtui.core import i18n


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_language("en")


def test_usage_and_errors_read_in_the_language_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(tmp_path / "ws")
    assert main(["--workspace", ws, "settings", "set", "language", "de"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main(["--workspace", ws, "tandem", "add"])
    assert exit_.value.code == 2
    said = capsys.readouterr().err
    assert said.startswith("Aufruf: rmtui tandem add")
    assert "rmtui tandem add: Fehler: folgende Argumente sind erforderlich: --mentee" in said
    with pytest.raises(SystemExit):
        main(["--workspace", ws, "tandem", "add", "--help"])
    shown = capsys.readouterr().out
    assert "Optionen:" in shown and "diese Hilfe zeigen und beenden" in shown
