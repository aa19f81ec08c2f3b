"""Repeat rules under arbitrary input: parse_rule, occurrences, summary and the
calendar writer either work or refuse in words (RuleError); they never hang and
never raise anything else. The calendar file they write is read back by two
independent readers (icalendar, recurring-ical-events).

Each example runs under a hard stop (SIGALRM, where the system has it) as well as
hypothesis' deadline: a rule that made dateutil loop for ever would otherwise hang
the run instead of failing it.
"""

from __future__ import annotations

import contextlib
import re
import signal
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from types import FrameType
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from dateutil import rrule as du
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from smartgoals_app.domain.schedule import (
    MAX_COUNT,
    MAX_INTERVAL,
    WEEKDAYS,
    RuleError,
    first_occurrence,
    occurrences,
    parse_rule,
    summary,
)
from smartgoals_app.domain.text import Text
from smartgoals_app.io.ics import CalendarTask, build_calendar

HARD_STOP_SECONDS = 20  # a hang, not slowness: slowness is the deadline's job
# The CI profile turns deadlines off; these tests are about time, so they set their own.
FUZZ = settings(
    max_examples=150,
    deadline=timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
ZONES = (
    ZoneInfo("UTC"),
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Pacific/Kiritimati"),
)


class HungError(Exception):
    pass


@contextlib.contextmanager
def hard_stop(seconds: int = HARD_STOP_SECONDS) -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def stop(_signum: int, _frame: FrameType | None) -> None:
        raise HungError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- rule strings ---------------------------------------------------------------------

huge = st.sampled_from([0, -1, 10**6, 10**19, 10**400, -(10**30)])
numbers = st.one_of(st.integers(-5, 120), huge).map(str) | st.sampled_from(
    ["+1", "1.5", "1e3", "٣", "1_0", " 2", ""]
)
weekday_codes = st.sampled_from((*WEEKDAYS, "XX", "mo", "M"))
nth = st.one_of(st.none(), st.integers(-60, 60).map(str), st.sampled_from(["+2", "+0", "-0", "9999999999"]))
byday = st.lists(
    st.tuples(nth, weekday_codes).map(lambda t: (t[0] or "") + t[1]), min_size=1, max_size=4
).map(",".join)
monthdays = st.lists(st.integers(-500, 500).map(str) | numbers, min_size=1, max_size=4).map(",".join)
years = st.sampled_from([1, 1899, 1900, 1970, 2026, 2999, 3000, 9999, 99999])
until = st.one_of(
    st.builds(
        lambda y, m, d, t, z: f"{y:04d}{m:02d}{d:02d}" + (f"T{t}" if t else "") + ("Z" if z else ""),
        years,
        st.integers(0, 13),
        st.integers(0, 32),
        st.sampled_from(["", "235959", "000000", "246161", "12"]),
        st.booleans(),
    ),
    st.sampled_from(["1", "tomorrow", "20270101T", "2027-01-01", "20270230"]),
)
part = st.one_of(
    st.tuples(
        st.just("FREQ"), st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "daily", "x"])
    ),
    st.tuples(st.just("INTERVAL"), numbers),
    st.tuples(st.just("COUNT"), numbers),
    st.tuples(st.just("UNTIL"), until),
    st.tuples(st.just("BYDAY"), byday),
    st.tuples(st.just("BYMONTHDAY"), monthdays),
    st.tuples(st.just("BYSETPOS"), monthdays),
    st.tuples(st.just("WKST"), weekday_codes),
    st.tuples(st.sampled_from(["BYMONTH", "BYHOUR", "BYWEEKNO", "BYYEARDAY", "X-NAME", "FREQ"]), numbers),
)
structured_rules = st.builds(
    lambda freq, rest, prefix: prefix + ";".join(f"{k}={v}" for k, v in [("FREQ", freq), *rest]),
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    st.lists(part, max_size=5),
    st.sampled_from(["", "RRULE:", " "]),
)
raw_rules = st.text(
    alphabet=st.characters(exclude_categories=()) | st.sampled_from("=;,+-0123456789FREQDAILYBYDAYMOTU"),
    max_size=60,
)
rules = st.one_of(structured_rules, structured_rules, raw_rules)

starts = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.dates(
    min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)
)


def _app_rule_or_refused(rule: str, internal: bool = False) -> bool:
    try:
        parse_rule(rule, internal=internal)
    except RuleError as exc:
        message = exc.args[0]
    else:
        return True
    assert isinstance(message, Text)
    assert message
    return False


@FUZZ
@given(
    rule=rules,
    start=starts,
    at=st.times().map(lambda t: t.replace(microsecond=0)),  # the app keeps whole seconds
    minutes=st.integers(-10, 3000),
    first=starts,
    span=st.integers(-3, 800),
    zone=st.sampled_from(ZONES),
)
@example(
    rule="FREQ=WEEKLY;INTERVAL=0",
    start=date(2026, 1, 1),
    at=time(9),
    minutes=30,
    first=date(2026, 1, 1),
    span=7,
    zone=ZONES[0],
)
@example(
    rule="FREQ=MONTHLY;BYMONTHDAY=407",
    start=date(2026, 1, 1),
    at=time(9),
    minutes=30,
    first=date(2026, 1, 1),
    span=30,
    zone=ZONES[0],
)
@example(
    rule="FREQ=DAILY;INTERVAL=-1",
    start=date(2026, 1, 1),
    at=time(9),
    minutes=30,
    first=date(2026, 1, 1),
    span=7,
    zone=ZONES[0],
)
@example(
    rule="FREQ=DAILY;UNTIL=1",
    start=date(2026, 1, 1),
    at=time(9),
    minutes=30,
    first=date(2026, 1, 1),
    span=7,
    zone=ZONES[0],
)
@example(
    rule="FREQ=MONTHLY;INTERVAL=48;BYDAY=5MO",
    start=date(2026, 2, 1),
    at=time(9),
    minutes=30,
    first=date(2026, 1, 1),
    span=365,
    zone=ZONES[0],
)
@example(
    rule="FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31",
    start=date(2026, 4, 1),
    at=time(9),
    minutes=30,
    first=date(2026, 1, 1),
    span=365,
    zone=ZONES[0],
)
@example(
    rule="FREQ=DAILY",
    start=date(1, 1, 1),
    at=time(23, 59),
    minutes=3000,
    first=date(9999, 12, 1),
    span=800,
    zone=ZONES[3],
)
def test_any_rule_works_or_is_refused_in_words(
    rule: str, start: date, at: time, minutes: int, first: date, span: int, zone: ZoneInfo
) -> None:
    last = first + timedelta(days=min(span, (date.max - first).days))
    with hard_stop():
        readable = _app_rule_or_refused(rule)
        try:
            text = summary(rule, start_time=at, duration_minutes=max(minutes, 0), start_date=start)
        except RuleError:
            assert not readable
        else:
            assert readable
            assert text
        try:
            found = occurrences(
                rule,
                start_date=start,
                start_time=at,
                duration_minutes=minutes,
                range_start=first,
                range_end=last,
            )
        except RuleError:
            assert not _app_rule_or_refused(rule, internal=True)
        else:
            assert all(first <= o.day <= last and o.start >= datetime.combine(start, at) for o in found)
        task = CalendarTask(1, "Post", rule, start, at, max(minutes, 1), "", "Goal", "Why")
        cal = build_calendar([task], [], calendar_uid="u", zone=zone, stamp=datetime(2026, 1, 1, tzinfo=UTC))
        written = cal.to_ical()
        lands = readable and first_occurrence(rule, start_date=start, start_time=at) is not None
    events = Calendar.from_ical(written).walk("VEVENT")
    # A rule that never lands has no event: its DTSTART would show one that is not there.
    assert len(events) == (1 if lands else 0)


# -- rules that pass: the file a calendar reads, and the dates dateutil gives ------------


def _valid_rules() -> st.SearchStrategy[str]:
    days = st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=7, unique=True)
    nth_days = st.lists(
        st.tuples(st.sampled_from([1, 2, 3, 4, 5, -1, -2, -5]), st.sampled_from(WEEKDAYS)).map(
            lambda t: f"{t[0]}{t[1]}"
        ),
        min_size=1,
        max_size=3,
        unique=True,
    )
    monthday = st.lists(st.integers(1, 31) | st.integers(-31, -1), min_size=1, max_size=3, unique=True).map(
        lambda ds: ",".join(map(str, ds))
    )
    end = st.one_of(
        st.none(),
        st.integers(1, MAX_COUNT).map(lambda n: f"COUNT={n}"),
        st.dates(date(1990, 1, 1), date(2045, 12, 31)).map(lambda d: f"UNTIL={d:%Y%m%d}"),
        st.datetimes(datetime(1990, 1, 1), datetime(2045, 12, 31)).map(lambda d: f"UNTIL={d:%Y%m%dT%H%M%S}"),
    )
    interval = st.one_of(st.just(1), st.integers(1, MAX_INTERVAL))
    freq_parts = st.one_of(
        st.just(["FREQ=DAILY"]),
        days.map(lambda ds: ["FREQ=DAILY", "BYDAY=" + ",".join(ds)]),
        st.tuples(interval, st.none() | days, st.none() | st.sampled_from(WEEKDAYS)).map(
            lambda t: (
                ["FREQ=WEEKLY", f"INTERVAL={t[0]}"]
                + ([f"BYDAY={','.join(t[1])}"] if t[1] else [])
                + ([f"WKST={t[2]}"] if t[2] else [])
            )
        ),
        st.tuples(
            interval,
            st.one_of(
                st.just(""),
                nth_days.map(lambda ds: "BYDAY=" + ",".join(ds)),
                days.map(lambda ds: "BYDAY=" + ",".join(ds)),
                monthday.map(lambda m: "BYMONTHDAY=" + m),
            ),
        ).map(lambda t: ["FREQ=MONTHLY", f"INTERVAL={t[0]}"] + ([t[1]] if t[1] else [])),
        interval.map(lambda n: ["FREQ=YEARLY", f"INTERVAL={n}"]),
    )
    return st.builds(lambda parts, tail: ";".join(parts + ([tail] if tail else [])), freq_parts, end)


def _reference(rule: str, first: datetime, window: tuple[datetime, datetime]) -> list[datetime]:
    """dateutil on the rule as written, from its real start: slow for far starts, so
    only asked about starts near the window. An end date alone (UNTIL=20270131) lasts
    that whole day in the app, as in the calendar file; dateutil would end at midnight."""
    rule = re.sub(r"UNTIL=([0-9]{8})$", r"UNTIL=\1T235959", rule)
    expanded = du.rrulestr("RRULE:" + rule, dtstart=first, ignoretz=True)
    return list(expanded.between(*window, inc=True))


@FUZZ
@given(
    rule=_valid_rules(),
    start=st.dates(date(1995, 1, 1), date(2035, 12, 31)),
    at=st.times().map(lambda t: t.replace(microsecond=0)),
    first=st.dates(date(2000, 1, 1), date(2040, 12, 31)),
    span=st.integers(0, 400),
)
@example(
    rule="FREQ=MONTHLY;INTERVAL=1", start=date(2001, 1, 31), at=time(9), first=date(2030, 1, 1), span=400
)
@example(rule="FREQ=YEARLY;INTERVAL=1", start=date(2000, 2, 29), at=time(9), first=date(2030, 1, 1), span=400)
@example(
    rule="FREQ=WEEKLY;INTERVAL=3;WKST=SU", start=date(2001, 1, 3), at=time(9), first=date(2030, 1, 1), span=60
)
def test_a_rule_that_passes_expands_as_dateutil_does(
    rule: str, start: date, at: time, first: date, span: int
) -> None:
    """The app moves a long-ago start forward (whole periods) and spells out the days
    dateutil would take from the start; the dates must stay exactly dateutil's."""
    assert parse_rule(rule)
    last = first + timedelta(days=span)
    window = (datetime.combine(first, time.min), datetime.combine(last, time.max))
    with hard_stop():
        got = [
            o.start
            for o in occurrences(
                rule, start_date=start, start_time=at, duration_minutes=30, range_start=first, range_end=last
            )
        ]
        assert got == _reference(rule, datetime.combine(start, at), window)


@settings(FUZZ, max_examples=60)
@given(
    rule=_valid_rules(),
    start=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    zone=st.sampled_from(ZONES),
    span=st.integers(1, 120),
)
def test_a_rule_that_passes_is_written_so_calendars_expand_it(
    rule: str, start: date, at: time, zone: ZoneInfo, span: int
) -> None:
    task = CalendarTask(7, "Post", rule, start, at, 30, "", "Goal", "Why")
    with hard_stop():
        written = build_calendar([task], [], calendar_uid="u", zone=zone).to_ical()
        read = Calendar.from_ical(written)
        if first_occurrence(rule, start_date=start, start_time=at) is None:
            assert read.walk("VEVENT") == []  # an UNTIL before the start: nothing to show
            return
        (_event,) = read.walk("VEVENT")
        assert b"\r\nRRULE:FREQ=" in written
        expanded = recurring_ical_events.of(read).between(start, start + timedelta(days=span))
    for found in expanded:
        assert found["DTSTART"].dt.tzinfo is not None


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="the hard stop needs SIGALRM")
def test_the_hard_stop_stops_a_hang() -> None:
    def spin() -> None:
        while True:
            pass

    with hard_stop(1), pytest.raises(HungError):
        spin()


def test_a_stored_rule_that_no_longer_passes_is_left_out_of_the_calendar() -> None:
    tasks = [
        CalendarTask(1, "Old", "FREQ=WEEKLY;INTERVAL=0", date(2026, 1, 1), time(9), 30, "", "G", "W"),
        CalendarTask(2, "Fine", "FREQ=WEEKLY;BYDAY=MO", date(2026, 1, 1), time(9), 30, "", "G", "W"),
    ]
    cal = build_calendar(tasks, [], calendar_uid="u", zone=ZONES[0])
    assert [str(e["UID"]) for e in Calendar.from_ical(cal.to_ical()).walk("VEVENT")] == ["task-2@u"]


def test_summary_and_expansion_of_the_reported_rules_are_refused_in_words() -> None:
    for rule in (
        "FREQ=WEEKLY;INTERVAL=0",
        "FREQ=MONTHLY;BYMONTHDAY=407",
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=DAILY;UNTIL=1",
    ):
        with pytest.raises(RuleError):
            summary(rule)
        with pytest.raises(RuleError), hard_stop():
            occurrences(
                rule,
                start_date=date(2026, 1, 1),
                start_time=time(9),
                duration_minutes=30,
                range_start=date(2026, 1, 1),
                range_end=date(2026, 12, 31),
            )
