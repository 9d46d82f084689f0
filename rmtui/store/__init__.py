"""The mentor's workspace on disk: durable TinyDB files, one folder per tandem."""

from __future__ import annotations

from rmtui.store.config_home import adopt_settings
from rmtui.store.workspace import Scan, TandemSummary, Workspace

__all__ = ["Scan", "TandemSummary", "Workspace", "adopt_settings"]
