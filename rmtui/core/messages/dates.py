"""The words a mentor types for a date, and what rmtui says about dates.

English only for now; a translation replaces the words here, nothing else.
"""

from __future__ import annotations

# --- words typed for a day (lower case; the first of each is the one shown in help) ------
TODAY_WORDS = ("today",)
TOMORROW_WORDS = ("tomorrow",)
# Monday first, as ``date.weekday()`` counts; each with the abbreviations people type.
WEEKDAY_WORDS = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)

# Short enough to sit under a form field at 80 columns; --help and README give the rest.
DAY_FORMS = "YYYY-MM-DD, DD.MM.YYYY (day first), today, tomorrow or tue"
DATE_TIME_FORMS = (
    "YYYY-MM-DD HH:MM, DD.MM.YYYY HH:MM (day first), or today, tomorrow or tue with a time"
)
BAD_DATE = "{value!r} is not a date (use " + DAY_FORMS + ")"
BAD_PLANNED_AT = "{value!r} is not a date and time (use " + DATE_TIME_FORMS + ")"
UNDERSTOOD_DAY = "{typed}: {day:%a %d %b %Y}"
UNDERSTOOD_AT = "{typed}: {at:%a %d %b %Y %H:%M %Z}"
