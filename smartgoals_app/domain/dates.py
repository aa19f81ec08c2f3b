"""Dates and times as people type them, with plain messages when they cannot be read.

The wizard uses text fields rather than spin-box date editors: typing "2027-03-31"
into a QDateEdit section by section is unreliable, and a text field lets us say
exactly what is wrong.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from smartgoals_app.domain.text import Text, translate

# "31.03.2027" is day first wherever dots separate a date's parts (German, Russian,
# Polish, ...); "31/03/2027" is refused: it is month first in the United States.
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d %b %Y", "%d %B %Y")
# Shown as a placeholder: translators give the letters of their language ("JJJJ-MM-TT").
DATE_HINT = translate("Dates", "YYYY-MM-DD")


@dataclass(frozen=True, slots=True)
class ParsedDate:
    value: date | None
    error: str | None  # a Text: str here so callers may put their own message in its place


@dataclass(frozen=True, slots=True)
class ParsedTime:
    value: time | None
    error: str | None  # a Text: str here so callers may put their own message in its place


def format_date(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def parse_date(text: str, *, required: bool = True) -> ParsedDate:
    """Read "2027-03-31", "31.03.2027" or "31 Mar 2027"; anything else gets a plain message."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return ParsedDate(
            None, translate("Dates", "Enter a date, for example 2027-03-31.") if required else None
        )
    for fmt in DATE_FORMATS:
        try:
            return ParsedDate(datetime.strptime(cleaned, fmt).date(), None)
        except ValueError:
            continue
    no_such_day = _no_such_day(cleaned)
    if no_such_day is not None:
        return ParsedDate(None, no_such_day)
    clipped = cleaned if len(cleaned) <= 20 else cleaned[:19] + "…"
    return ParsedDate(
        None,
        translate(
            "Dates", "“{typed}” is not a date. Type it as year-month-day, for example 2027-03-31."
        ).format(typed=clipped),
    )


# Not calendar.month_name nor strftime("%b"): they follow the process locale, which Qt
# sets from the system; these stay English in the str and are translated when shown.
_MONTHS = (
    translate("Months", "January"),
    translate("Months", "February"),
    translate("Months", "March"),
    translate("Months", "April"),
    translate("Months", "May"),
    translate("Months", "June"),
    translate("Months", "July"),
    translate("Months", "August"),
    translate("Months", "September"),
    translate("Months", "October"),
    translate("Months", "November"),
    translate("Months", "December"),
)
# Their own context: "May" is both a name and its abbreviation in English, not in every language.
_MONTHS_SHORT = (
    translate("MonthsShort", "Jan"),
    translate("MonthsShort", "Feb"),
    translate("MonthsShort", "Mar"),
    translate("MonthsShort", "Apr"),
    translate("MonthsShort", "May"),
    translate("MonthsShort", "Jun"),
    translate("MonthsShort", "Jul"),
    translate("MonthsShort", "Aug"),
    translate("MonthsShort", "Sep"),
    translate("MonthsShort", "Oct"),
    translate("MonthsShort", "Nov"),
    translate("MonthsShort", "Dec"),
)
_ISO_SHAPE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED_SHAPE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def day_month_year(value: date) -> Text:
    """ "31 Mar 2027" in English, and in the user's language when shown (not locale-dependent)."""
    return translate("Dates", "{day} {month} {year}").format(
        day=value.day,
        month=_MONTHS_SHORT[value.month - 1],
        year=str(value.year),  # a name, not 2.026
    )


def _no_such_day(text: str) -> Text | None:
    """ "2027-02-30" (or "30.02.2027") is typed the right way but names a day the month
    does not have."""
    if (match := _ISO_SHAPE.match(text)) is not None:
        year, month, day = (int(part) for part in match.groups())
    elif (match := _DOTTED_SHAPE.match(text)) is not None:
        day, month, year = (int(part) for part in match.groups())
    else:
        return None
    if not 1 <= month <= 12:
        return translate(
            "Dates", "There is no month {month}: months go from 01 to 12, for example 2027-03-31."
        ).format(month=month)
    if day < 1:
        return translate("Dates", "There is no day {day}: days start at 01, for example 2027-03-01.").format(
            day=day
        )
    if year < 1:
        return None
    last = calendar.monthrange(year, month)[1]
    if day > last:
        return translate("Dates", "{month} {year} has no day {day}.").format(
            month=_MONTHS[month - 1], year=str(year), day=day
        )
    return None


_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?(?:\s*([ap])\.?m\.?)?$")


def format_time(value: time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"


def parse_time(text: str, *, required: bool = True) -> ParsedTime:
    """Read "9", "09:30", "9.30" or "9h30" on a 24-hour clock, and "7pm" or "7:30 a.m." on a
    12-hour one."""
    cleaned = text.strip().lower()
    if not cleaned:
        return ParsedTime(None, translate("Dates", "Enter a time, for example 09:30.") if required else None)
    match = _TIME.match(cleaned)
    if match is not None:
        hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if half is not None and 1 <= hour <= 12:
            hour = hour % 12 + (12 if half == "p" else 0)  # 12am is midnight, 12pm noon
        elif half is not None:
            hour = 24  # "13pm" is no time
        if hour < 24 and minute < 60:
            return ParsedTime(time(hour, minute), None)
    clipped = cleaned if len(cleaned) <= 20 else cleaned[:19] + "…"
    return ParsedTime(
        None,
        translate(
            "Dates", "“{typed}” is not a time. Use the 24-hour clock, for example 09:30 or 17:00."
        ).format(typed=clipped),
    )
