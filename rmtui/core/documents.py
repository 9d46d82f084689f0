"""The one place where domain objects meet the documents of the workspace files and the
JSON export (plain dicts and lists: the TinyDB tables are made of them).

Every ``*_from_doc`` raises ``ValueError`` (or ``KeyError``/``TypeError``) on a record of
the wrong shape; the repository turns that into a message naming the file.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar

from rmtui.core import i18n, messages
from rmtui.core.limits import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_COUNT,
    MAX_MONTHS,
    MAX_SECONDS,
    MAX_SESSIONS,
    day_in_range,
    seconds_in_range,
)
from rmtui.core.model import (
    ACTION_OWNERS,
    ACTION_STATES,
    CHECKIN_STATES,
    KEYWORD_STATUSES,
    LEARNED_BY,
    NOTE_KINDS,
    SESSION_STATUSES,
    SHEET_MARKS,
    TANDEM_STATUSES,
    Action,
    ActionOwner,
    ActionState,
    AgendaItem,
    Checkin,
    CheckinState,
    ClockState,
    Frame,
    Keyword,
    KeywordStatus,
    LearnedBy,
    LearningEntry,
    Note,
    NoteKind,
    Session,
    SessionInfo,
    SessionStatus,
    Tandem,
    TandemStatus,
)
from rmtui.core.strict_json import valid_unicode

Doc = dict[str, Any]
T = TypeVar("T")


def _str(doc: Doc, key: str, default: str | None = None) -> str:
    value = doc.get(key, default)
    if value.__class__ is str and value.isascii():
        return value  # most values: nothing more to check (thousands of notes per export)
    if not isinstance(value, str):
        raise ValueError(messages.DOC_NOT_TEXT.format(key=key, found=type(value).__name__))
    if not valid_unicode(value):
        raise ValueError(messages.FIELD_NOT_UNICODE.format(field=key))
    return value


def _int(
    doc: Doc,
    key: str,
    default: int | None = None,
    low: int = 0,
    high: int = MAX_COUNT,
    label: str | None = None,
) -> int:
    value = doc.get(key, default)
    name = label or key
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(messages.DOC_NOT_WHOLE.format(key=name, value=value))
    if not low <= value <= high:
        raise ValueError(_out_of_range(name, value, low, high))
    return value


def _out_of_range(key: str, value: int, low: int, high: int) -> str:
    return messages.FIELD_TOO_SMALL_OR_BIG.format(
        field=key, value=_shown(value), low=low, high=high
    )


def _shown(value: int) -> str:
    """A whole number as a message shows it: a huge one by its first digits and length."""
    if abs(value) < 10**12:
        return str(value)
    digits = str(abs(value))  # at most a few thousand digits: Python caps int parsing
    return f"{'-' if value < 0 else ''}{digits[:6]}… ({len(digits)} digits)"


def _num(doc: Doc, key: str, default: float = 0.0) -> float:
    """A time in seconds (on the session clock, or a wall-clock stamp): finite, 0 or more."""
    value = doc.get(key, default)
    if value.__class__ is float and 0.0 <= value <= MAX_SECONDS:
        return value  # the common case (NaN and infinities fail the comparison)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(messages.DOC_NOT_NUMBER.format(key=key, value=value))
    fits = 0 <= value <= MAX_SECONDS if isinstance(value, int) else seconds_in_range(value)
    if not fits:
        shown = _shown(value) if isinstance(value, int) else value
        raise ValueError(messages.FIELD_NOT_FINITE.format(field=key, value=shown, high=MAX_SECONDS))
    return float(value)


def _opt_num(doc: Doc, key: str) -> float | None:
    return None if doc.get(key) is None else _num(doc, key)


def _bool(doc: Doc, key: str, default: bool = False) -> bool:
    value = doc.get(key, default)
    if value is not True and value is not False:
        raise ValueError(messages.DOC_NOT_BOOL.format(key=key, value=value))
    return value


def _strs(doc: Doc, key: str) -> list[str]:
    value = doc.get(key, [])
    if value.__class__ is list:
        try:
            if "".join(value).isascii():
                return list(value)  # texts only (join refuses anything else), all ASCII
        except TypeError:
            pass
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(messages.DOC_NOT_TEXT_LIST.format(key=key))
    if not all(map(valid_unicode, value)):
        raise ValueError(messages.FIELD_NOT_UNICODE.format(field=key))
    return list(value)


def _ints(doc: Doc, key: str) -> list[int]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise ValueError(messages.DOC_NOT_WHOLE_LIST.format(key=key))
    for v in value:
        if not 0 <= v <= MAX_COUNT:
            raise ValueError(_out_of_range(key, v, 0, MAX_COUNT))
    return list(value)


def _opt_str(doc: Doc, key: str) -> str | None:
    return None if doc.get(key) is None else _str(doc, key)


def _choice(doc: Doc, key: str, allowed: tuple[str, ...], default: str) -> str:
    value = _str(doc, key, default)
    if value not in allowed:
        raise ValueError(
            messages.DOC_NOT_ONE_OF.format(key=key, value=value, allowed=", ".join(allowed))
        )
    return value


def _date(value: Any, key: str = "date") -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(messages.DOC_NOT_DATE.format(value=value))
    return _in_years(date.fromisoformat(value), key, value)


def _datetime(value: Any, key: str = "date") -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(messages.DOC_NOT_DATETIME.format(value=value))
    moment = datetime.fromisoformat(value)
    _in_years(moment.date(), key, value)
    return moment


def _in_years(day: date, key: str, value: str) -> date:
    if not day_in_range(day):
        raise ValueError(
            messages.FIELD_DATE_RANGE.format(
                field=key, value=value, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return day


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _obj(value: Any, what: str) -> Doc:
    if not isinstance(value, dict):
        raise ValueError(messages.DOC_NOT_OBJECT.format(what=what))
    return value


# --- tandem -----------------------------------------------------------------------------


# Kick-off profile texts, optional in files written before the kick-off flow existed.
PROFILE_FIELDS = (
    "mentor_expectations",
    "mentee_interests",
    "mentee_skills",
    "mentor_interests",
    "mentor_skills",
)


def tandem_to_doc(t: Tandem) -> Doc:
    return {
        "id": t.id,
        "mentee": t.mentee,
        "role": t.role,
        "mentee_dept": t.mentee_dept,
        "mentor_dept": t.mentor_dept,
        "start": _iso(t.start),
        "frame": {"sessions": t.frame.sessions, "months": t.frame.months},
        "status": t.status,
        "expectations": t.expectations,
        "rules": list(t.rules),
        "created": _iso(t.created),
        **{key: getattr(t, key) for key in PROFILE_FIELDS},
        # Absent until chosen: a tandem from before languages speaks the interface's.
        **({"language": t.language} if t.language else {}),
    }


def tandem_from_doc(doc: Doc) -> Tandem:
    frame = _obj(doc.get("frame", {}), "field 'frame'")
    status: TandemStatus = _choice(doc, "status", TANDEM_STATUSES, "active")  # type: ignore[assignment]
    return Tandem(
        id=_str(doc, "id"),
        mentee=_str(doc, "mentee"),
        role=_str(doc, "role", ""),
        mentee_dept=_str(doc, "mentee_dept", ""),
        mentor_dept=_str(doc, "mentor_dept", ""),
        start=_date(doc.get("start"), "start"),
        frame=Frame(
            sessions=_int(frame, "sessions", 10, 1, MAX_SESSIONS, "frame.sessions"),
            months=_int(frame, "months", 6, 1, MAX_MONTHS, "frame.months"),
        ),
        status=status,
        expectations=_str(doc, "expectations", ""),
        rules=_strs(doc, "rules"),
        created=_datetime(doc.get("created"), "created"),
        **{key: _str(doc, key, "") for key in PROFILE_FIELDS},
        language=_choice(doc, "language", ("", *i18n.LANGUAGES), ""),
    )


def keyword_to_doc(k: Keyword) -> Doc:
    return {
        "text": k.text,
        "order": k.order,
        "status": k.status,
        "sessions": list(k.sessions),
        "added": _iso(k.added),
        **({"aliases": list(k.aliases)} if k.aliases else {}),
    }


def keyword_from_doc(doc: Doc) -> Keyword:
    status: KeywordStatus = _choice(doc, "status", KEYWORD_STATUSES, "open")  # type: ignore[assignment]
    return Keyword(
        text=_str(doc, "text"),
        order=_int(doc, "order"),
        status=status,
        sessions=_ints(doc, "sessions"),
        added=_date(doc.get("added"), "added"),
        aliases=_strs(doc, "aliases"),
    )


def action_to_doc(a: Action) -> Doc:
    return {
        "text": a.text,
        "owner": a.owner,
        "due": _iso(a.due),
        "state": a.state,
        "session": a.session,
        "private": a.private,
        "source": a.source,
        "habit": a.habit,
        "checkins": [checkin_to_doc(c) for c in a.checkins],
    }


def checkin_to_doc(c: Checkin) -> Doc:
    return {"session": c.session, "state": c.state, "note": c.note}


def checkin_from_doc(doc: Doc) -> Checkin:
    state: CheckinState = _choice(doc, "state", CHECKIN_STATES, "")  # type: ignore[assignment]
    return Checkin(session=_int(doc, "session", None, 1), state=state, note=_str(doc, "note", ""))


def _checkins(doc: Doc) -> list[Checkin]:
    """An action's check-ins (absent in files written before habits existed)."""
    value = doc.get("checkins", [])
    if not isinstance(value, list):
        raise ValueError(messages.DOC_NOT_LIST.format(key="checkins"))
    return [checkin_from_doc(_obj(c, "a check-in")) for c in value]


def action_from_doc(doc_id: int, doc: Doc) -> Action:
    owner: ActionOwner = _choice(doc, "owner", ACTION_OWNERS, "mentee")  # type: ignore[assignment]
    state: ActionState = _choice(doc, "state", ACTION_STATES, "open")  # type: ignore[assignment]
    session = doc.get("session")
    return Action(
        id=doc_id,
        text=_str(doc, "text"),
        owner=owner,
        due=_date(doc.get("due"), "due"),
        state=state,
        session=None if session is None else _int(doc, "session"),
        private=_bool(doc, "private"),
        source=_opt_str(doc, "source"),
        habit=_str(doc, "habit", ""),
        checkins=_checkins(doc),
    )


def learning_to_doc(e: LearningEntry) -> Doc:
    return {
        "learned_by": e.learned_by,
        "text": e.text,
        "session": e.session,
        "keywords": list(e.keywords),
        "private": e.private,
        "source": e.source,
    }


def learning_from_doc(doc_id: int, doc: Doc) -> LearningEntry:
    learned_by: LearnedBy = _choice(doc, "learned_by", LEARNED_BY, "mentor")  # type: ignore[assignment]
    session = doc.get("session")
    return LearningEntry(
        id=doc_id,
        learned_by=learned_by,
        text=_str(doc, "text"),
        session=None if session is None else _int(doc, "session"),
        keywords=_strs(doc, "keywords"),
        private=_bool(doc, "private"),
        source=_opt_str(doc, "source"),
    )


def session_info_to_doc(s: SessionInfo) -> Doc:
    return {
        "n": s.n,
        "status": s.status,
        "planned_at": _iso(s.planned_at),
        "agenda_id": s.agenda_id,
        "title": s.title,
    }


def session_info_from_doc(doc: Doc) -> SessionInfo:
    status: SessionStatus = _choice(doc, "status", SESSION_STATUSES, "planned")  # type: ignore[assignment]
    return SessionInfo(
        n=_int(doc, "n", None, 1),
        status=status,
        planned_at=_datetime(doc.get("planned_at"), "planned_at"),
        agenda_id=_str(doc, "agenda_id", ""),
        title=_str(doc, "title", ""),
    )


# --- session ----------------------------------------------------------------------------


def item_to_doc(i: AgendaItem) -> Doc:
    return {
        "title": i.title,
        "minutes": i.minutes,
        "prompts": list(i.prompts),
        "notes": i.notes,
        "done": i.done,
        "skipped": i.skipped,
        "spent_seconds": i.spent_seconds,
        "driven_seconds": i.driven_seconds,
        "follow_up": i.follow_up,
        "actions": list(i.actions),
        "action_notes": list(i.action_notes),
    }


def item_from_doc(doc: Doc) -> AgendaItem:
    return AgendaItem(
        title=_str(doc, "title"),
        minutes=_int(doc, "minutes", 0),
        prompts=_strs(doc, "prompts"),
        notes=_str(doc, "notes", ""),
        done=_bool(doc, "done"),
        skipped=_bool(doc, "skipped"),
        spent_seconds=_num(doc, "spent_seconds"),
        driven_seconds=_num(doc, "driven_seconds"),
        follow_up=_bool(doc, "follow_up"),
        actions=_ints(doc, "actions"),
        action_notes=_strs(doc, "action_notes"),
    )


def session_to_doc(s: Session) -> Doc:
    """The session's own record (its notes live in their own table)."""
    return {
        "tandem_id": s.tandem_id,
        "n": s.n,
        "status": s.status,
        "planned_at": _iso(s.planned_at),
        "agenda_id": s.agenda_id,
        "title": s.title,
        "rules": list(s.rules),
        "items": [item_to_doc(i) for i in s.items],
        "clock": {"banked": s.clock.banked, "running_since": s.clock.running_since},
        "current_item": s.current_item,
        "driving_since": s.driving_since,
        "reflection": s.reflection,
    }


def session_from_doc(doc: Doc, notes: list[Note]) -> Session:
    clock = _obj(doc.get("clock", {}), "field 'clock'")
    since = clock.get("running_since")
    items = doc.get("items", [])
    if not isinstance(items, list):
        raise ValueError(messages.DOC_NOT_LIST.format(key="items"))
    status: SessionStatus = _choice(doc, "status", SESSION_STATUSES, "planned")  # type: ignore[assignment]
    return Session(
        tandem_id=_str(doc, "tandem_id"),
        n=_int(doc, "n", None, 1),
        status=status,
        planned_at=_datetime(doc.get("planned_at"), "planned_at"),
        agenda_id=_str(doc, "agenda_id", ""),
        title=_str(doc, "title", ""),
        rules=_strs(doc, "rules"),
        items=[item_from_doc(_obj(i, "an agenda item")) for i in items],
        clock=ClockState(
            banked=_num(clock, "banked"),
            running_since=None if since is None else _num(clock, "running_since"),
        ),
        current_item=_int(doc, "current_item", 0),
        notes=notes,
        driving_since=_opt_num(doc, "driving_since"),
        reflection=_str(doc, "reflection", ""),
    )


def note_to_doc(n: Note) -> Doc:
    return {
        "elapsed": n.elapsed,
        "wall": n.wall.isoformat(),
        "text": n.text,
        "kind": n.kind,
        "item": n.item,
        "keywords": list(n.keywords),
        "private": n.private,
        "answer": n.answer,
        **({"sheet": n.sheet} if n.sheet else {}),
    }


def note_from_doc(doc_id: int, doc: Doc) -> Note:
    kind: NoteKind = _choice(doc, "kind", NOTE_KINDS, "note")  # type: ignore[assignment]
    wall = _datetime(doc.get("wall"), "wall")
    if wall is None:
        raise ValueError(messages.DOC_MISSING.format(key="wall"))
    item = doc.get("item")
    return Note(
        id=doc_id,
        elapsed=_num(doc, "elapsed"),
        wall=wall,
        text=_str(doc, "text"),
        kind=kind,
        item=None if item is None else _int(doc, "item"),
        keywords=_strs(doc, "keywords"),
        private=_bool(doc, "private"),
        answer=_str(doc, "answer", ""),
        sheet=_choice(doc, "sheet", SHEET_MARKS, ""),  # type: ignore[arg-type]
    )
