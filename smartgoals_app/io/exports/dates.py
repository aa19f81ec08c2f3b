"""Date cells as the networks write them, read without the locale.

`2025-08-01T00:00:00`, `2021-12-28 16:45 +0000`, `20250101`, `Tue, Mar 11, 2025`,
`09/16/2025 14:05`, `01.06.2025`, `22 Nov 2026`, and without a year `August 31` or
`23 August` (returned as (month, day) for `domain.figures.place_without_year`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.io.exports.cells import MONTHS, DateOrder, decide_date_order, parse_date

YearLess = tuple[int, int]  # (month, day)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_COMPACT = re.compile(r"^(19|20)(\d{2})(\d{2})(\d{2})$")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_TIME = re.compile(
    r"\s*,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z]+)\.?$")


def plain(text: str) -> str:
    """The date part of a cell: no weekday in front, no time of day behind."""
    cleaned = " ".join(text.split())
    cleaned = _WEEKDAY.sub("", cleaned, count=1)
    return _TIME.sub("", cleaned, count=1)


def read_date(text: str, order: DateOrder, *, compact: bool = False) -> date | YearLess | Text:
    """A date, a (month, day) without a year, or the reason it cannot be read.
    `compact` also reads 20250101 (only in a column known to hold dates: an 8-digit
    number elsewhere is more likely an id or a figure)."""
    if m := _ISO.match(text.strip()):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return translate("ExportReader", "date {date} does not exist").format(date=text.strip()[:10])
    cleaned = plain(text)
    if compact and (m := _COMPACT.match(cleaned)):
        try:
            return date(int(m[1] + m[2]), int(m[3]), int(m[4]))
        except ValueError:
            return translate("ExportReader", "date {date} does not exist").format(date=cleaned)
    if (m := _MONTH_DAY.match(cleaned)) and (month := MONTHS.get(m[1].lower())):
        return _year_less(month, int(m[2]), cleaned)
    if (m := _DAY_MONTH.match(cleaned)) and (month := MONTHS.get(m[2].lower())):
        return _year_less(month, int(m[1]), cleaned)
    day, reason = parse_date(cleaned, order)
    if day is not None:
        return day
    if cleaned.strip().lower() in ("undefined", "lifetime", "total", "n/a", "-"):
        return translate("ExportReader", "the date cell says “{text}”").format(text=cleaned.strip())
    assert reason is not None
    return reason


def _year_less(month: int, day: int, text: str) -> YearLess | Text:
    if 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return (month, day)
    return translate("ExportReader", "date {date} does not exist").format(date=text)


def column_order(texts: Iterable[str]) -> tuple[DateOrder, bool]:
    """Day first or month first for a column's numeric dates, decided by the whole column."""
    return decide_date_order([plain(t) for t in texts])
