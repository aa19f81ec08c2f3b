"""Rules that turn the rows of an analytics export into one figure per day.

- `Combine`: how several rows of one day become that day's figure (sum, last,
  count, or a running total built from daily gains).
- `place_without_year`: dates such as "August 31" get the most recent years that
  keep them in order and not in the future.
- `parse_decimal_comma`: numbers written the German way ("1.234", "2,5", "2,5%").

Pure functions over plain values: every importer, screen and command uses these.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from smartgoals_app.domain.text import Text, translate


class Combine(Enum):
    """How the rows of one day make that day's figure."""

    SUM = "sum"  # one row per post, per video, per campaign: add them up
    LAST = "last"  # one row per day (a daily total); a repeated day keeps its last row
    COUNT = "count"  # one row per event (a sign-up, a sale): the number of rows
    RUNNING_TOTAL = "running-total"  # daily gains, added up from a starting value

    @property
    def label(self) -> Text:
        return _LABELS[self]()


_LABELS = {
    Combine.SUM: lambda: translate("Combine", "Sum of the rows of each day"),
    Combine.LAST: lambda: translate("Combine", "Last row of each day"),
    Combine.COUNT: lambda: translate("Combine", "Number of rows of each day"),
    Combine.RUNNING_TOTAL: lambda: translate("Combine", "Running total of daily gains"),
}


@dataclass(frozen=True, slots=True)
class Combined:
    points: list[tuple[date, float]]  # oldest first, one per day
    repeated_days: int  # days that had more than one row


# A tally of rows: [total, number of rows, last value, position of the last row].
# Readers of large files keep one per date text in their own loop, then hand the
# tallies here, so the rule of each combination is written once.
Tally = list[float]


def tally_rows(rows: Iterable[tuple[date, float]]) -> dict[date, Tally]:
    tallies: dict[date, Tally] = {}
    for index, (day, value) in enumerate(rows):
        tally = tallies.get(day)
        if tally is None:
            tallies[day] = [value, 1, value, index]
        else:
            tally[0] += value
            tally[1] += 1
            tally[2] = value
            tally[3] = index
    return tallies


def combine_tallies(tallies: Iterable[tuple[date, Tally]], rule: Combine, *, start: float = 0.0) -> Combined:
    """One figure per day. Several tallies of one day (a day written with different
    times) are merged first. LAST keeps the day's last row in the file; COUNT ignores
    the values; RUNNING_TOTAL adds each day's gains to the total so far, from `start`."""
    days: dict[date, Tally] = {}
    copied: set[date] = set()  # the caller's tallies are copied only when merged into
    for day, tally in tallies:
        held = days.get(day)
        if held is None:
            days[day] = tally
        else:
            if day not in copied:
                held = days[day] = list(held)
                copied.add(day)
            held[0] += tally[0]
            held[1] += tally[1]
            if tally[3] > held[3]:
                held[2], held[3] = tally[2], tally[3]
    field = {Combine.SUM: 0, Combine.RUNNING_TOTAL: 0, Combine.LAST: 2, Combine.COUNT: 1}[rule]
    points = [(day, float(days[day][field])) for day in sorted(days)]
    if rule is Combine.RUNNING_TOTAL:
        total = start
        running: list[tuple[date, float]] = []
        for day, gain in points:
            total += gain
            running.append((day, total))
        points = running
    return Combined(points, sum(1 for tally in days.values() if tally[1] > 1))


def combine_per_day(rows: Iterable[tuple[date, float]], rule: Combine, *, start: float = 0.0) -> Combined:
    """One figure per day from (day, value) rows in file order."""
    return combine_tallies(tally_rows(rows).items(), rule, start=start)


# -- dates without a year --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placed:
    days: list[date]  # in the order given
    first_year: int
    last_year: int


def place_without_year(month_days: Sequence[tuple[int, int]], today: date) -> Placed | None:
    """Years for dates given as (month, day) in file order, oldest or newest first.

    A step back in the calendar (December 31 then January 1 in an oldest-first file)
    is a New Year. The newest date is put in the latest year that is not after
    `today` (and has February 29 where one is needed); the others follow from it.
    None when no year makes every date exist (a February 30).
    """
    if not month_days:
        return None
    steps_up = sum(1 for a, b in itertools.pairwise(month_days) if b > a)
    steps_down = sum(1 for a, b in itertools.pairwise(month_days) if b < a)
    newest_first = steps_down > steps_up
    ordered = list(reversed(month_days)) if newest_first else list(month_days)
    offsets = [0]
    for previous, current in itertools.pairwise(ordered):
        offsets.append(offsets[-1] + (1 if current < previous else 0))
    shift = offsets[-1]
    # Eight years back always reaches a leap year for a February 29.
    for last_year in range(today.year, today.year - 9, -1):
        base = last_year - shift
        try:
            days = [
                date(base + offset, month, day) for (month, day), offset in zip(ordered, offsets, strict=True)
            ]
        except ValueError:
            continue
        if days[-1] > today:
            continue
        if newest_first:
            days.reverse()
        return Placed(days, base, last_year)
    return None


# -- numbers with a decimal comma ---------------------------------------------------

_COMMA_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")


def parse_decimal_comma(text: str) -> float | None:
    """ "1.234" -> 1234.0, "2,5" -> 2.5, "1.234,5" -> 1234.5, "2,5%" -> 2.5 (percent
    figures stay in percent, as the file shows them). None when it is not such a number."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    if not _COMMA_NUMBER.match(cleaned):
        return None
    value = float(cleaned.replace(".", "").replace(",", "."))
    return value if math.isfinite(value) else None
