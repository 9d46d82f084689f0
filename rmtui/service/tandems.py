"""The life of a tandem as both faces show it: frame progress, keywords, actions, the
learning log, the dashboard of all tandems, the kick-off, and promotion of notes.

Reads are cheap by design: a tandem's ``tandem.json`` holds its profile, frame, keywords
(with the sessions that touched them), actions and learning entries. Session files are
read only where ``tandem.json`` cannot answer: sessions still live, or changed since
they were promoted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from types import EllipsisType
from typing import TYPE_CHECKING

from rmtui.core import habits, messages
from rmtui.core.errors import InvalidInput, NotFound, UnreadableFile
from rmtui.core.frame import spread_dates
from rmtui.core.model import (
    ACTION_OWNERS,
    ACTION_STATES,
    LEARNED_BY,
    Action,
    ActionOwner,
    ActionState,
    Keyword,
    KeywordStatus,
    LearnedBy,
    LearningEntry,
    Session,
    SessionInfo,
    Tandem,
)
from rmtui.core.refs import SessionRef
from rmtui.core.summary import Scan, TandemSummary
from rmtui.core.text import checked_line, fold, one_line
from rmtui.service import records as rec
from rmtui.service.overview import Dashboard, DashboardRow, TandemOverview, build_row
from rmtui.service.records import ActionView, Balance, LearningItem, LearningLog
from rmtui.service.timeline import Slot, Timeline
from rmtui.store.promotion import Promotion
from rmtui.store.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path

    from rmtui.core.tandems import TandemDraft
    from rmtui.service.kickoff import KickoffPlan, KickoffSession
    from rmtui.service.search import Hit
    from rmtui.store.exports_log import ExportRecord
    from rmtui.store.restore import RestorePlan
    from rmtui.store.workspace import Erasure, ExportRemoval

# Kick-off, search and the profile checks load where they are used: the dashboard, read as
# the TUI starts, needs none. Their screens import them on the event loop, never a worker
# thread.

__all__ = [
    "ActionView",
    "Balance",
    "Dashboard",
    "DashboardRow",
    "LearningItem",
    "LearningLog",
    "Slot",
    "TandemOverview",
    "TandemService",
    "Timeline",
]

MAX_RECORD_TEXT = 500


class TandemService:
    """Frame, keywords, actions, learning, dashboard and kick-off of one workspace."""

    def __init__(self, workspace: Workspace, now: Callable[[], datetime]) -> None:
        self.workspace = workspace
        self._now = now

    # --- reading ------------------------------------------------------------------------

    def summary(self, tandem_id: str) -> TandemSummary:
        """One tandem as the lists show it: profile, sessions, keywords, records."""
        return self.workspace.summary(tandem_id)

    def tandem(self, tandem_id: str) -> Tandem:
        """One tandem's profile."""
        return self.workspace.tandem(tandem_id)

    def scan(self) -> Scan:
        """Every tandem that reads cleanly, and a problem for each file that does not."""
        return self.workspace.scan()

    def keywords(self, tandem_id: str) -> list[Keyword]:
        """The tandem's keywords in their order (dropped ones too)."""
        return self.workspace.keywords(tandem_id)

    def overview(self, tandem_id: str) -> TandemOverview:
        """One tandem, everything the tandem screen shows (reads its session files)."""
        summary = self.workspace.summary(tandem_id)
        sessions = self._read_sessions(tandem_id, (s.n for s in summary.sessions))
        now = self._now()
        actions = rec.action_views(summary.actions, sessions, now.date())
        log = rec.learning_log(summary.learning, sessions)
        row = build_row(summary, sessions, now, rec.Tally.of(actions, log))
        return TandemOverview(
            summary=row.summary,
            progress=row.progress,
            timeline=row.timeline,
            warnings=row.warnings,
            coverage=row.coverage,
            open_actions=row.open_actions,
            balance=row.balance,
            records=row.records,
            actions=tuple(actions),
            learning=log,
        )

    def dashboard(self) -> Dashboard:
        """Every tandem, cheaply: ``tandem.json`` files, plus the session files that are
        live or changed since their promotion (normally none)."""
        rows: list[DashboardRow] = []
        now = self._now()
        lives, problems = self.workspace.life_summaries()
        for tandem_id, life in lives:
            sessions = self._read_sessions(tandem_id, life.unpromoted)
            summary = life.summary
            counts = rec.tally(life.open, life.learned, sessions, now.date())
            rows.append(build_row(summary, sessions, now, counts, life.open))
        rows.sort(key=lambda r: (fold(r.summary.tandem.mentee), r.tandem_id))
        return Dashboard(tuple(rows), tuple(problems))

    def learning_log(self, tandem_id: str) -> LearningLog:
        """Learned by the mentor and by the mentee: records plus `>`/`<` notes not yet
        promoted."""
        life = self.workspace.life_summary(tandem_id)
        sessions = self._read_sessions(tandem_id, life.unpromoted)
        return rec.learning_log(life.summary.learning, sessions)

    def actions(self, tandem_id: str) -> list[ActionView]:
        """Action records plus `!` notes not yet promoted; open first."""
        life = self.workspace.life_summary(tandem_id)
        sessions = self._read_sessions(tandem_id, life.unpromoted)
        return rec.action_views(life.summary.actions, sessions, self._now().date())

    def open_actions(self, tandem_id: str) -> list[ActionView]:
        """The actions to follow up at the next session."""
        return [a for a in self.actions(tandem_id) if a.open]

    def search(self, query: str, stop: Callable[[], bool] | None = None) -> list[Hit]:
        """Notes, learning entries and actions of every tandem (see ``service.search``);
        files unchanged since the last search are not read again. ``stop``: see
        ``SearchIndex.search``."""
        from rmtui.service.search import shared_index  # see the note on imports above

        return shared_index(self.workspace).search(query, stop)

    def suggested_dates(self, tandem_id: str, at: time = time(15, 0)) -> list[datetime]:
        """A date for each session of the frame, evenly spread over it on weekdays (local
        time); the kick-off offers these for the mentor to edit."""
        tandem = self.workspace.tandem(tandem_id)
        now = self._now()
        start = tandem.start or now.date()
        dates = [d.astimezone() for d in spread_dates(start, tandem.frame, at)]
        # The kick-off is the first session: held today after its usual hour, it is now
        # (an hour already past would show it as overdue the moment it is saved).
        if dates and dates[0].date() == now.date() and dates[0] < now:
            dates[0] = now.astimezone().replace(second=0, microsecond=0)
        return dates

    # --- promotion ----------------------------------------------------------------------

    def record_id(self, tandem_id: str, view: ActionView | LearningItem) -> int:
        """The stored record behind ``view``. One typed as a note in a session not yet
        promoted has no record: its session is promoted first (idempotent), then the
        record carrying the note's source is the one."""
        if view.id is not None:
            return view.id
        if view.session is not None:
            self.promote(tandem_id, view.session)
        stored: Iterable[Action | LearningEntry] = (
            self.workspace.actions(tandem_id)
            if isinstance(view, ActionView)
            else self.workspace.learning(tandem_id)
        )
        for record in stored:
            if record.source == view.source:
                return record.id
        raise NotFound(messages.RECORD_GONE)

    def promote(self, tandem_id: str, n: int) -> Promotion:
        """Turn session ``n``'s `!` and `>`/`<` notes into records and note the keywords it
        touched; idempotent (records carry their source ``"n/note_id"``)."""
        return rec.promote(self.workspace, tandem_id, n)

    # --- actions ------------------------------------------------------------------------

    def add_tandem(self, draft: TandemDraft) -> Tandem:
        """A new tandem from a checked draft; its id is made from the mentee's name."""
        return self.workspace.add_tandem(draft)

    def erase(self, tandem_id: str) -> Erasure:
        """Delete the tandem and its backups for good; the files its exports wrote stay
        (``remove_exports`` deletes them)."""
        return self.workspace.erase_tandem(tandem_id)

    def remove_exports(self, records: list[ExportRecord]) -> list[ExportRemoval]:
        """Delete the files these exports wrote, where they still are rmtui exports."""
        return self.workspace.remove_exports(records)

    def plan_restore(
        self, tandem_id: str, session: int | None = None, backup: Path | None = None
    ) -> RestorePlan:
        """Which file a restore would replace, by which backup, and what it would lose."""
        return self.workspace.plan_restore(tandem_id, session, backup)

    def restore(self, plan: RestorePlan, replace_readable: bool = False) -> Path | None:
        """Put the backup back; the file it replaces is set aside, and that copy's path
        returned (None: there was no file)."""
        return self.workspace.restore(plan, replace_readable=replace_readable)

    def add_action(
        self,
        tandem_id: str,
        text: str,
        *,
        owner: ActionOwner = "mentee",
        due: date | None = None,
        session: int | None = None,
        private: bool = False,
        habit: str = "",
    ) -> Action:
        """An action added directly (outside a session's notes); ``habit`` its rhythm when
        it is a habit of the mentee's."""
        action = Action(
            id=0,
            text=_record_text(text),
            owner=_choice(owner, ACTION_OWNERS, "owner"),  # type: ignore[arg-type]
            due=due,
            session=session,
            private=private,
            habit=_habit(habit, owner),
        )
        return self.workspace.add_action(tandem_id, action)

    def check_in(
        self,
        tandem_id: str,
        action_id: int,
        state: str,
        *,
        note: str = "",
        session: int | None = None,
    ) -> Action:
        """Tell how an action or habit went at ``session`` (default: the session under
        way, else the latest held): done, tried, stuck or dropped, with a one-line note.
        Telling again at the same session replaces what was told."""
        n = self.checkin_session(tandem_id, session)
        action = next((a for a in self.workspace.actions(tandem_id) if a.id == action_id), None)
        if action is None:
            raise NotFound(messages.NO_ACTION.format(id=action_id, tandem=tandem_id))
        told = habits.check_in(action, n, state, note)
        return self.workspace.update_action(
            tandem_id, action_id, checkins=told.checkins, state=told.state
        )

    def checkin_session(self, tandem_id: str, wanted: int | None = None) -> int:
        """The session a check-in is told at: ``wanted`` when the tandem has it, else the
        session under way, else the latest held."""
        index = self.workspace.summary(tandem_id).sessions
        if wanted is not None:
            if not any(s.n == wanted for s in index):
                raise NotFound(messages.NO_SESSION.format(id=f"{tandem_id}/{wanted}"))
            return wanted
        live = [s.n for s in index if s.status in ("running", "paused")]
        held = [s.n for s in index if s.status == "done"]
        if not live and not held:
            raise InvalidInput("session", messages.CHECKIN_NO_SESSION.format(id=tandem_id))
        return max(live or held)

    def on_agenda(self, tandem_id: str, n: int) -> set[int]:
        """The actions session ``n``'s agenda refers to (its follow-up and stuck items)."""
        return {i for item in self.workspace.session(tandem_id, n).items for i in item.actions}

    def put_on_agenda(
        self, tandem_id: str, action_id: int, *, session: int | None = None
    ) -> tuple[int, bool]:
        """Put an open action (a stuck one, as a rule) on the agenda of ``session`` (default:
        the session under way, else the latest held), right after the item under way.
        Returns the session and whether it was added (False: already on it). A private
        action, a closed one or a session that is over is refused with the reason."""
        n = self.checkin_session(tandem_id, session)
        action = next((a for a in self.workspace.actions(tandem_id) if a.id == action_id), None)
        if action is None:
            raise NotFound(messages.NO_ACTION.format(id=action_id, tandem=tandem_id))
        if action.private:
            raise InvalidInput("action", messages.STUCK_PRIVATE)
        if action.state != "open":
            raise InvalidInput(
                "action", messages.STUCK_CLOSED.format(id=action_id, state=action.state)
            )
        added: list[bool] = []

        def change(found: Session) -> None:
            if found.status == "done":
                raise InvalidInput("session", messages.STUCK_SESSION_DONE.format(n=n))
            added.append(habits.put_stuck_on_agenda(found, action, messages.STUCK_ITEM_TITLE))

        self.workspace.update_session(tandem_id, n, change)
        return n, added[0]

    def set_action_state(self, tandem_id: str, action_id: int, state: ActionState) -> Action:
        """Mark an action open, done or dropped."""
        checked = _choice(state, ACTION_STATES, "state")
        return self.workspace.update_action(tandem_id, action_id, state=checked)

    def edit_action(
        self,
        tandem_id: str,
        action_id: int,
        *,
        text: str | None = None,
        owner: ActionOwner | None = None,
        due: date | EllipsisType | None = ...,
        private: bool | None = None,
        habit: str | None = None,
    ) -> Action:
        """Change an action's text, owner, due date (``None`` clears it), privacy or
        habit rhythm (``""``: a one-off action again)."""
        changes: dict[str, object] = {}
        if habit is not None:
            changes["habit"] = habits.habit_text(habit)
        if text is not None:
            changes["text"] = _record_text(text)
        if owner is not None:
            changes["owner"] = _choice(owner, ACTION_OWNERS, "owner")
        if due is not ...:
            changes["due"] = due
        if private is not None:
            changes["private"] = private
        return self.workspace.update_action(tandem_id, action_id, **changes)

    # --- learning -----------------------------------------------------------------------

    def add_learning(
        self,
        tandem_id: str,
        learned_by: LearnedBy,
        text: str,
        *,
        session: int | None = None,
        keywords: Iterable[str] = (),
        private: bool = False,
    ) -> LearningEntry:
        """An entry added directly; ``learned_by`` is who learned it."""
        entry = LearningEntry(
            id=0,
            learned_by=_choice(learned_by, LEARNED_BY, "by"),  # type: ignore[arg-type]
            text=_record_text(text),
            session=session,
            keywords=self._keywords_of(tandem_id, keywords),
            private=private,
        )
        [stored] = self.workspace.add_learning(tandem_id, [entry])
        return stored

    def edit_learning(
        self,
        tandem_id: str,
        entry_id: int,
        *,
        text: str | None = None,
        learned_by: LearnedBy | None = None,
        keywords: Iterable[str] | None = None,
        private: bool | None = None,
    ) -> LearningEntry:
        """Change an entry's text, direction, linked keywords or privacy."""
        changes: dict[str, object] = {}
        if text is not None:
            changes["text"] = _record_text(text)
        if learned_by is not None:
            changes["learned_by"] = _choice(learned_by, LEARNED_BY, "by")
        if keywords is not None:
            changes["keywords"] = self._keywords_of(tandem_id, keywords)
        if private is not None:
            changes["private"] = private
        return self.workspace.update_learning(tandem_id, entry_id, **changes)

    def delete_learning(self, tandem_id: str, entry_id: int) -> None:
        self.workspace.delete_learning(tandem_id, entry_id)

    # --- keywords -----------------------------------------------------------------------

    def add_keywords(self, tandem_id: str, words: Iterable[str]) -> list[Keyword]:
        return self.workspace.add_keywords(tandem_id, list(words))

    def rename_keyword(self, tandem_id: str, text: str, new_text: str) -> Keyword:
        return self.workspace.rename_keyword(tandem_id, text, new_text)

    def keyword(self, tandem_id: str, text: str) -> Keyword:
        """The keyword ``text`` names (its own text or one of its aliases, any case)."""
        wanted = fold(one_line(text))
        keywords = self.workspace.keywords(tandem_id)
        for keyword in keywords:
            if fold(keyword.text) == wanted:
                return keyword
        for keyword in keywords:
            if any(fold(a) == wanted for a in keyword.aliases):
                return keyword
        raise NotFound(messages.NO_KEYWORD.format(text=text, id=tandem_id))

    def add_aliases(self, tandem_id: str, text: str, words: Iterable[str]) -> Keyword:
        """Other words for one keyword (other languages, synonyms), matched as it is."""
        return self.workspace.set_keyword_aliases(tandem_id, text, add=list(words))

    def remove_aliases(self, tandem_id: str, text: str, words: Iterable[str]) -> Keyword:
        return self.workspace.set_keyword_aliases(tandem_id, text, remove=list(words))

    def move_keyword(self, tandem_id: str, text: str, position: int) -> list[Keyword]:
        if position < 1:
            raise InvalidInput("position", messages.BAD_POSITION)
        return self.workspace.move_keyword(tandem_id, text, position)

    def set_keyword_status(self, tandem_id: str, text: str, status: KeywordStatus) -> Keyword:
        """Open, covered or dropped (a dropped keyword stays in the history)."""
        return self.workspace.set_keyword_status(tandem_id, text, status)

    # --- profile ------------------------------------------------------------------------

    def edit_profile(
        self, tandem_id: str, draft: TandemDraft, *, same_department: bool = False
    ) -> Tandem:
        """Change the mentee's name, role and department and the mentor's department,
        checked as ``tandem add`` checks them: a tandem within one department needs
        ``same_department`` (the mentor confirmed it)."""
        from rmtui.core.tandems import profile_changes
        from rmtui.core.tandems import same_department as is_same_department

        changes = profile_changes(draft)
        if is_same_department(draft) and not same_department:
            dept = one_line(draft.mentor_dept)
            raise InvalidInput("mentor department", messages.SAME_DEPARTMENT.format(dept=dept))
        return self.workspace.update_tandem(tandem_id, **changes)

    def set_language(self, tandem_id: str, code: str) -> Tandem:
        """The language everything made for the tandem speaks from now on."""
        from rmtui.core.tandems import check_language

        return self.workspace.update_tandem(tandem_id, language=check_language(code))

    # --- kick-off -----------------------------------------------------------------------

    def kickoff(self, tandem_id: str, plan: KickoffPlan) -> list[SessionRef]:
        """Apply the kick-off: profile, keywords, and one planned session per date (the
        dates of sessions already held stay). Returns the planned sessions, in order."""
        from rmtui.service import kickoff as ko  # see the note on imports above

        tandem = self.workspace.tandem(tandem_id)
        ko.check_sessions(plan, tandem.frame.sessions)
        fields, rules = ko.profile_changes(plan)
        self.workspace.update_tandem(tandem_id, rules=rules, **fields)
        if plan.keywords:
            self.workspace.add_keywords(tandem_id, list(plan.keywords))
        existing = self.workspace.summary(tandem_id).sessions
        matched, fresh = ko.pairs(existing, plan.sessions)
        return self._date_sessions(tandem_id, matched, fresh, rules)

    def schedule(
        self, tandem_id: str, dates: Sequence[datetime], *, extend: bool = False
    ) -> list[SessionRef]:
        """Date the sessions not held yet, in order, as the kick-off does: planned ones
        move to the new date, the rest are created (planned, no agenda yet). More dates
        than the frame has sessions left are refused unless ``extend``."""
        from rmtui.service import kickoff as ko  # see the note on imports above

        summary = self.workspace.summary(tandem_id)
        frame = summary.tandem.frame.sessions
        held = [i for i in summary.sessions if i.status != "planned"]
        if not extend and len(held) + len(dates) > frame:
            left = max(0, frame - len(held))
            raise InvalidInput(
                "dates",
                messages.SCHEDULE_BEYOND_FRAME.format(len(dates), left=left, sessions=frame),
            )
        waiting = [i for i in summary.sessions if i.status == "planned"]
        matched, fresh = ko.pairs(waiting, tuple(ko.KickoffSession(at) for at in dates))
        return self._date_sessions(tandem_id, matched, fresh, summary.tandem.rules)

    def _date_sessions(
        self,
        tandem_id: str,
        matched: list[tuple[SessionInfo, KickoffSession]],
        fresh: list[KickoffSession],
        rules: list[str],
    ) -> list[SessionRef]:
        refs: list[SessionRef] = []
        for info, wanted in matched:
            if info.status != "planned":
                continue  # a session held keeps its date
            ref = SessionRef(tandem_id, info.n)
            if info.planned_at != wanted.at:
                self.workspace.update_session(tandem_id, info.n, _set_date(wanted.at))
            refs.append(ref)
        for wanted in fresh:
            session = self._new_session(tandem_id, wanted, rules)
            refs.append(SessionRef(tandem_id, self.workspace.add_session(session).n))
        return refs

    def _new_session(self, tandem_id: str, wanted: KickoffSession, rules: list[str]) -> Session:
        if wanted.template is None:
            from rmtui.service.kickoff import blank_session  # see the note on imports above

            return blank_session(tandem_id, wanted.at, rules)
        from rmtui.core.planning import new_session

        return new_session(tandem_id, wanted.template, wanted.at)

    # --- helpers ------------------------------------------------------------------------

    def _read_sessions(self, tandem_id: str, numbers: Iterable[int]) -> list[Session]:
        found: list[Session] = []
        for n in numbers:
            try:
                found.append(self.workspace.session(tandem_id, n))
            except (UnreadableFile, NotFound):
                continue  # reported where the session is opened
        return found

    def _keywords_of(self, tandem_id: str, words: Iterable[str]) -> list[str]:
        """The tandem's own spelling of each linked keyword (unknown words kept as typed)."""
        known = {fold(k.text): k.text for k in self.workspace.keywords(tandem_id)}
        out: list[str] = []
        for word in words:
            text = one_line(word)
            if text and known.get(fold(text), text) not in out:
                out.append(known.get(fold(text), text))
        return out


def _set_date(at: datetime) -> Callable[[Session], None]:
    def change(session: Session) -> None:
        session.planned_at = at

    return change


def _habit(habit: str, owner: str) -> str:
    rhythm = habits.habit_text(habit)
    if rhythm and owner != "mentee":
        raise InvalidInput("habit", messages.HABIT_MENTEE_ONLY)
    return rhythm


def _record_text(text: str) -> str:
    return checked_line(text, "text", MAX_RECORD_TEXT)


def _choice(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise InvalidInput(name, messages.ONE_OF.format(choices=", ".join(allowed)))
    return value
