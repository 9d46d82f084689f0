"""``rmtui import FILE`` a second time: refused with both choices named, then
``--skip`` or ``--replace``; never a silent ``-2`` copy."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

# The `rmtui` fixture of tests/conftest.py (imported by name, `conftest` would be
# whichever conftest loaded last).
Run = Callable[..., subprocess.CompletedProcess[str]]


def test_importing_the_same_json_twice(rmtui: Run, tmp_path: Path) -> None:
    tid = rmtui("tandem", "add", "--mentee", "Anna Kowalska").stdout.strip()
    assert rmtui("keyword", "add", tid, "LinkedIn").returncode == 0
    file = tmp_path / "anna.json"
    assert rmtui("export", tid, "--format", "json", "-o", str(file)).returncode == 0
    assert rmtui("keyword", "add", tid, "Mastodon").returncode == 0

    again = rmtui("import", str(file))
    assert again.returncode == 1 and again.stdout == ""
    assert f"already in this workspace: {tid}" in again.stderr
    assert "--replace" in again.stderr and "--skip" in again.stderr
    listed = json.loads(rmtui("tandem", "list", "--json").stdout)
    assert [t["id"] for t in listed] == [tid]

    skipped = rmtui("import", str(file), "--skip")
    assert skipped.returncode == 0
    assert skipped.stdout == f"skipped {tid}: already in this workspace, kept as it is\n"
    assert "Mastodon" in rmtui("keyword", "list", tid).stdout

    replaced = rmtui("import", str(file), "--replace")
    assert replaced.returncode == 0 and replaced.stdout.startswith(f"replaced {tid} ")
    keywords = rmtui("keyword", "list", tid).stdout
    assert "LinkedIn" in keywords and "Mastodon" not in keywords
    assert [t["id"] for t in json.loads(rmtui("tandem", "list", "--json").stdout)] == [tid]

    both = rmtui("import", str(file), "--replace", "--skip")
    assert both.returncode == 2
