"""Planning a session: a copy of a template, what the last session left open, and which
templates to offer first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timezone, tzinfo

from rmtui.core import messages
from rmtui.core.errors import InvalidInput
from rmtui.core.keywords import KeywordMatcher
from rmtui.core.limits import check_day
from rmtui.core.model import Action, AgendaItem, Keyword, Note, Session
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
        AgendaItem(title=i.title, minutes=i.minutes, prompts=list(i.prompts), notes=i.notes)
        for i in template.items
    ]


@dataclass(slots=True)
class CarryOver:
    """What an earlier session left open, offered for the next one."""

    session: int
    items: list[AgendaItem] = field(default_factory=list)
    actions: list[Note | Action] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.items or self.actions)

    @property
    def label(self) -> str:
        return messages.CARRIED_FROM.format(n=self.session)

    def follow_up(self) -> AgendaItem | None:
        """One item to follow up the open actions, each one a prompt."""
        if not self.actions:
            return None
        minutes = min(MAX_FOLLOW_UP, FOLLOW_UP_MINUTES + 2 * len(self.actions))
        return AgendaItem(
            title=messages.FOLLOW_UP_TITLE,
            minutes=minutes,
            prompts=[one_line(a.text) for a in self.actions],
            notes=self.label,
        )

    def as_items(self) -> list[AgendaItem]:
        """The follow-up first, then the items not reached last time."""
        head = self.follow_up()
        return ([head] if head else []) + self.items


def carry_over(previous: Session, actions: Sequence[Note | Action] | None = None) -> CarryOver:
    """Undone items and open actions of ``previous``, marked "carried from session N".

    ``actions`` are the open actions to follow up (the tandem's action records, which
    know their state); without them, every action note of ``previous`` is taken as open.
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
        if not item.done and not item.skipped
    ]
    if actions is None:
        actions = [note for note in previous.notes if note.kind == "action"]
    return CarryOver(session=previous.n, items=items, actions=list(actions))


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
            title=one_line(i.title), minutes=i.minutes, prompts=list(i.prompts), notes=i.notes
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

    A template that has its own follow-up item gets the open actions as prompts of that
    item, rather than a second follow-up item beside it.
    """
    fresh = items_from(template)
    if not carried:
        return fresh
    extra = _not_in(carried.items, fresh)
    head = carried.follow_up()
    own = next((i for i, item in enumerate(fresh) if _is_follow_up(item.title)), None)
    if head is None or own is None:
        return [*([head] if head else []), *extra, *fresh]
    item = fresh[own]
    item.prompts = [*head.prompts, *item.prompts]
    item.notes = f"{head.notes}\n\n{item.notes}" if item.notes else head.notes
    return [*fresh[: own + 1], *extra, *fresh[own + 1 :]]


_FOLLOW_UP_WORDS = ("follow-up", "follow up", "followup", "opvolging", "nachbereitung")


def _is_follow_up(title: str) -> bool:
    folded = fold(title).strip()
    return folded.startswith(_FOLLOW_UP_WORDS) or folded == fold(messages.FOLLOW_UP_TITLE)


def _not_in(carried: list[AgendaItem], fresh: list[AgendaItem]) -> list[AgendaItem]:
    """Carried items the template does not bring again (same title, any case or accent)."""
    titles = {fold(item.title).strip() for item in fresh}
    return [item for item in carried if fold(item.title).strip() not in titles]


def parse_planned_at(value: str, tz: tzinfo | None = None) -> datetime:
    """``"YYYY-MM-DD HH:MM"`` (or a bare date, at 09:00) as a local, aware datetime."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text if " " in text or "T" in text else f"{text} 09:00")
    except ValueError:
        raise InvalidInput("at", messages.BAD_PLANNED_AT.format(value=value)) from None
    check_day(moment.date(), "at")
    if tz is not None and _is_local_now(tz):
        tz = None  # today's local offset stands for local time: that date's own offset
    if moment.tzinfo is None:
        if not _exists(moment, tz):
            # A time the clocks skip (spring forward) would be stored an hour off.
            raise InvalidInput("at", messages.PLANNED_AT_DST_GAP.format(value=text))
        moment = moment.replace(tzinfo=tz) if tz else moment.astimezone()
    return moment.replace(second=0, microsecond=0)


def _is_local_now(tz: tzinfo) -> bool:
    """Whether ``tz`` is the fixed offset a local clock reading carries today
    (``datetime.now().astimezone()``): a date in another season has another offset."""
    now = datetime.now().astimezone()
    return isinstance(tz, timezone) and tz.utcoffset(None) == now.utcoffset()


def _exists(local: datetime, tz: tzinfo | None) -> bool:
    """Whether the wall time ``local`` occurs in ``tz`` (the system's zone when None)."""
    if tz is None:
        return local.astimezone().replace(tzinfo=None) == local
    there = local.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)
    return there.replace(tzinfo=None) == local


def check_not_before_start(planned_at: datetime, start: date | None) -> None:
    """Refuse a session date before the tandem's start: the frame counts from the start."""
    if start is not None and planned_at.date() < start:
        day = planned_at.date().isoformat()
        raise InvalidInput("at", messages.PLANNED_BEFORE_START.format(day=day, start=start))


@dataclass(frozen=True, slots=True)
class Ranked:
    template: Template
    covers: tuple[str, ...]  # the tandem's open keywords this template addresses


def rank_templates(templates: Iterable[Template], keywords: Iterable[Keyword]) -> list[Ranked]:
    """Templates that cover more still-open keywords first; otherwise the given order."""
    open_words = [k.text for k in sorted(keywords, key=lambda k: k.order) if k.status == "open"]
    matcher = KeywordMatcher.of(open_words)
    ranked: list[Ranked] = []
    for template in templates:
        about = "\n".join([template.title, *template.keywords, *template.tags])
        ranked.append(Ranked(template, tuple(matcher.find(about))))
    order = {id(r): i for i, r in enumerate(ranked)}
    return sorted(ranked, key=lambda r: (-len(r.covers), order[id(r)]))
