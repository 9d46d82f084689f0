"""Helpers shared by the store tests: sample tandems, sessions and notes, and the CLI in-process.

Not a conftest, and nothing here imports ``conftest``: pytest keeps one module of that
name, the conftest it loaded last, so ``from conftest import ...`` depends on test order.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kit.cli import Cli

from rmtui.core.model import Note, NoteKind, Session
from rmtui.core.tandems import TandemDraft

__all__ = ["Cli"]  # shared from tests/kit, imported from here by the store tests

# The type of the ``rmtui`` fixture of tests/conftest.py (a CLI run in a subprocess).
Run = Callable[..., subprocess.CompletedProcess[str]]

CET = timezone(timedelta(hours=1))
FIXED_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=CET)


def fixed_clock() -> datetime:
    return FIXED_NOW


def draft(mentee: str = "Henk de Vries", **fields: object) -> TandemDraft:
    base: dict[str, object] = {
        "role": "Head of logistics",
        "mentee_dept": "Logistics",
        "mentor_dept": "Communications",
    }
    return TandemDraft(mentee=mentee, **{**base, **fields})  # type: ignore[arg-type]


def session(tandem_id: str, title: str = "Taming notifications") -> Session:
    return Session(tandem_id=tandem_id, n=0, agenda_id="notifications", title=title)


def note(
    text: str,
    elapsed: float = 61.5,
    kind: NoteKind = "note",
    *,
    private: bool = False,
    keywords: list[str] | None = None,
    item: int | None = None,
) -> Note:
    return Note(
        id=0,
        elapsed=elapsed,
        wall=FIXED_NOW + timedelta(seconds=elapsed),
        text=text,
        kind=kind,
        item=item,
        keywords=keywords or [],
        private=private,
    )


def temp_files(root: Path) -> list[Path]:
    """Temp files left behind by interrupted atomic writes."""
    return sorted(root.rglob(".*.tmp"))


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` and its bytes (lock files are empty and excluded)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }
