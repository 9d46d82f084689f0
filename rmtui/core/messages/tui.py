"""Messages only the terminal UI shows."""

from __future__ import annotations

from rmtui.core.i18n import N_, P_

# --- the TUI shell: home screen, add-tandem modal, help --------------------------------
TUI_EMPTY_TITLE = N_("No tandems yet")
TUI_EMPTY_BODY = N_(
    "A tandem is you and the manager you mentor, from another department. "
    "Add one with their name, role and department; the program frame defaults to "
    "10 sessions in 6 months."
)
TUI_EMPTY_KEYS = N_("Press a to add a tandem · ctrl+p for every command · f1 for help")
TUI_EMPTY_SHELL = N_(
    'From a shell: rmtui tandem add --mentee "NAME" · rmtui --demo opens an example workspace'
)
TUI_PROBLEMS_TITLE = N_("Unreadable files ({count})")
TUI_PROBLEMS_HINT = N_(
    "These files were left untouched and the other tandems work as usual. "
    "Restore one with `rmtui tandem restore ID`."
)
TUI_SCAN_FAILED = N_("the workspace could not be read: {reason}")
TUI_TANDEM_ADDED = N_("tandem added: {mentee}")
TUI_ADD_TITLE = N_("Add a tandem")
TUI_ADD_HINT = N_("You and one mentee from another department. Only the name is required.")
TUI_START_PLACEHOLDER = N_("YYYY-MM-DD (empty: today, {today})")
TUI_ADD_FAILED = N_("the tandem was not added: {reason}")
TUI_FIX_FIELDS = N_("fix the marked fields first")
TUI_SAME_DEPARTMENT_TITLE = N_("Same department")
TUI_SAME_DEPARTMENT_QUESTION = N_("Add this tandem anyway?")
TUI_HELP_TITLE = N_("Help")
TUI_HELP_KEYS = N_("Keys")
TUI_HELP_PALETTE_HEADING = N_("Command palette")
TUI_HELP_PREFIXES = N_("Note prefixes")
TUI_HELP_PALETTE = N_(
    "ctrl+p opens the command palette: every action, as 'noun: verb' "
    "(type 'tandem' to see what you can do with tandems, or a mentee's name to jump to them)."
)
TUI_HELP_NOTES = N_("In a live session, the first character of a note sets its kind:")
TUI_NOTE_KINDS = {
    "action": N_("action: something to do before the next session"),
    "question": N_("question: the mentee asks, you answer in the review"),
    "highlight": N_("highlight: a moment worth putting in the recap"),
    "mentor-learned": N_("mentor learned: what you learned from the mentee"),
    "mentee-learned": N_("mentee learned: what the mentee learned from you"),
}
TUI_NOTE_PRIVATE = N_("private: never leaves the workspace; combines with the others (~*)")
TUI_NOTE_SHEET = N_("keep it for the mentee's cheat sheet; combines with the others (+*)")
TUI_NOTE_GLOSSARY = N_("a glossary entry for the cheat sheet: = term: explanation")
TUI_PREVIEW_SHEET = N_("  + cheat sheet")
TUI_PREVIEW_GLOSSARY = N_("  = glossary")
TUI_NOTE_ESCAPE = N_("keeps the next character literal (\\! is a plain note)")
TUI_NOTE_TAG = N_("#word tags the note with a keyword")
# --- tandem life in the TUI: dashboard, tandem screen, kick-off, search --------------------
TUI_TANDEM_LOADING = N_("reading the tandem…")
TUI_TANDEM_GONE = N_("this tandem is no longer in the workspace")
TUI_TANDEM_READ_FAILED = N_("the tandem could not be read: {reason}")
TUI_SAVE_FAILED = N_("not saved: {reason}")
TUI_NO_SESSIONS = N_(
    "No sessions yet. Press k for the kick-off: it plans every session of the frame."
)
TUI_FREE_SLOT = N_("Not planned yet: the kick-off (k) gives every session of the frame a date.")
TUI_PLANNED_NO_NOTES = N_("Planned for {when}. Notes appear here once the session runs.")
TUI_PLANNED_NO_AGENDA = N_("Planned for {when}, no agenda yet: p puts a template on it.")
TUI_NO_NOTES = N_("No notes in this session.")
TUI_SESSION_UNREADABLE = N_("session {n} could not be read: {reason}")
TUI_NO_KEYWORDS = N_("No keywords yet: press a to add one, or k for the kick-off.")
TUI_NO_LEARNING = N_("Nothing yet: a to add, or type > and < notes in a session.")
TUI_HABIT = N_("Habit: {rhythm}")
TUI_SEND_SHEET = N_("Send the mentee their cheat sheet: what they learned, on one page")
TUI_CHECKIN_TITLE = N_("How did the homework go? (session {n})")
TUI_CHECKIN_HINT = N_("d done · t tried · s stuck · x dropped · n note · a agenda · esc back")
TUI_CHECKIN_KEY = N_("The highlighted action or habit: {state} (at this session)")
TUI_CHECKIN_NOTE_TIP = N_("A one-line note on how it went (Enter keeps it)")
TUI_CHECKIN_NOTE_PLACEHOLDER = N_("how it went, in one line (Enter keeps it, esc leaves it)")
TUI_CHECKIN_STATE_FIRST = N_("Tell how it went first: d, t, s or x")
TUI_CHECKIN_NONE = N_("The mentee has no open action or habit to check in.")
TUI_CHECKIN_OPEN = N_("Follow up the homework: one key per action or habit")
TUI_CHECKIN = N_("Session {n}: {state}  ")
TUI_NO_ACTIONS = N_("No actions yet: a to add one, or type ! notes in a session.")
TUI_BALANCE_EMPTY = N_("Learning runs both ways: log what you learn too (a, or > in a session).")
TUI_KEYWORD_ADD = N_("Add keywords")
TUI_KEYWORD_ADD_HINT = N_("One or more, separated by commas.")
TUI_KEYWORD_RENAME = N_("Rename keyword")
TUI_LEARNING_ADD = N_("Add to the learning log")
TUI_LEARNING_EDIT = N_("Edit learning entry")
TUI_ACTION_ADD = N_("Add an action")
TUI_ACTION_EDIT = N_("Edit action")
TUI_KICKOFF_TITLE = N_("Kick-off")
TUI_KICKOFF_INTRO = N_(
    "The first session: get to know each other, agree what to learn and the keyword list, "
    "set the dates, agree the ground rules. Fill in what you settle; ctrl+s saves it all."
)
TUI_KICKOFF_SAVED = N_("kick-off saved: {keywords}, {sessions}; p gives the next one its agenda")
TUI_KICKOFF_HELD = N_("held (keeps its date)")
TUI_KICKOFF_DATE_HINT = N_("10.12.2026 15:00 or tue 15:00, empty: no date yet")
TUI_PLAN_AT_HINT = N_("YYYY-MM-DD HH:MM, 10.12.2026 15:00 or tue 15:00")
TUI_SEARCH_TITLE = N_("Search")
TUI_SEARCH_PLACEHOLDER = N_("words in notes, learning entries and actions (any accents)")
TUI_SEARCH_HINT = N_("Every word must appear; case and accents do not matter (lodz finds Łódź).")
TUI_SEARCH_COUNT = P_(
    "{count} match",
    "{count} matches",
)
TUI_SEARCH_FIRST = P_(
    "{count} match, the first {shown} shown: add a word to narrow them",
    "{count} matches, the first {shown} shown: add a word to narrow them",
)
TUI_SEARCH_FAILED = N_("the search failed: {reason}")
TUI_MIDPOINT_HINT = N_(
    "Midpoint meetup around {date}: all active mentors meet to share experiences and results."
)
# --- session screens: plan, start, live, review, crash-resume (TUI) ------------------------
NOT_A_QUESTION = N_("note {note} of session {id} is not a question; only questions get answers")
TUI_START_TITLE = N_("Start the session")
TUI_START_BODY = N_("Enter starts the clock; the note input is ready at once.")
TUI_RESUME_TITLE = N_("A session is under way")
TUI_RESUME_RUNNING = N_("The clock kept running while rmtui was closed, as the session did.")
TUI_PLAN_TITLE = N_("Plan a session")
TUI_PLAN_SUB = N_("plan a session")
TUI_PLAN_LOAD_FAILED = N_("the templates could not be loaded: {reason}")
TUI_PLAN_NO_TEMPLATES = N_("No agenda template could be loaded (see `rmtui agendas list`).")
TUI_PLAN_NOT_SAVED = N_("the session was not planned: {reason}")
TUI_PLAN_SAVED = N_("session {n} planned for {when}")
TUI_PLAN_ON = N_("session {n} · {when}")
TUI_PLAN_ON_UNDATED = N_("session {n}")
TUI_PLAN_NEW = N_("new session {n}")
TUI_PLAN_NEW_BEYOND = N_("new session {n} · beyond the frame")
TUI_PLAN_BEYOND_TITLE = N_("Beyond the frame")
TUI_PLAN_BEYOND_BODY = P_(
    "The frame has {sessions} session and every one has its agenda or took place. "
    "Planning adds session {n} beyond it.",
    "The frame has {sessions} sessions and every one has its agenda or took place. "
    "Planning adds session {n} beyond it.",
)
TUI_PLAN_BEYOND_QUESTION = N_("Add a session beyond the frame?")
TUI_LIVE_TITLE = N_("Live session")
TUI_LIVE_PLACEHOLDER = N_("type a note; Enter saves it with the time on the clock")
TUI_LIVE_NO_NOTES = N_("No notes yet. Type one below; Enter saves it with the time on the clock.")
TUI_LIVE_EMPTY_NOTE = N_("nothing to save: the note has no text after its prefix")
TUI_NO_EDITOR_HERE = N_("this terminal cannot hand the screen to an editor: type the note here")
TUI_LIVE_NOT_SAVED = N_("a note could not be saved ({reason}); it stays in the log: ctrl+y retries")
TUI_LIVE_UNSAVED_WARNING = P_(
    "{count} note could not be saved and would be lost:",
    "{count} notes could not be saved and would be lost:",
)
TUI_LIVE_STOP_TITLE = N_("Stop the session")
TUI_LIVE_STOP_BODY = N_(
    "The clock stops and the review opens: fix notes, answer questions, reflect."
)
TUI_LIVE_STOP_QUESTION = N_("Stop the session now?")
TUI_LIVE_LEAVE_TITLE = N_("Notes not saved")
TUI_LIVE_LEAVE_QUESTION = N_("Leave the session screen anyway?")
TUI_LIVE_LEAVE_KEEPS = P_(
    "{count} note could not be saved; leaving keeps it in a recovery file, which "
    "rmtui offers again:",
    "{count} notes could not be saved; leaving keeps them in a recovery file, which "
    "rmtui offers again:",
)
TUI_LEAVE_KEEP_FAILED = N_("the notes not saved could not be kept ({reason}): they are lost")
TUI_LIVE_STOPPED_ELSEWHERE = N_("the session was stopped (by another rmtui): here is its review")
TUI_REVIEW_TITLE = N_("Review")
TUI_REVIEW_REFLECTION_HINT = N_(
    "Only for you: what went well, what was hard, what to try next time. "
    "Start typing (or f8) to write it."
)
TUI_REVIEW_DELETE_TITLE = N_("Delete a note")
TUI_REVIEW_DELETE_QUESTION = N_("Delete this note for good?")
TUI_REVIEW_DONE = N_("review saved")
TUI_REVIEW_REFLECTION_SAVED = N_("reflection saved (it stays in your workspace)")
TUI_QUIT_TITLE = N_("Notes not saved")
TUI_QUIT_QUESTION = N_(
    "Try to save them again, or keep them in a recovery file in the workspace and quit?"
)
TUI_QUIT_RETRYING = P_(
    "saving {count} note again",
    "saving {count} notes again",
)
TUI_QUIT_KEPT = P_(
    "{count} note not saved is kept in {path}; rmtui offers it at the next start.",
    "{count} notes not saved are kept in {path}; rmtui offers them at the next start.",
)
TUI_QUIT_KEEP_FAILED = N_("the notes could not be kept ({reason}); rmtui stays open")
TUI_RECOVERED_FOUND = P_(
    "{count} note not saved when rmtui last quit is kept in {path}: ctrl+p, 'notes: "
    "save recovered' saves it to its session",
    "{count} notes not saved when rmtui last quit are kept in {path}: ctrl+p, "
    "'notes: save recovered' saves them to their session",
)
TUI_RECOVERED_SAVED = P_(
    "{count} recovered note saved to session {session}",
    "{count} recovered notes saved to session {session}",
)
TUI_RECOVERED_FAILED = N_("recovered notes not saved ({reason}); they stay in {path}")
TUI_PASTE_CUT = P_(
    "the paste was cut to fit: {kept} of {total} character kept ({limit} at most here)",
    "the paste was cut to fit: {kept} of {total} characters kept ({limit} at most here)",
)
TUI_PASTE_REFUSED = N_("nothing pasted: the field is full ({limit} characters at most)")
TUI_KICKOFF_STEPS = (
    (
        N_("1 · Introductions"),
        N_(
            "Who are you, what does your work look like, what do you enjoy? "
            "Note interests and skills on both sides: they make good examples later."
        ),
    ),
    (
        N_("2 · What each of you wants to learn"),
        N_(
            "Ask the mentee what they want out of this, and say what you hope to learn: "
            "reverse mentoring runs both ways."
        ),
    ),
    (
        N_("3 · Keyword list"),
        N_(
            "The topics to cover, one per line (commas work too). You can add, rename and "
            "drop keywords later."
        ),
    ),
    (
        N_("4 · Dates"),
        N_(
            "A date for every session, spread over the frame on weekdays. Change any of them; "
            "leave the last ones empty to plan them later."
        ),
    ),
    (
        N_("5 · Ground rules"),
        N_("One per line. The live session shows them."),
    ),
)
TUI_KICKOFF_DEFAULT_RULES = (
    N_("The mentee drives: the mentor never takes the mouse or keyboard."),
    N_("What is said in the tandem stays in the tandem."),
)
TUI_KICKOFF_KNOWN = N_("Already on the list: {words}")
TUI_KICKOFF_GAP = N_("give this session a date, or leave it and all later ones empty")
TUI_KICKOFF_NOT_DONE = N_("The kick-off has not been filled in yet: press k to walk through it.")
TUI_NONE_PLANNED = N_("none planned")
TUI_NONE_PLANNED_KICKOFF = N_("none planned · k: the kick-off plans all")
TUI_KICKOFF_LEAVE_TITLE = N_("Leave the kick-off?")
TUI_KICKOFF_LEAVE_BODY = N_("What you typed here is not saved yet.")
TUI_KICKOFF_LEAVE_QUESTION = N_("Leave without saving?")

# --- follow-up items: the actions they refer to, shown where they are read ------------
TUI_FOLLOW_UP_PRIVATE = N_("private: only on your screens")

# --- counts that read inside other messages (one plural each) ------------------------
TUI_KICKOFF_NEW_KEYWORDS = P_(
    "{count} new keyword",
    "{count} new keywords",
)
TUI_KICKOFF_SESSIONS_DATED = P_(
    "{count} session dated",
    "{count} sessions dated",
)

# --- the tandem detail panel --------------------------------------------------------------
TUI_NO_DATE = N_("no date")

# --- small labels of the screens (counts, states, days) -------------------------------------
TUI_TODAY = N_("today")
TUI_TOMORROW = N_("tomorrow")
TUI_YESTERDAY = N_("yesterday")
TUI_IN_DAYS = P_("in {count} day", "in {count} days")
TUI_DAYS_AGO = P_("{count} day ago", "{count} days ago")
TUI_RESUME_CLOCK = P_(" on the clock · {count} note saved", " on the clock · {count} notes saved")
TUI_PLANNED_FOR = N_("planned for {when}")
TUI_NOTES_TITLE = N_("Notes · {count}")
TUI_NOTES_NOT_SAVED = N_(" · {count} not saved")
TUI_NOTES_PRIVATE = N_(" · {count} private")
TUI_NOTES_TO_ANSWER = N_(" · {count} to answer")
TUI_CLOCK_STATES = {"running": N_("running"), "paused": N_("paused"), "planned": N_("not started")}
TUI_PRIVATE_NEVER_EXPORTED = N_("  ~private: never exported")
TUI_MENTEE_DROVE = N_("mentee drove {share}%")
TUI_TIME_LEFT = N_("{left} left of {minutes} min")
TUI_TIME_OVER = N_("{over} over {minutes} min")
TUI_NOT_SAVED_BECAUSE = N_("✗ not saved: {reason}")
TUI_ACTIONS_TITLE = N_("Actions · {open} open of {total}")
TUI_ACTION_OWNER = N_("owner: {owner}")
TUI_ACTION_DUE = N_("due {day}")
TUI_ACTION_DUE_OVERDUE = N_("due {day} (overdue)")
TUI_ACTION_FROM = N_("from session {n}")
TUI_PRIVATE = N_("private")
TUI_ONE_SIDED_YOU = N_("  ⚠ one-sided: what did you learn?")
TUI_ONE_SIDED_MENTEE = N_("  ⚠ one-sided: what did the mentee learn?")
TUI_FRAME_OF = N_("{sessions} sessions in {months} months")
TUI_NO_AGENDA_YET = N_("no agenda yet")
TUI_STOP_GO_ON = N_("Go on")
TUI_STOP_STOP = N_("Stop")
TUI_SIDE_LEARNED_BY = N_("Learned by")
TUI_SIDE_OWNER = N_("Owner")
TUI_SIDE_MENTOR = N_("you (mentor)")
TUI_SIDE_MENTEE = N_("the mentee")

# --- the review's summary panel (rmtui.tui.screens.review_summary) --------------------------
TUI_SUMMARY_DURATION = N_("Duration")
TUI_SUMMARY_ITEMS_LABEL = N_("Items")
TUI_SUMMARY_DROVE = N_("Mentee drove")
TUI_SUMMARY_NOTES_LABEL = N_("Notes")
TUI_SUMMARY_LEARNED = N_("Learned")
TUI_SUMMARY_ITEMS = N_("{done}/{total} done")
TUI_SUMMARY_ITEMS_SKIPPED = N_("{done}/{total} done, {skipped} skipped")
TUI_SUMMARY_NOTES = N_("{count}: {actions}, {questions}, {highlights}")
TUI_SUMMARY_ACTIONS = P_("{count} action", "{count} actions")
TUI_SUMMARY_QUESTIONS = P_(
    "{count} question ({answered} answered)", "{count} questions ({answered} answered)"
)
TUI_SUMMARY_HIGHLIGHTS = P_("{count} highlight", "{count} highlights")
TUI_SUMMARY_LEARNED_BOTH = N_("mentor {mentor}, mentee {mentee}")
TUI_MIDPOINT = N_("midpoint {when}")
TUI_MIDPOINT_DAY = N_("{day} ({relative})")
# --- stuck homework as agenda material (check-in dialog) -----------------------------------
TUI_STUCK_OFFER = N_("Stuck: press a to put it on this session's agenda")
TUI_STUCK_KEY_TIP = N_(
    "Put the highlighted stuck action on this session's agenda, after the item under way"
)
TUI_STUCK_ADDED = N_("On the agenda, after the item under way")
TUI_STUCK_ALREADY = N_("Already on this session's agenda")
TUI_STUCK_ON_AGENDA = N_("on the agenda")
# --- a tandem's language and keyword aliases (issue 14) -------------------------------------
TUI_TANDEM_LANGUAGE_TIP = N_("The language of the tandem's recaps, summaries and calendar")
TUI_PROFILE_LANGUAGE = N_("Language")
TUI_PROFILE_LANGUAGE_FOLLOWS = N_("{name} (yours, until you choose one)")
TUI_ALIAS_TITLE = N_("Other words for a keyword")
TUI_ALIAS_PROMPT = N_(
    "Other words for {keyword} (other languages, synonyms), separated by commas. Notes and "
    "templates that use them count for this keyword."
)
TUI_PROGRAM_LANGUAGE = N_("Program language")
TUI_PROGRAM_LANGUAGE_YOURS = N_("Yours ({name})")
# --- the live screen's panels ----------------------------------------------------------------
TUI_PANEL_TITLES = {
    "clock": N_("Clock"),
    "agenda": N_("Agenda"),
    "rules": N_("Rules"),
    "keywords": N_("Keywords"),
    "current": N_("Now"),
    "notes": N_("Notes"),
}
TUI_AGENDA_DROVE = N_("Agenda · {share}")
TUI_PALETTE_PROMPT = N_("Search for commands…")
# --- labels on the screens: column headers, tab names, panel titles, counts ---------------
TUI_ACTION_STATES = {"open": N_("open"), "done": N_("done"), "dropped": N_("dropped")}
TUI_ACTION_OWNERS = {"mentee": N_("mentee"), "mentor": N_("mentor")}
TUI_SESSION_STATES = {
    "planned": N_("planned"),
    "running": N_("running"),
    "paused": N_("paused"),
    "done": N_("done"),
}
TUI_TEMPLATE_SOURCES = {
    "bundled": N_("bundled"),
    "synced": N_("synced"),
    "workspace": N_("workspace"),
}
TUI_PLANNED_COUNT = P_(", {count} planned", ", {count} planned")
TUI_OPEN_COUNT = P_("{count} open", "{count} open")
TUI_MORE_ACTIONS = P_("  and {count} more (t, then 4)", "  and {count} more (t, then 4)")
TUI_LEARNED_MENTOR = N_("mentor {count} ")
TUI_LEARNED_MENTEE = N_(" {count} mentee")
TUI_ONE_SIDED = N_("  one-sided")
TUI_SESSION_IS = N_("session {n} is {status}")
TUI_KEYWORDS_TITLE = N_("Keywords {covered}")
TUI_SESSIONS_TITLE = N_("Sessions {done}")
TUI_SESSION_N = N_("Session {n}")
TUI_SESSION_WITH = N_("Session {n} with {mentee}")
TUI_SESSION_WITH_IS = N_("Session {n} with {mentee} is {status}.")
TUI_PLAN_ITEMS_TITLE = N_("Items · {count}")
TUI_PLAN_TOTAL = N_("total {total}")
TUI_HOURS_MINUTES = N_("{hours} h {minutes:02d}")
TUI_MINUTES = N_("{minutes} min")
TUI_ITEM_COUNT = P_("{count} item", "{count} items")
TUI_NOTE_AT = N_("Note {stamp}")
TUI_ITEM_OF = N_("item {n} of {count}: ")
TUI_COMMAND_SHOW_TANDEM = N_("tandem: show {mentee}")
TUI_COMMAND_OPEN_TANDEM = N_("tandem: open {mentee}")
TUI_OWNER_YOU = N_("you: ")
