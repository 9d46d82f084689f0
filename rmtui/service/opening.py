"""Where the workspace is and where its settings live, and opening it: what a face does
once, before any use case (the CLI's context does it on first use).

The store is imported by the call that needs it: the TUI shows its first frame first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmtui.store import Workspace

__all__ = ["SettingsHome", "open_workspace", "settings_home", "workspace_root"]


def workspace_root(folder: str | None) -> Path:
    """``--workspace DIR`` > ``$RMTUI_WORKSPACE`` > the platform data dir for rmtui."""
    from rmtui.store.paths import resolve_workspace

    return resolve_workspace(folder)


def open_workspace(root: Path, settings: Path | None = None) -> Workspace:
    """The workspace at ``root`` (nothing is built on disk before the first write);
    ``settings`` is its ``rmtui.yaml`` when that lives elsewhere."""
    from rmtui.store import Workspace

    return Workspace(root, settings=settings)


@dataclass(frozen=True, slots=True)
class SettingsHome:
    """The default workspace's settings in the platform config dir (``path``), and the
    workspace's own ``rmtui.yaml`` (``own``) where they lived before."""

    root: Path
    path: Path

    @property
    def own(self) -> Path:
        from rmtui.store.paths import Layout

        return Layout(self.root, self.path).own_settings

    def adopt(self) -> bool:
        """Move the workspace's own file to ``path`` when that holds nothing yet; True
        when a file was moved. ``RmtuiError`` or ``OSError``: nothing was moved."""
        from rmtui.store import adopt_settings
        from rmtui.store.paths import Layout

        return adopt_settings(Layout(self.root, self.path))


def settings_home(folder: str | None, root: Path) -> SettingsHome | None:
    """Where the settings of the workspace at ``root`` live when it is the default one
    (``folder`` None and no ``$RMTUI_WORKSPACE``); None: its own ``rmtui.yaml``."""
    from rmtui.store.paths import resolve_settings

    path = resolve_settings(folder)
    return None if path is None else SettingsHome(root, path)
