"""Messages only the terminal UI shows."""

from __future__ import annotations

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
TUI_NOTE_SHEET = "keep it for the mentee's cheat sheet; combines with the others (+*)"
TUI_NOTE_GLOSSARY = "a glossary entry for the cheat sheet: = term: explanation"
TUI_PREVIEW_SHEET = "  + cheat sheet"
TUI_PREVIEW_GLOSSARY = "  = glossary"
TUI_NOTE_ESCAPE = "keeps the next character literal (\\! is a plain note)"
TUI_NOTE_TAG = "#word tags the note with a keyword"
# --- tandem life in the TUI: dashboard, tandem screen, kick-off, search --------------------
TUI_TANDEM_LOADING = "reading the tandem…"
TUI_TANDEM_GONE = "this tandem is no longer in the workspace"
TUI_TANDEM_READ_FAILED = "the tandem could not be read: {reason}"
TUI_SAVE_FAILED = "not saved: {reason}"
TUI_NO_SESSIONS = "No sessions yet. Press k for the kick-off: it plans every session of the frame."
TUI_FREE_SLOT = "Not planned yet: the kick-off (k) gives every session of the frame a date."
TUI_PLANNED_NO_NOTES = "Planned for {when}. Notes appear here once the session runs."
TUI_PLANNED_NO_AGENDA = "Planned for {when}, no agenda yet: p puts a template on it."
TUI_NO_NOTES = "No notes in this session."
TUI_SESSION_UNREADABLE = "session {n} could not be read: {reason}"
TUI_NO_KEYWORDS = "No keywords yet: press a to add one, or k for the kick-off."
TUI_NO_LEARNING = "Nothing yet: a to add, or type > and < notes in a session."
TUI_HABIT = "Habit: {rhythm}"
TUI_SEND_SHEET = "Send the mentee their cheat sheet: what they learned, on one page"
TUI_CHECKIN_TITLE = "How did the homework go? (session {n})"
TUI_CHECKIN_HINT = "d done · t tried · s stuck · x dropped · n note · a agenda · esc back"
TUI_CHECKIN_KEY = "The highlighted action or habit: {state} (at this session)"
TUI_CHECKIN_NOTE_TIP = "A one-line note on how it went (Enter keeps it)"
TUI_CHECKIN_NOTE_PLACEHOLDER = "how it went, in one line (Enter keeps it, esc leaves it)"
TUI_CHECKIN_STATE_FIRST = "Tell how it went first: d, t, s or x"
TUI_CHECKIN_NONE = "The mentee has no open action or habit to check in."
TUI_CHECKIN_OPEN = "Follow up the homework: one key per action or habit"
TUI_CHECKIN = "Session {n}: {state}  "
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
TUI_KICKOFF_SAVED = (
    "kick-off saved: {keywords} new keywords, {sessions} sessions dated; "
    "p gives the next one its agenda"
)
TUI_KICKOFF_HELD = "held (keeps its date)"
TUI_KICKOFF_DATE_HINT = "10.12.2026 15:00 or tue 15:00, empty: no date yet"
TUI_PLAN_AT_HINT = "YYYY-MM-DD HH:MM, 10.12.2026 15:00 or tue 15:00"
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
TUI_PLAN_ON = "session {n} · {when}"
TUI_PLAN_ON_UNDATED = "session {n}"
TUI_PLAN_NEW = "new session {n}"
TUI_PLAN_NEW_BEYOND = "new session {n} · beyond the frame"
TUI_PLAN_BEYOND_TITLE = "Beyond the frame"
TUI_PLAN_BEYOND_BODY = (
    "The frame has {sessions} sessions and every one has its agenda or took place. "
    "Planning adds session {n} beyond it."
)
TUI_PLAN_BEYOND_QUESTION = "Add a session beyond the frame?"
TUI_LIVE_TITLE = "Live session"
TUI_LIVE_PLACEHOLDER = "type a note; Enter saves it with the time on the clock"
TUI_LIVE_NO_NOTES = "No notes yet. Type one below; Enter saves it with the time on the clock."
TUI_LIVE_EMPTY_NOTE = "nothing to save: the note has no text after its prefix"
TUI_NO_EDITOR_HERE = "this terminal cannot hand the screen to an editor: type the note here"
TUI_LIVE_NOT_SAVED = "a note could not be saved ({reason}); it stays in the log: ctrl+y retries"
TUI_LIVE_UNSAVED_WARNING = "{count} note(s) could not be saved and would be lost:"
TUI_LIVE_STOP_TITLE = "Stop the session"
TUI_LIVE_STOP_BODY = "The clock stops and the review opens: fix notes, answer questions, reflect."
TUI_LIVE_STOP_QUESTION = "Stop the session now?"
TUI_LIVE_LEAVE_TITLE = "Notes not saved"
TUI_LIVE_LEAVE_QUESTION = "Leave the session screen anyway?"
TUI_LIVE_LEAVE_KEEPS = (
    "{count} note(s) could not be saved; leaving keeps them in a recovery file, "
    "which rmtui offers again:"
)
TUI_LEAVE_KEEP_FAILED = "the notes not saved could not be kept ({reason}): they are lost"
TUI_LIVE_STOPPED_ELSEWHERE = "the session was stopped (by another rmtui): here is its review"
TUI_REVIEW_TITLE = "Review"
TUI_REVIEW_REFLECTION_HINT = (
    "Only for you: what went well, what was hard, what to try next time. "
    "Start typing (or f8) to write it."
)
TUI_REVIEW_DELETE_TITLE = "Delete a note"
TUI_REVIEW_DELETE_QUESTION = "Delete this note for good?"
TUI_REVIEW_DONE = "review saved"
TUI_REVIEW_REFLECTION_SAVED = "reflection saved (it stays in your workspace)"
TUI_QUIT_TITLE = "Notes not saved"
TUI_QUIT_QUESTION = (
    "Try to save them again, or keep them in a recovery file in the workspace and quit?"
)
TUI_QUIT_RETRYING = "saving {count} note(s) again"
TUI_QUIT_KEPT = "{count} note(s) not saved are kept in {path}; rmtui offers them at the next start."
TUI_QUIT_KEEP_FAILED = "the notes could not be kept ({reason}); rmtui stays open"
TUI_RECOVERED_FOUND = (
    "{count} note(s) not saved when rmtui last quit are kept in {path}: "
    "ctrl+p, 'notes: save recovered' saves them to their session"
)
TUI_RECOVERED_SAVED = "{count} recovered note(s) saved to session {session}"
TUI_RECOVERED_FAILED = "recovered notes not saved ({reason}); they stay in {path}"
TUI_PASTE_CUT = "the paste was cut to fit: {kept} of {total} characters kept ({limit} at most here)"
TUI_PASTE_REFUSED = "nothing pasted: the field is full ({limit} characters at most)"
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

# --- follow-up items: the actions they refer to, shown where they are read ------------
TUI_FOLLOW_UP_PRIVATE = "private: only on your screens"

# --- stuck homework as agenda material (check-in dialog) -----------------------------------
TUI_STUCK_OFFER = "Stuck: press a to put it on this session's agenda"
TUI_STUCK_KEY_TIP = (
    "Put the highlighted stuck action on this session's agenda, after the item under way"
)
TUI_STUCK_ADDED = "On the agenda, after the item under way"
TUI_STUCK_ALREADY = "Already on this session's agenda"
TUI_STUCK_ON_AGENDA = "on the agenda"
# --- a tandem's language and keyword aliases (issue 14) -------------------------------------
TUI_TANDEM_LANGUAGE_TIP = "The language of the tandem's recaps, summaries and calendar"
TUI_PROFILE_LANGUAGE = "Language"
TUI_PROFILE_LANGUAGE_FOLLOWS = "{name} (yours, until you choose one)"
TUI_ALIAS_TITLE = "Other words for a keyword"
TUI_ALIAS_PROMPT = (
    "Other words for {keyword} (other languages, synonyms), separated by commas. Notes and "
    "templates that use them count for this keyword."
)
TUI_PROGRAM_LANGUAGE = "Program language"
TUI_PROGRAM_LANGUAGE_YOURS = "Yours ({name})"
