"""Messages about tandems, keywords and the workspace files."""

from __future__ import annotations

from rmtui.core.i18n import N_

REQUIRED = N_("is required")
TOO_LONG = N_("is longer than {limit} characters")
NAME_NO_LETTERS = N_("needs at least one letter or digit")
FRAME_SESSIONS = N_("must be between 1 and 52")
FRAME_MONTHS = N_("must be between 1 and 36")
SAME_DEPARTMENT = N_(
    "mentor and mentee are both from {dept!r}; reverse-mentoring tandems pair people "
    "from different departments"
)
SAME_DEPARTMENT_CONFIRM = N_("confirm with --same-department if this tandem is intended")

NO_TANDEM = N_("no tandem {id!r} (see `rmtui tandem list`)")
NO_KEYWORD = N_("tandem {id!r} has no keyword {text!r}")
NO_SESSION = N_("no session {id!r}")
CORRUPT_FILE = N_("{path}: cannot be read ({reason}); it was left untouched")
BACKUP_OFFER = N_("newest good backup: {backup} (restore with `rmtui tandem restore {id}`)")
NO_BACKUP = N_("no backup of it exists")
FUTURE_SCHEMA = N_(
    "{path}: written by a newer rmtui (schema {found}, this one reads up to {known}); "
    "it was left untouched — upgrade rmtui to open it"
)
WRONG_KIND = N_("{path}: holds a {found!r} file where a {expected!r} file belongs")
ERASE_NEEDS_YES = N_("erasing {id!r} deletes its notes and backups for good; repeat with --yes")
ERASED = N_("erased tandem {id!r} and its backups")
RESTORED = N_("restored {path} from {backup}; the unreadable file was kept as {aside}")
DISK_FULL = N_("the disk is full; nothing was changed ({path})")
NOT_PERMITTED = N_("no permission to write {path}; nothing was changed")
WRITE_FAILED = N_("could not write {path} ({reason}); nothing was changed")
LINK_REFUSED = N_(
    "{path} is a symbolic link; rmtui follows no link inside the workspace that it did not "
    "make, so it was left alone"
)
LOCK_NOT_A_FILE = N_("{path} is not a lock file rmtui made; it was left alone")
ERASE_NOT_STARTED = N_("could not erase {id!r} ({reason}); nothing was erased")
ERASE_UNFINISHED = N_(
    "erasing {id!r} did not finish ({reason}): its files are set aside in {path}, no longer "
    "listed; run `rmtui tandem erase {id} --yes` again to finish"
)
ERASE_NOT_A_FOLDER = N_("tandems/{id} is not a folder rmtui made; it was left alone")
ERASE_KEPT_EXPORTS = N_(
    "not removed: files exported earlier from this tandem, which may name the mentee ({count}):"
)
ERASE_KEPT_HINT = N_("remove them too with `rmtui tandem erase {id} --yes --with-exports`")
ERASE_EXPORTS_UNKNOWN = N_(
    "the tandem's exports log could not be read: exports written earlier were not looked for"
)
ERASE_EXPORT_REMOVED = N_("removed export {path}")
ERASE_EXPORT_GONE = N_("export {path} no longer exists")
ERASE_EXPORT_KEPT = N_("export {path} was not removed: {reason}")
ERASE_EXPORT_NOT_OURS = N_("it is not an rmtui export any more")
ERASE_LEFT = N_("not removed: {reason}")
BACKUP_OFFER_SESSION = N_(
    "newest good backup: {backup} (restore with `rmtui tandem restore {id} --session {n}`)"
)
RESTORE_NOTHING_BROKEN = N_(
    "every file of tandem {id!r} reads cleanly: nothing to restore (to replace a readable "
    "file anyway, name it with --session N or --from FILE and add --replace-readable)"
)
RESTORE_SEVERAL = N_(
    "session files of {id!r} that cannot be read: {numbers}; restore them one at a time "
    "with --session N"
)
RESTORE_WHICH_SESSION = N_(
    "{path}: cannot tell which session this backup belongs to; name it with --session N"
)
RESTORE_BACKUP = N_("backup: {backup}, {age}")
RESTORE_AGE = N_("taken {age} ago")
RESTORE_AGE_AHEAD = N_("stamped {age} ahead of the clock (the clock was off when it was taken)")
RESTORE_UNREADABLE = N_(
    "{path} cannot be read: what it held after the backup was taken cannot be counted"
)
RESTORE_MISSING = N_("{path} does not exist")
RESTORE_KEEPS_SESSIONS = N_("every session whose file reads cleanly stays in the tandem as it is")
RESTORE_DIFFERS = N_("{path} reads cleanly; the backup lacks or holds otherwise — {counts}")
RESTORE_COUNT = N_("{label}: {count}")
RESTORE_LABELS = {
    "notes": N_("notes"),
    "keywords": N_("keywords"),
    "actions": N_("actions"),
    "learning": N_("learning entries"),
    "sessions": N_("sessions"),
}
RESTORE_READABLE = N_(
    "{path} reads cleanly and was left as it is; to replace it by the backup anyway, "
    "repeat with --replace-readable"
)
RESTORE_DRY_RUN = N_("nothing was changed (--dry-run)")
RESTORED_READABLE = N_("restored {path} from {backup}; the file it replaced was kept as {aside}")
RESTORED_MISSING = N_("restored {path} from {backup}")
AGE_MINUTES = N_("{m} min")
AGE_HOURS = N_("{h} h {m:02d} min")
AGE_DAYS = N_("{d} d {h} h")
FOLDERS_TIGHTENED = N_(
    "other users could open {paths}; rmtui made them private to you (0700), as every "
    "workspace folder should be"
)

# --- why a stored or imported record cannot be read (the reason in a message) ------------
DOC_NOT_TEXT = N_("field {key!r} should be text, found {found}")
DOC_NOT_WHOLE = N_("field {key!r} should be a whole number, found {value!r}")
DOC_NOT_NUMBER = N_("field {key!r} should be a number, found {value!r}")
DOC_NOT_BOOL = N_("field {key!r} should be true or false, found {value!r}")
DOC_NOT_TEXT_LIST = N_("field {key!r} should be a list of text")
DOC_NOT_WHOLE_LIST = N_("field {key!r} should be a list of whole numbers")
DOC_NOT_ONE_OF = N_("field {key!r} is {value!r}, expected one of {allowed}")
DOC_NOT_DATE = N_("expected a date, found {value!r}")
DOC_NOT_DATETIME = N_("expected a date and time, found {value!r}")
DOC_NOT_OBJECT = N_("{what} should be an object")
DOC_NOT_LIST = N_("field {key!r} should be a list")
DOC_MISSING = N_("field {key!r} is missing")
IMPORT_NOT_OBJECT = N_("{what!r} should be an object")
IMPORT_BAD_ID = N_("{what!r} has a record with id {key!r}")
IMPORT_RECORD_NOT_OBJECT = N_("{what!r} record {key} should be an object")
IMPORT_NOT_OBJECTS = N_("{what!r} should be a list of objects")
IMPORT_TANDEM_NOT_OBJECT = N_("each tandem should be an object")
IMPORT_SESSION_NUMBERS = N_("session numbers should be distinct and 1 or more")
IMPORT_NOT_UTF8 = N_("not UTF-8 text")
IMPORT_NOT_JSON = N_("not JSON: line {line}, column {column}: {reason}")
IMPORT_TOO_DEEP = N_("nested too deeply")
IMPORT_NOT_MARKED = N_("its 'rmtui' field is not 'tandem-export'")
IMPORT_BAD_SCHEMA = N_("missing or invalid 'schema' field ({schema!r})")
