"""The store's locks are the shared ones of ``rmtui.fs.lock`` (the agenda sync takes them
too); this name stays for the store's modules."""

from __future__ import annotations

from rmtui.fs.lock import locked

__all__ = ["locked"]
