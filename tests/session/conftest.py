"""Fixtures for the live-session tests (helpers are in ``sessionkit``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sessionkit import FakeTime, add_tandem

from rmtui.service.sessions import SessionService
from rmtui.store import Workspace
from rmtui.store.backend import MemoryBackend


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture(params=["disk", "memory"])
def any_workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Workspace:
    """The same repository code on durable files and on TinyDB's MemoryStorage."""
    backend = MemoryBackend() if request.param == "memory" else None
    return Workspace(tmp_path / "workspace", backend=backend)


@pytest.fixture
def tandem_id(workspace: Workspace) -> str:
    return add_tandem(workspace)


@pytest.fixture
def service(workspace: Workspace, fake_time: FakeTime) -> SessionService:
    return SessionService(workspace, wall=fake_time.wall, mono=fake_time.mono)
