"""Messages of the exports: summaries, HTML, JSON, import, meetup digest."""

from __future__ import annotations

from rmtui.core.i18n import N_, P_

# --- exports: summaries, HTML, JSON, import, meetup digest (rmtui.export) ------------------
EXPORT_TITLE_MIDPOINT = N_("Midpoint summary")
EXPORT_TITLE_FINAL = N_("Final summary")
EXPORT_TITLE_RECAP = N_("Session {n} recap: {title}")
EXPORT_TANDEMS = P_(
    "{count} tandem",
    "{count} tandems",
)
EXPORT_AS_OF = N_("as of {date}")
EXPORT_BY = N_("mentor: {mentor}")
EXPORT_MENTOR_FROM = N_("mentor from {dept}")
EXPORT_NONE = N_("none yet")
EXPORT_SESSION_N = N_("session {n}")
EXPORT_DUE = N_("due {date}")
EXPORT_OPEN = N_("open")
EXPORT_DONE = N_("done")
EXPORT_SKIPPED = N_("skipped")
EXPORT_NOT_REACHED = N_("not reached")
EXPORT_DISCUSSED = N_("discussed, {minutes} min")
EXPORT_NOT_PLANNED = N_("not planned yet")
EXPORT_NO_AGENDA = N_("no agenda")
EXPORT_H_PROGRESS = N_("Progress")
EXPORT_H_AGENDAS = N_("Agendas covered")
EXPORT_H_AGENDA = N_("Agenda")
EXPORT_H_COVERAGE = N_("Keyword coverage")
EXPORT_H_KEYWORD_JOURNEY = N_("Keyword list: start and end")
EXPORT_H_KEYWORDS_TOUCHED = N_("Keywords touched")
EXPORT_H_LEARNED = N_("Learned in both directions")
EXPORT_H_MENTOR_LEARNED = N_("The mentor learned")
EXPORT_H_MENTEE_LEARNED = N_("The mentee learned")
EXPORT_H_HIGHLIGHTS = N_("Highlights")
EXPORT_H_HARD = N_("What was hard")
EXPORT_H_ACTIONS = N_("Actions")
# --- the mentee's cheat sheet ---------------------------------------------------------------
SHEET_TITLE = N_("Cheat sheet: {mentee}")
SHEET_FROM = N_("Reverse mentoring with {mentor}")
SHEET_FROM_NOBODY = N_("Reverse mentoring")
SHEET_SESSIONS = P_(
    "{count} session",
    "{count} sessions",
)
SHEET_EMPTY = N_(
    "Nothing for the cheat sheet yet: it gathers what the mentee learned (<), answered "
    "questions (?), hands-on highlights (*), notes kept for it (+), habits and the "
    "glossary (= term: explanation)."
)
SHEET_H_OTHER = N_("Other topics")
SHEET_H_HOWTO = N_("How to")
SHEET_H_QUESTIONS = N_("Questions and answers")
SHEET_H_HANDSON = N_("Done hands-on")
SHEET_H_TIPS = N_("Good to know")
SHEET_H_HABITS = N_("My habits and to-dos")
SHEET_H_GLOSSARY = N_("Glossary")
EXPORT_TXT_SHEET_ONLY = N_("plain text (txt) is for the cheat sheet only: use md or html")
EXPORT_ALL_NO_SHEET = N_("a cheat sheet is for one mentee: give one tandem ID, not --all")
EXPORT_H_HABITS = N_("Habits and check-ins")
EXPORT_HABIT_LEGEND = N_("✓ done, ~ tried, ! stuck, ✗ dropped, · nothing told")
EXPORT_HABIT_COLUMNS = (N_("Action"), N_("Rhythm"), N_("Check-ins"), N_("Sessions"))
EXPORT_SESSIONS_RANGE = N_("{first} to {last}")
EXPORT_H_OPEN = N_("Open")
EXPORT_H_DONE = N_("Done")
EXPORT_H_ANSWERED = N_("Questions answered")
EXPORT_H_QUESTIONS = N_("Questions for the other mentors")
EXPORT_H_RECAP_QUESTIONS = N_("Questions")
EXPORT_H_NEXT = N_("Next session")
EXPORT_SESSIONS = N_("Sessions")
EXPORT_SESSIONS_OF = N_("{held} of {planned} held")
EXPORT_PACE = N_("Pace")
EXPORT_FRAME = N_("Frame")
EXPORT_MIDPOINT = N_("Midpoint meetup")
EXPORT_NEXT = N_("Next session")
EXPORT_AGENDA_COLUMNS = (N_("Session"), N_("Date"), N_("Agenda"), N_("Items done"))
EXPORT_KEYWORD_COLUMNS = (N_("Keyword"), N_("Status"), N_("Sessions"))
EXPORT_JOURNEY_COLUMNS = (
    N_("Keyword"),
    N_("On the list"),
    N_("First touched"),
    N_("Last touched"),
    N_("At the end"),
)
EXPORT_KEYWORD_AT_START = N_("from the start")
EXPORT_KEYWORD_ADDED = N_("added {date}")
EXPORT_COVERED_BAR = N_("Covered: {bar}")
EXPORT_TOUCHED_OPEN = N_("Touched in a session but not marked covered yet: {count}")
EXPORT_JOURNEY = P_(
    "{total} keyword on the list: {covered} covered, {touched} touched but still "
    "open, {open} not touched, {dropped} dropped",
    "{total} keywords on the list: {covered} covered, {touched} touched but still "
    "open, {open} not touched, {dropped} dropped",
)
EXPORT_HARD_SKIPPED = N_("skipped item")
EXPORT_HARD_DROPPED = N_("dropped action")
EXPORT_HARD_OVERDUE = N_("overdue action")
EXPORT_HARD_STUCK = N_("stuck at the last check-in")
EXPORT_HARD_PACE = N_("pace")
EXPORT_HARD_BEHIND = P_(
    "behind the frame: {done} session held, about {expected} expected by now",
    "behind the frame: {done} sessions held, about {expected} expected by now",
)
EXPORT_NO_SESSION_HELD = N_("tandem {id!r} has held no session yet: nothing to recap")
EXPORT_NO_ACTIVE = N_("no active tandem to export")
EXPORT_ALL_NO_RECAP = N_("a session recap is about one tandem: give its ID instead of --all")
EXPORT_SESSION_NEEDS_RECAP = N_("--session picks the session of a recap: add --kind session")
EXPORT_WROTE = N_("wrote {path}")
EXPORT_OUTSIDE = N_("{path} is a folder; give a file name")
EXPORT_LOG_EMPTY = N_("nothing exported from {id!r} yet")
EXPORT_LOG_STDOUT = N_("standard output")
EXPORT_LOG_CLIPBOARD = N_("the clipboard")
EXPORT_ANONYMIZED = N_("anonymized")
IMPORT_NOT_EXPORT = N_("{path}: not an rmtui JSON export ({reason})")
IMPORT_NEWER = N_(
    "{path}: written by a newer rmtui (export schema {found}; this one reads {known})"
)
IMPORT_TOO_BIG = N_("{path}: larger than {limit} MB, the cap for one export")
IMPORT_DONE = N_("imported {id} ({sessions}, {notes})")
IMPORT_REPLACED = N_("replaced {id} by the file's copy ({sessions}, {notes})")
IMPORT_SKIPPED = N_("skipped {id}: already in this workspace, kept as it is")
IMPORT_EXISTS = N_("already in this workspace: {ids}")
IMPORT_EXISTS_CHOOSE = N_(
    "{path}: already in this workspace: {ids}; nothing was imported. Import again with "
    "--replace (the workspace's copy is erased, as `rmtui tandem erase` does, and the "
    "file's takes its place) or --skip (the workspace's copy stays; the rest is imported)"
)
DIGEST_TITLE = N_("Midpoint meetup digest")
DIGEST_FROM = N_("{summaries} from {mentors}, {tandems}")
DIGEST_GENERATED = N_("generated {date}")
DIGEST_H_TANDEMS = N_("Tandems and their progress")
DIGEST_TANDEM_COLUMNS = (
    N_("Mentor"),
    N_("Tandem"),
    N_("Departments"),
    N_("Sessions"),
    N_("Pace"),
    N_("Keywords"),
)
DIGEST_H_COVERED = N_("Most common covered keywords")
DIGEST_H_OPEN = N_("Most common open keywords")
DIGEST_KEYWORD_COLUMNS = (N_("Keyword"), N_("Tandems"))
DIGEST_H_LEARNED = N_("Learned in both directions")
DIGEST_H_MENTORS_LEARNED = N_("Mentors learned")
DIGEST_H_MENTEES_LEARNED = N_("Mentees learned")
DIGEST_MORE = P_(
    "and {count} more in the summaries",
    "and {count} more in the summaries",
)
DIGEST_H_QUESTIONS = N_("Shared questions")
DIGEST_ASKED = P_(
    "{count} tandem",
    "{count} tandems",
)
DIGEST_H_SKIPPED = N_("Files left out")
DIGEST_NO_MENTOR = "—"
DIGEST_NOT_UTF8 = N_("not UTF-8 text")
DIGEST_TOO_BIG = N_("larger than {limit} KB, the cap for one summary")
DIGEST_NO_FRONT_MATTER = N_("no rmtui front matter (is it an rmtui export?)")
DIGEST_BAD_FRONT_MATTER = N_("its front matter cannot be read ({reason})")
DIGEST_NO_CLOSING = N_("no closing {fence} line")
DIGEST_FOREIGN = N_("not an rmtui export (front matter field {field!r})")
DIGEST_WRONG_KIND = N_("a {kind!r} export; the digest merges midpoint and final summaries")
DIGEST_NEWER = N_("written by a newer rmtui (export schema {found})")
DIGEST_DUPLICATE = N_("the same summary as {other}")
DIGEST_UNREADABLE = N_("cannot be read ({reason})")
DIGEST_SKIPPED = N_("{path}: left out: {reason}")
DIGEST_NONE_GOOD = N_("no summary could be read; nothing was written")
EXPORT_TUI_TITLE = N_("Export")
EXPORT_TUI_LOADING = N_("reading the workspace…")
EXPORT_TUI_ANONYMIZE = N_("Anonymize")
EXPORT_TUI_ANONYMIZE_TIP = N_("The mentee's name becomes their role and department, everywhere")
EXPORT_TUI_NO_TANDEM = N_("Pick at least one tandem on the left.")
EXPORT_TUI_WROTE = N_("wrote {path}")
EXPORT_TUI_COPIED = P_(
    "copied to the clipboard ({lines} line, no private notes); a terminal that does "
    "not allow programs to set the clipboard (OSC 52) leaves it as it was",
    "copied to the clipboard ({lines} lines, no private notes); a terminal that does "
    "not allow programs to set the clipboard (OSC 52) leaves it as it was",
)
EXPORT_TUI_NOTHING_TO_COPY = N_("nothing to copy yet: the preview is still being made")
EXPORT_TUI_WRITE_FIRST = N_("write the export first (ctrl+s), then open it")
EXPORT_OPENED = N_("opening {path}")
EXPORT_OPEN_NOT_WRITTEN = N_("{path} is not an export rmtui has just written: not opened")
EXPORT_NO_OPENER = N_("no program here opens files ({names}); the export is at {path}")
EXPORT_OPEN_FAILED = N_("could not open {path}: {reason}")

EXPORT_TUI_FAILED = N_("the export failed: {reason}")
EXPORT_TUI_JSON_PREVIEW = P_(
    "JSON export of {count} tandem: all its non-private data.",
    "JSON export of {count} tandems: all their non-private data.",
)
EXPORT_LINK_NOT_OPENED = N_("links are not opened from the preview: {href}")
OUTPUT_DANGLING = N_("{path} is a link to a file that does not exist; nothing was written")
OUTPUT_SPECIAL = N_("{path} is not a file rmtui can write to; give a file name")

# --- counts that read inside other messages (one plural each) ------------------------
COUNT_SESSIONS = P_(
    "{count} session",
    "{count} sessions",
)
COUNT_NOTES = P_(
    "{count} note",
    "{count} notes",
)
COUNT_SUMMARIES = P_(
    "{count} summary",
    "{count} summaries",
)
COUNT_MENTORS = P_(
    "{count} mentor",
    "{count} mentors",
)
COUNT_TANDEMS = P_(
    "{count} tandem",
    "{count} tandems",
)

# --- the mentee of an anonymized export, the export's format, the JSON preview -----------
ANONYMOUS_MENTEE = N_("the mentee")
ANONYMOUS_MENTEE_OF = N_("mentee ({dept})")
EXPORT_FORMAT_UNKNOWN = N_("{value!r} is not one of {formats}")
EXPORT_MORE_LINES = P_("… {count} more line", "… {count} more lines")

# --- a label and its value (French puts a space before the colon: "{label} :") ----------
LABEL_COLON = N_("{label}:")
LABEL_VALUE = N_("{label}: {value}")
