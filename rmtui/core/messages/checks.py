"""Messages about values that fail their checks, typed, read from disk or imported."""

from __future__ import annotations

from rmtui.core.i18n import N_

JSON_DUPLICATE_KEY = N_("the key {key!r} appears twice in one object")
JSON_NOT_FINITE = N_("{value} is not allowed, only finite numbers are")
JSON_SURROGATE = N_("a text is not valid Unicode, it holds a lone surrogate: {text}")
DATE_RANGE = N_("must be a date between the years {first} and {last}")
FIELD_TOO_SMALL_OR_BIG = N_("field {field!r} is {value}, expected {low} to {high}")
FIELD_NOT_FINITE = N_("field {field!r} is {value}, expected a number of seconds from 0 to {high}")
FIELD_DATE_RANGE = N_("field {field!r} is {value!r}, outside the years {first} to {last}")
FIELD_NOT_UNICODE = N_("field {field!r} is not valid Unicode (it holds a lone surrogate)")
IMPORT_DAMAGED = N_("{path}: cannot be imported ({reason}); nothing was written")
IMPORT_DAMAGED_TANDEM = N_(
    "{path}: cannot be imported, tandem {number} of {count} ({reason}); nothing was written"
)
NO_TANDEMS_YET = N_("no tandems yet: add one with `rmtui tandem add --mentee NAME`")
SAVED_DISK_ERROR = N_(
    "saved {path}, but the disk reported an error while making it durable ({reason}); "
    "do not save it again — check the disk"
)
READ_ONLY_DISK = N_("the disk holding {path} is read-only; nothing was changed")
NO_GOOD_BACKUP = N_("backups of it exist ({count}), but none of them can be read")
FRONT_MATTER_ALIAS = N_("aliases (*{detail}) are not allowed in an export's front matter")
FRONT_MATTER_ANCHOR = N_("anchors (&{detail}) are not allowed in an export's front matter")
FRONT_MATTER_TAG = N_("YAML tags ({detail}) are not allowed in an export's front matter")
FRONT_MATTER_ONE_DOCUMENT = N_("a second YAML document (---) begins here; the front matter is one")
PLANNED_BEFORE_START = N_(
    "{day} is before the tandem's start ({start}); pick a later date or change the start first"
)
SYNC_FILE_FIELD_MISSING = N_("the field {field!r} is missing")
SYNC_FILE_TOO_BIG = N_("larger than {limit} MB")
SYNC_FILE_KEPT = N_("could not be read ({reason}); its bytes were kept as {aside}")
SYNC_MANIFEST_DAMAGED = N_(
    "{path}: the record of the last sync cannot be read ({reason}); "
    "`rmtui agendas sync` rebuilds it"
)

# The fields a refusal names ("mentee department: is required"), as the mentor reads them.
FIELD_NAMES = (
    N_("mentee"),
    N_("role"),
    N_("mentee department"),
    N_("mentor department"),
    N_("mentor name"),
    N_("session"),
    N_("sessions"),
    N_("months"),
    N_("note"),
    N_("keyword"),
    N_("text"),
    N_("state"),
    N_("rules"),
    N_("reflection"),
    N_("position"),
    N_("minutes"),
    N_("items"),
    N_("item title"),
    N_("habit"),
    N_("path"),
    N_("branch"),
    N_("language"),
    N_("dates"),
)
