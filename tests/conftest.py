"""Shared fixtures: a fresh workspace folder and a way to run the installed CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from rmtui.store import Workspace

Run = Callable[..., subprocess.CompletedProcess[str]]

# The tests read rmtui's English (the message ids), whatever the machine's locale: rmtui
# speaks the locale's language when no setting names one (tests/core/test_i18n.py covers
# the other languages). C.UTF-8 keeps the text encoding UTF-8.
for _name in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(ws_root: Path) -> Workspace:
    return Workspace(ws_root)


@pytest.fixture
def rmtui(ws_root: Path) -> Run:
    """Run ``python -m rmtui --workspace <tmp> ARGS`` and capture its output."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        full_env = {**os.environ, **(env or {})}
        full_env.pop("RMTUI_WORKSPACE", None)
        return subprocess.run(
            [sys.executable, "-m", "rmtui", "--workspace", str(ws_root), *args],
            capture_output=True,
            text=True,
            input=input,
            env=full_env,
            timeout=60,
        )

    return run
