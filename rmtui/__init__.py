"""rmtui: a terminal workspace for mentors in reverse-mentoring programs."""

from __future__ import annotations

__version__ = "0.1.0"
