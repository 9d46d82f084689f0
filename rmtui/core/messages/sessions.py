"""Messages about planning and running sessions and their notes."""

from __future__ import annotations

from rmtui.core.i18n import N_, P_

# --- note kinds: one name each, on every screen (the prefix legend, search, the review) ---
NOTE_KIND_NAMES = {
    "note": N_("note"),
    "action": N_("action"),
    "question": N_("question"),
    "highlight": N_("highlight"),
    "mentor-learned": N_("mentor learned"),
    "mentee-learned": N_("mentee learned"),
}
NOTE_PREFIXES = N_(
    "! action  ? question  * highlight  > mentor learned  < mentee learned  ~ private"
)
GLOSSARY_FORM = N_(
    "a glossary entry reads `= term: explanation` (a term of at most {limit} characters, "
    "a colon, then what it means)"
)
LEARNED_TITLES = {
    "mentor": N_("Mentor learned · {count}"),
    "mentee": N_("Mentee learned · {count}"),
}

# --- live session: planning, running, notes -----------------------------------------------
BAD_SESSION_REF = N_("{value!r} is not a session (use TANDEM-ID/N, e.g. anna-kowalska/3)")
PLANNED_IN_DST_GAP = N_("{typed} does not exist here: the clocks go forward then; planned at {at}")
NO_TEMPLATE = N_("no agenda template {id!r} (see `rmtui agendas list`)")
NO_ITEMS = N_("a session needs at least one agenda item")
ITEM_MINUTES = N_("minutes of {title!r} must be between 1 and 480")
CARRIED_FROM = N_("carried from session {n}")
PLAN_RENAME_ITEM = N_("Rename item")
PLAN_ADD_ITEM = N_("Add an item")
PLAN_ITEM_HINT = N_("What the mentee and you do in this timebox; Enter to keep it, Esc to cancel.")
FOLLOW_UP_TITLE = N_("Follow-up of actions")
NOT_POSITIVE = N_("{value!r} is not a number of 1 or more")
PLAN_NO_SESSION = N_("there is no session {n} to plan: give 1 to {last}, or {next} for a new one")
PLAN_NO_SESSION_YET = N_("there is no session {n} to plan: the tandem has none yet (give 1)")
PLAN_SESSION_HELD = N_("session {n} has already taken place: plan another one")
PLAN_BEYOND_FRAME = P_(
    "session {n} would go beyond the frame of {sessions} session: give --extend to plan it anyway",
    "session {n} would go beyond the frame of {sessions} sessions: give --extend to plan it anyway",
)
SESSION_DATED_NOW = N_("session {id} was planned for {was}; it is now dated {now}, when it started")
SESSION_DONE = N_("session {id} is already done")
SESSION_NOT_STARTED = N_("session {id} has not started (start it with `rmtui session start {id}`)")
SESSION_NOT_LIVE = N_("session {id} is not running")
SESSION_NOT_PLANNED = N_("session {id} has started; its plan can no longer change")
OTHER_SESSION_LIVE = N_(
    "session {other} is still {status}; stop it first (`rmtui session stop {other}`)"
)
NO_LIVE_SESSION = N_("no session is running: name one (`rmtui note add TANDEM-ID/N TEXT`)")
SEVERAL_LIVE = N_("several sessions are running ({ids}): name one")
NO_ITEM = N_("session {id} has no agenda item {index}")
NO_NOTE = N_("session {id} has no note {note}")
EMPTY_NOTE = N_("is empty")
NOTE_TOO_LONG = N_("is longer than {limit} characters")
BAD_KIND = N_("{value!r} is not a note kind (one of {kinds})")
