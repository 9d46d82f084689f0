"""Messages about planning and running sessions and their notes."""

from __future__ import annotations

# --- note kinds: one name each, on every screen (the prefix legend, search, the review) ---
NOTE_KIND_NAMES = {
    "note": "note",
    "action": "action",
    "question": "question",
    "highlight": "highlight",
    "mentor-learned": "mentor learned",
    "mentee-learned": "mentee learned",
}
NOTE_PREFIXES = "! action  ? question  * highlight  > mentor learned  < mentee learned  ~ private"
GLOSSARY_FORM = (
    "a glossary entry reads `= term: explanation` (a term of at most {limit} characters, "
    "a colon, then what it means)"
)
LEARNED_TITLES = {"mentor": "Mentor learned · {count}", "mentee": "Mentee learned · {count}"}

# --- live session: planning, running, notes -----------------------------------------------
BAD_SESSION_REF = "{value!r} is not a session (use TANDEM-ID/N, e.g. anna-kowalska/3)"
PLANNED_IN_DST_GAP = "{typed} does not exist here: the clocks go forward then; planned at {at}"
NO_TEMPLATE = "no agenda template {id!r} (see `rmtui agendas list`)"
NO_ITEMS = "a session needs at least one agenda item"
ITEM_MINUTES = "minutes of {title!r} must be between 1 and 480"
CARRIED_FROM = "carried from session {n}"
PLAN_RENAME_ITEM = "Rename item"
PLAN_ADD_ITEM = "Add an item"
PLAN_ITEM_HINT = "What the mentee and you do in this timebox; Enter to keep it, Esc to cancel."
FOLLOW_UP_TITLE = "Follow-up of actions"
NOT_POSITIVE = "{value!r} is not a number of 1 or more"
PLAN_NO_SESSION = "there is no session {n} to plan: give 1 to {last}, or {next} for a new one"
PLAN_NO_SESSION_YET = "there is no session {n} to plan: the tandem has none yet (give 1)"
PLAN_SESSION_HELD = "session {n} has already taken place: plan another one"
PLAN_BEYOND_FRAME = (
    "session {n} would go beyond the frame of {sessions} sessions: give --extend to plan it anyway"
)
SESSION_DATED_NOW = "session {id} was planned for {was}; it is now dated {now}, when it started"
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
