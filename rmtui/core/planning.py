"""Planning a session: a copy of a template, what the last session left open, and which
templates to offer first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timezone, tzinfo
from functools import cache

from rmtui.core import i18n, messages
from rmtui.core.dates import typed_moment
from rmtui.core.errors import InvalidInput
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.limits import check_day
from rmtui.core.messages.sessions import CARRIED_FROM as CARRIED_FROM_ENGLISH
from rmtui.core.model import Action, AgendaItem, Keyword, Note, Session, SessionInfo
from rmtui.core.records import source_of
from rmtui.core.template import Template
from rmtui.core.text import checked_line, fold, one_line

MAX_ITEM_MINUTES = 480
MAX_ITEM_TITLE = 120  # as in a template
NEW_ITEM_MINUTES = 10
FOLLOW_UP_MINUTES = 5  # and two more per open action, up to MAX_FOLLOW_UP
MAX_FOLLOW_UP = 20


def items_from(template: Template) -> list[AgendaItem]:
    """Fresh agenda items copied from ``template``: later edits of it change nothing here."""
    return [
        AgendaItem(
            title=i.title,
            minutes=i.minutes,
            prompts=list(i.prompts),
            notes=i.notes,
            follow_up=i.follow_up,
        )
        for i in template.items
    ]


@dataclass(slots=True)
class CarryOver:
    """What an earlier session left open, offered for the next one.

    ``actions`` are the open action records, then the `!` notes of that session not yet
    promoted, as actions without an id (their ``source`` names the note).
    """

    session: int
    items: list[AgendaItem] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.items or self.actions)

    @property
    def label(self) -> str:
        return messages.CARRIED_FROM.format(n=self.session)

    def follow_up(self) -> AgendaItem | None:
        """One item to follow up the open actions: it refers to them, it copies no text
        (see ``AgendaItem.actions``); ``followed_up`` shows them."""
        if not self.actions:
            return None
        minutes = min(MAX_FOLLOW_UP, FOLLOW_UP_MINUTES + 2 * len(self.actions))
        return AgendaItem(
            title=messages.FOLLOW_UP_TITLE,
            minutes=minutes,
            notes=self.label,
            follow_up=True,
            actions=[a.id for a in self.actions if a.id],
            action_notes=[a.source for a in self.actions if not a.id and a.source],
        )

    def as_items(self) -> list[AgendaItem]:
        """The follow-up first, then the items not reached last time."""
        head = self.follow_up()
        return ([head] if head else []) + self.items


@cache
def _carried(language: str) -> re.Pattern[str]:
    labels = dict.fromkeys((CARRIED_FROM_ENGLISH, messages.CARRIED_FROM))
    return re.compile("|".join(re.escape(s).replace(r"\{n\}", r"\d+") for s in labels))


def is_carried_label(line: str) -> bool:
    """Whether ``line`` is the label "carried from session N", in English or in the
    language spoken now (a label is written in the language of its day)."""
    return _carried(i18n.current()).fullmatch(line) is not None


def is_carried(item: AgendaItem) -> bool:
    """Whether the item came from an earlier session (its notes open with the label)."""
    return is_carried_label(item.notes.strip().split("\n", 1)[0].strip())


def carry_over(previous: Session, actions: Sequence[Note | Action] | None = None) -> CarryOver:
    """Undone items and open actions of ``previous``, marked "carried from session N".

    ``actions`` are the open actions to follow up (the tandem's action records, which
    know their state, and notes not promoted yet); without them, every action note of
    ``previous`` is taken as open. An undone follow-up item is not carried: the new
    follow-up item refers to every action still open.
    """
    label = messages.CARRIED_FROM.format(n=previous.n)
    items = [
        AgendaItem(
            title=item.title,
            minutes=item.minutes,
            prompts=list(item.prompts),
            notes=f"{label}\n\n{item.notes}" if item.notes else label,
        )
        for item in previous.items
        if not item.done and not item.skipped and not item.follow_up
    ]
    if actions is None:
        actions = [note for note in previous.notes if note.kind == "action"]
    return CarryOver(
        session=previous.n, items=items, actions=[_as_action(a, previous.n) for a in actions]
    )


def _as_action(found: Note | Action, n: int) -> Action:
    """A `!` note of session ``n`` not promoted yet, as an action without an id."""
    if isinstance(found, Action):
        return found
    source = source_of(n, found.id)
    return Action(id=0, text=found.text, session=n, private=found.private, source=source)


def followed_up(item: AgendaItem, actions: Iterable[Action], *, shared: bool) -> list[Action]:
    """The actions ``item`` follows up, as ``actions`` (the tandem's records, and notes
    not promoted yet) have them now; a reference whose record is gone shows nothing.

    ``shared``: for a screen the mentee sees (the live screen) or anything that leaves
    the workspace: private actions are left out.
    """
    if not (item.actions or item.action_notes):
        return []
    listed = list(actions)
    by_id = {a.id: a for a in listed if a.id}
    by_source = {a.source: a for a in listed if a.source}
    found = [by_id[i] for i in item.actions if i in by_id]
    found += [by_source[s] for s in item.action_notes if s in by_source]
    unique = list({id(a): a for a in found}.values())
    return [a for a in unique if not (shared and a.private)]


def item_title(text: str) -> str:
    """An item title typed while planning, on one line; raises ``InvalidInput``."""
    return checked_line(text, "item title", MAX_ITEM_TITLE)


def check_items(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """Items as the mentor adjusted them (reordered, dropped, re-timed), validated."""
    if not items:
        raise InvalidInput("items", messages.NO_ITEMS)
    for item in items:
        if not one_line(item.title):
            raise InvalidInput("item title", messages.REQUIRED)
        if not 1 <= item.minutes <= MAX_ITEM_MINUTES:
            raise InvalidInput("minutes", messages.ITEM_MINUTES.format(title=item.title))
    return [
        AgendaItem(
            title=one_line(i.title),
            minutes=i.minutes,
            prompts=list(i.prompts),
            notes=i.notes,
            follow_up=i.follow_up,
            actions=list(i.actions),
            action_notes=list(i.action_notes),
        )
        for i in items
    ]


def new_session(
    tandem_id: str,
    template: Template,
    planned_at: datetime | None = None,
    *,
    items: Sequence[AgendaItem] | None = None,
    carried: CarryOver | None = None,
) -> Session:
    """A planned session from ``template`` (its number is given when it is stored).

    ``items`` replaces the template's items (the mentor adjusted them); otherwise the
    carried items come first, then the template's.
    """
    if items is None:
        items = proposed_items(template, carried)
    return Session(
        tandem_id=tandem_id,
        n=0,
        planned_at=planned_at,
        agenda_id=template.id,
        title=template.title,
        rules=list(template.rules),
        items=check_items(items),
    )


def proposed_items(template: Template, carried: CarryOver | None = None) -> list[AgendaItem]:
    """What a new session starts from: the carried items (those the template does not
    bring again), then the template's own.

    A template that has its own follow-up item gets the open actions in that item,
    rather than a second follow-up item beside it.
    """
    fresh = items_from(template)
    if not carried:
        return fresh
    extra = _not_in(carried.items, fresh)
    head = carried.follow_up()
    own = own_follow_up(fresh)
    if head is None or own is None:
        return [*([head] if head else []), *extra, *fresh]
    fresh[own] = replace(
        fresh[own],
        follow_up=True,
        actions=[*head.actions, *fresh[own].actions],
        action_notes=[*head.action_notes, *fresh[own].action_notes],
        notes=f"{head.notes}\n\n{fresh[own].notes}" if fresh[own].notes else head.notes,
    )
    return [*fresh[: own + 1], *extra, *fresh[own + 1 :]]


# Titles that meant "follow-up" before templates could say so (``follow_up: true``).
_FOLLOW_UP_WORDS = ("follow-up", "follow up", "followup", "opvolging", "nachbereitung")


def own_follow_up(items: Sequence[AgendaItem]) -> int | None:
    """The index of the follow-up item among a template's ``items``: the one marked
    ``follow_up``; in a template that marks none (one written before the marker), an
    item whose title says so."""
    marked = next((i for i, item in enumerate(items) if item.follow_up), None)
    if marked is not None:
        return marked
    return next((i for i, item in enumerate(items) if is_follow_up_title(item.title)), None)


def is_follow_up_title(title: str) -> bool:
    """Whether a title reads as a follow-up item (for items that carry no marker)."""
    folded = fold(title).strip()
    return folded.startswith(_FOLLOW_UP_WORDS) or folded == fold(messages.FOLLOW_UP_TITLE)


def _not_in(carried: list[AgendaItem], fresh: list[AgendaItem]) -> list[AgendaItem]:
    """Carried items the template does not bring again (same title, any case or accent)."""
    titles = {fold(item.title).strip() for item in fresh}
    return [item for item in carried if fold(item.title).strip() not in titles]


def parse_planned_at(
    value: str, tz: tzinfo | None = None, *, today: date | None = None
) -> datetime:
    """A date and time as typed (``core.dates``: ISO, ``10.12.2026 15:00``, ``tue 15:00``;
    a bare day at 09:00) as a local, aware datetime; ``today`` anchors the words
    (default: today in ``tz``).

    A time the clocks skip (the spring change) moves on by the length of the gap, as
    calendar apps do; ``in_dst_gap`` lets the caller say so.
    """
    moment = _typed(value, tz, today)
    check_day(moment.date(), "at")
    if tz is not None and _is_local_now(tz):
        tz = None  # today's local offset stands for local time: that date's own offset
    if moment.tzinfo is None:
        if tz is not None:
            moment = moment.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)
        else:
            moment = datetime.fromtimestamp(moment.timestamp()).astimezone()
    return moment.replace(second=0, microsecond=0)


def in_dst_gap(value: str, tz: tzinfo | None = None, *, today: date | None = None) -> bool:
    """Whether the typed local time does not exist (``tz``, default the local zone)."""
    typed = _typed(value, tz, today)
    if typed.tzinfo is not None:
        return False
    if tz is not None and _is_local_now(tz):
        tz = None
    if tz is not None:
        back = typed.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    else:
        back = datetime.fromtimestamp(typed.timestamp())
    return back != typed


def _typed(value: str, tz: tzinfo | None, today: date | None) -> datetime:
    if today is None:
        today = datetime.now(tz).date()
    moment = typed_moment(value, today, default=time(9, 0))
    if moment is None:
        raise InvalidInput("at", messages.BAD_PLANNED_AT.format(value=value))
    return moment


def _is_local_now(tz: tzinfo) -> bool:
    """Whether ``tz`` is the fixed offset a local clock reading carries today
    (``datetime.now().astimezone()``): a date in another season has another offset."""
    now = datetime.now().astimezone()
    return isinstance(tz, timezone) and tz.utcoffset(None) == now.utcoffset()


def check_not_before_start(planned_at: datetime, start: date | None) -> None:
    """Refuse a session date before the tandem's start: the frame counts from the start."""
    if start is not None and planned_at.date() < start:
        day = planned_at.date().isoformat()
        raise InvalidInput("at", messages.PLANNED_BEFORE_START.format(day=day, start=start))


@dataclass(frozen=True, slots=True)
class Ranked:
    template: Template
    covers: tuple[str, ...]  # the tandem's open keywords this template addresses


def rank_templates(
    templates: Iterable[Template], keywords: Iterable[Keyword], *, first: bool = False
) -> list[Ranked]:
    """Templates that cover more still-open keywords first; otherwise the given order.

    ``first``: the tandem's first session is being planned. Without a keyword yet there
    is nothing to rank by, and the first session is the kick-off: its templates come first.
    """
    keywords = list(keywords)
    open_words = [k for k in sorted(keywords, key=lambda k: k.order) if k.status == "open"]
    matcher = KeywordMatcher.of(open_words)
    ranked: list[Ranked] = []
    for template in templates:
        about = "\n".join([template.title, *template.keywords, *template.tags])
        ranked.append(Ranked(template, tuple(matcher.find(about))))
    order = {id(r): i for i, r in enumerate(ranked)}
    kickoff_first = first and not keywords
    return sorted(
        ranked,
        key=lambda r: (
            not (kickoff_first and is_kickoff(r.template)),
            -len(r.covers),
            order[id(r)],
        ),
    )


_KICKOFF_TAGS = frozenset({"kickoff", "kick-off", "first-session", "eerste-sessie"})


def is_kickoff(template: Template) -> bool:
    """A template for the tandem's first session (tagged so, or named ``kickoff``)."""
    tags = {fold(tag).strip() for tag in template.tags}
    return bool(tags & _KICKOFF_TAGS) or template.id.split("-", 1)[0] == "kickoff"


def first_session_items(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """The items of a tandem's first session: no session came before it, so a template's
    follow-up of "last session's actions" has nothing to follow up and is left out."""
    own = own_follow_up(items)
    kept = [item for i, item in enumerate(items) if i != own]
    return kept or list(items)


@dataclass(frozen=True, slots=True)
class PlanTarget:
    """The session a template goes on: an existing planned one (its date is kept unless
    the mentor gives another) or a new one, numbered ``n``."""

    n: int
    planned_at: datetime | None = None
    new: bool = False
    beyond_frame: bool = False  # a new session past the frame's count: ask first
    first: bool = False  # no session has taken place yet: nothing to follow up
    agenda_id: str = ""  # the agenda the session has now (replaced by the new one)


def plan_target(
    sessions: Iterable[SessionInfo], frame_sessions: int, wanted: int | None = None
) -> PlanTarget:
    """Where planning puts a template: session ``wanted`` (one not held yet, or the next
    new number), else the next dated session without an agenda, else a new session.

    Raises ``InvalidInput`` for a session that does not exist or has taken place.
    """
    infos = sorted(sessions, key=lambda i: i.n)
    first = all(i.status == "planned" for i in infos)
    after = infos[-1].n + 1 if infos else 1
    beyond = len(infos) >= frame_sessions
    if wanted is not None:
        info = next((i for i in infos if i.n == wanted), None)
        if info is None and wanted != after:
            text = messages.PLAN_NO_SESSION if infos else messages.PLAN_NO_SESSION_YET
            raise InvalidInput("session", text.format(n=wanted, last=after - 1, next=after))
        if info is not None and info.status != "planned":
            raise InvalidInput("session", messages.PLAN_SESSION_HELD.format(n=wanted))
        if info is not None:
            return PlanTarget(info.n, info.planned_at, first=first, agenda_id=info.agenda_id)
    else:
        blank = [i for i in infos if i.status == "planned" and not i.agenda_id]
        if blank:
            info = min(blank, key=lambda i: (i.planned_at is None, i.planned_at or 0, i.n))
            return PlanTarget(info.n, info.planned_at, first=first)
    return PlanTarget(after, new=True, beyond_frame=beyond, first=first)
