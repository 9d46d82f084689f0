"""Messages about the tandem over time: frame, keywords, actions, learning, search."""

from __future__ import annotations

from rmtui.core.i18n import N_, P_

# --- actions and learning (tandem records) -------------------------------------------------
NO_ACTION = N_("tandem {tandem!r} has no action {id}")
NO_LEARNING = N_("tandem {tandem!r} has no learning entry {id}")
ACTION_ALREADY_STORED = N_("that action is already stored")
# --- tandem life: frame, keywords, actions, learning, search, calendar ----------------------
KEYWORD_EXISTS = N_("the list already has a keyword {text!r}")
ACTIONS_OVERDUE = P_(
    "{count} action past its due date",
    "{count} actions past their due date",
)
LEARNING_ONE_SIDED = P_(
    "learning runs one way: {count} of {total} entry is what the {side} learned",
    "learning runs one way: {count} of {total} entries are what the {side} learned",
)
NO_PLANNED_SESSIONS = N_("tandem {id!r} has no planned session with a date")
KICKOFF_DATES = P_(
    "{count} date for {sessions} sessions: give at most one date per session",
    "{count} dates for {sessions} sessions: give at most one date per session",
)
SCHEDULE_BEYOND_FRAME = P_(
    "{count} date, but the frame has {left} of its {sessions} sessions left to date: "
    "give --extend to plan sessions beyond it",
    "{count} dates, but the frame has {left} of its {sessions} sessions left to "
    "date: give --extend to plan sessions beyond it",
)
SEARCH_EMPTY = N_("type something to search for")
NO_MATCHES = N_("nothing matches {query!r}")
CALENDAR_WRITTEN = P_(
    "wrote {count} session to {path}",
    "wrote {count} sessions to {path}",
)
CALENDAR_SUMMARY = N_("Reverse mentoring: {mentee} ({n}/{total})")
CALENDAR_NAME = N_("Reverse mentoring with {mentee}")
WORKSPACE_ID_BAD = N_("not a workspace id")
MIDPOINT_IN = P_(
    "midpoint {date} (in {days} day)",
    "midpoint {date} (in {days} days)",
)
MIDPOINT_TODAY = N_("midpoint {date} (today)")
MIDPOINT_AGO = P_(
    "midpoint {date} ({days} day ago)",
    "midpoint {date} ({days} days ago)",
)
BAD_POSITION = N_("must be 1 or more")
ACTION_STATE_SET = N_("action {id}: {state}")
ONE_OF = N_("must be one of {choices}")
NO_ACTIONS = N_("tandem {id!r} has no open action")
# --- homework: habits and check-ins ---------------------------------------------------------
HABIT_MENTEE_ONLY = N_("only an action the mentee owns can be a habit")
CHECKIN_NO_SESSION = N_("tandem {id!r} has held no session yet: give the session with --session N")
CHECKIN_SET = N_("action {id} at session {n}: {state}")
HABIT_LABEL = N_("habit")
HABIT_SET = N_("action {id} is a habit: {habit}")
HABIT_CLEARED = N_("action {id} is a one-off action again")
RECORD_GONE = N_("that entry is no longer there (changed by another rmtui?)")

# --- keyword states: one name each, wherever a keyword's state shows (app and exports) ---
KEYWORD_STATE_NAMES = {
    "covered": N_("covered"),
    "touched": N_("touched"),  # talked about in a session, not marked covered: still open
    "open": N_("open"),
    "dropped": N_("dropped"),
}
# --- names of states, wherever they show (the stored value is the key) ---------------------
PACE_NAMES = {
    "ahead": N_("ahead"),
    "on track": N_("on track"),
    "behind": N_("behind"),
    "not started": N_("not started"),
    "finished": N_("finished"),
}
TANDEM_STATUS_NAMES = {"active": N_("active"), "paused": N_("paused"), "finished": N_("finished")}
TUI_STATUS_AND_PACE = N_("{status} · pace: {pace}")
# --- `rmtui tandem show` (rmtui.cli.overview) ----------------------------------------------
SHOW_FRAME = N_("sessions {frame}  {week}  {timeline}  pace: {pace}")
SHOW_NEXT = N_("next session: {n} on {when}")
SHOW_NEXT_TITLED = N_("next session: {n} on {when} — {title}")
SHOW_NEXT_NONE = N_("next session: none planned")
SHOW_KEYWORDS = N_("keywords: {bar}")
SHOW_KEYWORD = N_("  {keyword}  [{state}]  sessions: {sessions}")
SHOW_LEARNED = N_("learned: mentor {mentor}  {bar}  mentee {mentee}")
SHOW_LEARNED_ONE_SIDED = N_("learned: mentor {mentor}  {bar}  mentee {mentee}  (one-sided)")
SHOW_OPEN_ACTIONS = N_("open actions: {count}")
SHOW_DUE = N_("{text} (due {day})")
# --- the frame's warnings (rmtui.core.frame) and labels ----------------------------------
FRAME_OVERDUE = N_("session {n} is overdue (planned {day})")
FRAME_MIDPOINT_UNTOUCHED = P_(
    "midpoint in {count} day; untouched: {names}",
    "midpoint in {count} days; untouched: {names}",
)
FRAME_UNTOUCHED_MORE = N_("{names} and {count} more")
FRAME_BEHIND = N_("behind pace: {done} done, about {expected} expected by now")
WEEK_LABEL = N_("week {week}/{weeks}")
TUI_KEYWORDS_COVERED = N_("{covered}/{total} covered")
TUI_KEYWORDS_TOUCHED = P_(
    "{count} touched, still open",
    "{count} touched, still open",
)
TUI_KEYWORDS_UNTOUCHED = P_(
    "{count} not touched yet",
    "{count} not touched yet",
)

# --- `rmtui learned list` ---------------------------------------------------------------
LEARNED_FROM_SESSION = N_(" (session {n})")
LEARNED_BALANCE = N_("balance: mentor {mentor}  {bar}  mentee {mentee}")
LEARNED_BALANCE_ONE_SIDED = N_("balance: mentor {mentor}  {bar}  mentee {mentee}  (one-sided)")
# --- stuck homework as agenda material ------------------------------------------------------
STUCK_ITEM_TITLE = N_("Stuck homework: work it through together")
STUCK_ON_AGENDA = N_("action {id} is on the agenda of session {n}: {title}")
STUCK_ALREADY = N_("action {id} is already on the agenda of session {n}")
STUCK_PRIVATE = N_("a private action stays off the agenda (the agenda reaches the mentee's screen)")
STUCK_CLOSED = N_("action {id} is {state}: only an open action goes on the agenda")
STUCK_SESSION_DONE = N_("session {n} is over: plan the stuck action into the next session")
# --- the tandem's language and keyword aliases (issue 14) ----------------------------------
# Each language by its own name, as a speaker of it looks for it in a list: never translated.
LANGUAGE_NAMES = {
    "en": "English",
    "nl": "Nederlands",
    "fr": "Français",
    "de": "Deutsch",
    "pl": "Polski",
}
UNKNOWN_LANGUAGE = N_("{value!r} is not a language rmtui speaks; the languages are: {choices}")
TANDEM_LANGUAGE = N_("language: {name} ({code})")
TANDEM_LANGUAGE_FOLLOWS = N_("language: {name} ({code}), the interface's until you choose one")
TANDEM_LANGUAGE_SET = N_("{id}: {name} ({code})")
ALIAS_IS_KEYWORD = N_("{text!r} is already a keyword of the list")
ALIAS_TAKEN = N_("{text!r} is already another word for {keyword!r}")
ALIASES_OF = N_("{keyword}: {aliases}")
NO_ALIASES = N_("{keyword}: no other words")
TOO_MANY_ALIASES = N_("a keyword has at most {limit} other words")
