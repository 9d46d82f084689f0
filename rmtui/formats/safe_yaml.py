"""YAML text to a node tree, refusing everything an agenda template never needs.

PyYAML's safe loaders still expand aliases without bound, recurse without limit and keep
the last of two duplicate keys. The loaders here compose the node tree themselves from
the parser's events (libyaml's when present), so they can refuse anchors, aliases, tags,
duplicate keys and deep nesting at the first event that shows them, before any of it is
built. Nothing is constructed: validation reads the nodes, which carry a line and column
for every value.
"""

from __future__ import annotations

from typing import Any, ClassVar

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rmtui.core import messages

MAX_DEPTH = 16
"""Collections nested deeper than this are refused (a template needs four levels)."""

STR_TAG = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = (None, "!", STR_TAG)  # `!!str 1.10` is a fine way to say "text"

NodePath = tuple[str | int, ...]


class YamlRefused(Exception):
    """The text uses something templates refuse; ``line`` and ``column`` are 0-based."""

    def __init__(
        self, message: str, mark: Any, path: NodePath = (), code: str = "", detail: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        # What was refused ("alias", "anchor", "tag", "documents"), so a reader of another
        # kind of file (an export's front matter) can say it in its own words.
        self.code = code
        self.detail = detail
        self.line: int = mark.line if mark is not None else 0
        self.column: int = mark.column if mark is not None else 0
        self.path = path


def field_name(path: NodePath) -> str:
    """``("items", 2, "title")`` -> ``"items[2].title"``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def kind_of(node: Node) -> str:
    """What a node is, in words for a message after "not": "a list", "a mapping", "text"."""
    if isinstance(node, MappingNode):
        return messages.FOUND_MAPPING
    if isinstance(node, SequenceNode):
        return messages.FOUND_LIST
    return messages.FOUND_TEXT


class _Composer:
    """Builds one document's nodes from a parser's events; refuses on the first bad one."""

    def __init__(self, loader: Any, max_depth: int) -> None:
        self.loader = loader
        self.max_depth = max_depth
        self.path: NodePath = ()

    def single_document(self) -> Node | None:
        try:
            return self._document()
        except yaml.MarkedYAMLError as exc:
            # Some libyaml releases stop deep nesting in their scanner, reading ahead of
            # the events this composer sees: report it as the same refusal, at the field
            # being read, whichever loader is installed.
            if "nesting depth" in (exc.problem or ""):
                raise YamlRefused(
                    messages.AGENDA_TOO_DEEP.format(limit=self.max_depth),
                    exc.problem_mark,
                    self.path,
                ) from exc
            raise

    def _document(self) -> Node | None:
        loader = self.loader
        loader.get_event()  # stream start
        node: Node | None = None
        if not loader.check_event(StreamEndEvent):
            loader.get_event()  # document start
            node = self.node((), 1)
            loader.get_event()  # document end
        if not loader.check_event(StreamEndEvent):
            mark = loader.get_event().start_mark
            raise YamlRefused(messages.AGENDA_ONE_DOCUMENT, mark, code="documents")
        loader.get_event()
        return node

    def node(self, path: NodePath, depth: int) -> Node:
        self.path = path
        event = self.loader.get_event()
        if isinstance(event, AliasEvent):
            raise YamlRefused(
                messages.AGENDA_ALIAS.format(name=event.anchor),
                event.start_mark,
                path,
                "alias",
                str(event.anchor),
            )
        if event.anchor is not None:
            raise YamlRefused(
                messages.AGENDA_ANCHOR.format(name=event.anchor),
                event.start_mark,
                path,
                "anchor",
                event.anchor,
            )
        tag = event.tag
        if tag not in _ALLOWED_TAGS or (tag == STR_TAG and not isinstance(event, ScalarEvent)):
            raise YamlRefused(
                messages.AGENDA_TAG.format(tag=_short_tag(tag)),
                event.start_mark,
                path,
                "tag",
                _short_tag(tag),
            )
        if isinstance(event, ScalarEvent):
            if tag in (None, "!"):
                tag = self.loader.resolve(ScalarNode, event.value, event.implicit)
            # libyaml marks a plain scalar with style '', the Python parser with None.
            style = event.style or None
            marks: tuple[Any, Any] = (event.start_mark, event.end_mark)
            return ScalarNode(tag, event.value, *marks, style)
        if depth > self.max_depth:
            raise YamlRefused(
                messages.AGENDA_TOO_DEEP.format(limit=self.max_depth), event.start_mark, path
            )
        if isinstance(event, SequenceStartEvent):
            return self.sequence(event, path, depth)
        if isinstance(event, MappingStartEvent):
            return self.mapping(event, path, depth)
        raise YamlRefused(messages.AGENDA_YAML_SYNTAX.format(problem=event), event.start_mark)

    def sequence(self, start: Any, path: NodePath, depth: int) -> SequenceNode:
        tag = self.loader.resolve(SequenceNode, None, start.implicit)
        node = SequenceNode(tag, [], start.start_mark, None, start.flow_style)
        index = 0
        while not self.loader.check_event(SequenceEndEvent):
            node.value.append(self.node((*path, index), depth + 1))
            index += 1
        node.end_mark = self.loader.get_event().end_mark
        return node

    def mapping(self, start: Any, path: NodePath, depth: int) -> MappingNode:
        tag = self.loader.resolve(MappingNode, None, start.implicit)
        node = MappingNode(tag, [], start.start_mark, None, start.flow_style)
        seen: dict[str, int] = {}
        while not self.loader.check_event(MappingEndEvent):
            key = self.node(path, depth + 1)
            if not isinstance(key, ScalarNode):
                raise YamlRefused(
                    messages.AGENDA_COMPLEX_KEY.format(found=kind_of(key)), key.start_mark, path
                )
            name = str(key.value)
            if name in seen:
                raise YamlRefused(
                    messages.AGENDA_DUPLICATE_KEY.format(key=name, line=seen[name] + 1),
                    key.start_mark,
                    (*path, name),
                )
            seen[name] = key.start_mark.line
            value = self.node((*path, name), depth + 1)
            node.value.append((key, value))
        node.end_mark = self.loader.get_event().end_mark
        return node


def _short_tag(tag: str | None) -> str:
    tag = tag or "!"
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


class StrictPyLoader(yaml.SafeLoader):
    """PyYAML's pure-Python safe loader, composing strictly (see the module docstring)."""

    max_depth = MAX_DEPTH

    def check_node(self) -> bool:
        return not self.check_event(StreamEndEvent)

    def get_node(self) -> Node | None:
        return self.get_single_node()

    def get_single_node(self) -> Node | None:
        return _Composer(self, self.max_depth).single_document()


if hasattr(yaml, "CSafeLoader"):

    class StrictCLoader(yaml.CSafeLoader):
        """libyaml's parser under the same strict composition."""

        max_depth = MAX_DEPTH

        def check_node(self) -> bool:
            return not self.check_event(StreamEndEvent)

        def get_node(self) -> Node | None:
            return self.get_single_node()

        def get_single_node(self) -> Node | None:
            return _Composer(self, self.max_depth).single_document()

    class _CComposer(yaml.CSafeLoader):
        """libyaml's own composer (see ``load``), each plain scalar's type resolved once
        per process: the keys and many values of front matter repeat in every summary."""

        _resolved: ClassVar[dict[tuple[str, Any], str]] = {}

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is not ScalarNode:
                return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
            key = (value, implicit)
            tag = self._resolved.get(key)
            if tag is None:
                tag = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
                if len(self._resolved) < 8192:
                    self._resolved[key] = tag
            return tag

    StrictLoader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = StrictCLoader
else:  # pragma: no cover - PyYAML built without libyaml
    StrictLoader = StrictPyLoader


def compose(text: str, *, loader: type[Any] | None = None) -> Node | None:
    """The single document of ``text`` as nodes (``None`` when it holds none).

    Raises ``YamlRefused`` for what templates refuse, ``yaml.YAMLError`` for bad syntax.
    """
    instance = (loader or StrictLoader)(text)
    try:
        node: Node | None = instance.get_single_node()
        return node
    finally:
        instance.dispose()


def load(text: str) -> Any:
    """Plain Python data from ``text`` under the same refusals (for small config files
    and the front matter of exports, 600 of them in one meetup digest)."""
    if _C_COMPOSES and not ("&" in text or "*" in text or "!" in text):
        data = _composed_in_c(text)
        if data is not _REREAD:
            return data
    return yaml.load(text, Loader=StrictLoader)


# --- text that cannot hold an anchor, alias or tag, composed by libyaml -------------------
#
# Anchors, aliases and tags each start with "&", "*" or "!": text without any of those
# characters holds none, and libyaml may compose its nodes in C. Nesting is what is left
# for it to refuse: libyaml 0.2.6 stops it at 1,000 levels in its scanner (an older one
# would recurse without limit, so it never composes here). ``_data`` then builds the
# values as the safe constructor does, and hands back anything the strict composer
# would refuse or that needs more than a plain value (a duplicate key, a mapping as a
# key, deep nesting, a merge key, a second document, any error): the strict loader
# reads the text again and says what it says.


def _libyaml_caps_nesting() -> bool:
    try:
        from yaml import _yaml
    except ImportError:  # pragma: no cover - PyYAML built without libyaml
        return False
    version: tuple[int, int, int] = _yaml.get_version()
    return version >= (0, 2, 6)


_REREAD: Any = object()
_C_COMPOSES = _libyaml_caps_nesting()
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


class _Reread(Exception):
    """Something for the strict loader to read (and refuse, or build)."""


def _composed_in_c(text: str) -> Any:
    loader = _CComposer(text)
    try:
        node: Node | None = loader.get_single_node()
        return None if node is None else _data(loader, node, 1)
    except (_Reread, yaml.YAMLError):
        return _REREAD
    finally:
        loader.dispose()


def _data(loader: Any, node: Node, depth: int) -> Any:
    if isinstance(node, ScalarNode):
        return _scalar(loader, node)
    if depth > MAX_DEPTH:
        raise _Reread
    if isinstance(node, SequenceNode) and node.tag == _SEQ_TAG:
        return [_data(loader, item, depth + 1) for item in node.value]
    if not isinstance(node, MappingNode) or node.tag != _MAP_TAG:
        raise _Reread
    out: dict[Any, Any] = {}
    seen: set[str] = set()
    for key, value in node.value:
        if not isinstance(key, ScalarNode) or key.value in seen:
            raise _Reread  # a complex key, a duplicate
        seen.add(key.value)
        out[_scalar(loader, key)] = _data(loader, value, depth + 1)
    return out


_VALUES: dict[tuple[str, str], Any] = {}


def _scalar(loader: Any, node: ScalarNode) -> Any:
    """The value of a scalar, as the safe constructor makes it; each number, date, truth
    value or null constructed once per process (they repeat in every summary)."""
    if node.tag == STR_TAG:
        return node.value
    key = (node.tag, node.value)
    if key in _VALUES:
        return _VALUES[key]
    if node.tag not in _PLAIN_TAGS:
        raise _Reread  # a merge or value key ("<<", "=")
    value = loader.construct_object(node)
    if len(_VALUES) < 4096:
        _VALUES[key] = value
    return value
