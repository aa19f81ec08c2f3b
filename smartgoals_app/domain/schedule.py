"""Recurring tasks and check-ins: RFC 5545 rules expanded by python-dateutil.

Times are local wall-clock times without a zone ("Tuesdays at 11:00" stays 11:00
across a daylight-saving change); the calendar export attaches the user's zone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from dateutil import rrule as du
from dateutil.relativedelta import relativedelta

from smartgoals_app.domain.dates import day_month_year
from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.text import Text, joined, translate

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WORKDAYS = WEEKDAYS[:5]  # Monday to Friday: "Every weekday"
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
_Frequency = Literal[0, 1, 2, 3, 4, 5, 6]  # dateutil's YEARLY .. SECONDLY
_FREQS: dict[str, _Frequency] = {
    "DAILY": du.DAILY,
    "WEEKLY": du.WEEKLY,
    "MONTHLY": du.MONTHLY,
    "YEARLY": du.YEARLY,
}
_DU_DAYS = (du.MO, du.TU, du.WE, du.TH, du.FR, du.SA, du.SU)
_SUPPORTED = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}
# Rules the app writes itself (cadence_rule) may also pick one day of a set.
_SUPPORTED_INTERNAL = _SUPPORTED | {"BYSETPOS"}

# What a rule may say. Besides RFC 5545's own limits, every rule accepted here lands
# at least once every few periods (the one exception is caught by _can_land), so
# expanding it never searches through centuries for the next date: no stored rule,
# however it got into the file, can keep the app busy.
MAX_RULE_LENGTH = 500
MAX_INTERVAL = 99
MAX_COUNT = 1000
FIRST_YEAR, LAST_YEAR = 1900, 2999  # of an end date (UNTIL)
# Expansion starts at most this many periods before the range asked for; a task that
# started longer ago is moved forward by whole periods, which keeps its dates.
LEAD_PERIODS = 2
_LAST_DAY = date(9998, 12, 31)  # ranges stop here: an occurrence's end must still be a date
_NUMBER = re.compile(r"[0-9]{1,6}")
_MONTHDAY = re.compile(r"[+-]?[0-9]{1,2}")
_DAY = re.compile(r"([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"([0-9]{8})(T[0-9]{6}Z?)?")
_KEY = re.compile(r"[A-Z]{1,12}")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


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
        parts.append(f"UNTIL={_until_value(until)}")
    rule = ";".join(parts)
    parse_rule(rule)
    return rule


def rule_ending(rule: str, last_day: date) -> str:
    """The same rule, ending on ``last_day`` (COUNT or an older UNTIL give way)."""
    parts = parse_rule(rule)
    parts.pop("COUNT", None)
    parts["UNTIL"] = _until_value(last_day)
    order = ["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST", "UNTIL"]
    return ";".join(f"{k}={parts[k]}" for k in order if k in parts)


def _until_value(last_day: date) -> str:
    """An UNTIL that keeps the whole of ``last_day`` (read back by rule_until)."""
    return f"{last_day:%Y%m%d}T235959"


def parse_rule(rule: str, *, internal: bool = False) -> dict[str, str]:
    """Split and check a rule; raises RuleError with a plain message.

    Every part is checked against RFC 5545 and against what SmartGoals can describe
    in words (summary()), so a rule that passes can be expanded, summarised and
    written to a calendar file. `internal` also admits what only the app's own rules
    use (BYSETPOS); a rule a person typed is checked without it."""
    if not isinstance(rule, str):
        raise RuleError(translate("Schedule", "Say how often the task repeats."))
    if len(rule) > MAX_RULE_LENGTH:
        raise RuleError(
            translate("Schedule", "The repeat rule is too long (the most is {limit} characters).").format(
                limit=MAX_RULE_LENGTH
            )
        )
    text = rule.strip().removeprefix("RRULE:")
    if not text:
        raise RuleError(translate("Schedule", "Say how often the task repeats."))
    parts: dict[str, str] = {}
    for chunk in text.split(";"):
        key, sep, value = chunk.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if not sep or not value or not _KEY.fullmatch(key):
            raise RuleError(
                translate("Schedule", "“{part}” is not part of a repeat rule.").format(part=_clip(chunk))
            )
        if key in parts:
            raise RuleError(
                translate("Schedule", "The repeat rule gives {part} twice; give it once.").format(part=key)
            )
        parts[key] = value
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
    _check_parts(parts)
    return parts


def is_valid_rule(rule: str, *, internal: bool = False) -> bool:
    try:
        parse_rule(rule, internal=internal)
    except RuleError:
        return False
    return True


def _check_parts(parts: dict[str, str]) -> None:
    freq = parts["FREQ"]
    if "INTERVAL" in parts and not 1 <= _whole(parts["INTERVAL"]) <= MAX_INTERVAL:
        raise RuleError(
            translate("Schedule", "INTERVAL must be a whole number from 1 to {most}.").format(
                most=MAX_INTERVAL
            )
        )
    if "COUNT" in parts and not 1 <= _whole(parts["COUNT"]) <= MAX_COUNT:
        raise RuleError(
            translate("Schedule", "COUNT must be a whole number from 1 to {most}.").format(most=MAX_COUNT)
        )
    if "UNTIL" in parts:
        rule_until(parts)
    if "WKST" in parts and parts["WKST"] not in WEEKDAYS:
        raise RuleError(translate("Schedule", "WKST takes one day: MO, TU, WE, TH, FR, SA or SU."))
    if "BYDAY" in parts:
        if freq == "YEARLY":
            raise RuleError(
                translate("Schedule", "SmartGoals can read BYDAY only in a daily, weekly or monthly rule.")
            )
        if freq == "DAILY" and int(parts.get("INTERVAL", "1")) != 1:
            # summary() could only say "Every Monday", which would be wrong.
            raise RuleError(
                translate(
                    "Schedule",
                    "A daily rule on chosen days repeats every day (INTERVAL=1); "
                    "for every other week use FREQ=WEEKLY.",
                )
            )
        for code in parts["BYDAY"].split(","):
            matched = _DAY.fullmatch(code)
            nth = matched.group(1) if matched else None
            if matched is None or (nth is not None and (freq != "MONTHLY" or not 1 <= abs(int(nth)) <= 5)):
                raise RuleError(
                    translate(
                        "Schedule",
                        "BYDAY takes days such as MO,WE,FR; a monthly rule may also say 1MO "
                        "(the first Monday) to 5MO or -1FR (the last Friday) to -5FR.",
                    )
                )
    if "BYMONTHDAY" in parts:
        if freq != "MONTHLY":
            raise RuleError(translate("Schedule", "SmartGoals can read BYMONTHDAY only in a monthly rule."))
        if "BYDAY" in parts and "BYSETPOS" not in parts:
            raise RuleError(
                translate("Schedule", "A monthly rule gives days of the week or days of the month, not both.")
            )
        if not all(_MONTHDAY.fullmatch(d) and 1 <= abs(int(d)) <= 31 for d in parts["BYMONTHDAY"].split(",")):
            raise RuleError(
                translate(
                    "Schedule",
                    "BYMONTHDAY takes days of the month from 1 to 31, or from -1 (the last day) to -31.",
                )
            )
    if "BYSETPOS" in parts and not (
        ("BYDAY" in parts or "BYMONTHDAY" in parts)
        and all(_MONTHDAY.fullmatch(p) and 1 <= abs(int(p)) <= 31 for p in parts["BYSETPOS"].split(","))
    ):
        raise RuleError(
            translate(
                "Schedule",
                "BYSETPOS takes positions from 1 to 31 or from -1 to -31, with BYDAY or BYMONTHDAY.",
            )
        )


def _whole(value: str) -> int:
    """A plain whole number as RFC 5545 writes it; -1 when it is not one (or absurdly long)."""
    return int(value) if _NUMBER.fullmatch(value) else -1


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rule_until(parts: dict[str, str]) -> datetime | None:
    """The last moment a rule may land on, in local wall-clock time, or None.

    UNTIL=20271231 (a date) lasts the whole day; UNTIL=20271231T120000 ends then;
    a trailing Z is read as local time, as the app's own times have no zone. The one
    place an UNTIL is read: the plan, the task editor and the calendar export use it."""
    value = parts.get("UNTIL")
    if value is None:
        return None
    matched = _UNTIL.fullmatch(value)
    try:
        if matched is None:
            raise ValueError(value)
        day = datetime.strptime(matched.group(1), "%Y%m%d")
        clock = (
            datetime.strptime(matched.group(2)[1:7], "%H%M%S").time()
            if matched.group(2)
            else time(23, 59, 59)
        )
    except ValueError as exc:
        raise _bad_until() from exc
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _bad_until()
    return datetime.combine(day.date(), clock)


def _bad_until() -> RuleError:
    return RuleError(
        translate(
            "Schedule",
            "UNTIL must be a date from {first} to {last} written as YYYYMMDD or YYYYMMDDTHHMMSS, "
            "for example 20271231.",
        ).format(first=FIRST_YEAR, last=LAST_YEAR)
    )


def _ints(value: str | None) -> tuple[int, ...]:
    return tuple(int(v) for v in value.split(",")) if value else ()


def _weekdays(value: str | None) -> tuple[du.weekday, ...]:
    days = []
    for code in value.split(",") if value else ():
        nth = code[:-2]
        day = _DU_DAYS[WEEKDAYS.index(code[-2:])]
        days.append(day(int(nth)) if nth else day)
    return tuple(days)


def _rrule(parts: dict[str, str], first: datetime, moved: datetime) -> du.rrule:
    """The dateutil rule for checked parts, expanded from `moved` (see _moved_start);
    the days dateutil would take from the real start `first` are spelled out."""
    freq = parts["FREQ"]
    byweekday = _weekdays(parts.get("BYDAY"))
    bymonthday = _ints(parts.get("BYMONTHDAY"))
    bymonth: tuple[int, ...] = ()
    if not byweekday and not bymonthday:
        if freq == "WEEKLY":
            byweekday = (_DU_DAYS[first.weekday()],)
        elif freq == "MONTHLY":
            bymonthday = (first.day,)
        elif freq == "YEARLY":
            bymonth, bymonthday = (first.month,), (first.day,)
    count = parts.get("COUNT")
    return du.rrule(
        _FREQS[freq],
        dtstart=moved,
        interval=int(parts.get("INTERVAL", "1")),
        wkst=_DU_DAYS[WEEKDAYS.index(parts.get("WKST", "MO"))],
        count=int(count) if count else None,
        until=rule_until(parts),
        byweekday=byweekday or None,
        bymonthday=bymonthday or None,
        bymonth=bymonth or None,
        bysetpos=_ints(parts.get("BYSETPOS")) or None,
    )


def _moved_start(parts: dict[str, str], first: datetime, window_start: datetime) -> datetime:
    """A start at most LEAD_PERIODS periods before the window with the same dates from
    there on, so a task begun decades ago costs no more than one begun last week.
    With COUNT the dates are counted from the real start, which stays."""
    if "COUNT" in parts or window_start <= first:
        return first
    freq, interval = parts["FREQ"], int(parts.get("INTERVAL", "1"))
    if freq in ("DAILY", "WEEKLY"):
        # Whole weeks keep a weekly rule's weeks (counted from WKST) and its days.
        step = interval * (7 if freq == "WEEKLY" else 1)
        skip = (window_start - first).days // step - LEAD_PERIODS
        return first + timedelta(days=step * skip) if skip > 0 else first
    months = interval * (12 if freq == "YEARLY" else 1)
    elapsed = (window_start.year - first.year) * 12 + window_start.month - first.month
    skip = elapsed // months - LEAD_PERIODS
    if skip <= 0:
        return first
    # The first of the month: every date of that period still lies on or after it.
    moved = first.replace(day=1) + relativedelta(months=months * skip)
    return moved.replace(month=1) if freq == "YEARLY" else moved


def _can_land(parts: dict[str, str], first: datetime) -> bool:
    """False for a monthly rule on a day its months never have ("every 12 months on the
    31st" from April): dateutil would search until the year 9999 for it."""
    if parts["FREQ"] != "MONTHLY" or "BYMONTHDAY" not in parts:
        return True
    interval = int(parts.get("INTERVAL", "1"))
    longest = max(_MONTH_DAYS[(first.month - 1 + interval * k) % 12] for k in range(12))
    return any(abs(day) <= longest for day in _ints(parts["BYMONTHDAY"]))


def occurrences(
    rule: str,
    *,
    start_date: date,
    start_time: time,
    duration_minutes: int,
    range_start: date,
    range_end: date,
) -> list[Occurrence]:
    """Occurrences that start on a day from `range_start` to `range_end`, both included.

    Raises RuleError for a rule parse_rule refuses (a stored rule may predate a check)."""
    parts = parse_rule(rule, internal=True)
    range_end = min(range_end, _LAST_DAY)
    if range_end < range_start or start_date > _LAST_DAY:
        return []
    first = datetime.combine(start_date, start_time)
    window_start = datetime.combine(range_start, time.min)
    window_end = datetime.combine(range_end, time.max)
    if not _can_land(parts, first):
        return []
    expanded = _checked_rrule(parts, first, _moved_start(parts, first, window_start))
    length = timedelta(minutes=max(0, min(duration_minutes, 24 * 60)))
    return [
        Occurrence(start, start + length) for start in expanded.between(window_start, window_end, inc=True)
    ]


def first_occurrence(rule: str, *, start_date: date, start_time: time) -> datetime | None:
    """When the rule first lands, on or after its start: the start itself need not be one
    of its days (a plan begun on a Monday for a task on Tuesdays). None when it never does.

    Raises RuleError for a rule parse_rule refuses."""
    parts = parse_rule(rule, internal=True)
    first = datetime.combine(start_date, start_time)
    if start_date > _LAST_DAY or not _can_land(parts, first):
        return None
    found: datetime | None = _checked_rrule(parts, first, first).after(first, inc=True)
    return found


def _checked_rrule(parts: dict[str, str], first: datetime, moved: datetime) -> du.rrule:
    try:
        return _rrule(parts, first, moved)
    except ValueError as exc:
        # dateutil's own reason stays English: it is shown as it comes.
        raise RuleError(
            translate("Schedule", "The repeat rule is not valid ({reason}).").format(reason=str(exc))
        ) from exc


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
    # parse_rule admits only what a month can hold: the fifth to the fifth-to-last.
    return _NTH_DAY[int(nth)].format(day=name)


def _repeat_phrase(parts: dict[str, str], days: list[str], start_date: date | None) -> Text:
    """How often, without the time of day or the end: "Every other Monday"."""
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    names = _join([_day_phrase(d) for d in days])
    if freq == "DAILY":
        if set(days) == set(WORKDAYS):
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
    if (until := rule_until(parts)) is not None:
        text = translate("Schedule", "{repeat}, until {date}").format(
            repeat=text, date=day_month_year(until.date())
        )
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
    # Look one period ahead (a little past it for months): the deadline bounds it anyway.
    # Listing 100 days of a daily goal to take the first was most of a long list's cost.
    period = _CADENCE_STEP_DAYS.get(cadence, 100)
    horizon = min(deadline, max(after, start) + timedelta(days=period))
    upcoming = checkin_dates(
        cadence, start=start, deadline=deadline, range_start=after + timedelta(days=1), range_end=horizon
    )
    return upcoming[0] if upcoming else deadline
