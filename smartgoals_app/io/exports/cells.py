"""One cell of an export, read without the locale: a date (in its column's order) or a
figure. Qt sets a locale in the app, which would change what ``strptime("%b")`` accepts,
so month names are matched here. Figures go through ``domain.validation.parse_number``:
"1,200" reads as 1200, and NaN, infinity, negative and huge values are refused.

Every reason is a translatable ``domain.text.Text``; the context "CsvImport" is the one
the catalogue already holds these sentences under.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from enum import Enum

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.validation import MAX_VALUE, parse_number


class DateOrder(Enum):
    """How to read 03/04/2026: decided by the whole column, or said by the user."""

    AUTO = "auto"
    DAY_FIRST = "day-first"  # 22/11/2026
    MONTH_FIRST = "month-first"  # 11/22/2026


MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]+)\.?,?[ -](\d{4})$")
_MONTH_DAY = re.compile(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")


def _make(year: int, month: int, day: int, text: str) -> tuple[date | None, Text | None]:
    try:
        return date(year, month, day), None
    except ValueError:
        return None, translate("CsvImport", "date {date} does not exist").format(date=text)


def parse_date(text: str, order: DateOrder) -> tuple[date | None, Text | None]:
    """(date, None) or (None, reason). AUTO reads numeric dates day first unless only
    month first makes a date (for telling columns apart; a column's order is decided first)."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None, translate("CsvImport", "the date is empty")
    if m := _ISO.match(cleaned):
        return _make(int(m[1]), int(m[2]), int(m[3]), cleaned)
    if m := _NUMERIC.match(cleaned):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if order is DateOrder.MONTH_FIRST:
            if first > 12 and second <= 12:
                return None, translate(
                    "CsvImport", "date {date} reads as day/month, but this column is month/day"
                ).format(date=cleaned)
            return _make(year, first, second, cleaned)
        if second > 12 and first <= 12:
            if order is DateOrder.DAY_FIRST:
                return None, translate(
                    "CsvImport", "date {date} reads as month/day, but this column is day/month"
                ).format(date=cleaned)
            return _make(year, first, second, cleaned)  # AUTO: only month/day can be meant
        return _make(year, second, first, cleaned)
    if m := _DAY_MONTH.match(cleaned):
        month = MONTHS.get(m[2].lower())
        if month is not None:
            return _make(int(m[3]), month, int(m[1]), cleaned)
    if m := _MONTH_DAY.match(cleaned):
        month = MONTHS.get(m[1].lower())
        if month is not None:
            return _make(int(m[3]), month, int(m[2]), cleaned)
    return None, translate(
        "CsvImport",
        "“{text}” is not a date I can read "
        "(use 2026-11-22, 22/11/2026, 11/22/2026, 22 Nov 2026 or Nov 22, 2026)",
    ).format(text=clip(cleaned))


def decide_date_order(texts: Sequence[str]) -> tuple[DateOrder, bool]:
    """(order, ambiguous) for a column's numeric dates such as 03/04/2026.

    A first number above 12 anywhere (or dots, as in 01.11.2026) means day first; a
    second number above 12 means month first. When both appear the larger count wins (the other rows are
    reported). When neither does, the column cannot tell: ambiguous.
    """
    day_first = month_first = numeric = 0
    for text in texts:
        if m := _NUMERIC.match(" ".join(text.split())):
            numeric += 1
            first, second = int(m[1]), int(m[3])
            day_first += first > 12 or m[2] == "."  # 01.11.2026 is day first wherever it is written
            month_first += second > 12
    if not numeric:
        return DateOrder.AUTO, False
    if day_first or month_first:
        return (DateOrder.DAY_FIRST if day_first >= month_first else DateOrder.MONTH_FIRST), False
    return DateOrder.DAY_FIRST, not _all_symmetric(texts)


def _all_symmetric(texts: Sequence[str]) -> bool:
    """03/03/2026 reads the same either way: such dates need no decision."""
    for text in texts:
        if (m := _NUMERIC.match(" ".join(text.split()))) and m[1].lstrip("0") != m[3].lstrip("0"):
            return False
    return True


def parse_value(text: str) -> tuple[float | None, Text | None]:
    cleaned = text.strip()
    if not cleaned:
        return None, translate("CsvImport", "the value is empty")
    number = cleaned[:-1] if cleaned.endswith("%") else cleaned  # "12.5%" from a rate column
    parsed = parse_number(number)
    if parsed.value is not None:
        return parsed.value, None
    loose = parse_number(number, allow_negative=True, maximum=math.inf)
    shown = clip(cleaned)
    if loose.value is None:
        if number.strip().lower().lstrip("+-") in ("nan", "inf", "infinity"):
            return None, translate("CsvImport", "“{text}” is not an ordinary number").format(text=shown)
        return None, translate("CsvImport", "“{text}” is not a number").format(text=shown)
    if loose.value < 0:
        return None, translate("CsvImport", "“{text}” is negative; figures cannot be below zero").format(
            text=shown
        )
    return None, translate("CsvImport", "“{text}” is too large (the most is {most})").format(
        text=shown, most=MAX_VALUE
    )


def clip(text: str, limit: int = 24) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
