"""Messages about agenda templates and their sync from the program repo."""

from __future__ import annotations

from rmtui.core.i18n import C_, N_, P_

# --- agenda templates (rmtui.agenda, `rmtui agendas`, the template browser) ------------
AGENDA_NOT_FOUND = N_("no such file or folder")
AGENDA_NOT_FILE = N_("is not a regular file")
AGENDA_SYMLINK = N_("is a symbolic link; synced templates must be regular files")
AGENDA_UNREADABLE = N_("cannot be read ({reason})")
AGENDA_TOO_BIG = N_("is larger than {limit} KB, the cap for one template")
AGENDA_NO_TEMPLATES = N_("holds no *.yaml or *.yml template")
AGENDA_BINARY = N_("holds a NUL byte: a binary file, not a YAML template")
AGENDA_UTF16 = N_("is UTF-16 text; save it as UTF-8")
AGENDA_NOT_UTF8 = N_("is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8")
AGENDA_CONTROL_CHAR = N_("control character U+{code:04X} is not allowed in a template")
AGENDA_TAB_INDENT = N_("a tab is used for indentation; YAML indents with spaces only")
AGENDA_YAML_SYNTAX = N_("YAML syntax: {problem}")
AGENDA_EMPTY_FILE = N_("the file holds no template (a mapping with id:, title:, minutes:, items:)")
AGENDA_ONE_DOCUMENT = N_("a second YAML document (---) begins here; one template per file")
AGENDA_ALIAS = N_("aliases (*{name}) are not allowed in templates; write the value out")
AGENDA_ANCHOR = N_("anchors (&{name}) are not allowed in templates; write the value out")
AGENDA_TAG = N_("YAML tags ({tag}) are not allowed in templates")
AGENDA_TOO_DEEP = N_("is nested more than {limit} levels deep")
AGENDA_DUPLICATE_KEY = N_("{key!r} appears twice in the same mapping (first on line {line})")
AGENDA_COMPLEX_KEY = N_("keys must be plain names, not {found}")
AGENDA_NOT_A_TEMPLATE = N_(
    "a template is a mapping of fields (id:, title:, minutes:, items:), not {found}"
)
AGENDA_UNKNOWN_FIELD = N_("unknown field {key!r}")
AGENDA_DID_YOU_MEAN = N_("unknown field {key!r}; did you mean {guess!r}?")
AGENDA_REQUIRED = N_("is required")
# What a template's value was, as a check names it after "not" ("must be text, not a
# list"; Polish puts it in the instrumental: "nie listą").
FOUND_MAPPING = C_("not", "a mapping")
FOUND_LIST = C_("not", "a list")
FOUND_TEXT = C_("not", "text")
FOUND_YES_NO = C_("not", "a yes/no value")
FOUND_NUMBER = C_("not", "a number")
FOUND_EMPTY = C_("not", "an empty value")
FOUND_DATE = C_("not", "a date")
# The same kinds in AGENDA_SURPRISE's parentheses ("is read by YAML as 1.5 (a number)").
KIND_YES_NO = N_("a yes/no value")
KIND_NUMBER = N_("a number")
KIND_EMPTY = N_("an empty value")
KIND_DATE = N_("a date")
AGENDA_EXPECTED_TEXT = N_("must be text, not {found}")
AGENDA_MAPPING_IN_TEXT = N_("must be text, not a mapping; text containing ': ' needs quotes")
AGENDA_EXPECTED_LIST = N_("must be a list (one '- ' line per entry), not {found}")
AGENDA_EXPECTED_ITEM = N_("must be a mapping with title:, minutes: and prompts:, not {found}")
AGENDA_EXPECTED_FLAG = N_("must be true or false, not {found}")
AGENDA_ONE_FOLLOW_UP = N_(
    "item {first} is the follow-up already: a template has one follow-up item"
)
AGENDA_EXPECTED_MINUTES = N_("must be a whole number of minutes, not {found}")
AGENDA_PLAIN_MINUTES = N_("write minutes as a plain whole number like 90, not {value}")
AGENDA_SURPRISE = N_(
    '{value} is read by YAML as {shown} ({kind}), not as text; put it in quotes: "{value}"'
)
AGENDA_EMPTY_TEXT = N_("is empty")
AGENDA_ONE_LINE = N_("must fit on one line")
AGENDA_TEXT_TOO_LONG = N_("is longer than {limit} characters")
AGENDA_TOO_MANY = N_("has more than {limit} entries")
AGENDA_EMPTY_LIST = N_("needs at least one entry")
AGENDA_MINUTES_RANGE = N_("must be between {lo} and {hi} minutes, not {value}")
AGENDA_BAD_ID = N_(
    "must be a slug: lowercase letters, digits and single dashes, like 'data-privacy'"
)
AGENDA_ID_MISMATCH = N_("{id!r} does not match the file name {name!r}; rename one so they agree")
AGENDA_BAD_LANGUAGE = N_("must be a language code like en, nl, pl or pt-BR, not {value!r}")
AGENDA_CONTROL_TEXT = N_("holds terminal control characters; they were removed")
AGENDA_MINUTES_OVER = N_("the items add up to {total} minutes, more than the template's {minutes}")
AGENDA_DUPLICATE_ID = N_("id {id!r} is already defined by {other}; this file is ignored")
AGENDA_NO_TEMPLATE = N_("no agenda template {id!r} (see `rmtui agendas list`)")
AGENDA_SHADOWED = N_("shadowed by {source}")
AGENDA_CHECK_OK = N_("{count} OK")
AGENDA_CHECK_REFUSED = N_("{count} refused")
AGENDA_CHECK_WARNINGS = N_("{count} with warnings")
AGENDA_NONE = N_("no agenda templates found (workspace: {workspace})")
AGENDA_BROWSER_TITLE = N_("Agenda templates")
AGENDA_BROWSER_FILTER = N_("filter: words, tag:privacy, kw:linkedin")
AGENDA_BROWSER_LOADING = N_("loading agenda templates…")
AGENDA_BROWSER_NO_MATCH = N_("no template matches this filter")
AGENDA_BROWSER_PROBLEMS = P_(
    "{count} problem in agenda template files",
    "{count} problems in agenda template files",
)
AGENDA_BROWSER_LOAD_FAILED = N_("agenda templates could not be loaded: {reason}")
AGENDA_LINK_NOT_OPENED = N_("link in template (not opened): {href}")
# --- agenda sync (rmtui.agenda.sync, `rmtui agendas sync`, the sync report screen) -----
SYNC_NO_REPO = N_(
    "no agenda repository is set; name it once with `rmtui agendas sync --repo URL` "
    "(or `rmtui settings set agenda_repo URL`, or in the settings screen, f2)"
)
SYNC_BAD_REPO = N_("{value!r} is not a repository address (a URL or a local path)")
SYNC_BAD_BRANCH = N_("{value!r} is not a branch name")
SYNC_BAD_PATH = N_("{value!r} is not a folder inside the repository (write it like 'templates')")
SYNC_GIT_MISSING = N_("git is not installed (or not on PATH); agenda sync uses the system git")
SYNC_TIMEOUT = N_(
    "git did not finish within {seconds} s and was stopped (a slow or stalled server)"
)
SYNC_OUTPUT_TOO_LARGE = N_("git's answer was far larger than a template repository; it was stopped")
SYNC_BAD_LISTING = N_("the fetched commit could not be read")
SYNC_GIT_FAILED = N_("git failed ({code})")
SYNC_DEFAULT_BRANCH = N_("its default branch")
SYNC_BRANCH_MISSING = N_("the repository has no branch {branch!r}")
SYNC_NO_DEFAULT_BRANCH = N_("the repository has no default branch; name one with --branch")
SYNC_PROTOCOL = N_(
    "this kind of address is not allowed; use https://, ssh://, git:// or a local path"
)
SYNC_HOST_KEY = N_(
    "the server's SSH host key is not known (or has changed); connect once with ssh to check it"
)
SYNC_OWNERSHIP = N_(
    "git does not trust {repo}: another user owns it; if it is the program's shared folder, "
    "trust it with `git config --global --add safe.directory PATH` (the path git names below)"
)
SYNC_AUTH = N_("the repository refused access; check your SSH key or saved credentials")
SYNC_REPO_MISSING = N_("no git repository was found at {repo}")
SYNC_UNREACHABLE = N_("{repo} could not be reached (offline, or a wrong address?)")
SYNC_NO_FOLDER = N_("commit {commit} has no folder {path!r} (see the path setting)")
SYNC_NO_VALID = N_("commit {commit} holds no valid template")
SYNC_WRITE_FAILED = N_("the synced templates could not be written ({reason})")
SYNC_SUBMODULE = N_("is a git submodule; submodules are never fetched")
SYNC_BAD_NAME = N_("has a file name that is not plain UTF-8 text")
SYNC_TOO_MANY = N_("the repository holds more than {limit} template files; nothing was synced")
SYNC_TOO_LARGE = N_("the templates add up to more than {limit} MB; nothing was synced")
SYNC_BLOB_MISSING = N_("its content was not in the fetched commit")
SYNC_CANNOT_STORE = N_("cannot be stored in the workspace under this name ({reason})")
SYNC_DONE = N_("synced {count} from commit {commit}")
SYNC_UP_TO_DATE = N_("already up to date: commit {commit}, {count}")
SYNC_FAILED = N_("sync failed: {message}.")
SYNC_KEPT = N_("The last good copy stays in use: {count} from commit {commit}, synced {when}.")
SYNC_KEPT_NONE = N_("Nothing was synced before: your own and the bundled templates stay in use.")
SYNC_SOURCE = N_("from {repo} ({branch})")
SYNC_SOURCE_PATH = N_(", folder {path}")
SYNC_COUNT = N_("{count} {what}")
SYNC_TEMPLATES = P_(
    "{count} template",
    "{count} templates",
)
SYNC_ADDED = N_("added")
SYNC_CHANGED = N_("changed")
SYNC_REMOVED = N_("removed")
SYNC_INVALID = N_("invalid")
SYNC_WARNINGS = N_("warnings ({count}):")
SYNC_GIT_SAID = N_("git said:")
SYNC_TOOK = N_("took {seconds:.2f} s")
SYNC_LIST_LINE = N_("synced: commit {commit} of {repo} ({branch}), {when}, {count}")
SYNC_TUI_RUNNING = N_("syncing agenda templates…")
SYNC_TUI_BUSY = N_("an agenda sync is already running")
SYNC_TUI_TITLE = N_("Agenda sync")
SYNC_TUI_CLOSE = N_("Close the sync report")
SYNC_TUI_CRASHED = N_("the agenda sync stopped unexpectedly: {reason}")
AGENDA_DUPLICATE_TOPIC = N_(
    "id {id!r} in language {language!r} is already defined by {other}; this file is ignored"
)
AGENDA_VARIANT_DISAGREES = N_(
    "the {language!r} variant does not agree with the {other_language!r} one in {other}: {problem}"
)
AGENDA_VARIANT_MINUTES = N_("it takes {minutes} minutes, that one {expected}")
AGENDA_VARIANT_ITEMS = N_("it has {count} items, that one {expected}")
AGENDA_VARIANT_ITEM_MINUTES = N_("item {n} takes {minutes} minutes, in that one {expected}")
AGENDA_VARIANT_TOTAL = N_("its items add up to {minutes} minutes, that one's to {expected}")
AGENDA_VARIANT_FOLLOW_UP = N_("item {n} is the follow-up in that one, not in this one")
AGENDA_VARIANT_NOT_FOLLOW_UP = N_("item {n} is the follow-up in this one, not in that one")
AGENDA_FALLBACK = N_("topic {id!r} has no {wanted!r} version yet: the {language!r} one is used")
AGENDA_SHADOWS = N_("shadows {sources}")
TUI_PLAN_FALLBACK = N_("No {wanted!r} version of this topic yet: this is the {language!r} one.")
AGENDA_FOLDER_LANGUAGE = N_("the file is in the folder {folder!r} but its language is {language!r}")

# --- `rmtui agendas show`: one template in full ------------------------------------------
AGENDA_SHOW_TAGS = N_("tags: {tags}")
AGENDA_SHOW_KEYWORDS = N_("keywords: {keywords}")
AGENDA_SHOW_RULES = N_("Rules")
AGENDA_SHOW_AGENDA = N_("Agenda")
AGENDA_SHOW_NOTES = N_("notes: ")
AGENDA_SHOW_TOTAL = N_("total: {total} of {minutes} min")
# --- a template shown as Markdown (plan preview, `agendas show`) ----------------------------
TEMPLATE_TAGS = N_("Tags:")
TEMPLATE_KEYWORDS = N_("Keywords:")
TEMPLATE_RULES = N_("Rules")
TEMPLATE_AGENDA = N_("Agenda")
TEMPLATE_ITEMS = P_("{count} item", "{count} items")
