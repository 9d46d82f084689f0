"""The workspace settings file ``rmtui.yaml``: who the mentor is, frame defaults, agenda repo,
theme.

The file is the mentor's too: they may comment it and keep keys of their own in it. rmtui
therefore never re-dumps it. A change is a targeted edit of the values rmtui sets, found
by the positions PyYAML's composer gives each node; the edited text is parsed again and
must read back as the old file with exactly those values changed, or nothing is written
and the mentor is told why.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from rmtui.core import messages
from rmtui.core.errors import RmtuiError
from rmtui.core.model import Frame
from rmtui.store.atomic import write_atomic
from rmtui.store.lock import locked

MAX_BYTES = 64 * 1024
MAX_SESSIONS, MAX_MONTHS = 52, 36
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class BadSettings(RmtuiError):
    """``rmtui.yaml`` cannot be used, or cannot be changed safely; it is left as it is."""


@dataclass(frozen=True, slots=True)
class Settings:
    mentor_name: str = ""
    mentor_dept: str = ""
    agenda_repo: str = ""
    branch: str = ""
    path: str = ""
    theme: str = ""
    """A Textual theme name; '' is the app's default."""
    language: str = ""
    """The interface's language (en, nl, fr, de, pl); '' follows the locale."""
    frame: Frame = field(default_factory=Frame)
    program_language: str = ""
    """The language of the meetup digest (a code of ``i18n.LANGUAGES``); '' is the
    interface's."""

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


_TEXT_FIELDS = (
    "mentor_name",
    "mentor_dept",
    "agenda_repo",
    "branch",
    "path",
    "theme",
    "language",
    "program_language",
)
_FRAME_FIELDS = (("sessions", MAX_SESSIONS), ("months", MAX_MONTHS))


def _read(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    if len(raw) > MAX_BYTES:
        raise BadSettings(messages.SETTINGS_TOO_LARGE.format(path=path, kb=MAX_BYTES // 1024))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadSettings(messages.SETTINGS_BAD_YAML.format(path=path, reason=exc)) from None


def _parse(path: Path, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # a safe loader
    except yaml.YAMLError as exc:
        raise BadSettings(messages.SETTINGS_BAD_YAML.format(path=path, reason=exc)) from None


def _settings_of(path: Path, data: Any) -> Settings:
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise BadSettings(messages.SETTINGS_NOT_MAPPING.format(path=path))
    values: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        value = data.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise BadSettings(messages.SETTINGS_NOT_TEXT.format(path=path, key=key, value=value))
        values[key] = value.strip()
    frame = data.get("frame") or {}
    if not isinstance(frame, dict):
        raise BadSettings(messages.SETTINGS_BAD_FRAME.format(path=path))
    numbers = {"sessions": frame.get("sessions", 10), "months": frame.get("months", 6)}
    for name, most in _FRAME_FIELDS:
        number = numbers[name]
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= most:
            raise BadSettings(messages.SETTINGS_BAD_NUMBER.format(path=path, key=name, most=most))
    return Settings(**values, frame=Frame(**numbers))


def load_settings(path: Path) -> Settings:
    """Read ``rmtui.yaml``; a missing file gives the defaults."""
    text = _read(path)
    return Settings() if text is None else _settings_of(path, _parse(path, text))


def save_settings(path: Path, settings: Settings) -> None:
    """Make ``rmtui.yaml`` hold ``settings``, changing only the values that differ."""
    update_settings(path, lambda _current: settings)


def update_settings(path: Path, change: Callable[[Settings], Settings]) -> Settings:
    """A locked read-modify-write of ``rmtui.yaml``: ``change`` gets the settings as the
    file holds them now; only the values it changes are rewritten. Raises ``BadSettings``
    (nothing written) for a file that cannot be read or edited without loss."""
    with locked(path.parent / ".lock"):
        text = _read(path)
        data = None if text is None else _parse(path, text)
        current = _settings_of(path, data)
        wanted = change(current)
        edits = _edits(current, wanted)
        if not edits:
            return current
        if text is None or not text.strip():
            new_text = fresh_text(wanted)
        else:
            new_text = _edited(path, text, data, edits)
        write_atomic(path, new_text.encode("utf-8"))
        return wanted


# --- the values as YAML ------------------------------------------------------------------

Edits = dict[tuple[str, ...], str | int]
"""What changes: a key path (``("frame", "months")``) and its new value."""


def _edits(current: Settings, wanted: Settings) -> Edits:
    edits: Edits = {}
    for key in _TEXT_FIELDS:
        if getattr(current, key) != getattr(wanted, key):
            edits[(key,)] = getattr(wanted, key)
    for key, _most in _FRAME_FIELDS:
        if getattr(current.frame, key) != getattr(wanted.frame, key):
            edits[("frame", key)] = getattr(wanted.frame, key)
    return edits


def fresh_text(settings: Settings) -> str:
    """A new ``rmtui.yaml``: every setting, under a comment saying how to change it."""
    lines = [f"{key}: {_scalar(getattr(settings, key))}" for key in _TEXT_FIELDS]
    lines.append("frame:")
    lines += [f"  {key}: {getattr(settings.frame, key)}" for key, _most in _FRAME_FIELDS]
    return messages.SETTINGS_HEADER + "\n".join(lines) + "\n"


def _scalar(value: str | int) -> str:
    """``value`` as one line of YAML (quoted where YAML would read it otherwise)."""
    dumped = yaml.safe_dump({"k": value}, allow_unicode=True, width=1 << 30)
    return dumped.removeprefix("k: ").rstrip("\n")


# --- editing in place --------------------------------------------------------------------


class _CannotEdit(Exception):
    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _edited(path: Path, text: str, data: Any, edits: Edits) -> str:
    """``text`` with ``edits`` made in place, checked to read back as intended."""
    first = ".".join(next(iter(edits)))
    try:
        new_text = _apply(text, edits)
    except _CannotEdit as exc:
        raise BadSettings(
            messages.SETTINGS_CANNOT_EDIT.format(path=path, key=first, why=exc.why)
        ) from None
    expected = copy.deepcopy(data) if isinstance(data, dict) else {}
    for keys, value in edits.items():
        target = expected
        for key in keys[:-1]:
            if not isinstance(target.get(key), dict):
                target[key] = {}
            target = target[key]
        target[keys[-1]] = value
    try:
        again = yaml.load(new_text, Loader=_Loader)
    except yaml.YAMLError:
        again = None
    if again != expected:
        why = messages.SETTINGS_WHY_CHECK
        raise BadSettings(messages.SETTINGS_CANNOT_EDIT.format(path=path, key=first, why=why))
    return new_text


@dataclass(frozen=True, slots=True)
class _Splice:
    start: int
    end: int
    text: str


def _apply(text: str, edits: Edits) -> str:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:  # several documents, say: loaded fine by nobody
        raise _CannotEdit(str(exc).splitlines()[0]) from None
    if root is None:  # comments only: every key goes at the end
        nested: dict[str, Any] = {}
        for keys, value in edits.items():
            _merge(nested, _nested(keys, value))
        return text + _block(nested, 0, text)
    splices: list[_Splice] = []
    # New keys of one mapping go in together, after its last key.
    missing: dict[tuple[str, ...], dict[str, Any]] = {}
    for keys, value in edits.items():
        node: yaml.Node = root
        for depth, key in enumerate(keys):
            if not isinstance(node, yaml.MappingNode):
                raise _CannotEdit(messages.SETTINGS_WHY_SHAPE.format(key=".".join(keys[:depth])))
            child = _child(node, key)
            if child is None:
                _merge(missing.setdefault(keys[:depth], {}), _nested(keys[depth:], value))
                break
            if depth == len(keys) - 1:
                splices.append(_replace(child, ".".join(keys), value))
            elif isinstance(child, yaml.ScalarNode) and child.tag.endswith(":null"):
                # `frame:` with nothing after it: its keys go there.
                _merge(missing.setdefault(keys[: depth + 1], {}), _nested(keys[depth + 1 :], value))
                break
            node = child
    for keys, values in missing.items():
        splices.append(_insert(text, root, keys, values))
    for splice in sorted(splices, key=lambda s: s.start, reverse=True):
        text = text[: splice.start] + splice.text + text[splice.end :]
    return text


def _nested(keys: tuple[str, ...], value: str | int) -> dict[str, Any]:
    return {keys[0]: value if len(keys) == 1 else _nested(keys[1:], value)}


def _merge(into: dict[str, Any], more: dict[str, Any]) -> None:
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _child(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    found = [v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key]
    if len(found) > 1:
        raise _CannotEdit(messages.SETTINGS_WHY_DUPLICATE.format(key=key))
    return found[0] if found else None


def _replace(node: yaml.Node, name: str, value: str | int) -> _Splice:
    if not isinstance(node, yaml.ScalarNode) or node.style in ("|", ">"):
        raise _CannotEdit(messages.SETTINGS_WHY_SHAPE.format(key=name))
    start, end = node.start_mark.index, node.end_mark.index
    new = _scalar(value)
    if start == end:  # `key:` with no value: the colon needs a space after it
        new = " " + new
    return _Splice(start, end, new)


def _insert(text: str, root: yaml.Node, keys: tuple[str, ...], values: dict[str, Any]) -> _Splice:
    node = root
    for key in keys:
        assert isinstance(node, yaml.MappingNode)
        child = _child(node, key)
        assert child is not None
        node = child
    name = ".".join(keys) or "settings"
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return _Splice(node.start_mark.index, node.end_mark.index, " " + _flow(values))
    if not isinstance(node, yaml.MappingNode):
        raise _CannotEdit(messages.SETTINGS_WHY_SHAPE.format(key=name))
    if node.flow_style:
        close = node.end_mark.index - 1  # the closing brace
        if text[close] != "}":
            raise _CannotEdit(messages.SETTINGS_WHY_SHAPE.format(key=name))
        sep = ", " if node.value else ""
        return _Splice(close, close, sep + _flow(values)[1:-1])
    indent = node.value[0][0].start_mark.column if node.value else 0
    if not keys:  # the top level: at the end of the file
        return _Splice(len(text), len(text), _block(values, indent, text))
    last = node.value[-1][1].end_mark.index
    line_end = text.find("\n", last)
    at = len(text) if line_end == -1 else line_end
    return _Splice(at, at, "\n" + _block(values, indent, "").rstrip("\n"))


def _flow(values: dict[str, Any]) -> str:
    parts = (f"{k}: {_flow(v) if isinstance(v, dict) else _scalar(v)}" for k, v in values.items())
    return "{" + ", ".join(parts) + "}"


def _block(values: dict[str, Any], indent: int, before: str) -> str:
    lines: list[str] = []
    for key, value in values.items():
        if isinstance(value, dict):
            lines.append(" " * indent + f"{key}:")
            lines.append(_block(value, indent + 2, "").rstrip("\n"))
        else:
            lines.append(" " * indent + f"{key}: {_scalar(value)}")
    lead = "\n" if before and not before.endswith("\n") else ""
    return lead + "\n".join(lines) + "\n"
