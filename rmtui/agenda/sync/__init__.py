"""Agenda sync: the program's shared templates, fetched from its git repository into the
workspace (``rmtui agendas sync``, and the TUI's sync).

``sync_agendas`` runs one ``SyncRun`` (``run``) over its steps: ``fetch`` (the branch
into a private bare repository), ``tree`` (list, read and validate the candidates),
``stage`` (build the good copy beside the one in use and swap it in), ``state`` (what the
copy in use holds, ``sync/state.json``), ``report`` (what a run did, and its JSON),
``lines`` (the report as text for both faces), ``target`` (the settings checked before
git sees them). The names the faces and services use are importable from here.
"""

from __future__ import annotations

from rmtui.agenda.sync.fetch import CACHE, REF, classify
from rmtui.agenda.sync.lines import kept_line, last_sync_line, report_lines, summary
from rmtui.agenda.sync.report import (
    Change,
    Clock,
    Outcome,
    SyncFailed,
    SyncReport,
    report_json,
    templates,
)
from rmtui.agenda.sync.run import SyncRun, sync_agendas
from rmtui.agenda.sync.state import (
    MANIFEST,
    STATE,
    SyncState,
    last_sync,
    manifest_of,
    read_state,
    sync_dir,
)
from rmtui.agenda.sync.target import (
    SyncSettings,
    SyncTarget,
    check_branch,
    check_path,
    check_repo,
    normalise_repo,
)

__all__ = [
    "CACHE",
    "MANIFEST",
    "REF",
    "STATE",
    "Change",
    "Clock",
    "Outcome",
    "SyncFailed",
    "SyncReport",
    "SyncRun",
    "SyncSettings",
    "SyncState",
    "SyncTarget",
    "check_branch",
    "check_path",
    "check_repo",
    "classify",
    "kept_line",
    "last_sync",
    "last_sync_line",
    "manifest_of",
    "normalise_repo",
    "read_state",
    "report_json",
    "report_lines",
    "summary",
    "sync_agendas",
    "sync_dir",
    "templates",
]
