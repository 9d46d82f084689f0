"""Which language rmtui speaks, and where its catalogs are.

Two languages can be in play at once. The interface speaks the mentor's language, chosen
once at start (the ``language`` setting, else the locale, else English) with
``use_language``. What is made *for a tandem* (recap, summaries, the .ics, the cheat sheet)
speaks the tandem's language: code that renders it runs inside ``speaking(code)``, which
overrides the interface language for the current thread or task only.

Message ids are the English text itself, so English needs no catalog and a message without
a translation reads in English. The compiled catalogs are package data:
``rmtui/locale/<code>/LC_MESSAGES/rmtui.mo``, read with the standard library's ``gettext``
the first time a language is asked for.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: The languages rmtui speaks, English first (the message ids and the fallback).
LANGUAGES = ("en", "nl", "fr", "de", "pl")
DEFAULT = "en"
DOMAIN = "rmtui"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_interface = DEFAULT
_speaking: ContextVar[str | None] = ContextVar("rmtui_speaking", default=None)


def normalize(code: str | None) -> str | None:
    """The language of ``code`` rmtui has (``nl_BE.UTF-8`` -> ``nl``), or None."""
    if not code:
        return None
    base = code.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def from_environment(environ: Mapping[str, str]) -> str | None:
    """The language the locale variables name, as gettext reads them (the first one set
    wins: ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); None for ``C``, ``POSIX`` or a language
    rmtui does not have."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return normalize(value)
    return None


def choose(setting: str | None, environ: Mapping[str, str]) -> str:
    """The interface language: the setting, else the locale, else English."""
    return normalize(setting) or from_environment(environ) or DEFAULT


def use_language(code: str | None) -> str:
    """Make ``code`` the interface language (English when rmtui does not have it)."""
    global _interface
    _interface = normalize(code) or DEFAULT
    return _interface


def interface_language() -> str:
    """The language the interface speaks."""
    return _interface


def current() -> str:
    """The language being spoken here: the tandem's inside ``speaking``, else the
    interface's."""
    return _speaking.get() or _interface


@contextmanager
def speaking(code: str | None) -> Iterator[str]:
    """Speak ``code`` (a tandem's language) inside the block; a language rmtui does not
    have, or none, keeps the interface's."""
    language = normalize(code) or _interface
    token = _speaking.set(language)
    try:
        yield language
    finally:
        _speaking.reset(token)


@cache
def translations(code: str) -> _gettext.NullTranslations:
    """The catalog of ``code``; English, or a catalog that cannot be read, translates
    nothing (every message reads in English)."""
    if code == DEFAULT:
        return _gettext.NullTranslations()
    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as catalog:
            return _gettext.GNUTranslations(catalog)
    except (OSError, ValueError):
        return _gettext.NullTranslations()


#: Between a message's context and its text (gettext's ``pgettext`` encoding in a catalog).
CONTEXT = "\x04"


def gettext(message: str) -> str:
    """``message`` in the language being spoken (a message marked with ``C_`` too: in a
    language without its translation, its English text, without the context)."""
    return translations(current()).gettext(message).rpartition(CONTEXT)[2]


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count``, by the plural rules of the language being
    spoken (Polish has three: 1 sesja, 2 sesje, 5 sesji)."""
    return translations(current()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs without translating it here (it is translated
    where it is shown)."""
    return message


def C_(context: str, message: str) -> str:
    """Mark ``message`` for the catalogs with a ``context`` telling two meanings of one
    English text apart (``C_("live key", "Next")`` beside the next session's "Next"), so
    a translator can choose a word for each; ``gettext`` translates it where it is shown.
    The id is gettext's own for a message with a context (``msgctxt`` in a catalog)."""
    return f"{context}{CONTEXT}{message}"


def pgettext(context: str, message: str) -> str:
    """``message`` with ``context`` (see ``C_``), in the language being spoken."""
    return gettext(C_(context, message))


@dataclass(frozen=True, slots=True)
class Plural:
    """A message whose words follow a count: its English singular and plural (the ids);
    ``format`` picks the form of the language being spoken for ``count``."""

    singular: str
    plural: str
    context: str | None = None

    def format(self, count: int, /, **fields: object) -> str:
        """The form for ``count``, its ``{count}`` and other fields filled in."""
        fields.setdefault("count", count)
        if self.context is None:
            return ngettext(self.singular, self.plural, count).format(**fields)
        found = translations(current()).npgettext(self.context, self.singular, self.plural, count)
        return found.format(**fields)


def P_(singular: str, plural: str) -> Plural:
    """Mark a message with a count for the catalogs (``P_:1,2``): translated when it is
    formatted, in the form the count needs (``messages.X.format(n, ...)``)."""
    return Plural(singular, plural)


def PC_(context: str, singular: str, plural: str) -> Plural:
    """``P_`` with a ``context`` (see ``C_``): "3 done" of sessions in a legend is not
    "3 done" of actions, and a language that agrees its words with the noun needs to
    know which (``PC_:1c,2,3``)."""
    return Plural(singular, plural, context)
