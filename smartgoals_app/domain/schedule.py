"""Recurring tasks and check-ins: RFC 5545 rules expanded by python-dateutil.

Times are local wall-clock times without a zone ("Tuesdays at 11:00" stays 11:00
across a daylight-saving change); the calendar export attaches the user's zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil import rrule as du
from dateutil.relativedelta import relativedelta

from smartgoals_app.domain.enums import Cadence

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last", -2: "second-to-last"}
_FREQS = {"DAILY": du.DAILY, "WEEKLY": du.WEEKLY, "MONTHLY": du.MONTHLY, "YEARLY": du.YEARLY}
_DU_DAYS = (du.MO, du.TU, du.WE, du.TH, du.FR, du.SA, du.SU)
_SUPPORTED = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}
# Rules the app writes itself (cadence_rule) may also pick one day of a set.
_SUPPORTED_INTERNAL = _SUPPORTED | {"BYSETPOS"}


class RuleError(ValueError):
    """A recurrence rule the app cannot read; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Occurrence:
    start: datetime
    end: datetime

    @property
    def day(self) -> date:
        return self.start.date()


def build_rule(
    freq: str,
    *,
    interval: int = 1,
    weekdays: Sequence[str] = (),
    nth: int | None = None,
    monthday: int | None = None,
    until: date | None = None,
) -> str:
    """Compose an RRULE value: `nth` with one weekday means "the nth <day> of the month"."""
    if freq not in _FREQS:
        raise RuleError(f"Unknown repeat {freq!r}.")
    if interval < 1:
        raise RuleError("Repeat every 1 or more.")
    parts = [f"FREQ={freq}"]
    if interval != 1:
        parts.append(f"INTERVAL={interval}")
    if weekdays:
        if bad := [d for d in weekdays if d not in WEEKDAYS]:
            raise RuleError(f"Unknown day {bad[0]!r}.")
        prefix = str(nth) if nth is not None else ""
        ordered = sorted(set(weekdays), key=WEEKDAYS.index)
        parts.append("BYDAY=" + ",".join(prefix + d for d in ordered))
    if monthday is not None:
        parts.append(f"BYMONTHDAY={monthday}")
    if until is not None:
        parts.append(f"UNTIL={until:%Y%m%d}T235959")
    rule = ";".join(parts)
    parse_rule(rule)
    return rule


def parse_rule(rule: str, *, internal: bool = False) -> dict[str, str]:
    """Split and check a rule; raises RuleError with a plain message.

    `internal` also admits what only the app's own rules use (BYSETPOS); a rule a
    person typed is checked without it, since summary() could not describe it."""
    text = rule.strip().removeprefix("RRULE:")
    if not text:
        raise RuleError("Say how often the task repeats.")
    parts: dict[str, str] = {}
    for chunk in text.split(";"):
        key, sep, value = chunk.partition("=")
        if not sep or not value:
            raise RuleError(f"“{chunk}” is not part of a repeat rule.")
        parts[key.upper()] = value.upper()
    if parts.get("FREQ") not in _FREQS:
        raise RuleError("The repeat rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.")
    if unknown := set(parts) - (_SUPPORTED_INTERNAL if internal else _SUPPORTED):
        raise RuleError(f"SmartGoals cannot read {sorted(unknown)[0]} in a repeat rule.")
    if "COUNT" in parts and "UNTIL" in parts:
        # RFC 5545 forbids both; dateutil only warns and would accept it.
        raise RuleError("The repeat rule is not valid (end on a date or after a number of times, not both).")
    try:
        du.rrulestr("RRULE:" + text, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError) as exc:
        raise RuleError(f"The repeat rule is not valid ({exc}).") from exc
    return parts


def _rruleset(rule: str, first: datetime) -> du.rrule:
    parse_rule(rule, internal=True)
    result = du.rrulestr("RRULE:" + rule.strip().removeprefix("RRULE:"), dtstart=first)
    assert isinstance(result, du.rrule)
    return result


def occurrences(
    rule: str,
    *,
    start_date: date,
    start_time: time,
    duration_minutes: int,
    range_start: date,
    range_end: date,
) -> list[Occurrence]:
    """Occurrences that start on a day from `range_start` to `range_end`, both included."""
    if range_end < range_start:
        return []
    first = datetime.combine(start_date, start_time)
    window_start = datetime.combine(range_start, time.min)
    window_end = datetime.combine(range_end, time.max)
    length = timedelta(minutes=duration_minutes)
    return [
        Occurrence(start, start + length)
        for start in _rruleset(rule, first).between(window_start, window_end, inc=True)
    ]


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _day_phrase(code: str) -> str:
    day = code[-2:]
    name = DAY_NAMES[WEEKDAYS.index(day)]
    nth = code[:-2]
    if nth:
        number = int(nth)
        if number < -1 and -number in _ORDINALS:  # -3: "third-to-last"
            return f"the {_ORDINALS[-number]}-to-last {name}"
        return f"the {_ORDINALS.get(number, nth + 'th')} {name}"
    return name


def summary(
    rule: str,
    *,
    start_time: time | None = None,
    duration_minutes: int | None = None,
    start_date: date | None = None,
) -> str:
    """A sentence a person reads at a glance: "Every Tuesday, 11:00-12:00"."""
    parts = parse_rule(rule)
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    if not days and start_date is not None and freq == "WEEKLY":
        days = [WEEKDAYS[start_date.weekday()]]
    if freq == "DAILY":
        if set(days) == {"MO", "TU", "WE", "TH", "FR"}:
            text = "Every weekday"
        elif days:
            text = "Every " + _join([_day_phrase(d) for d in days])
        else:
            text = "Every day" if interval == 1 else f"Every {interval} days"
    elif freq == "WEEKLY":
        names = _join([_day_phrase(d) for d in days])
        if interval == 1:
            text = f"Every {names}" if names else "Every week"
        elif interval == 2:
            text = f"Every other {names}" if names else "Every other week"
        else:
            text = f"Every {interval} weeks" + (f" on {names}" if names else "")
    elif freq == "MONTHLY":
        head = "Monthly" if interval == 1 else f"Every {interval} months"
        if days:
            text = f"{head} on " + _join([_day_phrase(d) for d in days])
        elif "BYMONTHDAY" in parts:
            text = f"{head} on day {parts['BYMONTHDAY']}"
        elif start_date is not None:
            text = f"{head} on day {start_date.day}"
        else:
            text = head
    else:
        text = "Every year" if interval == 1 else f"Every {interval} years"
    if start_time is not None:
        text += f", {start_time:%H:%M}"
        if duration_minutes:
            end = datetime.combine(date.min, start_time) + timedelta(minutes=duration_minutes)
            text += f"-{end:%H:%M}"
    if "UNTIL" in parts:
        until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
        text += f", until {until.day} {until:%b %Y}"
    elif "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    return text


CADENCE_RULES = {
    Cadence.DAILY: "FREQ=DAILY",
    Cadence.WEEKLY: "FREQ=WEEKLY",
    Cadence.MONTHLY: "FREQ=MONTHLY",
    Cadence.QUARTERLY: "FREQ=MONTHLY;INTERVAL=3",
}


_CADENCE_MONTHS = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3}


_CADENCE_STEP_DAYS = {Cadence.DAILY: 1, Cadence.WEEKLY: 7}


def cadence_rule(cadence: Cadence, start: date) -> str:
    """The RRULE whose dates are exactly the check-in dates counted from `start`.

    Months are counted from the start day and clamped to the month's end (31 Jan,
    28 Feb, 31 Mar); a plain FREQ=MONTHLY would skip the short months, so a start
    after the 28th picks the last existing day of 28..start-day in each month.
    """
    rule = CADENCE_RULES[cadence]
    if cadence in _CADENCE_MONTHS and start.day > 28:
        days = ",".join(str(d) for d in range(28, start.day + 1))
        rule += f";BYMONTHDAY={days};BYSETPOS=-1"
    return rule


def _cadence_days(cadence: Cadence, start: date, first: date, last: date) -> list[date]:
    days: list[date] = []
    step_days = _CADENCE_STEP_DAYS.get(cadence)
    if step_days is not None:
        # Plain arithmetic: expanding a rule from the start costs a goal list of
        # years-old daily goals a fifth of a second.
        k = max(1, -(-(first - start).days // step_days))
        while (day := start + timedelta(days=step_days * k)) <= last:
            days.append(day)
            k += 1
        return days
    months = _CADENCE_MONTHS[cadence]
    # Counted from the start each time, so a goal started on the 31st checks in on the
    # last day of shorter months (an RFC 5545 monthly rule would skip those months).
    step = 1
    while (day := start + relativedelta(months=months * step)) <= last:
        if day >= first:
            days.append(day)
        step += 1
    return days


def checkin_dates(
    cadence: Cadence, *, start: date, deadline: date, range_start: date, range_end: date
) -> list[date]:
    """Check-ins fall on the cadence from the start (excluded: that is the baseline)
    up to the deadline, and always on the deadline itself: the final review."""
    after_start = start + timedelta(days=1)
    first = max(range_start, after_start)
    last = min(range_end, deadline)
    if last < first:
        return []
    days = _cadence_days(cadence, start, first, last)
    if range_start <= deadline <= range_end and deadline not in days:
        days.append(deadline)
    return days


def next_checkin(cadence: Cadence, *, start: date, deadline: date, last_measured: date | None) -> date | None:
    """The first check-in after the latest measurement (or after the start when none).

    None once the final review on the deadline has a measurement. A date on or
    before today means a check-in is due.
    """
    after = last_measured if last_measured is not None else start
    if after >= deadline:
        return None
    # Look a little past one period ahead: the deadline bounds it anyway.
    horizon = min(deadline, max(after, start) + timedelta(days=100))
    upcoming = checkin_dates(
        cadence, start=start, deadline=deadline, range_start=after + timedelta(days=1), range_end=horizon
    )
    return upcoming[0] if upcoming else deadline
