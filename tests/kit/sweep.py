"""Property tests in two sizes: a few examples in the default run, the sweep in the slow one.

@pytest.mark.parametrize("examples", sweep(150))
def test_x(examples: int) -> None:
    @settings(max_examples=examples, deadline=None)
    @given(st.text())
    def check(text: str) -> None: ...

    check()
"""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet


def sweep(many: int, few: int = 15) -> list[ParameterSet]:
    """``few`` examples in the default run, ``many`` in the slow run (``-m slow``, CI)."""
    return [
        pytest.param(few, id=f"{few}-examples"),
        pytest.param(many, id=f"{many}-examples", marks=pytest.mark.slow),
    ]
