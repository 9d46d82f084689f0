"""Fixtures of the tandem-life tests: the same code on disk and on TinyDB's memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmtui.store import Workspace
from rmtui.store.backend import MemoryBackend


@pytest.fixture(params=["disk", "memory"])
def any_ws(request: pytest.FixtureRequest, tmp_path: Path) -> Workspace:
    backend = MemoryBackend() if request.param == "memory" else None
    return Workspace(tmp_path / "workspace", backend=backend)
