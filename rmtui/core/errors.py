"""Errors the domain and the store raise; each carries a message meant for the mentor."""

from __future__ import annotations


class RmtuiError(Exception):
    """Base of every error rmtui reports to the user (exit status 1)."""


class InvalidInput(RmtuiError):
    """Input from the user that the domain refuses (names the field)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class WriteFailed(RmtuiError):
    """A write that did not happen (disk full, permissions); the old file is intact."""


class WriteUncertain(RmtuiError):
    """A write that is in place, but the disk reported an error making it durable."""
