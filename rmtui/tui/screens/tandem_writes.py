"""Changes the tandem screen makes, as plain calls on the tandem service (run in workers).

An action or learning entry typed as a note in a session that has not been promoted yet
(a session still open) has no record id; changing it promotes that session first, which
is idempotent, and then changes the record that carries the note's source.
"""

from __future__ import annotations

from rmtui.core import messages
from rmtui.core.model import ActionState, KeywordStatus
from rmtui.service.tandems import ActionView, LearningItem, TandemService
from rmtui.store.errors import NotFound
from rmtui.tui.modals.records import ActionDraft, LearningDraft


def action_id(svc: TandemService, tandem_id: str, view: ActionView) -> int:
    """The record id of ``view``, promoting its session first when it has none yet."""
    if view.id is not None:
        return view.id
    if view.session is not None:
        svc.promote(tandem_id, view.session)
    for action in svc.workspace.actions(tandem_id):
        if action.source == view.source:
            return action.id
    raise NotFound(messages.TUI_RECORD_GONE)


def learning_id(svc: TandemService, tandem_id: str, item: LearningItem) -> int:
    """The record id of ``item``, promoting its session first when it has none yet."""
    if item.id is not None:
        return item.id
    if item.session is not None:
        svc.promote(tandem_id, item.session)
    for entry in svc.workspace.learning(tandem_id):
        if entry.source == item.source:
            return entry.id
    raise NotFound(messages.TUI_RECORD_GONE)


def add_learning(svc: TandemService, tandem_id: str, draft: LearningDraft) -> int:
    entry = svc.add_learning(
        tandem_id,
        draft.learned_by,
        draft.text,
        keywords=draft.keywords,
        private=draft.private,
    )
    return entry.id


def edit_learning(
    svc: TandemService, tandem_id: str, item: LearningItem, draft: LearningDraft
) -> int:
    entry = svc.edit_learning(
        tandem_id,
        learning_id(svc, tandem_id, item),
        text=draft.text,
        learned_by=draft.learned_by,
        keywords=draft.keywords,
        private=draft.private,
    )
    return entry.id


def toggle_learning_private(svc: TandemService, tandem_id: str, item: LearningItem) -> int:
    entry_id = learning_id(svc, tandem_id, item)
    return svc.edit_learning(tandem_id, entry_id, private=not item.private).id


def add_action(svc: TandemService, tandem_id: str, draft: ActionDraft) -> int:
    action = svc.add_action(
        tandem_id, draft.text, owner=draft.owner, due=draft.due, private=draft.private
    )
    return action.id


def edit_action(svc: TandemService, tandem_id: str, view: ActionView, draft: ActionDraft) -> int:
    action = svc.edit_action(
        tandem_id,
        action_id(svc, tandem_id, view),
        text=draft.text,
        owner=draft.owner,
        due=draft.due,
        private=draft.private,
    )
    return action.id


def set_action_state(
    svc: TandemService, tandem_id: str, view: ActionView, state: ActionState
) -> int:
    return svc.set_action_state(tandem_id, action_id(svc, tandem_id, view), state).id


def add_keywords(svc: TandemService, tandem_id: str, text: str) -> str | None:
    """Add comma-separated keywords; returns the first one added (to highlight it)."""
    words = [w.strip() for w in text.split(",") if w.strip()]
    added = svc.add_keywords(tandem_id, words)
    return added[0].text if added else None


def set_keyword_status(svc: TandemService, tandem_id: str, text: str, status: KeywordStatus) -> str:
    return svc.set_keyword_status(tandem_id, text, status).text
