"""Messages about the tandem over time: frame, keywords, actions, learning, search."""

from __future__ import annotations

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
SCHEDULE_BEYOND_FRAME = (
    "{count} dates, but the frame has {left} of its {sessions} sessions left to date: "
    "give --extend to plan sessions beyond it"
)
SEARCH_EMPTY = "type something to search for"
NO_MATCHES = "nothing matches {query!r}"
CALENDAR_WRITTEN = ("wrote {count} session to {path}", "wrote {count} sessions to {path}")
CALENDAR_SUMMARY = "Reverse mentoring: {mentee} ({n}/{total})"
CALENDAR_NAME = "Reverse mentoring with {mentee}"
WORKSPACE_ID_BAD = "not a workspace id"
MIDPOINT_IN = "midpoint {date} (in {days} days)"
MIDPOINT_TODAY = "midpoint {date} (today)"
MIDPOINT_AGO = "midpoint {date} ({days} days ago)"
BAD_POSITION = "must be 1 or more"
ACTION_STATE_SET = "action {id}: {state}"
ONE_OF = "must be one of {choices}"
NO_ACTIONS = "tandem {id!r} has no open action"
# --- homework: habits and check-ins ---------------------------------------------------------
HABIT_MENTEE_ONLY = "only an action the mentee owns can be a habit"
CHECKIN_NO_SESSION = "tandem {id!r} has held no session yet: give the session with --session N"
CHECKIN_SET = "action {id} at session {n}: {state}"
HABIT_LABEL = "habit"
HABIT_SET = "action {id} is a habit: {habit}"
HABIT_CLEARED = "action {id} is a one-off action again"
RECORD_GONE = "that entry is no longer there (changed by another rmtui?)"

# --- keyword states: one name each, wherever a keyword's state shows (app and exports) ---
KEYWORD_STATE_NAMES = {
    "covered": "covered",
    "touched": "touched",  # talked about in a session, not marked covered: still open
    "open": "open",
    "dropped": "dropped",
}
TUI_KEYWORDS_COVERED = "{covered}/{total} covered"
TUI_KEYWORDS_TOUCHED = "{count} touched, still open"
TUI_KEYWORDS_UNTOUCHED = "{count} not touched yet"
# --- stuck homework as agenda material ------------------------------------------------------
STUCK_ITEM_TITLE = "Stuck homework: work it through together"
STUCK_ON_AGENDA = "action {id} is on the agenda of session {n}: {title}"
STUCK_ALREADY = "action {id} is already on the agenda of session {n}"
STUCK_PRIVATE = "a private action stays off the agenda (the agenda reaches the mentee's screen)"
STUCK_CLOSED = "action {id} is {state}: only an open action goes on the agenda"
STUCK_SESSION_DONE = "session {n} is over: plan the stuck action into the next session"

# --- the tandem's language and keyword aliases (issue 14) ----------------------------------
# Each language by its own name, as a speaker of it looks for it in a list: never translated.
LANGUAGE_NAMES = {
    "en": "English",
    "nl": "Nederlands",
    "fr": "Français",
    "de": "Deutsch",
    "pl": "Polski",
}
UNKNOWN_LANGUAGE = "{value!r} is not a language rmtui speaks; the languages are: {choices}"
TANDEM_LANGUAGE = "language: {name} ({code})"
TANDEM_LANGUAGE_FOLLOWS = "language: {name} ({code}), the interface's until you choose one"
TANDEM_LANGUAGE_SET = "{id}: {name} ({code})"
ALIAS_IS_KEYWORD = "{text!r} is already a keyword of the list"
ALIAS_TAKEN = "{text!r} is already another word for {keyword!r}"
ALIASES_OF = "{keyword}: {aliases}"
NO_ALIASES = "{keyword}: no other words"
TOO_MANY_ALIASES = "a keyword has at most {limit} other words"
