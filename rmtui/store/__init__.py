"""The mentor's workspace on disk: durable TinyDB files, one folder per tandem.

The names below load on first use, so a module that needs only the paths
(``rmtui.store.paths``: where the settings live, read for the interface's language before
anything else) does not load TinyDB.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rmtui.core.summary import Scan, TandemSummary
    from rmtui.store.config_home import adopt_settings
    from rmtui.store.workspace import Workspace

__all__ = ["Scan", "TandemSummary", "Workspace", "adopt_settings"]


def __getattr__(name: str) -> Any:
    if name == "adopt_settings":
        from rmtui.store.config_home import adopt_settings

        return adopt_settings
    if name in ("Scan", "TandemSummary"):
        from rmtui.core import summary

        return getattr(summary, name)
    if name in __all__:
        from rmtui.store import workspace

        return getattr(workspace, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
