"""What the tandem screen's edit keys ask, and the write each answer makes: keywords,
learning entries, actions and the profile. ``TandemScreen`` holds one ``TandemEdits`` and
hands its keys to it; the screen runs the writes (in a worker, then the tandem is read
again) and says what to highlight afterwards."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rmtui.core import messages
from rmtui.core.model import ActionState, KeywordStatus, Tandem
from rmtui.core.tandems import TandemDraft, clean_keyword
from rmtui.service.tandems import TandemOverview, TandemService
from rmtui.tui.modals.prompt import TextPrompt
from rmtui.tui.modals.records import ActionDraft, ActionModal, LearningDraft, LearningModal
from rmtui.tui.screens import tandem_writes as writes
from rmtui.tui.screens.base import RmtuiScreen
from rmtui.tui.widgets.action_list import ActionsPane
from rmtui.tui.widgets.coverage_map import CoveragePane
from rmtui.tui.widgets.learning_log import LearningPane

Write = Callable[[TandemService], object]
"""A change by the tandem service; what it returns is highlighted after the next read."""


def _check_keyword(value: str) -> None:
    """One keyword or several, comma-separated; each by the core's rule."""
    words = [word for word in value.split(",") if word.strip()]
    for word in words or [value]:
        clean_keyword(word)


class TandemEdits:
    """The edit keys of ``screen`` (a tandem's screen): prompts and modals, then a write.

    ``overview`` is the tandem as last read; ``write(change, select)`` runs a change and
    highlights what it returns as ``select`` ("keyword", "learning", "action");
    ``saved`` reads the tandem again after a change made by a modal itself (the profile).
    """

    def __init__(
        self,
        screen: RmtuiScreen[None],
        tandem_id: str,
        *,
        overview: Callable[[], TandemOverview | None],
        write: Callable[[Write, str], None],
        saved: Callable[[], None],
    ) -> None:
        self.screen = screen
        self.tandem_id = tandem_id
        self._overview = overview
        self._write = write
        self._saved = saved

    @property
    def overview(self) -> TandemOverview | None:
        return self._overview()

    def add_keyword(self) -> None:
        prompt = TextPrompt(
            messages.TUI_KEYWORD_ADD, messages.TUI_KEYWORD_ADD_HINT, check=_check_keyword
        )
        self.screen.app.push_screen(prompt, self._keywords_typed)

    def _keywords_typed(self, text: str | None) -> None:
        if text:
            self._write(lambda svc: writes.add_keywords(svc, self.tandem_id, text), "keyword")

    def rename_keyword(self) -> None:
        old = self.screen.query_one(CoveragePane).selected
        if old is None:
            return
        prompt = TextPrompt(messages.TUI_KEYWORD_RENAME, old, old, check=clean_keyword)
        self.screen.app.push_screen(prompt, partial(self._renamed, old))

    def _renamed(self, old: str, new: str | None) -> None:
        if new and new != old:
            new_text = clean_keyword(new)
            self._write(
                lambda svc: svc.rename_keyword(self.tandem_id, old, new_text).text, "keyword"
            )

    def add_aliases(self) -> None:
        keyword = self.screen.query_one(CoveragePane).selected
        if keyword is None:
            return
        prompt = TextPrompt(
            messages.TUI_ALIAS_TITLE,
            messages.TUI_ALIAS_PROMPT.format(keyword=keyword),
            check=_check_keyword,
        )
        self.screen.app.push_screen(prompt, partial(self._aliases_typed, keyword))

    def _aliases_typed(self, keyword: str, text: str | None) -> None:
        if text:
            self._write(
                lambda svc: writes.add_aliases(svc, self.tandem_id, keyword, text), "keyword"
            )

    def keyword_status(self, status: KeywordStatus) -> None:
        text = self.screen.query_one(CoveragePane).selected
        if text is None or self.overview is None:
            return
        current = next(
            r.keyword.status for r in self.overview.coverage.rows if r.keyword.text == text
        )
        wanted: KeywordStatus = "open" if current == status else status
        self._write(
            lambda svc: writes.set_keyword_status(svc, self.tandem_id, text, wanted), "keyword"
        )

    def move_keyword(self, step: int) -> None:
        text = self.screen.query_one(CoveragePane).selected
        if text is None or self.overview is None:
            return
        keywords = sorted(self.overview.summary.keywords, key=lambda k: k.order)
        position = next(i for i, k in enumerate(keywords) if k.text == text) + 1 + step
        if 1 <= position <= len(keywords):
            self._write(lambda svc: _moved(svc, self.tandem_id, text, position), "keyword")

    def add_learning(self) -> None:
        side = self.screen.query_one(LearningPane).last_side
        self.screen.app.push_screen(LearningModal(side=side), self._learning_added)

    def _learning_added(self, draft: LearningDraft | None) -> None:
        if draft is not None:
            self._write(
                lambda svc: (draft.learned_by, writes.add_learning(svc, self.tandem_id, draft)),
                "learning",
            )

    def edit_learning(self) -> None:
        item = self.screen.query_one(LearningPane).selected
        if item is None:
            return
        self.screen.app.push_screen(LearningModal(item), partial(self._learning_edited, item))

    def _learning_edited(self, item: Any, draft: LearningDraft | None) -> None:
        if draft is not None:
            self._write(
                lambda svc: (
                    draft.learned_by,
                    writes.edit_learning(svc, self.tandem_id, item, draft),
                ),
                "learning",
            )

    def learning_private(self) -> None:
        item = self.screen.query_one(LearningPane).selected
        if item is not None:
            self._write(
                lambda svc: (
                    item.learned_by,
                    writes.toggle_learning_private(svc, self.tandem_id, item),
                ),
                "learning",
            )

    def edit_profile(self) -> None:
        from rmtui.tui.modals.add_tandem import EditProfileModal  # loaded when first used

        if self.overview is None:
            return
        tandem = self.overview.summary.tandem
        service = self.screen.rmtui.services.tandems

        def save(draft: TandemDraft) -> Tandem:
            # The form asked about one department already (as `tandem add` does).
            return service.edit_profile(self.tandem_id, draft, same_department=True)

        self.screen.app.push_screen(EditProfileModal(tandem, save), self._profile_edited)

    def _profile_edited(self, tandem: Tandem | None) -> None:
        if tandem is not None:
            said = messages.TUI_PROFILE_SAVED.format(mentee=tandem.mentee)
            self.screen.notify(said, markup=False)
            self._saved()

    def add_action(self) -> None:
        self.screen.app.push_screen(ActionModal(), self._action_added)

    def _action_added(self, draft: ActionDraft | None) -> None:
        if draft is not None:
            self._write(lambda svc: writes.add_action(svc, self.tandem_id, draft), "action")

    def edit_action(self) -> None:
        view = self.screen.query_one(ActionsPane).selected
        if view is not None:
            self.screen.app.push_screen(ActionModal(view), partial(self._action_edited, view))

    def _action_edited(self, view: Any, draft: ActionDraft | None) -> None:
        if draft is not None:
            self._write(lambda svc: writes.edit_action(svc, self.tandem_id, view, draft), "action")

    def action_state(self, state: ActionState) -> None:
        view = self.screen.query_one(ActionsPane).selected
        if view is not None and view.state != state:
            self._write(
                lambda svc: writes.set_action_state(svc, self.tandem_id, view, state), "action"
            )


def _moved(svc: TandemService, tandem_id: str, text: str, position: int) -> str:
    svc.move_keyword(tandem_id, text, position)
    return text
