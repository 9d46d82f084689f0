from __future__ import annotations

from rmtui.cli import entry

entry()
