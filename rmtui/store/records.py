"""Actions and learning entries: the tandem-level records kept in ``tandem.json``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from rmtui.core import documents as conv
from rmtui.core import messages
from rmtui.core.model import Action, LearningEntry
from rmtui.store.errors import NotFound
from rmtui.store.files import Files
from rmtui.store.repository import Tandems

R = TypeVar("R", Action, LearningEntry)


class Records:
    """Actions between sessions and the learned-in-both-directions log of each tandem."""

    def __init__(self, files: Files, tandems: Tandems) -> None:
        self.files = files
        self.tandems = tandems

    # --- actions ------------------------------------------------------------------------

    def actions(self, tandem_id: str) -> list[Action]:
        return sorted(self.tandems.summary(tandem_id).actions, key=lambda a: a.id)

    def add_actions(self, tandem_id: str, actions: list[Action]) -> list[Action]:
        """Store new actions in one write; ids are assigned here. Sources are unique:
        an action whose ``source`` is already stored is skipped (promotion is idempotent)."""
        return self._insert_new(tandem_id, "actions", actions, conv.action_to_doc)

    def add_action(self, tandem_id: str, action: Action) -> Action:
        added = self.add_actions(tandem_id, [action])
        if not added:
            raise NotFound(messages.ACTION_ALREADY_STORED)
        return added[0]

    def update_action(self, tandem_id: str, action_id: int, **changes: Any) -> Action:
        with self.files.write_tandem(tandem_id) as db:
            table = db.table("actions")
            doc = table.get(doc_id=action_id)
            if doc is None or isinstance(doc, list):
                raise NotFound(messages.NO_ACTION.format(id=action_id, tandem=tandem_id))
            action = replace(conv.action_from_doc(action_id, dict(doc)), **changes)
            table.update(conv.action_to_doc(action), doc_ids=[action_id])
            return action

    # --- learned in both directions -----------------------------------------------------

    def learning(self, tandem_id: str) -> list[LearningEntry]:
        return sorted(self.tandems.summary(tandem_id).learning, key=lambda e: e.id)

    def add_learning(self, tandem_id: str, entries: list[LearningEntry]) -> list[LearningEntry]:
        """Store new entries in one write; an entry whose ``source`` is stored is skipped."""
        return self._insert_new(tandem_id, "learning", entries, conv.learning_to_doc)

    def _insert_new(
        self, tandem_id: str, table_name: str, records: list[R], to_doc: Callable[[R], conv.Doc]
    ) -> list[R]:
        with self.files.write_tandem(tandem_id) as db:
            table = db.table(table_name)
            known = {d.get("source") for d in table.all() if d.get("source")}
            fresh = [r for r in records if r.source is None or r.source not in known]
            ids = table.insert_multiple(to_doc(r) for r in fresh)
            return [replace(r, id=i) for r, i in zip(fresh, ids, strict=True)]

    def update_learning(self, tandem_id: str, entry_id: int, **changes: Any) -> LearningEntry:
        with self.files.write_tandem(tandem_id) as db:
            table = db.table("learning")
            doc = table.get(doc_id=entry_id)
            if doc is None or isinstance(doc, list):
                raise NotFound(messages.NO_LEARNING.format(id=entry_id, tandem=tandem_id))
            entry = replace(conv.learning_from_doc(entry_id, dict(doc)), **changes)
            table.update(conv.learning_to_doc(entry), doc_ids=[entry_id])
            return entry

    def delete_learning(self, tandem_id: str, entry_id: int) -> None:
        with self.files.write_tandem(tandem_id) as db:
            table = db.table("learning")
            if table.get(doc_id=entry_id) is None:
                raise NotFound(messages.NO_LEARNING.format(id=entry_id, tandem=tandem_id))
            table.remove(doc_ids=[entry_id])
