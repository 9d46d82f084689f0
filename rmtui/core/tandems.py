"""Rules for creating and editing tandems and their keyword lists."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from rmtui.core import i18n, messages
from rmtui.core.dates import typed_day
from rmtui.core.errors import InvalidInput
from rmtui.core.limits import MAX_MONTHS, MAX_SESSIONS, check_day
from rmtui.core.model import Frame, Keyword, Tandem
from rmtui.core.names import name_id, unique_id
from rmtui.core.text import fold, one_line, slugify

MAX_NAME = 120
MAX_KEYWORD = 60
MAX_ALIASES = 20  # other words per keyword: every note's text is matched against them all


@dataclass(frozen=True, slots=True)
class TandemDraft:
    """What the mentor enters for a new tandem, before it has an id."""

    mentee: str
    role: str = ""
    mentee_dept: str = ""
    mentor_dept: str = ""
    start: date | None = None
    sessions: int = 10
    months: int = 6
    language: str = ""  # empty: the mentor's interface language


def clean_name(value: str, field: str, *, required: bool = False) -> str:
    text = one_line(value)
    if required and not visible(text):
        raise InvalidInput(field, messages.REQUIRED)
    if len(text) > MAX_NAME:
        raise InvalidInput(field, messages.TOO_LONG.format(limit=MAX_NAME))
    return text


def visible(text: str) -> bool:
    """True when ``text`` shows something: a name of zero-width spaces or joiners alone
    is no name, whatever script or emoji a real one is written in."""
    return any(unicodedata.category(ch)[0] not in "ZC" for ch in text)


def check_frame(sessions: int, months: int) -> Frame:
    if not 1 <= sessions <= MAX_SESSIONS:
        raise InvalidInput("sessions", messages.FRAME_SESSIONS)
    if not 1 <= months <= MAX_MONTHS:
        raise InvalidInput("months", messages.FRAME_MONTHS)
    return Frame(sessions=sessions, months=months)


def same_department(draft: TandemDraft) -> bool:
    """True when mentor and mentee come from the same department (one program forbids it)."""
    a, b = fold(draft.mentee_dept).strip(), fold(draft.mentor_dept).strip()
    return bool(a) and a == b


def build_tandem(draft: TandemDraft, taken: Iterable[str], now: datetime) -> Tandem:
    """Validate ``draft`` and give it an id that is not in ``taken``."""
    mentee = clean_name(draft.mentee, "mentee", required=True)
    # Any name a person can type is a name: the id is transliterated or generated.
    tandem_id = unique_id(name_id(mentee), set(taken))
    return Tandem(
        id=tandem_id,
        mentee=mentee,
        role=clean_name(draft.role, "role"),
        mentee_dept=clean_name(draft.mentee_dept, "mentee department"),
        mentor_dept=clean_name(draft.mentor_dept, "mentor department"),
        start=draft.start or now.date(),
        frame=check_frame(draft.sessions, draft.months),
        created=now,
        language=check_language(draft.language) if draft.language else spoken(None),
    )


def check_language(value: str) -> str:
    """The language rmtui speaks that ``value`` names (``pl``, ``PL``, ``nl_BE`` -> ``nl``)."""
    code = i18n.normalize(one_line(value))
    if code is None:
        choices = ", ".join(f"{c} ({messages.LANGUAGE_NAMES[c]})" for c in i18n.LANGUAGES)
        raise InvalidInput(
            "language", messages.UNKNOWN_LANGUAGE.format(value=value, choices=choices)
        )
    return code


def spoken(tandem: Tandem | None) -> str:
    """The language everything made for ``tandem`` speaks: its own, else (a tandem from
    before languages, or none) the interface's."""
    chosen = tandem.language if tandem is not None else ""
    return i18n.normalize(chosen) or i18n.interface_language()


def import_id(tandem: Tandem) -> str:
    """The id an imported tandem takes: its own (as a folder name may spell it)."""
    return slugify(tandem.id) or name_id(tandem.mentee)


def parse_date(value: str, field: str, today: date | None = None) -> date:
    """A day as typed (``core.dates``: ISO, ``10.12.2026``, ``10/12/2026``, ``tomorrow``,
    ``tue``); ``today`` anchors the words (default: the local date)."""
    day = typed_day(value, today or date.today())
    if day is None:
        raise InvalidInput(field, messages.BAD_DATE.format(value=value))
    return check_day(day, field)


def clean_keyword(value: str) -> str:
    text = one_line(value).strip(" ,;")
    if not text:
        raise InvalidInput("keyword", messages.REQUIRED)
    if len(text) > MAX_KEYWORD:
        raise InvalidInput("keyword", messages.TOO_LONG.format(limit=MAX_KEYWORD))
    return text


def merge_keywords(
    existing: list[Keyword], words: Iterable[str], today: date | None = None
) -> list[Keyword]:
    """New keywords for ``words`` not already on the list (case- and accent-insensitive),
    dated ``today``."""
    seen = {fold(word) for k in existing for word in (k.text, *k.aliases)}
    order = max((k.order for k in existing), default=0)
    added: list[Keyword] = []
    for word in words:
        text = clean_keyword(word)
        if fold(text) in seen:
            continue
        seen.add(fold(text))
        order += 1
        added.append(Keyword(text=text, order=order, added=today))
    return added


def rename_check(existing: list[Keyword], keyword: Keyword, new_text: str) -> str:
    """``new_text`` cleaned, refused when another keyword already reads the same."""
    text = clean_keyword(new_text)
    if any(k is not keyword and fold(k.text) == fold(text) for k in existing):
        raise InvalidInput("keyword", messages.KEYWORD_EXISTS.format(text=text))
    _refuse_alias_of_other(existing, keyword, text)
    return text


def alias_check(existing: list[Keyword], keyword: Keyword, words: Iterable[str]) -> list[str]:
    """``keyword``'s aliases with ``words`` added (cleaned, each once): refused when one is
    a keyword of the list or another keyword's alias; one the keyword already has, or its
    own text, is left out."""
    aliases = list(keyword.aliases)
    have = {fold(keyword.text), *map(fold, aliases)}
    for word in words:
        text = clean_keyword(word)
        if fold(text) in have:
            continue
        if any(k is not keyword and fold(k.text) == fold(text) for k in existing):
            raise InvalidInput("alias", messages.ALIAS_IS_KEYWORD.format(text=text))
        _refuse_alias_of_other(existing, keyword, text)
        have.add(fold(text))
        aliases.append(text)
    if len(aliases) > MAX_ALIASES:
        raise InvalidInput("alias", messages.TOO_MANY_ALIASES.format(limit=MAX_ALIASES))
    return aliases


def _refuse_alias_of_other(existing: list[Keyword], keyword: Keyword, text: str) -> None:
    for other in existing:
        if other is not keyword and any(fold(a) == fold(text) for a in other.aliases):
            raise InvalidInput(
                "keyword", messages.ALIAS_TAKEN.format(text=text, keyword=other.text)
            )


def profile_changes(draft: TandemDraft) -> dict[str, str]:
    """Who the tandem is (mentee name, role, both departments), checked as for a new
    tandem; the id stays what it was, so files, links and exports keep working."""
    mentee = clean_name(draft.mentee, "mentee", required=True)
    return {
        "mentee": mentee,
        "role": clean_name(draft.role, "role"),
        "mentee_dept": clean_name(draft.mentee_dept, "mentee department"),
        "mentor_dept": clean_name(draft.mentor_dept, "mentor department"),
        **({"language": check_language(draft.language)} if draft.language else {}),
    }
