"""The store's errors: defined in ``rmtui.core.errors`` with the rest (the read models
and the faces name them too), kept here under their old names."""

from __future__ import annotations

from rmtui.core.errors import (
    CorruptFile,
    FutureSchema,
    LinkRefused,
    NotFound,
    UnreadableFile,
    WriteFailed,
    WriteUncertain,
)

__all__ = [
    "CorruptFile",
    "FutureSchema",
    "LinkRefused",
    "NotFound",
    "UnreadableFile",
    "WriteFailed",
    "WriteUncertain",
]
