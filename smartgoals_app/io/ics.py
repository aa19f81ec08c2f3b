"""The plan as an iCalendar file (RFC 5545), built with the icalendar package.

- One VEVENT per task: DTSTART in the user's zone (TZID, with its VTIMEZONE) so
  "Tuesdays 11:00" stays 11:00 across daylight-saving changes in every calendar;
  DURATION; the task's RRULE, whose UNTIL is written in UTC as RFC 5545 requires
  when DTSTART has a zone; a description naming the goal and its why.
- DTSTART is the task's first real occurrence: calendars count DTSTART as an event
  even on a day the rule skips. A task with no end of its own (no UNTIL, no COUNT)
  ends at its goal's deadline, as the goal's check-ins do; one that never lands by
  then is left out.
- UIDs are `task-<id>@<per-database uuid>` and `checkin-<goal id>@<uuid>`, so
  importing the file again updates the events instead of duplicating them.
- Check-ins are all-day events on the goal's cadence: the rule starts on the
  goal's start day, which is excluded (EXDATE: that is the baseline), and the
  deadline is always added (RDATE: the final review), exactly as
  domain.schedule.checkin_dates counts them.
- Paused tasks are left out: they are not on anyone's calendar.

The words written into the file (summaries, descriptions, the calendar's name) are
translatable ``domain.text.Text`` values, but the file holds their English source
words: nothing here renders them in another language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.schedule import (
    RuleError,
    cadence_rule,
    first_occurrence,
    occurrences,
    parse_rule,
    rule_until,
)
from smartgoals_app.domain.text import Text, joined, translate

if TYPE_CHECKING:
    # icalendar is imported by the functions that build events, not here: the Plan tab
    # imports this module at start-up and most sessions never export.
    from icalendar import Calendar, Event, vRecur

PRODID = "-//SmartGoals//Plan export//EN"


class NoOccurrenceError(LookupError):
    """A task whose rule never lands (by the goal's deadline): nothing to put on a calendar."""


_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CalendarTask:
    id: int
    title: str
    rrule: str
    start_date: date
    start_time: time
    duration_minutes: int
    notes: str
    goal_title: str
    goal_why: str
    # Where a task without an end of its own stops: the goal's deadline, as its check-ins do.
    goal_deadline: date | None = None


@dataclass(frozen=True, slots=True)
class CalendarCheckins:
    goal_id: int
    goal_title: str
    goal_why: str
    cadence: Cadence
    start: date
    deadline: date


def task_uid(task_id: int, calendar_uid: str) -> str:
    return f"task-{task_id}@{calendar_uid}"


def checkin_uid(goal_id: int, calendar_uid: str) -> str:
    return f"checkin-{goal_id}@{calendar_uid}"


def _recur(rule: str, zone: ZoneInfo, *, ends: date | None) -> vRecur:
    """The rule as written for calendars; one with no end of its own (no UNTIL, no COUNT)
    ends at the end of ``ends``."""
    from icalendar import vRecur

    # parse_rule checks every part against RFC 5545, so what is written here a calendar reads.
    parts = parse_rule(rule)
    until = rule_until(parts)
    if until is None and "COUNT" not in parts and ends is not None:
        until = datetime.combine(ends, time(23, 59, 59))
    parts.pop("UNTIL", None)
    recur = vRecur.from_ical(";".join(f"{k}={v}" for k, v in parts.items()))
    assert isinstance(recur, vRecur)
    if until is not None:
        # App rules end "on a day" in local time; RFC 5545 wants UTC with a zoned DTSTART.
        recur["UNTIL"] = [until.replace(tzinfo=zone).astimezone(UTC)]
    return recur


def _description(goal_title: str, why: str, *extra: str) -> Text:
    lines: list[str] = [translate("CalendarExport", "Goal: {goal}").format(goal=goal_title)]
    if why:
        lines.append(translate("CalendarExport", "Why it matters: {why}").format(why=why))
    lines.extend(joined("\n", ["", text]) for text in extra if text)
    return joined("\n", lines)


def task_event(task: CalendarTask, *, calendar_uid: str, zone: ZoneInfo, stamp: datetime) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", task_uid(task.id, calendar_uid))
    event.add("dtstamp", stamp)
    event.add("summary", task.title)
    # RFC 5545 counts DTSTART as the first event whether the rule lands on it or not:
    # a plan begun on a Monday with a task on Tuesdays would show an extra Monday.
    first = first_occurrence(task.rrule, start_date=task.start_date, start_time=task.start_time)
    if first is None or (task.goal_deadline is not None and first.date() > task.goal_deadline):
        raise NoOccurrenceError(task.id)
    event.add("dtstart", first.replace(tzinfo=zone))
    event.add("duration", timedelta(minutes=task.duration_minutes))
    event.add("rrule", _recur(task.rrule, zone, ends=task.goal_deadline))
    event.add(
        "description",
        _description(
            task.goal_title,
            task.goal_why,
            task.notes,
            translate("CalendarExport", "Tick it done or skipped in SmartGoals > Plan."),
        ),
    )
    event.add("categories", ["SmartGoals"])
    return event


def checkin_event(goal: CalendarCheckins, *, calendar_uid: str, stamp: datetime) -> Event:
    from icalendar import Event, vRecur

    event = Event()
    event.add("uid", checkin_uid(goal.goal_id, calendar_uid))
    event.add("dtstamp", stamp)
    event.add("summary", translate("CalendarExport", "Check-in: {goal}").format(goal=goal.goal_title))
    event.add("dtstart", goal.start)
    event.add("duration", timedelta(days=1))
    recur = vRecur.from_ical(cadence_rule(goal.cadence, goal.start))
    recur["UNTIL"] = [goal.deadline]
    event.add("rrule", recur)
    event.add("exdate", goal.start)
    if not _rule_hits(goal, goal.deadline):
        # checkin_dates always adds the deadline (the final review); so does the file.
        event.add("rdate", goal.deadline)
    event.add("transp", "TRANSPARENT")
    event.add(
        "description",
        _description(
            goal.goal_title,
            goal.goal_why,
            translate(
                "CalendarExport",
                "Log this period's figure in SmartGoals: treading water, drowning or sailing?",
            ),
        ),
    )
    event.add("categories", ["SmartGoals"])
    return event


def _rule_hits(goal: CalendarCheckins, day: date) -> bool:
    hits = occurrences(
        cadence_rule(goal.cadence, goal.start),
        start_date=goal.start,
        start_time=time.min,
        duration_minutes=0,
        range_start=day,
        range_end=day,
    )
    return bool(hits) and day != goal.start


def build_calendar(
    tasks: Iterable[CalendarTask],
    checkins: Iterable[CalendarCheckins],
    *,
    calendar_uid: str,
    zone: ZoneInfo,
    stamp: datetime | None = None,
) -> Calendar:
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate("CalendarExport", "SmartGoals plan"))
    calendar.add("x-wr-timezone", zone.key)
    for task in tasks:
        try:
            event = task_event(task, calendar_uid=calendar_uid, zone=zone, stamp=stamp)
        except RuleError:
            # A rule stored before today's checks (or edited by hand) is left out, not
            # written for a calendar to refuse; export_plan counts what it left out.
            _log.warning("task %s left out of the calendar: unreadable repeat rule %r", task.id, task.rrule)
            continue
        except NoOccurrenceError:
            continue  # no event a calendar could show
        calendar.add_component(event)
    for goal in checkins:
        calendar.add_component(checkin_event(goal, calendar_uid=calendar_uid, stamp=stamp))
    calendar.add_missing_timezones()
    return calendar
