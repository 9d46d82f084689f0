"""Messages about tandems, keywords and the workspace files."""

from __future__ import annotations

REQUIRED = "is required"
TOO_LONG = "is longer than {limit} characters"
NAME_NO_LETTERS = "needs at least one letter or digit"
FRAME_SESSIONS = "must be between 1 and 52"
FRAME_MONTHS = "must be between 1 and 36"
SAME_DEPARTMENT = (
    "mentor and mentee are both from {dept!r}; reverse-mentoring tandems pair people "
    "from different departments"
)
SAME_DEPARTMENT_CONFIRM = "confirm with --same-department if this tandem is intended"

NO_TANDEM = "no tandem {id!r} (see `rmtui tandem list`)"
NO_KEYWORD = "tandem {id!r} has no keyword {text!r}"
NO_SESSION = "no session {id!r}"
CORRUPT_FILE = "{path}: cannot be read ({reason}); it was left untouched"
BACKUP_OFFER = "newest good backup: {backup} (restore with `rmtui tandem restore {id}`)"
NO_BACKUP = "no backup of it exists"
FUTURE_SCHEMA = (
    "{path}: written by a newer rmtui (schema {found}, this one reads up to {known}); "
    "it was left untouched — upgrade rmtui to open it"
)
WRONG_KIND = "{path}: holds a {found!r} file where a {expected!r} file belongs"
ERASE_NEEDS_YES = "erasing {id!r} deletes its notes and backups for good; repeat with --yes"
ERASED = "erased tandem {id!r} and its backups"
RESTORED = "restored {path} from {backup}; the unreadable file was kept as {aside}"
DISK_FULL = "the disk is full; nothing was changed ({path})"
NOT_PERMITTED = "no permission to write {path}; nothing was changed"
WRITE_FAILED = "could not write {path} ({reason}); nothing was changed"
LINK_REFUSED = (
    "{path} is a symbolic link; rmtui follows no link inside the workspace that it did not "
    "make, so it was left alone"
)
LOCK_NOT_A_FILE = "{path} is not a lock file rmtui made; it was left alone"
ERASE_NOT_STARTED = "could not erase {id!r} ({reason}); nothing was erased"
ERASE_UNFINISHED = (
    "erasing {id!r} did not finish ({reason}): its files are set aside in {path}, no longer "
    "listed; run `rmtui tandem erase {id} --yes` again to finish"
)
ERASE_NOT_A_FOLDER = "tandems/{id} is not a folder rmtui made; it was left alone"
ERASE_KEPT_EXPORTS = (
    "not removed: files exported earlier from this tandem, which may name the mentee ({count}):"
)
ERASE_KEPT_HINT = "remove them too with `rmtui tandem erase {id} --yes --with-exports`"
ERASE_EXPORTS_UNKNOWN = (
    "the tandem's exports log could not be read: exports written earlier were not looked for"
)
ERASE_EXPORT_REMOVED = "removed export {path}"
ERASE_EXPORT_GONE = "export {path} no longer exists"
ERASE_EXPORT_KEPT = "export {path} was not removed: {reason}"
ERASE_EXPORT_NOT_OURS = "it is not an rmtui export any more"
ERASE_LEFT = "not removed: {reason}"
BACKUP_OFFER_SESSION = (
    "newest good backup: {backup} (restore with `rmtui tandem restore {id} --session {n}`)"
)
RESTORE_NOTHING_BROKEN = (
    "every file of tandem {id!r} reads cleanly: nothing to restore (to replace a readable "
    "file anyway, name it with --session N or --from FILE and add --replace-readable)"
)
RESTORE_SEVERAL = (
    "session files of {id!r} that cannot be read: {numbers}; restore them one at a time "
    "with --session N"
)
RESTORE_WHICH_SESSION = (
    "{path}: cannot tell which session this backup belongs to; name it with --session N"
)
RESTORE_BACKUP = "backup: {backup}, {age}"
RESTORE_AGE = "taken {age} ago"
RESTORE_AGE_AHEAD = "stamped {age} ahead of the clock (the clock was off when it was taken)"
RESTORE_UNREADABLE = (
    "{path} cannot be read: what it held after the backup was taken cannot be counted"
)
RESTORE_MISSING = "{path} does not exist"
RESTORE_KEEPS_SESSIONS = "every session whose file reads cleanly stays in the tandem as it is"
RESTORE_DIFFERS = "{path} reads cleanly; the backup lacks or holds otherwise — {counts}"
RESTORE_COUNT = "{label}: {count}"
RESTORE_LABELS = {
    "notes": "notes",
    "keywords": "keywords",
    "actions": "actions",
    "learning": "learning entries",
    "sessions": "sessions",
}
RESTORE_READABLE = (
    "{path} reads cleanly and was left as it is; to replace it by the backup anyway, "
    "repeat with --replace-readable"
)
RESTORE_DRY_RUN = "nothing was changed (--dry-run)"
RESTORED_READABLE = "restored {path} from {backup}; the file it replaced was kept as {aside}"
RESTORED_MISSING = "restored {path} from {backup}"
AGE_MINUTES = "{m} min"
AGE_HOURS = "{h} h {m:02d} min"
AGE_DAYS = "{d} d {h} h"
FOLDERS_TIGHTENED = (
    "other users could open {paths}; rmtui made them private to you (0700), as every "
    "workspace folder should be"
)
