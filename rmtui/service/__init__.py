"""Services both faces call: the CLI verbs and the TUI screens are thin layers over these."""

from __future__ import annotations
