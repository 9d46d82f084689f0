"""Messages about the mentor's settings (``rmtui.yaml``, ``rmtui settings``, the settings
screen)."""

from __future__ import annotations

from rmtui.core.i18n import N_

# --- the file (rmtui.store.settings) ----------------------------------------------------
SETTINGS_TOO_LARGE = N_("{path}: larger than {kb} KB; it was left untouched")
SETTINGS_BAD_YAML = N_("{path}: not valid YAML ({reason}); it was left untouched")
SETTINGS_NOT_MAPPING = N_("{path}: expected a mapping of settings at the top level")
SETTINGS_NOT_TEXT = N_("{path}: {key}: expected text, found {value!r} (quote it)")
SETTINGS_BAD_FRAME = N_("{path}: frame: expected 'sessions' and 'months'")
SETTINGS_BAD_NUMBER = N_("{path}: frame.{key}: expected a whole number from 1 to {most}")
SETTINGS_CANNOT_EDIT = N_(
    "{path}: rmtui cannot change {key} in this file without losing something else it "
    "holds ({why}); it was left untouched. Change {key} in the file by hand, or move the "
    "file aside and set it again"
)
SETTINGS_WHY_DUPLICATE = N_("the key {key!r} appears twice")
SETTINGS_WHY_SHAPE = N_("{key!r} is written in a form rmtui does not rewrite")
SETTINGS_WHY_CHECK = N_("the edited file would not read back as intended")
SETTINGS_HEADER = N_(
    "# rmtui settings: `rmtui settings set KEY VALUE`, the settings screen (f2), or edit by\n"
    "# hand. rmtui changes only the values it sets: your comments and other keys stay.\n"
)

# --- values (rmtui.service.settings) -------------------------------------------------------
SETTINGS_UNKNOWN_KEY = N_("{key!r} is not a setting; the settings are: {keys}")
SETTINGS_NOT_A_NUMBER = N_("{value!r} is not a whole number")
SETTINGS_UNKNOWN_THEME = N_("{value!r} is not a theme; the themes are: {themes}")
SETTINGS_SET = N_("{key} = {value}")
SETTINGS_CLEARED = N_("{key} cleared")
SETTINGS_FILE = N_("settings file: {path}")
SETTINGS_NOT_SET = N_("(not set)")
SETTINGS_UNKNOWN_LANGUAGE = N_("{value!r} is not a language rmtui speaks; they are: {languages}")
SETTINGS_DEFAULT_THEME = N_("(default: {theme})")

SETTINGS_SET_DESCRIPTION = N_("Change one setting in rmtui.yaml. KEY is one of:\n{keys}")

# What each setting is, for `rmtui settings show`, `--help` and the settings screen.
SETTING_HELP = {
    "mentor_name": N_("your name, as exports show it"),
    "mentor_dept": N_("your department (a new tandem starts with it)"),
    "agenda_repo": N_("the program's agenda template repository: a URL or a local path"),
    "branch": N_("its branch ('' for the repository's default)"),
    "path": N_("the folder of templates inside it ('' for the whole repository)"),
    "theme": N_("the colour theme of the terminal UI"),
    "language": N_("the language rmtui speaks: en, nl, fr, de or pl ('' follows the locale)"),
    "frame.sessions": N_("sessions in a new tandem's frame (1-52)"),
    "frame.months": N_("months in a new tandem's frame (1-36)"),
    "program_language": N_("the language of the meetup digest (en, nl, fr, de, pl; '' for yours)"),
}

# --- the settings screen (rmtui.tui.screens.settings) -------------------------------------
TUI_SETTINGS_TITLE = N_("Settings")
TUI_SETTINGS_HINT = N_(
    "Who you are, where the program keeps its agenda templates, and the frame a new "
    "tandem starts with. Saved in {path}."
)
TUI_SETTINGS_SAVED = N_("Settings saved")
TUI_SETTINGS_LOOK = N_("Look")
TUI_SETTINGS_THEME = N_("Theme")
TUI_SETTINGS_LANGUAGE = N_("Language")
TUI_SETTINGS_LANGUAGE_LOCALE = N_("as the system (locale)")
TUI_SETTINGS_LANGUAGE_RESTART = N_("A new language shows from the next start of rmtui.")
# The languages by their own names, as the settings screen offers them.
LANGUAGE_NAMES = {
    "en": "English",
    "nl": "Nederlands",
    "fr": "Français",
    "de": "Deutsch",
    "pl": "Polski",
}
TUI_SETTINGS_SAVE_FAILED = N_("Not saved: {reason}")
TUI_SETTINGS_FIX_FIELDS = N_("Not saved: fix the fields marked in red first.")
TUI_SETTINGS_LOAD_FAILED = N_("Settings could not be read: {reason}")
TUI_THEME_NOT_SAVED = N_("The theme is in use but was not saved for the next start: {reason}")
TUI_SETTINGS_NO_REPO = N_("name the program's agenda repository first, then f5 saves and syncs")
TUI_SETTINGS_SYNC_NEEDS_REPO = N_(
    "No agenda repository is set yet: name it here (Repository), then f5 saves and syncs."
)
TUI_EMPTY_SETTINGS = N_(
    "First, f2 opens your settings: your name and department, the program's agenda repository"
)

# --- editing a tandem's profile (the profile tab, `e`) -------------------------------------
TUI_PROFILE_EDIT_TITLE = N_("Edit profile")
TUI_PROFILE_EDIT_HINT = N_("The mentee's name, role and department, and your department.")
TUI_PROFILE_SAVED = N_("Profile of {mentee} saved")
TUI_PROFILE_SAVE_FAILED = N_("the profile was not saved: {reason}")
TUI_PROFILE_SAME_DEPARTMENT_QUESTION = N_("Save this profile anyway?")
