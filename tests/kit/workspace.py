"""A tandem as most tests start: a mentee from the warehouse, a mentor from IT, keywords;
and the demo workspace, filled once and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from rmtui.core import i18n
from rmtui.core.tandems import TandemDraft
from rmtui.service.demo import fill_demo
from rmtui.store import Workspace

KEYWORDS = ["LinkedIn", "prywatność", "big data", "IoT", "Datenschutz"]


def add_tandem(
    ws: Workspace,
    mentee: str = "Zofia Wąsowska",
    *,
    keywords: Iterable[str] = KEYWORDS,
    start: date | None = None,
    sessions: int = 10,
    months: int = 6,
    mentee_dept: str = "Logistyka",
    mentor_dept: str = "IT",
) -> str:
    """Adds the tandem and its keywords; returns its id."""
    draft = TandemDraft(
        mentee=mentee,
        mentee_dept=mentee_dept,
        mentor_dept=mentor_dept,
        start=start,
        sessions=sessions,
        months=months,
    )
    tandem = ws.add_tandem(draft)
    ws.add_keywords(tandem.id, list(keywords))
    return tandem.id


class DemoCopies:
    """``fill_demo`` once per language and clock, in ``folder``; each test gets a copy of
    its files (a copy costs a millisecond, a fill ~70: every write is fsync'd)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.filled: dict[tuple[str, object], Path] = {}

    def fill(self, ws: Workspace) -> None:
        """``fill_demo(ws)`` on an empty ``ws``, in the interface's language: by copy."""
        key = (i18n.interface_language(), ws.now)
        if key not in self.filled:
            filled = Workspace(self.folder / f"demo-{len(self.filled)}", now=ws.now)
            fill_demo(filled)
            self.filled[key] = filled.root
        assert not ws.root.exists(), "the demo goes into an empty workspace"
        shutil.copytree(self.filled[key], ws.root, symlinks=True)
