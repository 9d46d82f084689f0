"""The command line's own sentences: exit codes in help, standard input, the editor."""

from __future__ import annotations

# --- `--help` of every verb -------------------------------------------------------------
EXIT_CODES = "exit status: 0 done, 1 error, 2 usage error or bad input"
EXIT_CODES_SEARCH = (
    "exit status: 0 something matched, 1 nothing matched (as grep) or an error, "
    "2 usage error or bad input"
)
EXIT_CODES_CHECK = (
    "exit status: 0 every template is valid, 1 an error or a warning in any of them (or "
    "another error), 2 usage error"
)
EXIT_CODES_DIGEST = (
    "exit status: 0 done, 1 a file left out (the digest of the others is written) or an "
    "error, 2 usage error or bad input"
)

# --- text from standard input (`-`) ------------------------------------------------------
STDIN_IS_TERMINAL = "reading the text from standard input; end it with ctrl+d"
STDIN_NOT_UTF8 = "standard input is not UTF-8 text"

# --- text from the mentor's editor ($VISUAL / $EDITOR) ------------------------------------
NO_EDITOR = (
    "no editor: set $VISUAL or $EDITOR, or give the text on the command line "
    "(- reads it from standard input)"
)
EDITOR_BAD = "cannot read $VISUAL/$EDITOR ({reason}): {value!r}"
EDITOR_NOT_FOUND = "editor not found: {command}"
EDITOR_FAILED = "the editor exited with status {code}: nothing saved"
EDITOR_UNCHANGED = "text unchanged: nothing saved"
EDITOR_EMPTY = "empty text: nothing saved"
EDITOR_NOT_UTF8 = "the edited text is not UTF-8: nothing saved"

# --- `rmtui session reflect` -------------------------------------------------------------
REFLECTION_SAVED = "reflection of {id} saved"
REFLECTION_CLEARED = "reflection of {id} cleared"

# --- `rmtui completion` / `rmtui man` ----------------------------------------------------
SHELL_TOOLS_MISSING = (
    "{tool} is not installed: install rmtui with its shell extra (pip install 'rmtui[shell]')"
)
COMPLETION_NEEDS_SHELL = "name a shell: {shells}"
MAN_NAME = "a terminal workspace for mentors in reverse-mentoring programs"
MAN_EXIT_STATUS = (
    ("0", "done"),
    ("1", "an error (the message on stderr says which); for search, also: nothing matched"),
    ("2", "a usage error or input rmtui refuses; nothing was changed"),
)
MAN_ENVIRONMENT = (
    ("RMTUI_WORKSPACE", "the workspace folder when --workspace is not given"),
    ("VISUAL, EDITOR", "the editor of note edit and session reflect when no text is given"),
)

# --- where the settings live (the default workspace) --------------------------------------
SETTINGS_MOVED = "your settings moved from {old} to {new}, where rmtui reads them from now on"
SETTINGS_NOT_MOVED = "could not move {old} to {new} ({reason}): it is still read where it is"
