"""The interface's language, found before a command line is parsed (its ``--help`` is
translated as the parser is built): the ``language`` setting, else the locale, else
English (``rmtui.core.i18n.choose``).

The setting is read with one line match, not the YAML loader, so a command that never
reads its settings (``rmtui note add``) does not pay for loading them; rmtui writes the
key as ``language: nl`` at the top level, and ``rmtui settings`` checks the file in full.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from rmtui.core import i18n
from rmtui.store.paths import Layout, resolve_settings, resolve_workspace

_SETTING = re.compile(r"""^language:[ \t]*["']?([A-Za-z_.@-]*)["']?[ \t]*(?:#.*)?$""", re.M)
_MAX_BYTES = 64 * 1024  # as rmtui.store.settings reads


def setting_in(path: Path) -> str | None:
    """The ``language`` a settings file names, or None (no file, no key)."""
    try:
        with path.open("rb") as file:
            raw = file.read(_MAX_BYTES)
    except OSError:
        return None
    found = _SETTING.search(raw.decode("utf-8", "replace"))
    return found.group(1) if found else None


def interface_language(workspace: str | None, environ: Mapping[str, str]) -> str:
    """The language for a run on ``workspace`` (``--workspace``, or None)."""
    layout = Layout(resolve_workspace(workspace, environ), resolve_settings(workspace, environ))
    return i18n.choose(setting_in(layout.settings), environ)
