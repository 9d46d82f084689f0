"""Messages about the mentor's settings (``rmtui.yaml``, ``rmtui settings``, the settings
screen)."""

from __future__ import annotations

# --- the file (rmtui.store.settings) ----------------------------------------------------
SETTINGS_TOO_LARGE = "{path}: larger than {kb} KB; it was left untouched"
SETTINGS_BAD_YAML = "{path}: not valid YAML ({reason}); it was left untouched"
SETTINGS_NOT_MAPPING = "{path}: expected a mapping of settings at the top level"
SETTINGS_NOT_TEXT = "{path}: {key}: expected text, found {value!r} (quote it)"
SETTINGS_BAD_FRAME = "{path}: frame: expected 'sessions' and 'months'"
SETTINGS_BAD_NUMBER = "{path}: frame.{key}: expected a whole number from 1 to {most}"
SETTINGS_CANNOT_EDIT = (
    "{path}: rmtui cannot change {key} in this file without losing something else it "
    "holds ({why}); it was left untouched. Change {key} in the file by hand, or move the "
    "file aside and set it again"
)
SETTINGS_WHY_DUPLICATE = "the key {key!r} appears twice"
SETTINGS_WHY_SHAPE = "{key!r} is written in a form rmtui does not rewrite"
SETTINGS_WHY_CHECK = "the edited file would not read back as intended"
SETTINGS_HEADER = (
    "# rmtui settings: `rmtui settings set KEY VALUE`, the settings screen (f2), or edit by\n"
    "# hand. rmtui changes only the values it sets: your comments and other keys stay.\n"
)

# --- values (rmtui.service.settings) -------------------------------------------------------
SETTINGS_UNKNOWN_KEY = "{key!r} is not a setting; the settings are: {keys}"
SETTINGS_NOT_A_NUMBER = "{value!r} is not a whole number"
SETTINGS_UNKNOWN_THEME = "{value!r} is not a theme; the themes are: {themes}"
SETTINGS_SET = "{key} = {value}"
SETTINGS_CLEARED = "{key} cleared"
SETTINGS_FILE = "settings file: {path}"
SETTINGS_NOT_SET = "(not set)"
SETTINGS_DEFAULT_THEME = "(default: {theme})"

# What each setting is, for `rmtui settings show`, `--help` and the settings screen.
SETTING_HELP = {
    "mentor_name": "your name, as exports show it",
    "mentor_dept": "your department (a new tandem starts with it)",
    "agenda_repo": "the program's agenda template repository: a URL or a local path",
    "branch": "its branch ('' for the repository's default)",
    "path": "the folder of templates inside it ('' for the whole repository)",
    "theme": "the colour theme of the terminal UI",
    "frame.sessions": "sessions in a new tandem's frame (1-52)",
    "frame.months": "months in a new tandem's frame (1-36)",
    "program_language": "the language of the meetup digest (en, nl, fr, de, pl; '' for yours)",
}

# --- the settings screen (rmtui.tui.screens.settings) -------------------------------------
TUI_SETTINGS_TITLE = "Settings"
TUI_SETTINGS_HINT = (
    "Who you are, where the program keeps its agenda templates, and the frame a new "
    "tandem starts with. Saved in {path}."
)
TUI_SETTINGS_SAVED = "Settings saved"
TUI_SETTINGS_SAVE_FAILED = "Not saved: {reason}"
TUI_SETTINGS_FIX_FIELDS = "Not saved: fix the fields marked in red first."
TUI_SETTINGS_LOAD_FAILED = "Settings could not be read: {reason}"
TUI_THEME_NOT_SAVED = "The theme is in use but was not saved for the next start: {reason}"
TUI_SETTINGS_NO_REPO = "name the program's agenda repository first, then f5 saves and syncs"
TUI_SETTINGS_SYNC_NEEDS_REPO = (
    "No agenda repository is set yet: name it here (Repository), then f5 saves and syncs."
)
TUI_EMPTY_SETTINGS = (
    "First, f2 opens your settings: your name and department, the program's agenda repository"
)

# --- editing a tandem's profile (the profile tab, `e`) -------------------------------------
TUI_PROFILE_EDIT_TITLE = "Edit profile"
TUI_PROFILE_EDIT_HINT = "The mentee's name, role and department, and your department."
TUI_PROFILE_SAVED = "Profile of {mentee} saved"
TUI_PROFILE_SAVE_FAILED = "the profile was not saved: {reason}"
TUI_PROFILE_SAME_DEPARTMENT_QUESTION = "Save this profile anyway?"
