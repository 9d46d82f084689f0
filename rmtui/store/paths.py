"""Where the workspace lives and how it is laid out. Nothing here touches the disk."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

ENV_VAR = "RMTUI_WORKSPACE"


SETTINGS_NAME = "rmtui.yaml"


def resolve_workspace(flag: str | None, env: Mapping[str, str] | None = None) -> Path:
    """``--workspace DIR`` > ``$RMTUI_WORKSPACE`` > the platform data dir for rmtui."""
    if flag:
        return Path(flag).expanduser()
    environ = os.environ if env is None else env
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    import platformdirs  # only paid for when no workspace is given

    return Path(platformdirs.user_data_dir("rmtui", appauthor=False))


def resolve_settings(flag: str | None, env: Mapping[str, str] | None = None) -> Path | None:
    """Where the settings live: in the platform config dir for the default workspace;
    None (the workspace's own ``rmtui.yaml``) for a workspace named by ``--workspace DIR``
    or ``$RMTUI_WORKSPACE``, which stays self-contained."""
    environ = os.environ if env is None else env
    if flag or environ.get(ENV_VAR):
        return None
    import platformdirs

    return Path(platformdirs.user_config_dir("rmtui", appauthor=False)) / SETTINGS_NAME


class Layout(NamedTuple):  # not a dataclass: made at import, before the TUI's first frame
    """The paths of one workspace."""

    root: Path
    settings_file: Path | None = None
    """The settings file when it lives outside the workspace (see ``resolve_settings``)."""

    @property
    def settings(self) -> Path:
        return self.settings_file or self.root / SETTINGS_NAME

    @property
    def own_settings(self) -> Path:
        """``rmtui.yaml`` inside the workspace, where settings lived before."""
        return self.root / SETTINGS_NAME

    @property
    def tandems(self) -> Path:
        return self.root / "tandems"

    @property
    def agendas(self) -> Path:
        return self.root / "agendas"

    @property
    def synced_agendas(self) -> Path:
        return self.root / "sync" / "agendas"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def erasing(self) -> Path:
        """Where an erase sets a tandem aside before deleting it (never listed)."""
        return self.root / ".erasing"

    @property
    def backups_root(self) -> Path:
        return self.root / "backups"

    @property
    def workspace_lock(self) -> Path:
        return self.root / ".lock"

    # One join each: the home screen names every tandem's file and session files at
    # each reading.
    def tandem_dir(self, tandem_id: str) -> Path:
        return self.root.joinpath("tandems", tandem_id)

    def tandem_file(self, tandem_id: str) -> Path:
        return self.root.joinpath("tandems", tandem_id, "tandem.json")

    def tandem_lock(self, tandem_id: str) -> Path:
        return self.tandem_dir(tandem_id) / ".lock"

    def sessions_dir(self, tandem_id: str) -> Path:
        return self.root.joinpath("tandems", tandem_id, "sessions")

    def session_file(self, tandem_id: str, n: int) -> Path:
        return self.sessions_dir(tandem_id) / f"{n}.json"

    def backups(self, tandem_id: str) -> Path:
        return self.root / "backups" / tandem_id
