"""The settings a run needs before anything else: the interface's language, found before
a command line is parsed (its ``--help`` is translated as the parser is built): the
``language`` setting, else the locale, else English (``rmtui.core.i18n.choose``); and the
mentor's colour theme, so the TUI's first frame is drawn in it.

Each is read with one line match, not the YAML loader, so a command that never reads its
settings (``rmtui note add``) does not pay for loading them; rmtui writes the keys as
``language: nl`` at the top level, and ``rmtui settings`` checks the file in full (the
app reads it whole after its first frame, and applies what it says).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from rmtui.core import i18n
from rmtui.store.paths import Layout, resolve_settings, resolve_workspace

_VALUE = r"""[ \t]*["']?([A-Za-z0-9_.@-]*)["']?[ \t]*(?:#.*)?$"""
_MAX_BYTES = 64 * 1024  # as rmtui.store.settings reads


def setting_in(path: Path, key: str = "language") -> str | None:
    """The value a settings file gives ``key`` (``language``, ``theme``), or None (no
    file, no key)."""
    try:
        with path.open("rb") as file:
            raw = file.read(_MAX_BYTES)
    except OSError:
        return None
    found = re.search(f"^{re.escape(key)}:{_VALUE}", raw.decode("utf-8", "replace"), re.M)
    return found.group(1) if found and found.group(1) else None


def _settings_file(workspace: str | None, environ: Mapping[str, str]) -> Path:
    layout = Layout(resolve_workspace(workspace, environ), resolve_settings(workspace, environ))
    return layout.settings


def interface_language(workspace: str | None, environ: Mapping[str, str]) -> str:
    """The language for a run on ``workspace`` (``--workspace``, or None)."""
    return i18n.choose(setting_in(_settings_file(workspace, environ)), environ)


def first_theme(workspace: str | None, environ: Mapping[str, str]) -> str | None:
    """The colour theme the settings of ``workspace`` name, if any (a name the app does
    not know is left to the full reading, which ignores it)."""
    return setting_in(_settings_file(workspace, environ), "theme")
