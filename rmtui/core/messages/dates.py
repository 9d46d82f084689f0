"""The words a mentor types for a date, and what rmtui says about dates.

The words are read in English and in the language being spoken: a catalog translates the
first word of each list (``monday``) into that language's words, ``|`` between them, the
one to show first (``maandag|ma``). English words keep working in every language.
"""

from __future__ import annotations

from rmtui.core.i18n import N_

# --- words typed for a day (lower case; the first of each is the one shown in help) ------
# Translators: the words typed for this day, lower case, separated by "|", the full
# word first and then the abbreviations people type (e.g. "maandag|ma|maa").
TODAY_WORDS = (N_("today"),)
TOMORROW_WORDS = (N_("tomorrow"),)
# Monday first, as ``date.weekday()`` counts; each with the abbreviations people type.
WEEKDAY_WORDS = (
    (N_("monday"), "mon"),
    (N_("tuesday"), "tue", "tues"),
    (N_("wednesday"), "wed"),
    (N_("thursday"), "thu", "thur", "thurs"),
    (N_("friday"), "fri"),
    (N_("saturday"), "sat"),
    (N_("sunday"), "sun"),
)

# Short enough to sit under a form field at 80 columns; --help and README give the rest.
DAY_FORMS = N_("YYYY-MM-DD, DD.MM.YYYY (day first), today, tomorrow or tue")
DATE_TIME_FORMS = N_(
    "YYYY-MM-DD HH:MM, DD.MM.YYYY HH:MM (day first), or today, tomorrow or tue with a time"
)
BAD_DATE = N_(
    "{value!r} is not a date (use YYYY-MM-DD, DD.MM.YYYY (day first), today, tomorrow or tue)"
)
BAD_PLANNED_AT = N_(
    "{value!r} is not a date and time (use YYYY-MM-DD HH:MM, DD.MM.YYYY HH:MM (day first), "
    "or today, tomorrow or tue with a time)"
)
UNDERSTOOD_DAY = N_("{typed}: {day:%a %d %b %Y}")
UNDERSTOOD_AT = N_("{typed}: {at:%a %d %b %Y %H:%M %Z}")
