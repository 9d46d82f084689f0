"""Sessions as both faces use them: plan, run, stamp notes, review.

Every change is one locked read-modify-write of the session file (plus the tandem's
session index when status, date or title change) and returns what is then on disk. A
method returns only once its change is durable; a failed write raises ``WriteFailed``
(an ``RmtuiError`` with the reason) and leaves the file as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

from rmtui.core import capture, live, messages
from rmtui.core.clock import SessionClock, TimeSource
from rmtui.core.errors import InvalidInput, UnreadableFile
from rmtui.core.keywords import KeywordMatcher, attach
from rmtui.core.live import LIVE, ItemMark, NotAllowed
from rmtui.core.model import (
    NOTE_KINDS,
    AgendaItem,
    Note,
    NoteKind,
    Session,
    SessionInfo,
    SessionStatus,
)
from rmtui.core.refs import SessionRef
from rmtui.core.text import strip_control

if TYPE_CHECKING:
    # Planning and templates are imported where a session is planned (``note add`` and
    # the live screen do without them), the workspace by whoever opens it.
    from rmtui.core import planning
    from rmtui.core.template import Template
    from rmtui.service.agendas import AgendaService
    from rmtui.store.recovery import Recovery
    from rmtui.store.session_file import Signature
    from rmtui.store.session_repo import SavedNote
    from rmtui.store.workspace import Workspace

CURRENT: Final = -1
"""``add_note(item=CURRENT)``: the item current when the note is saved (the default)."""
MAX_REVIEW_TEXT: Final = 8000


class SessionService:
    """Plan, run and review sessions of one workspace; time sources are injectable.

    ``agendas`` gives the templates when a session is first planned (the services pass
    their shared ones); without it, the service opens the workspace's own."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        wall: TimeSource = time.time,
        mono: TimeSource = time.monotonic,
        agendas: Callable[[], AgendaService] | None = None,
    ) -> None:
        self.workspace = workspace
        self._find_agendas = agendas
        self._agendas: AgendaService | None = None
        self._wall = wall
        self._mono = mono
        self._matchers: dict[str, tuple[Signature | None, KeywordMatcher]] = {}

    # --- reading ------------------------------------------------------------------------

    def get(self, ref: SessionRef) -> Session:
        return self.workspace.session(ref.tandem_id, ref.n)

    def sessions(self, tandem_id: str) -> list[SessionInfo]:
        return self.workspace.session_index(tandem_id)

    def notes(self, ref: SessionRef) -> list[Note]:
        return self.get(ref).notes

    def signature(self, ref: SessionRef) -> Signature | None:
        """Poll this (one ``stat``) and reload with ``get`` when it changes."""
        return self.workspace.session_signature(ref.tandem_id, ref.n)

    def elapsed(self, session: Session) -> float:
        """``session``'s clock reading now (from its persisted state)."""
        return session.clock.elapsed(self._wall())

    def clock(self, session: Session) -> SessionClock:
        """A live clock for showing ``session``'s elapsed time (re-``adopt`` after reloads)."""
        return SessionClock(session.clock, wall=self._wall, mono=self._mono)

    def live(self) -> list[tuple[SessionRef, SessionStatus]]:
        """Sessions running or paused in the workspace, running ones first."""
        found = [
            (SessionRef(tandem_id, info.n), info.status)
            for tandem_id, info in self.workspace.live_sessions()
        ]
        return sorted(found, key=lambda pair: (pair[1] != "running", pair[0]))

    def find_live(self) -> SessionRef:
        """The session a note without a named session goes to: the one running (or else
        the one paused); refused when there is none or the choice is not obvious."""
        found = self.live()
        running = [ref for ref, status in found if status == "running"]
        candidates = running or [ref for ref, _ in found]
        if not candidates:
            raise NotAllowed(messages.NO_LIVE_SESSION)
        if len(candidates) > 1:
            raise NotAllowed(messages.SEVERAL_LIVE.format(ids=", ".join(map(str, candidates))))
        return candidates[0]

    # --- planning -----------------------------------------------------------------------

    @property
    def agendas(self) -> AgendaService:
        """The templates sessions are planned from (YAML is paid where they are used)."""
        if self._agendas is None and self._find_agendas is not None:
            self._agendas = self._find_agendas()
        if self._agendas is None:
            from rmtui.service.agendas import AgendaService

            self._agendas = AgendaService(self.workspace.layout)
        return self._agendas

    def templates(self, language: str | None = None) -> list[Template]:
        """The agenda templates in use, one per topic, in ``language`` where the topic
        has it (else English, else any): pass the tandem's language."""
        return self.agendas.templates(language)

    def template(self, template_id: str, language: str | None = None) -> Template:
        """The topic ``template_id`` in ``language`` (with fallback); ``RmtuiError`` when
        there is none."""
        return self.agendas.template(template_id, language)

    def rank_templates(
        self, tandem_id: str, templates: Iterable[Template], *, first: bool = False
    ) -> list[planning.Ranked]:
        """Templates for the plan screen: those covering still-open keywords first (the
        kick-off first for a ``first`` session of a tandem without keywords)."""
        from rmtui.core import planning

        return planning.rank_templates(templates, self.workspace.keywords(tandem_id), first=first)

    def carry_over(self, tandem_id: str) -> planning.CarryOver | None:
        """What the latest session that took place left open, or None: its undone items,
        and every action still open (records, and that session's unpromoted `!` notes)."""
        from rmtui.core import planning

        summary = self.workspace.summary(tandem_id)
        for info in reversed(summary.sessions):
            if info.status != "planned":
                previous = self.get(SessionRef(tandem_id, info.n))
                from rmtui.service.records import open_actions  # not needed by `note add`

                actions = open_actions(summary.actions, previous)
                return planning.carry_over(previous, actions) or None
        return None

    def target(self, tandem_id: str, session: int | None = None) -> planning.PlanTarget:
        """The session a template goes on: ``session`` (not held yet), else the next dated
        session without an agenda, else a new one (``beyond_frame`` says if it is past the
        frame). ``InvalidInput`` for a session that does not exist or has taken place."""
        from rmtui.core import planning

        summary = self.workspace.summary(tandem_id)
        return planning.plan_target(summary.sessions, summary.tandem.frame.sessions, session)

    def proposal(
        self, tandem_id: str, template: Template, target: planning.PlanTarget | None = None
    ) -> list[AgendaItem]:
        """The items ``plan`` would use, for the mentor to reorder, drop or re-time first."""
        target = target or self.target(tandem_id)
        return proposed(template, self.carry_over(tandem_id), target)

    def next_planned(self, tandem_id: str) -> SessionRef | None:
        """The tandem's next session to start: the earliest planned one."""
        first = next_planned_of(self.sessions(tandem_id))
        return SessionRef(tandem_id, first.n) if first else None

    def plan(
        self,
        tandem_id: str,
        template: Template,
        planned_at: datetime | None = None,
        *,
        items: Sequence[AgendaItem] | None = None,
        carry: bool = True,
        session: int | None = None,
        extend: bool = False,
    ) -> Session:
        """Put ``template`` on a session (see ``target``): an existing planned session
        keeps its date unless ``planned_at`` is given; a new session past the frame is
        refused unless ``extend``. Unless ``items`` are given (the mentor's adjusted list),
        the session gets the template's items after what the previous session left open
        (a first session: without the template's follow-up item); ``carry=False`` takes
        the template's items as they are."""
        from rmtui.core import planning

        if planned_at is not None:
            planning.check_not_before_start(planned_at, self.workspace.tandem(tandem_id).start)
        target = self.target(tandem_id, session)
        if target.beyond_frame and not extend:
            frame = self.workspace.tandem(tandem_id).frame.sessions
            raise NotAllowed(messages.PLAN_BEYOND_FRAME.format(frame, n=target.n, sessions=frame))
        if items is None and not carry:
            items = planning.items_from(template)  # the template as it is
        elif items is None:
            items = proposed(template, self.carry_over(tandem_id), target)
        if target.new:
            fresh = planning.new_session(tandem_id, template, planned_at, items=items)
            return self.workspace.add_session(fresh)
        ref = SessionRef(tandem_id, target.n)
        return self.replan(ref, items=items, planned_at=planned_at, template=template)

    def plan_from(
        self,
        tandem_id: str,
        template_id: str,
        planned_at: datetime | None = None,
        *,
        carry: bool = True,
        session: int | None = None,
        extend: bool = False,
        language: str | None = None,
    ) -> Session:
        """``plan`` with the template named by its topic id (as the command line gives
        it), in ``language`` where the topic has it (default: the tandem's language)."""
        from rmtui.core.tandems import spoken

        tandem = self.workspace.tandem(tandem_id)  # an unknown tandem is named first
        template = self.template(template_id, language or spoken(tandem))
        return self.plan(
            tandem_id, template, planned_at, carry=carry, session=session, extend=extend
        )

    def language_of(self, tandem_id: str) -> str:
        """The language the tandem's agendas and exports speak (``core.tandems.spoken``)."""
        from rmtui.core.tandems import spoken

        return spoken(self.workspace.tandem(tandem_id))

    def replan(
        self,
        ref: SessionRef,
        *,
        items: Sequence[AgendaItem] | None = None,
        planned_at: datetime | None = None,
        template: Template | None = None,
    ) -> Session:
        """Change the items or the date of a session that has not started; ``template``
        becomes its agenda (title and rules too)."""
        from rmtui.core import planning

        if planned_at is not None:
            start = self.workspace.tandem(ref.tandem_id).start
            planning.check_not_before_start(planned_at, start)

        def change(session: Session) -> None:
            if session.status != "planned":
                raise NotAllowed(messages.SESSION_NOT_PLANNED.format(id=session.id))
            if template is not None:
                session.agenda_id, session.title = template.id, template.title
                session.rules = list(template.rules)
            if items is not None:
                session.items = planning.check_items(items)
                session.current_item = 0
            if planned_at is not None:
                session.planned_at = planned_at

        return self._update(ref, change)

    # --- running ------------------------------------------------------------------------

    def start(self, ref: SessionRef) -> Session:
        """Run a planned or paused session; refused while another one is live.

        A session's date is when it took place: one starting on another day than planned
        (or before its planned time, or without a date) is dated now as it starts.
        """
        others = [(r, status) for r, status in self.live() if r != ref]
        if others:
            other, status = others[0]
            raise NotAllowed(messages.OTHER_SESSION_LIVE.format(other=other, status=status))

        def step(session: Session, now: float) -> None:
            first = session.status == "planned"
            live.start(session, now)
            if first:
                session.planned_at = dated_at_start(session.planned_at, _wall_time(now))

        return self._timed(ref, step)

    def pause(self, ref: SessionRef) -> Session:
        return self._timed(ref, live.pause)

    def resume(self, ref: SessionRef) -> Session:
        return self._timed(ref, live.resume)

    def stop(self, ref: SessionRef) -> Session:
        """End the session; its `!`, `>` and `<` notes become the tandem's records."""
        from rmtui.service.records import promote  # not needed by `note add`

        session = self._timed(ref, live.stop)
        promote(self.workspace, ref.tandem_id, ref.n)
        return session

    def next_item(self, ref: SessionRef) -> Session:
        return self._timed(ref, lambda s, now: live.step(s, +1, now))

    def previous_item(self, ref: SessionRef) -> Session:
        return self._timed(ref, lambda s, now: live.step(s, -1, now))

    def go_to(self, ref: SessionRef, index: int) -> Session:
        return self._timed(ref, lambda s, now: live.go_to(s, index, now))

    def mark_item(
        self,
        ref: SessionRef,
        index: int | None = None,
        how: ItemMark = "done",
        *,
        advance: bool = False,
    ) -> Session:
        """Mark an item (default: the current one); ``advance`` then moves past it."""

        def change(session: Session, now: float) -> None:
            target = session.current_item if index is None else index
            live.mark(session, target, how)
            if advance and how != "open" and target == session.current_item:
                live.step(session, +1, now)

        return self._timed(ref, change)

    def set_driving(self, ref: SessionRef, on: bool) -> Session:
        return self._timed(ref, lambda s, now: live.set_driving(s, on, now))

    def toggle_driving(self, ref: SessionRef) -> Session:
        """Mentee at the keyboard <-> talk/demo, decided on the state on disk."""
        return self._timed(ref, lambda s, now: live.set_driving(s, s.driving_since is None, now))

    # --- notes --------------------------------------------------------------------------

    def add_note(
        self,
        ref: SessionRef | None,
        line: str,
        *,
        kind: NoteKind | None = None,
        private: bool = False,
        at: float | None = None,
        item: int | None = CURRENT,
    ) -> Note:
        """Save one typed line as a note, durably, and return it with its id (see
        ``save_note``)."""
        saved = self.save_note(ref, line, kind=kind, private=private, at=at, item=item)
        return saved.note

    def save_note(
        self,
        ref: SessionRef | None,
        line: str,
        *,
        kind: NoteKind | None = None,
        private: bool = False,
        at: float | None = None,
        item: int | None = CURRENT,
    ) -> SavedNote:
        """Save one typed line as a note, durably; the note with its id, and the session
        file's signature before and after the save (a poll that had seen the first need
        not read the file again for the second).

        Prefix characters set kind and privacy (see ``core.capture``); ``kind`` overrides
        the prefix and ``private`` adds to it. ``at`` is the clock reading when the mentor
        pressed Enter (the TUI saves off its event loop); by default the session clock now.
        Keywords of the tandem found in the text, and its ``#tags``, are attached.
        ``ref=None`` means the live session (``find_live``).
        """
        target = ref or self.find_live()
        typed = capture.parse(line)
        text = capture.check_text(typed.text, typed.sheet)
        note_kind = check_kind(kind) if kind else typed.kind
        keywords = attach(text, typed.tags, self._matcher(target.tandem_id))
        wall = self._wall()

        def make(session: Session, last_stamp: float) -> Note:
            return Note(
                id=0,
                elapsed=at if at is not None else max(session.clock.elapsed(wall), last_stamp),
                wall=_wall_time(wall),
                text=text,
                kind=note_kind,
                item=_note_item(session, item),
                keywords=keywords,
                private=typed.private or private,
                sheet=typed.sheet,
            )

        return self.workspace.save_note(target.tandem_id, target.n, make)

    def update_note(
        self,
        ref: SessionRef,
        note_id: int,
        *,
        text: str | None = None,
        kind: NoteKind | None = None,
        private: bool | None = None,
    ) -> Note:
        """Edit a note in the review: its text is taken literally (no prefixes), and its
        keywords are found again."""
        matcher = self._matcher(ref.tandem_id) if text is not None else None

        def change(note: Note) -> None:
            if text is not None and matcher is not None:
                note.text = capture.check_text(strip_control(text).strip())
                note.keywords = attach(note.text, capture.find_tags(note.text), matcher)
            if kind is not None:
                note.kind = check_kind(kind)
            if private is not None:
                note.private = private

        return self.workspace.update_note(ref.tandem_id, ref.n, note_id, change)

    def toggle_private(self, ref: SessionRef, note_id: int) -> Note:
        def change(note: Note) -> None:
            note.private = not note.private

        return self.workspace.update_note(ref.tandem_id, ref.n, note_id, change)

    def delete_note(self, ref: SessionRef, note_id: int) -> Note:
        return self.workspace.delete_note(ref.tandem_id, ref.n, note_id)

    # --- the review ---------------------------------------------------------------------

    def answer_question(self, ref: SessionRef, note_id: int, text: str) -> Note:
        """The mentor's answer to a `?` note, for the recap; empty text removes it."""
        answer = _review_text(text, "answer")

        def change(note: Note) -> None:
            if note.kind != "question":
                raise NotAllowed(messages.NOT_A_QUESTION.format(id=ref, note=note_id))
            note.answer = answer

        return self.workspace.update_note(ref.tandem_id, ref.n, note_id, change)

    def finish_review(self, ref: SessionRef) -> None:
        """The review is done: notes it made actions or learned entries become records
        too (promotion is idempotent: what the stop stored is not stored twice), and the
        records the stop stored follow the notes as the review left them."""
        from rmtui.service.records import promote

        if self.get(ref).status == "done":
            promote(self.workspace, ref.tandem_id, ref.n, follow=True)

    # --- notes kept when the TUI quit without saving them --------------------------------

    def keep_unsaved(self, ref: SessionRef, notes: Sequence[tuple[str, float]]) -> Path:
        """Keep typed lines (with their clock readings) that could not be saved in a
        recovery file in the workspace; its path. The next start offers them again."""
        from rmtui.store import recovery

        kept = [recovery.KeptNote(line, at) for line, at in notes]
        now = _wall_time(self._wall())
        return recovery.keep(self.workspace.layout, ref.tandem_id, ref.n, kept, now)

    def recovered(self) -> list[Recovery]:
        """The recovery files waiting in the workspace, oldest first."""
        from rmtui.store import recovery

        return recovery.found(self.workspace.layout)

    def save_recovered(self, kept: Recovery) -> int:
        """Save the notes of a recovery file to their session, then remove the file; on a
        failure the file keeps only the notes not saved yet. The count saved."""
        from rmtui.store import recovery

        ref = SessionRef(kept.tandem_id, kept.n)
        for index, note in enumerate(kept.notes):
            try:
                self.add_note(ref, note.line, at=note.elapsed)
            except Exception:
                if index:  # a retry must not save the first ones twice
                    recovery.rewrite(kept, kept.notes[index:])
                raise
        recovery.discard(kept)
        return len(kept.notes)

    def set_reflection(self, ref: SessionRef, text: str) -> Session:
        """The mentor's private reflection (what went well, what was hard); never exported."""
        reflection = _review_text(text, "reflection")

        def change(session: Session) -> None:
            session.reflection = reflection

        return self._update(ref, change)

    # --- helpers ------------------------------------------------------------------------

    def _update(self, ref: SessionRef, change: Callable[[Session], None]) -> Session:
        return self.workspace.update_session(ref.tandem_id, ref.n, change)

    def _timed(self, ref: SessionRef, step: Callable[[Session, float], None]) -> Session:
        # The wall time is read inside the lock, after any other process's change.
        return self._update(ref, lambda session: step(session, self._wall()))

    def _matcher(self, tandem_id: str) -> KeywordMatcher:
        # Kept while the tandem file is unchanged: a note save then reads one file only.
        signature = self.workspace.tandem_signature(tandem_id)
        cached = self._matchers.get(tandem_id)
        if cached is not None and signature is not None and cached[0] == signature:
            return cached[1]
        try:
            keywords = self.workspace.keywords(tandem_id)
        except UnreadableFile:
            # A note is worth more than its keywords: save it untagged; the unreadable
            # tandem file is reported (with its backup) wherever the tandem is shown.
            return KeywordMatcher.of(())
        matcher = KeywordMatcher.of(k for k in keywords if k.status != "dropped")
        self._matchers[tandem_id] = (signature, matcher)
        return matcher


def next_planned_of(sessions: Iterable[SessionInfo]) -> SessionInfo | None:
    """The session to start next among a tandem's index entries: the earliest planned
    one (those without a date last); for screens that hold the index already."""
    planned = [i for i in sessions if i.status == "planned"]
    if not planned:
        return None
    return min(planned, key=lambda i: (i.planned_at is None, i.planned_at or 0, i.n))


def proposed(
    template: Template, carried: planning.CarryOver | None, target: planning.PlanTarget
) -> list[AgendaItem]:
    """The items a session planned on ``target`` starts from (see ``SessionService.plan``);
    pure, for screens that hold what it needs already."""
    from rmtui.core import planning

    items = planning.proposed_items(template, carried)
    return planning.first_session_items(items) if target.first else items


LATE_START = timedelta(hours=1)
"""A session that starts this late still keeps its planned time; later, it is dated now
(the recap must not show a time the session never happened at)."""


def dated_at_start(planned_at: datetime | None, now: datetime) -> datetime:
    """A session's date once it starts at ``now``: the planned one if the session starts
    at most ``LATE_START`` after it, else ``now``."""
    if planned_at is not None:
        planned = planned_at.astimezone(now.tzinfo)
        if planned <= now <= planned + LATE_START:
            return planned_at
    return now.replace(second=0, microsecond=0)


def check_kind(value: str) -> NoteKind:
    if value not in NOTE_KINDS:
        kinds = ", ".join(NOTE_KINDS)
        raise InvalidInput("kind", messages.BAD_KIND.format(value=value, kinds=kinds))
    return value  # type: ignore[return-value]


def _review_text(text: str, field: str) -> str:
    """Text written in the review (answers, reflection): several lines allowed."""
    clean = strip_control(text).strip()
    if len(clean) > MAX_REVIEW_TEXT:
        raise InvalidInput(field, messages.NOTE_TOO_LONG.format(limit=MAX_REVIEW_TEXT))
    return clean


def _note_item(session: Session, item: int | None) -> int | None:
    if item is None:
        return None
    if item == CURRENT:
        has_item = 0 <= session.current_item < len(session.items)
        return session.current_item if session.status in LIVE and has_item else None
    live.check_item(session, item)
    return item


def _wall_time(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch).astimezone().replace(microsecond=0)
