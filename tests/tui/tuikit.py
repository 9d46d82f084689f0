"""The TUI tests' helpers, now in ``tests/kit`` (``kit.clock``, ``kit.pilot``): this module
names them for the test modules that still import them from here."""

from __future__ import annotations

from kit.clock import NOW, fixed_now
from kit.pilot import MakeApp, settle, shown, table_rows, until

__all__ = ["NOW", "MakeApp", "fixed_now", "settle", "shown", "table_rows", "until"]
