"""The workspace folders the agenda code reads and writes.

The store's ``Layout`` has them; the agenda asks only for these two, so it never imports
the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class AgendaFolders(Protocol):
    """The mentor's own templates, and the good copy of the synced ones."""

    @property
    def agendas(self) -> Path: ...

    @property
    def synced_agendas(self) -> Path: ...


@dataclass(frozen=True, slots=True)
class Folders:
    """``AgendaFolders`` as plain paths."""

    agendas: Path
    synced_agendas: Path


def absolute(folders: AgendaFolders) -> Folders:
    """The same folders, independent of the current directory (git runs elsewhere)."""
    return Folders(folders.agendas.absolute(), folders.synced_agendas.absolute())
