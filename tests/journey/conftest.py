"""The journey starts on an empty workspace, on the journey's own clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from journeykit import FakeTime

from rmtui.store import Workspace


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime()


@pytest.fixture
def empty_ws(tmp_path: Path, clock: FakeTime) -> Workspace:
    return Workspace(tmp_path / "workspace", now=clock.now)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """The key counts a test made travel with its report (from an xdist worker too)."""
    from journeykit import KEY_COUNTS

    before = dict(KEY_COUNTS)
    try:
        return (yield)
    finally:
        for flow, keys in KEY_COUNTS.items():
            if before.get(flow) != keys:
                item.user_properties.append(("keys", (flow, keys)))
