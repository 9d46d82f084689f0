"""Messages the mentor reads, in one package so they speak with one voice.

Each area keeps its own module; ``from rmtui.core import messages`` sees them all.

A module holds the English text, marked with ``N_`` for the catalogs (the text is the
message id). ``messages.NAME`` translates it when it is read, into the language being
spoken there (``rmtui.core.i18n``): the interface's, or a tandem's inside ``speaking``.
So read a message where it is shown, never into a constant at import, which would keep
the language of that moment. Tuples and the values of dicts are translated one by one
(dict keys are ids and stay); the ``*_WORDS`` lists of typed words keep their English
words and gain the language's own (``rmtui.core.messages.dates``). The English text
itself, a message id, is ``messages.<area>.NAME`` (for a text translated later, where
it is shown: a key's description, a tooltip).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rmtui.core import i18n

#: Every message by name, in English (the message ids).
ENGLISH: dict[str, Any] = {}

if TYPE_CHECKING:
    from rmtui.core.messages.agendas import *  # noqa: F403
    from rmtui.core.messages.checks import *  # noqa: F403
    from rmtui.core.messages.cli import *  # noqa: F403
    from rmtui.core.messages.dates import *  # noqa: F403
    from rmtui.core.messages.exports import *  # noqa: F403
    from rmtui.core.messages.life import *  # noqa: F403
    from rmtui.core.messages.sessions import *  # noqa: F403
    from rmtui.core.messages.settings import *  # noqa: F403
    from rmtui.core.messages.store_and_tandems import *  # noqa: F403
    from rmtui.core.messages.tui import *  # noqa: F403
else:
    from rmtui.core.messages import (
        agendas,
        checks,
        cli,
        dates,
        exports,
        life,
        sessions,
        settings,
        store_and_tandems,
        tui,
    )

    for _area in (
        agendas,
        checks,
        cli,
        dates,
        exports,
        life,
        sessions,
        settings,
        store_and_tandems,
        tui,
    ):
        ENGLISH.update(
            (name, value)
            for name, value in vars(_area).items()
            if name[:1].isupper() and not callable(value)
        )
    del _area

    def _translated(value: Any) -> Any:
        if isinstance(value, str):
            return i18n.gettext(value)
        if isinstance(value, tuple):
            return tuple(_translated(v) for v in value)
        if isinstance(value, dict):
            return {key: _translated(v) for key, v in value.items()}
        return value

    def _words(value: Any) -> Any:
        """A list of typed words: its English words, then the language's (the catalog
        gives them for the first word, separated by ``|``)."""
        if value and isinstance(value[0], tuple):
            return tuple(_words(v) for v in value)
        said = i18n.gettext(value[0])
        if said == value[0]:
            return value
        more = (w.strip().lower() for w in said.split("|"))
        return (*value, *(w for w in more if w and w not in value))

    def __getattr__(name: str) -> Any:
        try:
            value = ENGLISH[name]
        except KeyError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        language = i18n.current()
        if language == i18n.DEFAULT:
            if isinstance(value, str) and i18n.CONTEXT in value:  # marked with C_
                return value.rpartition(i18n.CONTEXT)[2]
            return value
        if name.endswith("_WORDS"):
            return _words(value)
        return _translated(value)

    def __dir__() -> list[str]:
        return sorted({*globals(), *ENGLISH})
