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

from smartgoals_app.domain.dates import day_month_year
from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.text import Text, joined, translate

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES: tuple[Text, ...] = (
    translate("Schedule", "Monday"),
    translate("Schedule", "Tuesday"),
    translate("Schedule", "Wednesday"),
    translate("Schedule", "Thursday"),
    translate("Schedule", "Friday"),
    translate("Schedule", "Saturday"),
    translate("Schedule", "Sunday"),
)
# For narrow places (column heads, a list of business days); slicing a Text gives English.
SHORT_DAY_NAMES: tuple[Text, ...] = (
    translate("Schedule", "Mon"),
    translate("Schedule", "Tue"),
    translate("Schedule", "Wed"),
    translate("Schedule", "Thu"),
    translate("Schedule", "Fri"),
    translate("Schedule", "Sat"),
    translate("Schedule", "Sun"),
)
# "The nth <day> of the month", one whole phrase per n so a translator can inflect it.
_NTH_DAY = {
    1: translate("Schedule", "the first {day}"),
    2: translate("Schedule", "the second {day}"),
    3: translate("Schedule", "the third {day}"),
    4: translate("Schedule", "the fourth {day}"),
    5: translate("Schedule", "the fifth {day}"),
    -1: translate("Schedule", "the last {day}"),
    -2: translate("Schedule", "the second-to-last {day}"),
    -3: translate("Schedule", "the third-to-last {day}"),
    -4: translate("Schedule", "the fourth-to-last {day}"),
    -5: translate("Schedule", "the fifth-to-last {day}"),
}
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
        raise RuleError(translate("Schedule", "Unknown repeat {repeat}.").format(repeat=repr(freq)))
    if interval < 1:
        raise RuleError(translate("Schedule", "Repeat every 1 or more."))
    parts = [f"FREQ={freq}"]
    if interval != 1:
        parts.append(f"INTERVAL={interval}")
    if weekdays:
        if bad := [d for d in weekdays if d not in WEEKDAYS]:
            raise RuleError(translate("Schedule", "Unknown day {day}.").format(day=repr(bad[0])))
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
        raise RuleError(translate("Schedule", "Say how often the task repeats."))
    parts: dict[str, str] = {}
    for chunk in text.split(";"):
        key, sep, value = chunk.partition("=")
        if not sep or not value:
            raise RuleError(
                translate("Schedule", "“{part}” is not part of a repeat rule.").format(part=chunk)
            )
        parts[key.upper()] = value.upper()
    if parts.get("FREQ") not in _FREQS:
        raise RuleError(translate("Schedule", "The repeat rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY."))
    if unknown := set(parts) - (_SUPPORTED_INTERNAL if internal else _SUPPORTED):
        raise RuleError(
            translate("Schedule", "SmartGoals cannot read {part} in a repeat rule.").format(
                part=sorted(unknown)[0]
            )
        )
    if "COUNT" in parts and "UNTIL" in parts:
        # RFC 5545 forbids both; dateutil only warns and would accept it.
        raise RuleError(
            translate(
                "Schedule",
                "The repeat rule is not valid (end on a date or after a number of times, not both).",
            )
        )
    try:
        du.rrulestr("RRULE:" + text, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError) as exc:
        # dateutil's own reason stays English: it is shown as it comes.
        raise RuleError(
            translate("Schedule", "The repeat rule is not valid ({reason}).").format(reason=str(exc))
        ) from exc
    return parts


def _rruleset(rule: str, first: datetime, *, near: datetime | None = None) -> du.rrule:
    """The rule from `first`; with `near`, started instead as late before `near` as gives
    the same occurrences from `near` on (dateutil walks every occurrence from its start:
    a daily task of three years cost 1 ms to ask about one day)."""
    parts = parse_rule(rule, internal=True)
    start = first if near is None else _late_start(parts, first, near)
    result = du.rrulestr("RRULE:" + rule.strip().removeprefix("RRULE:"), dtstart=start)
    assert isinstance(result, du.rrule)
    return result


def _late_start(parts: dict[str, str], first: datetime, near: datetime) -> datetime:
    """`first` moved on by whole repeat periods (days or weeks times INTERVAL) to at least
    one period before `near`. Every part of a DAILY or WEEKLY rule is read within its
    period, so the occurrences from `near` on stay the same; COUNT counts from the
    start, and months and years differ in length: those rules keep `first`."""
    if "COUNT" in parts or parts["FREQ"] not in ("DAILY", "WEEKLY"):
        return first
    days = 7 if parts["FREQ"] == "WEEKLY" else 1
    step = timedelta(days=days * int(parts.get("INTERVAL", "1")))
    periods = (near - first) // step - 1
    return first + step * periods if periods > 0 else first


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
        for start in _rruleset(rule, first, near=window_start).between(window_start, window_end, inc=True)
    ]


def _join(words: Sequence[Text]) -> Text:
    """Day phrases as a list: "Monday", "Monday and Thursday", "Monday, Wednesday and Friday"."""
    if len(words) <= 1:
        return words[0] if words else joined("", ())
    return translate("Schedule", "{days} and {last_day}").format(
        days=joined(", ", words[:-1]), last_day=words[-1]
    )


def _day_phrase(code: str) -> Text:
    name = DAY_NAMES[WEEKDAYS.index(code[-2:])]
    nth = code[:-2]
    if not nth:
        return name
    number = int(nth)
    if number in _NTH_DAY:
        return _NTH_DAY[number].format(day=name)
    # Past what a month can hold ("the 6th Monday"): the rule's number as written.
    return translate("Schedule", "the {number}th {day}").format(number=nth, day=name)


def _repeat_phrase(parts: dict[str, str], days: list[str], start_date: date | None) -> Text:
    """How often, without the time of day or the end: "Every other Monday"."""
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    names = _join([_day_phrase(d) for d in days])
    if freq == "DAILY":
        if set(days) == {"MO", "TU", "WE", "TH", "FR"}:
            return translate("Schedule", "Every weekday")
        if days:
            return translate("Schedule", "Every {days}").format(days=names)
        if interval == 1:
            return translate("Schedule", "Every day")
        return translate("Schedule", "Every {count} days").format(count=interval)
    if freq == "WEEKLY":
        if interval == 1:
            if days:
                return translate("Schedule", "Every {days}").format(days=names)
            return translate("Schedule", "Every week")
        if interval == 2:
            if days:
                return translate("Schedule", "Every other {days}").format(days=names)
            return translate("Schedule", "Every other week")
        if days:
            return translate("Schedule", "Every {count} weeks on {days}").format(count=interval, days=names)
        return translate("Schedule", "Every {count} weeks").format(count=interval)
    if freq == "MONTHLY":
        monthday = parts.get("BYMONTHDAY") or (str(start_date.day) if start_date is not None else None)
        if interval == 1:
            if days:
                return translate("Schedule", "Monthly on {days}").format(days=names)
            if monthday is not None:
                return translate("Schedule", "Monthly on day {day}").format(day=monthday)
            return translate("Schedule", "Monthly")
        if days:
            return translate("Schedule", "Every {count} months on {days}").format(count=interval, days=names)
        if monthday is not None:
            return translate("Schedule", "Every {count} months on day {day}").format(
                count=interval, day=monthday
            )
        return translate("Schedule", "Every {count} months").format(count=interval)
    if interval == 1:
        return translate("Schedule", "Every year")
    return translate("Schedule", "Every {count} years").format(count=interval)


def summary(
    rule: str,
    *,
    start_time: time | None = None,
    duration_minutes: int | None = None,
    start_date: date | None = None,
) -> str:
    """A sentence a person reads at a glance: "Every Tuesday, 11:00-12:00".

    A Text (shown through the UI's localize()); typed str so callers may mix in their own words."""
    parts = parse_rule(rule)
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    if not days and start_date is not None and parts["FREQ"] == "WEEKLY":
        days = [WEEKDAYS[start_date.weekday()]]
    text = _repeat_phrase(parts, days, start_date)
    if start_time is not None:
        start = f"{start_time:%H:%M}"
        if duration_minutes:
            end = datetime.combine(date.min, start_time) + timedelta(minutes=duration_minutes)
            text = translate("Schedule", "{repeat}, {start}-{end}").format(
                repeat=text, start=start, end=f"{end:%H:%M}"
            )
        else:
            text = translate("Schedule", "{repeat}, {start}").format(repeat=text, start=start)
    if "UNTIL" in parts:
        until = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
        text = translate("Schedule", "{repeat}, until {date}").format(repeat=text, date=day_month_year(until))
    elif "COUNT" in parts:
        if parts["COUNT"] == "1":
            text = translate("Schedule", "{repeat}, once").format(repeat=text)
        else:
            text = translate("Schedule", "{repeat}, {count} times").format(repeat=text, count=parts["COUNT"])
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
