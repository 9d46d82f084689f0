"""Messages the mentor reads, in one place so they speak with one voice."""

from __future__ import annotations

REQUIRED = "is required"
TOO_LONG = "is longer than {limit} characters"
NAME_NO_LETTERS = "needs at least one letter or digit"
BAD_DATE = "{value!r} is not a date (use YYYY-MM-DD)"
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

# --- agenda templates (rmtui.agenda, `rmtui agendas`, the template browser) ------------
AGENDA_NOT_FOUND = "no such file or folder"
AGENDA_NOT_FILE = "is not a regular file"
AGENDA_SYMLINK = "is a symbolic link; synced templates must be regular files"
AGENDA_UNREADABLE = "cannot be read ({reason})"
AGENDA_TOO_BIG = "is larger than {limit} KB, the cap for one template"
AGENDA_NO_TEMPLATES = "holds no *.yaml or *.yml template"
AGENDA_BINARY = "holds a NUL byte: a binary file, not a YAML template"
AGENDA_UTF16 = "is UTF-16 text; save it as UTF-8"
AGENDA_NOT_UTF8 = "is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8"
AGENDA_CONTROL_CHAR = "control character U+{code:04X} is not allowed in a template"
AGENDA_TAB_INDENT = "a tab is used for indentation; YAML indents with spaces only"
AGENDA_YAML_SYNTAX = "YAML syntax: {problem}"
AGENDA_EMPTY_FILE = "the file holds no template (a mapping with id:, title:, minutes:, items:)"
AGENDA_ONE_DOCUMENT = "a second YAML document (---) begins here; one template per file"
AGENDA_ALIAS = "aliases (*{name}) are not allowed in templates; write the value out"
AGENDA_ANCHOR = "anchors (&{name}) are not allowed in templates; write the value out"
AGENDA_TAG = "YAML tags ({tag}) are not allowed in templates"
AGENDA_TOO_DEEP = "is nested more than {limit} levels deep"
AGENDA_DUPLICATE_KEY = "{key!r} appears twice in the same mapping (first on line {line})"
AGENDA_COMPLEX_KEY = "keys must be plain names, not {found}"
AGENDA_NOT_A_TEMPLATE = (
    "a template is a mapping of fields (id:, title:, minutes:, items:), not {found}"
)
AGENDA_UNKNOWN_FIELD = "unknown field {key!r}"
AGENDA_DID_YOU_MEAN = "unknown field {key!r}; did you mean {guess!r}?"
AGENDA_REQUIRED = "is required"
AGENDA_EXPECTED_TEXT = "must be text, not {found}"
AGENDA_MAPPING_IN_TEXT = "must be text, not a mapping; text containing ': ' needs quotes"
AGENDA_EXPECTED_LIST = "must be a list (one '- ' line per entry), not {found}"
AGENDA_EXPECTED_ITEM = "must be a mapping with title:, minutes: and prompts:, not {found}"
AGENDA_EXPECTED_MINUTES = "must be a whole number of minutes, not {found}"
AGENDA_PLAIN_MINUTES = "write minutes as a plain whole number like 90, not {value}"
AGENDA_SURPRISE = (
    '{value} is read by YAML as {shown} ({kind}), not as text; put it in quotes: "{value}"'
)
AGENDA_EMPTY_TEXT = "is empty"
AGENDA_ONE_LINE = "must fit on one line"
AGENDA_TEXT_TOO_LONG = "is longer than {limit} characters"
AGENDA_TOO_MANY = "has more than {limit} entries"
AGENDA_EMPTY_LIST = "needs at least one entry"
AGENDA_MINUTES_RANGE = "must be between {lo} and {hi} minutes, not {value}"
AGENDA_BAD_ID = "must be a slug: lowercase letters, digits and single dashes, like 'data-privacy'"
AGENDA_ID_MISMATCH = "{id!r} does not match the file name {name!r}; rename one so they agree"
AGENDA_BAD_LANGUAGE = "must be a language code like en, nl, pl or pt-BR, not {value!r}"
AGENDA_CONTROL_TEXT = "holds terminal control characters; they were removed"
AGENDA_MINUTES_OVER = "the items add up to {total} minutes, more than the template's {minutes}"
AGENDA_DUPLICATE_ID = "id {id!r} is already defined by {other}; this file is ignored"
AGENDA_NO_TEMPLATE = "no agenda template {id!r} (see `rmtui agendas list`)"
AGENDA_SHADOWED = "shadowed by {source}"
AGENDA_CHECK_OK = "{count} OK"
AGENDA_CHECK_REFUSED = "{count} refused"
AGENDA_CHECK_WARNINGS = "{count} with warnings"
AGENDA_NONE = "no agenda templates found (workspace: {workspace})"
AGENDA_BROWSER_TITLE = "Agenda templates"
AGENDA_BROWSER_FILTER = "filter: words, tag:privacy, kw:linkedin"
AGENDA_BROWSER_LOADING = "loading agenda templates…"
AGENDA_BROWSER_NO_MATCH = "no template matches this filter"
AGENDA_BROWSER_PROBLEMS = "{count} problem(s) in agenda template files"
AGENDA_BROWSER_LOAD_FAILED = "agenda templates could not be loaded: {reason}"
AGENDA_LINK_NOT_OPENED = "link in template (not opened): {href}"

# --- live session: planning, running, notes -----------------------------------------------
BAD_SESSION_REF = "{value!r} is not a session (use TANDEM-ID/N, e.g. anna-kowalska/3)"
BAD_PLANNED_AT = "{value!r} is not a date and time (use YYYY-MM-DD HH:MM)"
NO_TEMPLATE = "no agenda template {id!r} (see `rmtui agendas list`)"
NO_ITEMS = "a session needs at least one agenda item"
ITEM_MINUTES = "minutes of {title!r} must be between 1 and 480"
CARRIED_FROM = "carried from session {n}"
FOLLOW_UP_TITLE = "Follow-up of actions"
SESSION_DONE = "session {id} is already done"
SESSION_NOT_STARTED = "session {id} has not started (start it with `rmtui session start {id}`)"
SESSION_NOT_LIVE = "session {id} is not running"
SESSION_NOT_PLANNED = "session {id} has started; its plan can no longer change"
OTHER_SESSION_LIVE = (
    "session {other} is still {status}; stop it first (`rmtui session stop {other}`)"
)
NO_LIVE_SESSION = "no session is running: name one (`rmtui note add TANDEM-ID/N TEXT`)"
SEVERAL_LIVE = "several sessions are running ({ids}): name one"
NO_ITEM = "session {id} has no agenda item {index}"
NO_NOTE = "session {id} has no note {note}"
EMPTY_NOTE = "is empty"
NOTE_TOO_LONG = "is longer than {limit} characters"
BAD_KIND = "{value!r} is not a note kind (one of {kinds})"

# --- the TUI shell: home screen, add-tandem modal, help --------------------------------
TUI_EMPTY_TITLE = "No tandems yet"
TUI_EMPTY_BODY = (
    "A tandem is you and the manager you mentor, from another department. "
    "Add one with their name, role and department; the program frame defaults to "
    "10 sessions in 6 months."
)
TUI_EMPTY_KEYS = "Press a to add a tandem · ctrl+p for every command · f1 for help"
TUI_EMPTY_SHELL = (
    'From a shell: rmtui tandem add --mentee "NAME" · rmtui --demo opens an example workspace'
)
TUI_PROBLEMS_TITLE = "Unreadable files ({count})"
TUI_PROBLEMS_HINT = (
    "These files were left untouched and the other tandems work as usual. "
    "Restore one with `rmtui tandem restore ID`."
)
TUI_SCAN_FAILED = "the workspace could not be read: {reason}"
TUI_TANDEM_ADDED = "tandem added: {mentee}"
TUI_ADD_TITLE = "Add a tandem"
TUI_ADD_HINT = "You and one mentee from another department. Only the name is required."
TUI_START_PLACEHOLDER = "YYYY-MM-DD (empty: today, {today})"
TUI_ADD_FAILED = "the tandem was not added: {reason}"
TUI_FIX_FIELDS = "fix the marked fields first"
TUI_SAME_DEPARTMENT_TITLE = "Same department"
TUI_SAME_DEPARTMENT_QUESTION = "Add this tandem anyway?"
TUI_HELP_TITLE = "Help"
TUI_HELP_PALETTE = (
    "ctrl+p opens the command palette: every action, as 'noun: verb' "
    "(type 'tandem' to see what you can do with tandems, or a mentee's name to jump to them)."
)
TUI_HELP_NOTES = "In a live session, the first character of a note sets its kind:"
TUI_NOTE_KINDS = {
    "action": "action: something to do before the next session",
    "question": "question: the mentee asks, you answer in the review",
    "highlight": "highlight: a moment worth putting in the recap",
    "mentor-learned": "mentor learned: what you learned from the mentee",
    "mentee-learned": "mentee learned: what the mentee learned from you",
}
TUI_NOTE_PRIVATE = "private: never leaves the workspace; combines with the others (~*)"
TUI_NOTE_ESCAPE = "keeps the next character literal (\\! is a plain note)"
TUI_NOTE_TAG = "#word tags the note with a keyword"

# --- agenda sync (rmtui.agenda.sync*, `rmtui agendas sync`, the sync report screen) -----
SYNC_NO_REPO = "no agenda repository is set; name it once with `rmtui agendas sync --repo URL`"
SYNC_BAD_REPO = "{value!r} is not a repository address (a URL or a local path)"
SYNC_BAD_BRANCH = "{value!r} is not a branch name"
SYNC_BAD_PATH = "{value!r} is not a folder inside the repository (write it like 'templates')"
SYNC_GIT_MISSING = "git is not installed (or not on PATH); agenda sync uses the system git"
SYNC_TIMEOUT = "git did not finish within {seconds} s and was stopped (a slow or stalled server)"
SYNC_OUTPUT_TOO_LARGE = "git's answer was far larger than a template repository; it was stopped"
SYNC_BAD_LISTING = "the fetched commit could not be read"
SYNC_GIT_FAILED = "git failed ({code})"
SYNC_DEFAULT_BRANCH = "its default branch"
SYNC_BRANCH_MISSING = "the repository has no branch {branch!r}"
SYNC_NO_DEFAULT_BRANCH = "the repository has no default branch; name one with --branch"
SYNC_PROTOCOL = "this kind of address is not allowed; use https://, ssh://, git:// or a local path"
SYNC_HOST_KEY = (
    "the server's SSH host key is not known (or has changed); connect once with ssh to check it"
)
SYNC_OWNERSHIP = (
    "git does not trust {repo}: another user owns it; if it is the program's shared folder, "
    "trust it with `git config --global --add safe.directory PATH` (the path git names below)"
)
SYNC_AUTH = "the repository refused access; check your SSH key or saved credentials"
SYNC_REPO_MISSING = "no git repository was found at {repo}"
SYNC_UNREACHABLE = "{repo} could not be reached (offline, or a wrong address?)"
SYNC_NO_FOLDER = "commit {commit} has no folder {path!r} (see the path setting)"
SYNC_NO_VALID = "commit {commit} holds no valid template"
SYNC_WRITE_FAILED = "the synced templates could not be written ({reason})"
SYNC_SUBMODULE = "is a git submodule; submodules are never fetched"
SYNC_BAD_NAME = "has a file name that is not plain UTF-8 text"
SYNC_TOO_MANY = "the repository holds more than {limit} template files; nothing was synced"
SYNC_TOO_LARGE = "the templates add up to more than {limit} MB; nothing was synced"
SYNC_BLOB_MISSING = "its content was not in the fetched commit"
SYNC_CANNOT_STORE = "cannot be stored in the workspace under this name ({reason})"
SYNC_DONE = "synced {count} from commit {commit}"
SYNC_UP_TO_DATE = "already up to date: commit {commit}, {count}"
SYNC_FAILED = "sync failed: {message}."
SYNC_KEPT = "The last good copy stays in use: {count} from commit {commit}, synced {when}."
SYNC_KEPT_NONE = "Nothing was synced before: your own and the bundled templates stay in use."
SYNC_SOURCE = "from {repo} ({branch})"
SYNC_SOURCE_PATH = ", folder {path}"
SYNC_COUNT = "{count} {what}"
SYNC_TEMPLATES = ("{count} template", "{count} templates")
SYNC_ADDED = "added"
SYNC_CHANGED = "changed"
SYNC_REMOVED = "removed"
SYNC_INVALID = "invalid"
SYNC_WARNINGS = "warnings ({count}):"
SYNC_GIT_SAID = "git said:"
SYNC_TOOK = "took {seconds:.2f} s"
SYNC_LIST_LINE = "synced: commit {commit} of {repo} ({branch}), {when}, {count}"
SYNC_TUI_RUNNING = "syncing agenda templates…"
SYNC_TUI_BUSY = "an agenda sync is already running"
SYNC_TUI_TITLE = "Agenda sync"
SYNC_TUI_CLOSE = "Close the sync report"
SYNC_TUI_CRASHED = "the agenda sync stopped unexpectedly: {reason}"

# --- actions and learning (tandem records) -------------------------------------------------
NO_ACTION = "tandem {tandem!r} has no action {id}"
NO_LEARNING = "tandem {tandem!r} has no learning entry {id}"
ACTION_ALREADY_STORED = "that action is already stored"

# --- tandem life: frame, keywords, actions, learning, search, calendar ----------------------
KEYWORD_EXISTS = "the list already has a keyword {text!r}"
ACTIONS_OVERDUE = ("{count} action past its due date", "{count} actions past their due date")
LEARNING_ONE_SIDED = "learning runs one way: {count} of {total} entries are what the {side} learned"
NO_PLANNED_SESSIONS = "tandem {id!r} has no planned session with a date"
KICKOFF_DATES = "{count} dates for {sessions} sessions: give at most one date per session"
SEARCH_EMPTY = "type something to search for"
NO_MATCHES = "nothing matches {query!r}"
CALENDAR_WRITTEN = ("wrote {count} session to {path}", "wrote {count} sessions to {path}")
CALENDAR_SUMMARY = "Reverse mentoring: {mentee} ({n}/{total})"
CALENDAR_NAME = "Reverse mentoring with {mentee}"
MIDPOINT_IN = "midpoint {date} (in {days} days)"
MIDPOINT_TODAY = "midpoint {date} (today)"
MIDPOINT_AGO = "midpoint {date} ({days} days ago)"
BAD_POSITION = "must be 1 or more"
ACTION_STATE_SET = "action {id}: {state}"
ONE_OF = "must be one of {choices}"
NO_ACTIONS = "tandem {id!r} has no open action"

# --- exports: summaries, HTML, JSON, import, meetup digest (rmtui.export) ------------------
EXPORT_TITLE_MIDPOINT = "Midpoint summary"
EXPORT_TITLE_FINAL = "Final summary"
EXPORT_TITLE_RECAP = "Session {n} recap: {title}"
EXPORT_TANDEMS = "{count} tandems"
EXPORT_AS_OF = "as of {date}"
EXPORT_BY = "mentor: {mentor}"
EXPORT_MENTOR_FROM = "mentor from {dept}"
EXPORT_NONE = "none yet"
EXPORT_SESSION_N = "session {n}"
EXPORT_DUE = "due {date}"
EXPORT_OPEN = "open"
EXPORT_DONE = "done"
EXPORT_SKIPPED = "skipped"
EXPORT_NOT_REACHED = "not reached"
EXPORT_NOT_PLANNED = "not planned yet"
EXPORT_NO_AGENDA = "no agenda"
EXPORT_H_PROGRESS = "Progress"
EXPORT_H_AGENDAS = "Agendas covered"
EXPORT_H_AGENDA = "Agenda"
EXPORT_H_COVERAGE = "Keyword coverage"
EXPORT_H_KEYWORD_JOURNEY = "Keyword list: start and end"
EXPORT_H_KEYWORDS_TOUCHED = "Keywords touched"
EXPORT_H_LEARNED = "Learned in both directions"
EXPORT_H_MENTOR_LEARNED = "The mentor learned"
EXPORT_H_MENTEE_LEARNED = "The mentee learned"
EXPORT_H_HIGHLIGHTS = "Highlights"
EXPORT_H_HARD = "What was hard"
EXPORT_H_ACTIONS = "Actions"
EXPORT_H_OPEN = "Open"
EXPORT_H_DONE = "Done"
EXPORT_H_ANSWERED = "Questions answered"
EXPORT_H_QUESTIONS = "Questions for the other mentors"
EXPORT_H_RECAP_QUESTIONS = "Questions"
EXPORT_H_NEXT = "Next session"
EXPORT_SESSIONS = "Sessions"
EXPORT_SESSIONS_OF = "{held} of {planned} held"
EXPORT_PACE = "Pace"
EXPORT_FRAME = "Frame"
EXPORT_MIDPOINT = "Midpoint meetup"
EXPORT_NEXT = "Next session"
EXPORT_AGENDA_COLUMNS = ("Session", "Date", "Agenda", "Items done")
EXPORT_KEYWORD_COLUMNS = ("Keyword", "Status", "Sessions")
EXPORT_JOURNEY_COLUMNS = ("Keyword", "On the list", "First touched", "Last touched", "At the end")
EXPORT_KEYWORD_AT_START = "from the start"
EXPORT_KEYWORD_ADDED = "added {date}"
EXPORT_COVERED_BAR = "Covered: {bar}"
EXPORT_JOURNEY = (
    "{total} keywords on the list: {covered} covered, {open} still open, {dropped} dropped"
)
EXPORT_HARD_SKIPPED = "skipped item"
EXPORT_HARD_DROPPED = "dropped action"
EXPORT_HARD_OVERDUE = "overdue action"
EXPORT_HARD_PACE = "pace"
EXPORT_HARD_BEHIND = "behind the frame: {done} sessions held, about {expected} expected by now"
EXPORT_NO_SESSION_HELD = "tandem {id!r} has held no session yet: nothing to recap"
EXPORT_NO_ACTIVE = "no active tandem to export"
EXPORT_ALL_NO_RECAP = "a session recap is about one tandem: give its ID instead of --all"
EXPORT_SESSION_NEEDS_RECAP = "--session picks the session of a recap: add --kind session"
EXPORT_WROTE = "wrote {path}"
EXPORT_OUTSIDE = "{path} is a folder; give a file name"
EXPORT_LOG_EMPTY = "nothing exported from {id!r} yet"
EXPORT_LOG_STDOUT = "standard output"
EXPORT_ANONYMIZED = "anonymized"
IMPORT_NOT_EXPORT = "{path}: not an rmtui JSON export ({reason})"
IMPORT_NEWER = "{path}: written by a newer rmtui (export schema {found}; this one reads {known})"
IMPORT_TOO_BIG = "{path}: larger than {limit} MB, the cap for one export"
IMPORT_DONE = "imported {id} ({sessions} sessions, {notes} notes)"
DIGEST_TITLE = "Midpoint meetup digest"
DIGEST_FROM = "{summaries} summaries from {mentors} mentors, {tandems} tandems"
DIGEST_GENERATED = "generated {date}"
DIGEST_H_TANDEMS = "Tandems and their progress"
DIGEST_TANDEM_COLUMNS = ("Mentor", "Tandem", "Departments", "Sessions", "Pace", "Keywords")
DIGEST_H_COVERED = "Most common covered keywords"
DIGEST_H_OPEN = "Most common open keywords"
DIGEST_KEYWORD_COLUMNS = ("Keyword", "Tandems")
DIGEST_H_LEARNED = "Learned in both directions"
DIGEST_H_MENTORS_LEARNED = "Mentors learned"
DIGEST_H_MENTEES_LEARNED = "Mentees learned"
DIGEST_MORE = "and {count} more in the summaries"
DIGEST_H_QUESTIONS = "Shared questions"
DIGEST_ASKED = "{count} tandems"
DIGEST_H_SKIPPED = "Files left out"
DIGEST_NO_MENTOR = "—"
DIGEST_NOT_UTF8 = "not UTF-8 text"
DIGEST_TOO_BIG = "larger than {limit} KB, the cap for one summary"
DIGEST_NO_FRONT_MATTER = "no rmtui front matter (is it an rmtui export?)"
DIGEST_BAD_FRONT_MATTER = "its front matter cannot be read ({reason})"
DIGEST_NO_CLOSING = "no closing {fence} line"
DIGEST_FOREIGN = "not an rmtui export (front matter field {field!r})"
DIGEST_WRONG_KIND = "a {kind!r} export; the digest merges midpoint and final summaries"
DIGEST_NEWER = "written by a newer rmtui (export schema {found})"
DIGEST_DUPLICATE = "the same summary as {other}"
DIGEST_UNREADABLE = "cannot be read ({reason})"
DIGEST_SKIPPED = "{path}: left out: {reason}"
DIGEST_NONE_GOOD = "no summary could be read; nothing was written"
EXPORT_TUI_TITLE = "Export"
EXPORT_TUI_LOADING = "reading the workspace…"
EXPORT_TUI_NO_TANDEM = "Pick at least one tandem on the left."
EXPORT_TUI_WROTE = "wrote {path}"
EXPORT_TUI_FAILED = "the export failed: {reason}"
EXPORT_TUI_JSON_PREVIEW = "JSON export of {count} tandems: all their non-private data."
EXPORT_LINK_NOT_OPENED = "links are not opened from the preview: {href}"

# --- tandem life in the TUI: dashboard, tandem screen, kick-off, search --------------------
TUI_TANDEM_LOADING = "reading the tandem…"
TUI_TANDEM_GONE = "this tandem is no longer in the workspace"
TUI_TANDEM_READ_FAILED = "the tandem could not be read: {reason}"
TUI_RECORD_GONE = "that entry is no longer there (changed by another rmtui?)"
TUI_SAVE_FAILED = "not saved: {reason}"
TUI_NO_SESSIONS = "No sessions yet. Press k for the kick-off: it plans every session of the frame."
TUI_FREE_SLOT = "Not planned yet: the kick-off (k) gives every session of the frame a date."
TUI_PLANNED_NO_NOTES = "Planned for {when}. Notes appear here once the session runs."
TUI_NO_NOTES = "No notes in this session."
TUI_SESSION_UNREADABLE = "session {n} could not be read: {reason}"
TUI_NO_KEYWORDS = "No keywords yet: press a to add one, or k for the kick-off."
TUI_NO_LEARNING = "Nothing yet: a to add, or type > and < notes in a session."
TUI_NO_ACTIONS = "No actions yet: a to add one, or type ! notes in a session."
TUI_BALANCE_EMPTY = "Learning runs both ways: log what you learn too (a, or > in a session)."
TUI_KEYWORD_ADD = "Add keywords"
TUI_KEYWORD_ADD_HINT = "One or more, separated by commas."
TUI_KEYWORD_RENAME = "Rename keyword"
TUI_LEARNING_ADD = "Add to the learning log"
TUI_LEARNING_EDIT = "Edit learning entry"
TUI_ACTION_ADD = "Add an action"
TUI_ACTION_EDIT = "Edit action"
TUI_KICKOFF_TITLE = "Kick-off"
TUI_KICKOFF_INTRO = (
    "The first session: get to know each other, agree what to learn and the keyword list, "
    "set the dates, agree the ground rules. Fill in what you settle; ctrl+s saves it all."
)
TUI_KICKOFF_SAVED = "kick-off saved: {keywords} new keywords, {sessions} sessions planned"
TUI_KICKOFF_HELD = "held (keeps its date)"
TUI_KICKOFF_DATE_HINT = "YYYY-MM-DD HH:MM, empty: no date yet"
TUI_SEARCH_TITLE = "Search"
TUI_SEARCH_PLACEHOLDER = "words in notes, learning entries and actions (any accents)"
TUI_SEARCH_HINT = "Every word must appear; case and accents do not matter (lodz finds Łódź)."
TUI_SEARCH_COUNT = ("{count} match", "{count} matches")
TUI_SEARCH_FAILED = "the search failed: {reason}"
TUI_MIDPOINT_HINT = (
    "Midpoint meetup around {date}: all active mentors meet to share experiences and results."
)

# --- session screens: plan, start, live, review, crash-resume (TUI) ------------------------
NOT_A_QUESTION = "note {note} of session {id} is not a question; only questions get answers"
TUI_START_TITLE = "Start the session"
TUI_START_BODY = "Enter starts the clock; the note input is ready at once."
TUI_RESUME_TITLE = "A session is under way"
TUI_RESUME_RUNNING = "The clock kept running while rmtui was closed, as the session did."
TUI_PLAN_TITLE = "Plan a session"
TUI_PLAN_SUB = "plan a session"
TUI_PLAN_LOAD_FAILED = "the templates could not be loaded: {reason}"
TUI_PLAN_NO_TEMPLATES = "No agenda template could be loaded (see `rmtui agendas list`)."
TUI_PLAN_NOT_SAVED = "the session was not planned: {reason}"
TUI_PLAN_SAVED = "session {n} planned for {when}"
TUI_LIVE_TITLE = "Live session"
TUI_LIVE_PLACEHOLDER = "type a note; Enter saves it with the time on the clock"
TUI_LIVE_NO_NOTES = "No notes yet. Type one below; Enter saves it with the time on the clock."
TUI_LIVE_EMPTY_NOTE = "nothing to save: the note has no text after its prefix"
TUI_LIVE_NOT_SAVED = "a note could not be saved ({reason}); it stays in the log: ctrl+y retries"
TUI_LIVE_UNSAVED_WARNING = "{count} note(s) could not be saved and would be lost:"
TUI_LIVE_STOP_TITLE = "Stop the session"
TUI_LIVE_STOP_BODY = "The clock stops and the review opens: fix notes, answer questions, reflect."
TUI_LIVE_STOP_QUESTION = "Stop the session now?"
TUI_LIVE_LEAVE_TITLE = "Notes not saved"
TUI_LIVE_LEAVE_QUESTION = "Leave the session screen anyway?"
TUI_LIVE_STOPPED_ELSEWHERE = "the session was stopped (by another rmtui): here is its review"
TUI_REVIEW_TITLE = "Review"
TUI_REVIEW_REFLECTION_HINT = "Only for you: what went well, what was hard, what to try next time."
TUI_REVIEW_DELETE_TITLE = "Delete a note"
TUI_REVIEW_DELETE_QUESTION = "Delete this note for good?"
TUI_REVIEW_DONE = "review saved"
TUI_KICKOFF_STEPS = (
    (
        "1 · Introductions",
        "Who are you, what does your work look like, what do you enjoy? "
        "Note interests and skills on both sides: they make good examples later.",
    ),
    (
        "2 · What each of you wants to learn",
        "Ask the mentee what they want out of this, and say what you hope to learn: "
        "reverse mentoring runs both ways.",
    ),
    (
        "3 · Keyword list",
        "The topics to cover, one per line (commas work too). You can add, rename and "
        "drop keywords later.",
    ),
    (
        "4 · Dates",
        "A date for every session, spread over the frame on weekdays. Change any of them; "
        "leave the last ones empty to plan them later.",
    ),
    (
        "5 · Ground rules",
        "One per line. The live session shows them.",
    ),
)
TUI_KICKOFF_DEFAULT_RULES = (
    "The mentee drives: the mentor never takes the mouse or keyboard.",
    "What is said in the tandem stays in the tandem.",
)
TUI_KICKOFF_KNOWN = "Already on the list: {words}"
TUI_KICKOFF_GAP = "give this session a date, or leave it and all later ones empty"
TUI_KICKOFF_NOT_DONE = "The kick-off has not been filled in yet: press k to walk through it."
TUI_NONE_PLANNED = "none planned"
TUI_NONE_PLANNED_KICKOFF = "none planned · k: the kick-off plans all"
TUI_KICKOFF_LEAVE_TITLE = "Leave the kick-off?"
TUI_KICKOFF_LEAVE_BODY = "What you typed here is not saved yet."
TUI_KICKOFF_LEAVE_QUESTION = "Leave without saving?"
