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
UNDERSTOOD_DAY = N_("{typed}: {day}")
UNDERSTOOD_AT = N_("{typed}: {at}")

# --- days as rmtui shows them (rmtui.core.dates: day_label, moment_label) ----------------
# Monday first, as ``date.weekday()`` counts.
WEEKDAY_NAMES = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
# Translators: a weekday as a short label shows it ("Fri 4 Dec"): "vr", "ven.", "Fr.", "pt".
WEEKDAY_SHORT = (
    N_("Mon"),
    N_("Tue"),
    N_("Wed"),
    N_("Thu"),
    N_("Fri"),
    N_("Sat"),
    N_("Sun"),
)
MONTH_NAMES = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
# Translators: a month in a short date ("4 Dec 2026"): "dec", "déc.", "Dez.", "gru".
MONTH_SHORT = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)
# Translators: the order of a short date's parts ({day} is a number): "Fri 4 Dec", German
# "{weekday} {day}. {month}" gives "Fr. 4. Dez.".
DAY_LABEL = N_("{weekday} {day} {month}")
DAY_LABEL_YEAR = N_("{weekday} {day} {month} {year}")
DATE_LABEL = N_("{day} {month} {year}")
DAY_MONTH_LABEL = N_("{day} {month}")
# Translators: a date with its time ("Fri 4 Dec 2026 15:00"); {time} is HH:MM.
MOMENT_LABEL = N_("{date} {time}")
