"""The template format, checked on the YAML node tree so every problem has a line.

A ``Template`` is built only when no error was found: nothing from a bad file reaches the
rest of rmtui. Warnings (control characters removed, items longer than the template) are
reported alongside a template that is still usable.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rmtui.core import messages
from rmtui.core.template import Problem, Source, Template, TemplateItem
from rmtui.core.text import strip_control
from rmtui.formats.safe_yaml import STR_TAG, NodePath, field_name, kind_of

TEMPLATE_FIELDS = (
    "id",
    "title",
    "language",
    "summary",
    "minutes",
    "tags",
    "keywords",
    "rules",
    "items",
)
ITEM_FIELDS = ("title", "minutes", "prompts", "notes", "follow_up")
EXTENSION_PREFIX = "x-"  # keys a program office adds for its own tools; rmtui ignores them

ID_MAX = 64
TITLE_MAX = 120
WORD_MAX = 60  # a tag or a keyword
LINE_MAX = 1000  # a prompt or a rule
NOTES_MAX = 4000
SUMMARY_MAX = 8000
ENTRIES_MAX = 50  # items, and the entries of every list
TEMPLATE_MINUTES = (5, 480)
ITEM_MINUTES = (1, 240)

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")
_WHOLE = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_Y = "tag:yaml.org,2002:"
# What YAML 1.1 reads a plain scalar as, when not as text: the names of the messages that
# say it after "not" and in a surprise's parentheses (read where they are shown).
_SURPRISE_KINDS = {
    f"{_Y}bool": "YES_NO",
    f"{_Y}int": "NUMBER",
    f"{_Y}float": "NUMBER",
    f"{_Y}null": "EMPTY",
    f"{_Y}timestamp": "DATE",
}
_NULL = f"{_Y}null"
_INT = f"{_Y}int"
_BOOL = f"{_Y}bool"

Mark = tuple[int, int]


def build(node: Node | None, path: Path, source: Source) -> tuple[Template | None, list[Problem]]:
    """The template in ``node`` and the problems found; ``None`` when any is an error."""
    reader = _Reader(path)
    template = reader.template(node, source)
    problems = sorted(reader.problems, key=lambda p: (p.line, p.column))
    if reader.errors:
        return None, problems
    return template, problems


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.errors = 0

    # --- reporting ----------------------------------------------------------------------

    def error(self, at: Node | Mark, where: NodePath, message: str) -> None:
        self.errors += 1
        self._add(at, where, message, "error")

    def warn(self, at: Node | Mark, where: NodePath, message: str) -> None:
        self._add(at, where, message, "warning")

    def _add(self, at: Node | Mark, where: NodePath, message: str, severity: str) -> None:
        if isinstance(at, tuple):
            line, column = at
        else:
            line, column = at.start_mark.line, at.start_mark.column
        problem = Problem(
            self.path,
            line + 1,
            column + 1,
            message,
            field_name(where),
            "error" if severity == "error" else "warning",
        )
        self.problems.append(problem)

    # --- the template -------------------------------------------------------------------

    def template(self, node: Node | None, source: Source) -> Template | None:
        if node is None:
            self.error((0, 0), (), messages.AGENDA_EMPTY_FILE)
            return None
        if not isinstance(node, MappingNode):
            self.error(node, (), messages.AGENDA_NOT_A_TEMPLATE.format(found=_found(node)))
            return None
        f = self.fields(node, (), TEMPLATE_FIELDS, required=("id", "title", "minutes", "items"))
        id_ = self.identifier(f.get("id"))
        title = self.text(f.get("title"), ("title",), one_line=True, limit=TITLE_MAX)
        language = self.language(f.get("language"))
        summary = self.text(f.get("summary"), ("summary",), limit=SUMMARY_MAX, empty_ok=True)
        minutes = self.minutes(f.get("minutes"), ("minutes",), TEMPLATE_MINUTES)
        tags = self.texts(f.get("tags"), ("tags",), one_line=True, limit=WORD_MAX)
        keywords = self.texts(f.get("keywords"), ("keywords",), one_line=True, limit=WORD_MAX)
        rules = self.texts(f.get("rules"), ("rules",), limit=LINE_MAX)
        items = self.items(f.get("items"))
        if id_ is None or title is None or minutes is None or items is None or self.errors:
            return None
        total = sum(item.minutes for item in items)
        if total > minutes:
            message = messages.AGENDA_MINUTES_OVER.format(total=total, minutes=minutes)
            self.warn(f["minutes"], ("minutes",), message)
        return Template(
            id=id_,
            title=title,
            language=language or "en",
            summary=summary or "",
            minutes=minutes,
            tags=tags or (),
            keywords=keywords or (),
            rules=rules or (),
            items=items,
            source=source,
            path=self.path,
        )

    def fields(
        self, node: MappingNode, where: NodePath, known: Sequence[str], required: Sequence[str]
    ) -> dict[str, Node]:
        """The mapping's values by key; unknown keys and missing required ones reported."""
        found: dict[str, Node] = {}
        keys: dict[str, Node] = {}
        for key, value in node.value:
            name = str(key.value)
            if name in known:
                found[name] = value
                keys[name] = key
            elif not name.startswith(EXTENSION_PREFIX):
                guess = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
                message = (
                    messages.AGENDA_DID_YOU_MEAN.format(key=name, guess=guess[0])
                    if guess
                    else messages.AGENDA_UNKNOWN_FIELD.format(key=name)
                )
                self.error(key, (*where, name), message)
        for name in required:
            if name not in found or _is_blank(found[name]):
                self.error(keys.get(name, node), (*where, name), messages.AGENDA_REQUIRED)
                found.pop(name, None)
        return found

    def identifier(self, node: Node | None) -> str | None:
        value = self.text(node, ("id",), one_line=True, limit=ID_MAX)
        if node is None or value is None:
            return None
        if not _ID.match(value):
            self.error(node, ("id",), messages.AGENDA_BAD_ID)
            return None
        if value != self.path.stem:
            message = messages.AGENDA_ID_MISMATCH.format(id=value, name=self.path.name)
            self.error(node, ("id",), message)
            return None
        return value

    def language(self, node: Node | None) -> str | None:
        value = self.text(node, ("language",), one_line=True, limit=WORD_MAX)
        if node is None or value is None:
            return None
        if not _LANGUAGE.match(value):
            self.error(node, ("language",), messages.AGENDA_BAD_LANGUAGE.format(value=value))
            return None
        return value

    def items(self, node: Node | None) -> tuple[TemplateItem, ...] | None:
        entries = self.entries(node, ("items",))
        if node is None or entries is None:
            return None
        items: list[TemplateItem] = []
        follow_up_at: int | None = None
        for index, entry in enumerate(entries):
            where: NodePath = ("items", index)
            if not isinstance(entry, MappingNode):
                self.error(entry, where, messages.AGENDA_EXPECTED_ITEM.format(found=_found(entry)))
                continue
            f = self.fields(entry, where, ITEM_FIELDS, required=("title", "minutes"))
            title = self.text(f.get("title"), (*where, "title"), one_line=True, limit=TITLE_MAX)
            minutes = self.minutes(f.get("minutes"), (*where, "minutes"), ITEM_MINUTES)
            prompts = self.texts(f.get("prompts"), (*where, "prompts"), limit=LINE_MAX)
            notes = self.text(f.get("notes"), (*where, "notes"), limit=NOTES_MAX, empty_ok=True)
            follow_up = self.flag(f.get("follow_up"), (*where, "follow_up"))
            if follow_up and follow_up_at is not None:
                message = messages.AGENDA_ONE_FOLLOW_UP.format(first=follow_up_at + 1)
                self.error(f["follow_up"], (*where, "follow_up"), message)
            elif follow_up:
                follow_up_at = index
            if title is not None and minutes is not None:
                items.append(TemplateItem(title, minutes, prompts or (), notes or "", follow_up))
        return tuple(items)

    # --- values -------------------------------------------------------------------------

    def entries(self, node: Node | None, where: NodePath) -> list[Node] | None:
        """The entries of a list field (``None``: absent or wrong)."""
        if node is None or _is_blank(node):
            return None
        if not isinstance(node, SequenceNode):
            self.error(node, where, messages.AGENDA_EXPECTED_LIST.format(found=_found(node)))
            return None
        if not node.value:
            self.error(node, where, messages.AGENDA_EMPTY_LIST)
            return None
        if len(node.value) > ENTRIES_MAX:
            self.error(node, where, messages.AGENDA_TOO_MANY.format(limit=ENTRIES_MAX))
            return None
        entries: list[Node] = node.value
        return entries

    def texts(
        self, node: Node | None, where: NodePath, *, limit: int, one_line: bool = False
    ) -> tuple[str, ...] | None:
        entries = self.entries(node, where)
        if entries is None:
            return None
        values: list[str] = []
        for index, entry in enumerate(entries):
            at: NodePath = (*where, index)
            if _is_blank(entry):
                self.error(entry, at, messages.AGENDA_EMPTY_TEXT)
                continue
            value = self.text(entry, at, one_line=one_line, limit=limit)
            if value is not None:
                values.append(value)
        return tuple(values)

    def text(
        self,
        node: Node | None,
        where: NodePath,
        *,
        limit: int,
        one_line: bool = False,
        empty_ok: bool = False,
    ) -> str | None:
        """A text value, or ``None`` when absent or wrong (the reason is reported)."""
        if node is None or _is_blank(node):
            return None
        if isinstance(node, MappingNode):
            self.error(node, where, messages.AGENDA_MAPPING_IN_TEXT)
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, where, messages.AGENDA_EXPECTED_TEXT.format(found=_found(node)))
            return None
        if node.tag in _SURPRISE_KINDS and node.style is None:
            self.error(node, where, _surprise(node))
            return None
        value = str(node.value)
        if _CONTROL.search(value):
            self.warn(node, where, messages.AGENDA_CONTROL_TEXT)
            value = strip_control(value)
        value = value.strip()
        if not value:
            if empty_ok:
                return ""
            self.error(node, where, messages.AGENDA_EMPTY_TEXT)
            return None
        if one_line and "\n" in value:
            self.error(node, where, messages.AGENDA_ONE_LINE)
            return None
        if len(value) > limit:
            self.error(node, where, messages.AGENDA_TEXT_TOO_LONG.format(limit=limit))
            return None
        return value

    def flag(self, node: Node | None, where: NodePath) -> bool:
        """A plain ``true`` or ``false`` (absent: false)."""
        if node is None or _is_blank(node):
            return False
        if not isinstance(node, ScalarNode) or node.style is not None or node.tag != _BOOL:
            self.error(node, where, messages.AGENDA_EXPECTED_FLAG.format(found=_found(node)))
            return False
        return _as_yaml_reads(node) == "true"

    def minutes(self, node: Node | None, where: NodePath, bounds: tuple[int, int]) -> int | None:
        if node is None or _is_blank(node):
            return None
        if not isinstance(node, ScalarNode) or node.style is not None or node.tag != _INT:
            found = _found(node)
            self.error(node, where, messages.AGENDA_EXPECTED_MINUTES.format(found=found))
            return None
        raw = str(node.value)
        if not _WHOLE.match(raw):  # 1:30 (base 60), 0x5A, 0o17, 1_000: legal YAML, not minutes
            self.error(node, where, messages.AGENDA_PLAIN_MINUTES.format(value=raw))
            return None
        value = int(raw)
        lo, hi = bounds
        if not lo <= value <= hi:
            self.error(node, where, messages.AGENDA_MINUTES_RANGE.format(lo=lo, hi=hi, value=value))
            return None
        return value


def _is_blank(node: Node) -> bool:
    """``key:`` with nothing after it (a plain empty scalar)."""
    return isinstance(node, ScalarNode) and node.style is None and node.value == ""


def _found(node: Node) -> str:
    """A node's value as a message names it: "a list", "text ('ninety')", "a number (1.5)"."""
    if not isinstance(node, ScalarNode):
        return kind_of(node)
    value = str(node.value)
    shown = value if len(value) <= 40 else value[:37] + "..."
    if node.tag == STR_TAG or node.style is not None:
        return f"{messages.FOUND_TEXT} ({strip_control(shown)!r})"
    kind = _SURPRISE_KINDS.get(node.tag)
    found = messages.FOUND_TEXT if kind is None else getattr(messages, f"FOUND_{kind}")
    return f"{found} ({strip_control(shown)})"


def _surprise(node: ScalarNode) -> str:
    """The message for a plain scalar that YAML 1.1 reads as something other than text."""
    value = str(node.value)
    kind = getattr(messages, f"KIND_{_SURPRISE_KINDS[node.tag]}")
    return messages.AGENDA_SURPRISE.format(value=value, shown=_as_yaml_reads(node), kind=kind)


def _as_yaml_reads(node: ScalarNode) -> str:
    """What a safe loader would have made of the scalar, written back as a reader sees it."""
    try:
        value: Any = SafeConstructor().construct_object(node)
    except Exception:  # any oddity: show the raw text rather than fail the message
        return str(node.value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)
