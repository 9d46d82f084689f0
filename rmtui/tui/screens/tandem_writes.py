"""Changes the tandem screen makes, as plain calls on the tandem service (run in workers).

An action or learning entry typed as a note in a session not promoted yet has no record
id of its own; ``TandemService.record_id`` finds (or makes) it.
"""

from __future__ import annotations

from rmtui.core.model import ActionState, KeywordStatus
from rmtui.service.tandems import ActionView, LearningItem, TandemService
from rmtui.tui.modals.records import ActionDraft, LearningDraft


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
        svc.record_id(tandem_id, item),
        text=draft.text,
        learned_by=draft.learned_by,
        keywords=draft.keywords,
        private=draft.private,
    )
    return entry.id


def toggle_learning_private(svc: TandemService, tandem_id: str, item: LearningItem) -> int:
    entry_id = svc.record_id(tandem_id, item)
    return svc.edit_learning(tandem_id, entry_id, private=not item.private).id


def add_action(svc: TandemService, tandem_id: str, draft: ActionDraft) -> int:
    action = svc.add_action(
        tandem_id, draft.text, owner=draft.owner, due=draft.due, private=draft.private
    )
    return action.id


def edit_action(svc: TandemService, tandem_id: str, view: ActionView, draft: ActionDraft) -> int:
    action = svc.edit_action(
        tandem_id,
        svc.record_id(tandem_id, view),
        text=draft.text,
        owner=draft.owner,
        due=draft.due,
        private=draft.private,
    )
    return action.id


def set_action_state(
    svc: TandemService, tandem_id: str, view: ActionView, state: ActionState
) -> int:
    return svc.set_action_state(tandem_id, svc.record_id(tandem_id, view), state).id


def add_keywords(svc: TandemService, tandem_id: str, text: str) -> str | None:
    """Add comma-separated keywords; returns the first one added (to highlight it)."""
    words = [w.strip() for w in text.split(",") if w.strip()]
    added = svc.add_keywords(tandem_id, words)
    return added[0].text if added else None


def add_aliases(svc: TandemService, tandem_id: str, keyword: str, text: str) -> str:
    """Give ``keyword`` the comma-separated words of ``text`` as aliases; returns the
    keyword (to keep it highlighted)."""
    words = [w.strip() for w in text.split(",") if w.strip()]
    return svc.add_aliases(tandem_id, keyword, words).text


def set_keyword_status(svc: TandemService, tandem_id: str, text: str, status: KeywordStatus) -> str:
    return svc.set_keyword_status(tandem_id, text, status).text
