"""The command line's own sentences: exit codes in help, standard input, the editor."""

from __future__ import annotations

from rmtui.core.i18n import N_

# --- `--help` of every verb -------------------------------------------------------------
EXIT_CODES = N_("exit status: 0 done, 1 error, 2 usage error or bad input")
EXIT_CODES_SEARCH = N_(
    "exit status: 0 something matched, 1 nothing matched (as grep) or an error, "
    "2 usage error or bad input"
)
EXIT_CODES_CHECK = N_(
    "exit status: 0 every template is valid, 1 an error or a warning in any of them (or "
    "another error), 2 usage error"
)
EXIT_CODES_DIGEST = N_(
    "exit status: 0 done, 1 a file left out (the digest of the others is written) or an "
    "error, 2 usage error or bad input"
)

# --- text from standard input (`-`) ------------------------------------------------------
STDIN_IS_TERMINAL = N_("reading the text from standard input; end it with ctrl+d")
STDIN_NOT_UTF8 = N_("standard input is not UTF-8 text")

# --- text from the mentor's editor ($VISUAL / $EDITOR) ------------------------------------
NO_EDITOR = N_(
    "no editor: set $VISUAL or $EDITOR, or give the text on the command line "
    "(- reads it from standard input)"
)
EDITOR_BAD = N_("cannot read $VISUAL/$EDITOR ({reason}): {value!r}")
EDITOR_NOT_FOUND = N_("editor not found: {command}")
EDITOR_FAILED = N_("the editor exited with status {code}: nothing saved")
EDITOR_UNCHANGED = N_("text unchanged: nothing saved")
EDITOR_EMPTY = N_("empty text: nothing saved")
EDITOR_NOT_UTF8 = N_("the edited text is not UTF-8: nothing saved")

# --- `rmtui session reflect` -------------------------------------------------------------
REFLECTION_SAVED = N_("reflection of {id} saved")
REFLECTION_CLEARED = N_("reflection of {id} cleared")

# --- `rmtui completion` / `rmtui man` ----------------------------------------------------
SHELL_TOOLS_MISSING = N_(
    "{tool} is not installed: install rmtui with its shell extra (pip install 'rmtui[shell]')"
)
COMPLETION_NEEDS_SHELL = N_("name a shell: {shells}")
MAN_NAME = N_("a terminal workspace for mentors in reverse-mentoring programs")
MAN_EXIT_STATUS = (
    ("0", N_("done")),
    ("1", N_("an error (the message on stderr says which); for search, also: nothing matched")),
    ("2", N_("a usage error or input rmtui refuses; nothing was changed")),
)
MAN_ENVIRONMENT = (
    ("RMTUI_WORKSPACE", N_("the workspace folder when --workspace is not given")),
    ("VISUAL, EDITOR", N_("the editor of note edit and session reflect when no text is given")),
)

# --- where the settings live (the default workspace) --------------------------------------
SETTINGS_MOVED = N_("your settings moved from {old} to {new}, where rmtui reads them from now on")
SETTINGS_NOT_MOVED = N_("could not move {old} to {new} ({reason}): it is still read where it is")

# --- argparse's own words (its usage line, section titles, errors), in rmtui's catalogs ----
# Printf-style, as argparse formats them; rmtui.cli hands argparse rmtui's gettext.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
)
