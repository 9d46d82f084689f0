"""The workspace settings file ``rmtui.yaml``: who the mentor is, frame defaults, agenda repo."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from rmtui.core.errors import RmtuiError
from rmtui.core.model import Frame
from rmtui.store.atomic import write_atomic

MAX_BYTES = 64 * 1024
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class BadSettings(RmtuiError):
    """``rmtui.yaml`` cannot be used; it is left as it is."""


@dataclass(frozen=True, slots=True)
class Settings:
    mentor_name: str = ""
    mentor_dept: str = ""
    agenda_repo: str = ""
    branch: str = ""
    path: str = ""
    frame: Frame = field(default_factory=Frame)

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


_TEXT_FIELDS = ("mentor_name", "mentor_dept", "agenda_repo", "branch", "path")


def load_settings(path: Path) -> Settings:
    """Read ``rmtui.yaml``; a missing file gives the defaults."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Settings()
    if len(raw) > MAX_BYTES:
        raise BadSettings(f"{path}: larger than {MAX_BYTES // 1024} KB; it was left untouched")
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_Loader)  # a safe loader
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BadSettings(f"{path}: not valid YAML ({exc}); it was left untouched") from None
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise BadSettings(f"{path}: expected a mapping of settings at the top level")
    values: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        value = data.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise BadSettings(f"{path}: {key}: expected text, found {value!r} (quote it)")
        values[key] = value.strip()
    frame = data.get("frame") or {}
    if not isinstance(frame, dict):
        raise BadSettings(f"{path}: frame: expected 'sessions' and 'months'")
    sessions, months = frame.get("sessions", 10), frame.get("months", 6)
    for name, number in (("sessions", sessions), ("months", months)):
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= 52:
            raise BadSettings(f"{path}: frame.{name}: expected a whole number from 1 to 52")
    return Settings(**values, frame=Frame(sessions=sessions, months=months))


def save_settings(path: Path, settings: Settings) -> None:
    data = asdict(settings)
    text = "# rmtui settings (edit freely; rmtui keeps this file valid YAML)\n"
    text += yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    write_atomic(path, text.encode("utf-8"))
