"""A tandem as most tests start: a mentee from the warehouse, a mentor from IT, keywords."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rmtui.core.tandems import TandemDraft
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
