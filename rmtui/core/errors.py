"""Errors the domain and the store raise; each carries a message meant for the mentor."""

from __future__ import annotations

from pathlib import Path

from rmtui.core import messages
from rmtui.core.i18n import gettext


class RmtuiError(Exception):
    """Base of every error rmtui reports to the user (exit status 1)."""


class InvalidInput(RmtuiError):
    """Input from the user that the domain refuses (names the field)."""

    def __init__(self, field: str, message: str) -> None:
        # The field is an id (forms match it); its name is said in the language spoken.
        super().__init__(f"{gettext(field)}: {message}")
        self.field = field
        self.reason = message


class WriteFailed(RmtuiError):
    """A write that did not happen (disk full, permissions); the old file is intact."""


class WriteUncertain(RmtuiError):
    """A write that is in place, but the disk reported an error making it durable."""


class ImportConflict(RmtuiError):
    """A tandem of an import is already in the workspace (the mentor chooses: replace or
    skip); ``ids`` names them."""

    def __init__(self, message: str, ids: tuple[str, ...]) -> None:
        super().__init__(message)
        self.ids = ids


class NotFound(RmtuiError):
    """A tandem or session that does not exist."""


class UnreadableFile(RmtuiError):
    """A workspace file that cannot be used; it is never overwritten."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.backup: Path | None = None
        self.tandem_id: str | None = None
        self.session: int | None = None  # the session, when the file is a session's
        self.damaged_backups = 0  # backups that exist but cannot be read either

    def __str__(self) -> str:
        text = super().__str__()
        if self.tandem_id is None:
            return text
        if self.backup is None and self.damaged_backups:
            return f"{text}\n{messages.NO_GOOD_BACKUP.format(count=self.damaged_backups)}"
        if self.backup is None:
            return f"{text}\n{messages.NO_BACKUP}"
        if self.session is not None:
            offer = messages.BACKUP_OFFER_SESSION.format(
                backup=self.backup, id=self.tandem_id, n=self.session
            )
        else:
            offer = messages.BACKUP_OFFER.format(backup=self.backup, id=self.tandem_id)
        return f"{text}\n{offer}"


class CorruptFile(UnreadableFile):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, messages.CORRUPT_FILE.format(path=path, reason=reason))
        self.reason = reason


class FutureSchema(UnreadableFile):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(path, messages.FUTURE_SCHEMA.format(path=path, found=found, known=known))


class LinkRefused(UnreadableFile):
    """A symbolic link inside the workspace that rmtui did not make: never followed."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, messages.LINK_REFUSED.format(path=path))


class RestoreRefused(RmtuiError):
    """A restore that would replace a readable file without being asked to, or that
    cannot tell which file to restore; nothing was changed."""
