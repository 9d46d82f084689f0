"""The mentor's settings as both faces change them: one key at a time, each value checked
by the rule the rest of rmtui applies to it, written with one locked edit of ``rmtui.yaml``.

Keys are the file's own names (``mentor_name``, ``frame.sessions``...), so what
``rmtui settings show`` prints is what the file says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from rmtui.core import i18n, messages
from rmtui.core.errors import InvalidInput
from rmtui.core.tandems import check_frame, clean_name
from rmtui.store.paths import Layout
from rmtui.store.settings import Settings, load_settings, update_settings

__all__ = [
    "DEFAULT_THEME",
    "KEYS",
    "THEMES",
    "Settings",
    "SettingsService",
    "check_value",
    "setting_values",
]

# The themes Textual 8.2 ships (pinned in pyproject.toml; a TUI test checks the list).
# Named here so that `rmtui settings set theme X` is checked without loading Textual.
THEMES = (
    "ansi-dark",
    "ansi-light",
    "atom-one-dark",
    "atom-one-light",
    "catppuccin-frappe",
    "catppuccin-latte",
    "catppuccin-macchiato",
    "catppuccin-mocha",
    "dracula",
    "flexoki",
    "gruvbox",
    "monokai",
    "nord",
    "rose-pine",
    "rose-pine-dawn",
    "rose-pine-moon",
    "solarized-dark",
    "solarized-light",
    "textual-dark",
    "textual-light",
    "tokyo-night",
)
DEFAULT_THEME = "textual-dark"

Value = str | int


def _text(field: str) -> Callable[[str], Value]:
    return lambda value: clean_name(value, field)


# The sync's own rules; loaded when a value is checked, so that reading the settings (the
# TUI does at start-up) does not load the agenda package.


def _repo(value: str) -> Value:
    from rmtui.agenda.sync import check_repo, normalise_repo

    return normalise_repo(check_repo(value)) if value.strip() else ""


def _branch(value: str) -> Value:
    from rmtui.agenda.sync import check_branch

    return check_branch(value)


def _path(value: str) -> Value:
    from rmtui.agenda.sync import check_path

    return check_path(value)


def _theme(value: str) -> Value:
    name = value.strip()
    if name and name not in THEMES:
        raise InvalidInput(
            "theme", messages.SETTINGS_UNKNOWN_THEME.format(value=name, themes=", ".join(THEMES))
        )
    return name


def _language(value: str) -> Value:
    name = value.strip()
    if name and i18n.normalize(name) is None:
        said = messages.SETTINGS_UNKNOWN_LANGUAGE.format(
            value=name, languages=", ".join(i18n.LANGUAGES)
        )
        raise InvalidInput("language", said)
    return i18n.normalize(name) or ""


def _count(field: str) -> Callable[[str], Value]:
    def check(value: str) -> Value:
        text = value.strip()
        if not text:
            raise InvalidInput(field, messages.REQUIRED)
        try:
            number = int(text)
        except ValueError:
            raise InvalidInput(field, messages.SETTINGS_NOT_A_NUMBER.format(value=text)) from None
        if field == "frame.sessions":
            check_frame(number, 1)
        else:
            check_frame(1, number)
        return number

    return check


@dataclass(frozen=True, slots=True)
class Key:
    """One setting: its name, how a typed value is checked, where it lives in Settings."""

    name: str
    check: Callable[[str], Value]

    @property
    def help(self) -> str:
        return messages.SETTING_HELP[self.name]


KEYS: dict[str, Key] = {
    key.name: key
    for key in (
        Key("mentor_name", _text("mentor name")),
        Key("mentor_dept", _text("mentor department")),
        Key("agenda_repo", _repo),
        Key("branch", _branch),
        Key("path", _path),
        Key("theme", _theme),
        Key("language", _language),
        Key("frame.sessions", _count("frame.sessions")),
        Key("frame.months", _count("frame.months")),
        Key("program_language", _language),
    )
}


def key_of(name: str) -> Key:
    """The setting called ``name`` (``mentor-name`` reads as ``mentor_name``)."""
    key = KEYS.get(name.strip().replace("-", "_"))
    if key is None:
        raise InvalidInput(
            "key", messages.SETTINGS_UNKNOWN_KEY.format(key=name, keys=", ".join(KEYS))
        )
    return key


def check_value(name: str, value: str) -> Value:
    """The value as it would be stored, or ``InvalidInput`` saying what is wrong with it."""
    try:
        return key_of(name).check(value)
    except InvalidInput as exc:
        # The field is the setting's name, whatever the rule behind it calls it.
        raise InvalidInput(name, exc.reason) from None


def setting_values(settings: Settings) -> dict[str, Value]:
    """Every setting by key, as stored ('' for a text that is not set)."""
    return {
        "mentor_name": settings.mentor_name,
        "mentor_dept": settings.mentor_dept,
        "agenda_repo": settings.agenda_repo,
        "branch": settings.branch,
        "path": settings.path,
        "theme": settings.theme,
        "language": settings.language,
        "frame.sessions": settings.frame.sessions,
        "frame.months": settings.frame.months,
        "program_language": settings.program_language,
    }


def _with(settings: Settings, values: Mapping[str, Value]) -> Settings:
    frame = settings.frame
    changes: dict[str, Any] = {}
    for name, value in values.items():
        if name.startswith("frame."):
            assert isinstance(value, int)
            part = name.removeprefix("frame.")
            frame = (
                replace(frame, sessions=value)
                if part == "sessions"
                else replace(frame, months=value)
            )
        else:
            changes[name] = value
    return replace(settings, frame=frame, **changes)


class SettingsService:
    """Read and change ``rmtui.yaml`` of one workspace."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout

    @property
    def path(self) -> str:
        return str(self.layout.settings)

    def load(self) -> Settings:
        return load_settings(self.layout.settings)

    def set(self, name: str, value: str) -> Settings:
        """Check and store one setting (``name`` as ``rmtui settings set`` takes it)."""
        return self.update({name: value})

    def update(self, typed: Mapping[str, str]) -> Settings:
        """Check every value first (the first bad one raises, nothing is written), then
        change them in one edit; other settings, keys and comments in the file stay."""
        values = {key_of(name).name: check_value(name, text) for name, text in typed.items()}
        return update_settings(self.layout.settings, lambda current: _with(current, values))
