"""Documents written by an older schema, brought to the current one as they are read:
the rules, on plain documents (the store reads the files: ``store.migrations``).

A file keeps its old schema number on disk until its next write, which stamps the current
one; every step here is safe to run again on a file it already changed.

Schema 2: a follow-up item refers to the actions it follows up (``actions``: record ids)
instead of holding a copy of their text in its prompts. Schema 1 copied every open
action into them, private ones included, and from there into the live screen and every
JSON export. Reading a schema 1 session file takes out each prompt that is the text of
one of its tandem's actions and puts that action's id in its place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rmtui.core.planning import is_follow_up_title
from rmtui.core.text import one_line

ActionTexts = list[tuple[int, str]]  # (record id, text) of a tandem's actions
FOLLOW_UP_REFS = 2  # the schema where follow-up items refer to actions


def upgrade(
    tables: dict[str, Any], kind: str, schema: int, actions: Callable[[], ActionTexts]
) -> dict[str, Any]:
    """``tables`` of a ``kind`` file written with ``schema``, as the current schema reads
    them; ``actions`` gives the tandem's actions (called only when a step needs them)."""
    if kind == "session" and schema < FOLLOW_UP_REFS:
        known = actions()
        for record in tables.get("session", {}).values():
            items = record.get("items")
            if isinstance(items, list):
                record["items"] = refer_to_actions(items, known)
    return tables


def refer_to_actions(items: list[Any], actions: Iterable[tuple[int, str]]) -> list[Any]:
    """Agenda item documents with each prompt that is an action's text (as planning copied
    it, on one line) replaced by that action's id; such items, and those titled as a
    follow-up, become follow-up items. Anything not of the expected shape is left as it is
    (the converters report it)."""
    by_text: dict[str, list[int]] = {}
    for action_id, text in actions:
        by_text.setdefault(one_line(text), []).append(action_id)
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("prompts"), list):
            continue
        kept: list[Any] = []
        ids = [i for i in item.get("actions", []) if isinstance(i, int)]
        for prompt in item["prompts"]:
            free = (
                [i for i in by_text.get(prompt, []) if i not in ids]
                if isinstance(prompt, str)
                else []
            )
            if free:
                ids.append(free[0])
            else:
                kept.append(prompt)
        title = item.get("title")
        if ids or (isinstance(title, str) and is_follow_up_title(title)):
            item["prompts"] = kept
            item["follow_up"] = True
            item["actions"] = ids
    return items
