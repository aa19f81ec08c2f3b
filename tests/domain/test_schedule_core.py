"""Schedule core: summary wording, rule parsing and building, check-in dates.

Recurrence expansion cases of the plan live in test_schedule.py.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.schedule import (
    CADENCE_RULES,
    Occurrence,
    RuleError,
    build_rule,
    cadence_rule,
    checkin_dates,
    next_checkin,
    occurrences,
    parse_rule,
    summary,
)

TUESDAY = date(2026, 11, 24)

# -- summary -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("FREQ=DAILY", "Every day"),
        ("FREQ=DAILY;INTERVAL=3", "Every 3 days"),
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "Every weekday"),
        ("FREQ=DAILY;BYDAY=FR,MO", "Every Friday and Monday"),
        ("FREQ=WEEKLY", "Every week"),
        ("FREQ=WEEKLY;BYDAY=TU", "Every Tuesday"),
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "Every Monday, Wednesday and Friday"),
        ("FREQ=WEEKLY;INTERVAL=2", "Every other week"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "Every other Monday"),
        ("FREQ=WEEKLY;INTERVAL=3", "Every 3 weeks"),
        ("FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,SU", "Every 3 weeks on Saturday and Sunday"),
        ("FREQ=MONTHLY", "Monthly"),
        ("FREQ=MONTHLY;INTERVAL=3", "Every 3 months"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "Monthly on day 15"),
        ("FREQ=MONTHLY;BYDAY=1MO", "Monthly on the first Monday"),
        ("FREQ=MONTHLY;BYDAY=+2WE", "Monthly on the second Wednesday"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "Monthly on the last Friday"),
        ("FREQ=MONTHLY;BYDAY=-2TH", "Monthly on the second-to-last Thursday"),
        ("FREQ=MONTHLY;BYDAY=-3MO", "Monthly on the third-to-last Monday"),
        ("FREQ=MONTHLY;INTERVAL=2;BYDAY=4SU", "Every 2 months on the fourth Sunday"),
        ("FREQ=YEARLY", "Every year"),
        ("FREQ=YEARLY;INTERVAL=2", "Every 2 years"),
        ("RRULE:FREQ=WEEKLY;BYDAY=TU", "Every Tuesday"),
        ("freq=weekly;byday=tu", "Every Tuesday"),
        ("FREQ=DAILY;COUNT=5", "Every day, 5 times"),
        ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270131T235959", "Every Tuesday, until 31 Jan 2027"),
        ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270131", "Every Tuesday, until 31 Jan 2027"),
    ],
)
def test_summary_wording(rule: str, expected: str) -> None:
    assert summary(rule) == expected


def test_summary_with_time_and_length() -> None:
    rule = "FREQ=WEEKLY;BYDAY=TU"
    assert summary(rule, start_time=time(11)) == "Every Tuesday, 11:00"
    assert summary(rule, start_time=time(11), duration_minutes=60) == "Every Tuesday, 11:00-12:00"
    assert summary(rule, start_time=time(12), duration_minutes=30) == "Every Tuesday, 12:00-12:30"
    assert summary(rule, start_time=time(8, 5), duration_minutes=0) == "Every Tuesday, 08:05"
    assert summary(rule, start_time=time(23), duration_minutes=60) == "Every Tuesday, 23:00-00:00"


def test_summary_time_comes_before_the_end_date() -> None:
    rule = "FREQ=DAILY;UNTIL=20261125T235959"
    text = summary(rule, start_time=time(9), duration_minutes=15)
    assert text == "Every day, 09:00-09:15, until 25 Nov 2026"


def test_summary_reads_the_day_from_the_start_date_when_the_rule_does_not_say() -> None:
    assert summary("FREQ=WEEKLY", start_date=TUESDAY) == "Every Tuesday"
    assert summary("FREQ=WEEKLY;INTERVAL=2", start_date=TUESDAY) == "Every other Tuesday"
    assert summary("FREQ=MONTHLY", start_date=TUESDAY) == "Monthly on day 24"
    # The rule's own days win over the start date.
    assert summary("FREQ=WEEKLY;BYDAY=TH", start_date=TUESDAY) == "Every Thursday"
    assert summary("FREQ=MONTHLY;BYMONTHDAY=1", start_date=TUESDAY) == "Monthly on day 1"
    assert summary("FREQ=DAILY", start_date=TUESDAY) == "Every day"


def test_summary_of_a_bad_rule_raises_rule_error() -> None:
    with pytest.raises(RuleError):
        summary("FREQ=SECONDLY")


# -- parse_rule ----------------------------------------------------------------------


def test_parse_rule_splits_and_upper_cases() -> None:
    assert parse_rule(" RRULE:freq=weekly;byday=tu,th ") == {"FREQ": "WEEKLY", "BYDAY": "TU,TH"}


@pytest.mark.parametrize(
    ("rule", "fragment"),
    [
        ("", "how often"),
        ("   ", "how often"),
        ("RRULE:", "how often"),
        ("WEEKLY", "is not part of a repeat rule"),
        ("FREQ=", "is not part of a repeat rule"),
        ("FREQ=WEEKLY;", "is not part of a repeat rule"),
        ("BYDAY=TU", "needs FREQ="),
        ("FREQ=HOURLY", "needs FREQ="),
        ("FREQ=MINUTELY", "needs FREQ="),
        ("FREQ=WEEKLY;BYHOUR=9", "cannot read BYHOUR"),
        ("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO", "cannot read BYSETPOS"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY takes days such as MO"),
        ("FREQ=WEEKLY;INTERVAL=abc", "INTERVAL must be a whole number from 1 to 99"),
        ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "not valid"),
        ("FREQ=WEEKLY;UNTIL=tomorrow", "UNTIL must be a date"),
    ],
)
def test_parse_rule_refuses_in_words(rule: str, fragment: str) -> None:
    with pytest.raises(RuleError, match=fragment):
        parse_rule(rule)


def test_rule_error_is_a_value_error() -> None:
    assert issubclass(RuleError, ValueError)


# -- build_rule ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        (("DAILY",), {}, "FREQ=DAILY"),
        (("DAILY",), {"interval": 2}, "FREQ=DAILY;INTERVAL=2"),
        (("WEEKLY",), {"weekdays": ["TH", "TU", "TU"]}, "FREQ=WEEKLY;BYDAY=TU,TH"),
        (("WEEKLY",), {"interval": 2, "weekdays": ["MO"]}, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        (("MONTHLY",), {"weekdays": ["FR"], "nth": -1}, "FREQ=MONTHLY;BYDAY=-1FR"),
        (("MONTHLY",), {"weekdays": ["MO"], "nth": 2}, "FREQ=MONTHLY;BYDAY=2MO"),
        (("MONTHLY",), {"monthday": 15}, "FREQ=MONTHLY;BYMONTHDAY=15"),
        (
            ("WEEKLY",),
            {"weekdays": ["TU"], "until": date(2027, 1, 31)},
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270131T235959",
        ),
        (("YEARLY",), {}, "FREQ=YEARLY"),
    ],
)
def test_build_rule(args: tuple[str], kwargs: dict[str, object], expected: str) -> None:
    rule = build_rule(*args, **kwargs)  # type: ignore[arg-type]
    assert rule == expected
    assert parse_rule(rule)["FREQ"] == args[0]


@pytest.mark.parametrize(
    ("args", "kwargs", "fragment"),
    [
        (("HOURLY",), {}, "Unknown repeat"),
        (("weekly",), {}, "Unknown repeat"),
        (("WEEKLY",), {"interval": 0}, "1 or more"),
        (("WEEKLY",), {"weekdays": ["Tuesday"]}, "Unknown day"),
    ],
)
def test_build_rule_refuses(args: tuple[str], kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(RuleError, match=fragment):
        build_rule(*args, **kwargs)  # type: ignore[arg-type]


def test_build_rule_round_trips_through_summary() -> None:
    rule = build_rule("WEEKLY", weekdays=["TU"], until=date(2027, 1, 31))
    assert summary(rule, start_time=time(11), duration_minutes=60) == (
        "Every Tuesday, 11:00-12:00, until 31 Jan 2027"
    )
    assert summary(build_rule("MONTHLY", weekdays=["FR"], nth=-1)) == "Monthly on the last Friday"


def test_the_last_day_of_until_is_included() -> None:
    rule = build_rule("DAILY", until=date(2026, 11, 26))
    days = [o.day for o in _expand(rule, date(2026, 11, 24), date(2026, 11, 24), date(2026, 12, 31))]
    assert days == [date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26)]


# -- occurrences basics --------------------------------------------------------------


def _expand(rule: str, start: date, first: date, last: date) -> list[Occurrence]:
    return occurrences(
        rule, start_date=start, start_time=time(11), duration_minutes=60, range_start=first, range_end=last
    )


def test_occurrences_carry_start_end_and_day() -> None:
    found = _expand("FREQ=WEEKLY;BYDAY=TU", TUESDAY, TUESDAY, TUESDAY + timedelta(days=7))
    assert [o.day for o in found] == [TUESDAY, TUESDAY + timedelta(days=7)]  # both ends included
    assert found[0].end - found[0].start == timedelta(hours=1)
    assert found[0].start.hour == 11


def test_occurrences_of_an_empty_or_reversed_range() -> None:
    assert _expand("FREQ=DAILY", TUESDAY, TUESDAY, TUESDAY - timedelta(days=1)) == []
    assert _expand("FREQ=DAILY", TUESDAY, TUESDAY - timedelta(days=9), TUESDAY - timedelta(days=1)) == []


def test_occurrences_refuse_a_bad_rule() -> None:
    with pytest.raises(RuleError):
        _expand("FREQ=HOURLY", TUESDAY, TUESDAY, TUESDAY)


# -- checkin_dates -------------------------------------------------------------------

START = date(2026, 1, 5)  # a Monday


def test_cadence_rules() -> None:
    assert set(CADENCE_RULES) == set(Cadence)
    for rule in CADENCE_RULES.values():
        parse_rule(rule)


@pytest.mark.parametrize(
    ("cadence", "deadline", "expected"),
    [
        (Cadence.DAILY, START + timedelta(days=3), [START + timedelta(days=d) for d in (1, 2, 3)]),
        (Cadence.WEEKLY, START + timedelta(days=21), [START + timedelta(weeks=w) for w in (1, 2, 3)]),
        # The deadline is always the final review, on the cadence or not.
        (Cadence.WEEKLY, START + timedelta(days=17), [START + timedelta(days=d) for d in (7, 14, 17)]),
        (Cadence.MONTHLY, date(2026, 4, 1), [date(2026, 2, 5), date(2026, 3, 5), date(2026, 4, 1)]),
        (
            Cadence.QUARTERLY,
            date(2026, 12, 31),
            [date(2026, 4, 5), date(2026, 7, 5), date(2026, 10, 5), date(2026, 12, 31)],
        ),
    ],
)
def test_checkins_follow_the_cadence_and_end_on_the_deadline(
    cadence: Cadence, deadline: date, expected: list[date]
) -> None:
    assert (
        checkin_dates(cadence, start=START, deadline=deadline, range_start=START, range_end=deadline)
        == expected
    )


def test_checkins_never_on_the_start_day_nor_after_the_deadline() -> None:
    deadline = START + timedelta(days=10)
    days = checkin_dates(
        Cadence.DAILY,
        start=START,
        deadline=deadline,
        range_start=START - timedelta(days=30),
        range_end=deadline + timedelta(days=30),
    )
    assert days[0] == START + timedelta(days=1)
    assert days[-1] == deadline
    assert len(days) == 10


def test_checkins_in_a_window() -> None:
    deadline = date(2026, 6, 30)
    window = checkin_dates(
        Cadence.WEEKLY,
        start=START,
        deadline=deadline,
        range_start=date(2026, 2, 1),
        range_end=date(2026, 2, 28),
    )
    assert window == [date(2026, 2, 2), date(2026, 2, 9), date(2026, 2, 16), date(2026, 2, 23)]
    # A window without the deadline does not get the final review.
    assert deadline not in window


def test_checkins_of_a_window_outside_the_goal_are_empty() -> None:
    deadline = START + timedelta(days=30)
    after = deadline + timedelta(days=1)
    assert (
        checkin_dates(Cadence.DAILY, start=START, deadline=deadline, range_start=after, range_end=after) == []
    )
    assert (
        checkin_dates(Cadence.DAILY, start=START, deadline=deadline, range_start=START, range_end=START) == []
    )


def test_checkins_of_a_goal_one_day_long() -> None:
    deadline = START + timedelta(days=1)
    for cadence in Cadence:
        got = checkin_dates(cadence, start=START, deadline=deadline, range_start=START, range_end=deadline)
        assert got == [deadline]


def test_checkins_with_start_equal_to_deadline_are_empty() -> None:
    assert (
        checkin_dates(Cadence.WEEKLY, start=START, deadline=START, range_start=START, range_end=START) == []
    )


@pytest.mark.parametrize(
    ("cadence", "start", "expected"),
    [
        (
            Cadence.MONTHLY,
            date(2027, 1, 31),
            [date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30), date(2027, 5, 31), date(2027, 6, 30)],
        ),
        (
            Cadence.MONTHLY,
            date(2027, 1, 30),
            [date(2027, 2, 28), date(2027, 3, 30), date(2027, 4, 30), date(2027, 5, 30), date(2027, 6, 30)],
        ),
        (
            Cadence.MONTHLY,
            date(2027, 12, 29),
            [date(2028, 1, 29), date(2028, 2, 29), date(2028, 3, 29), date(2028, 4, 29), date(2028, 5, 29)],
        ),
        (Cadence.QUARTERLY, date(2027, 1, 31), [date(2027, 4, 30), date(2027, 7, 31), date(2027, 10, 31)]),
        (Cadence.QUARTERLY, date(2027, 8, 31), [date(2027, 11, 30), date(2028, 2, 29), date(2028, 5, 31)]),
    ],
)
def test_monthly_checkins_from_the_end_of_a_month_do_not_skip_short_months(
    cadence: Cadence, start: date, expected: list[date]
) -> None:
    deadline = expected[-1]
    assert (
        checkin_dates(cadence, start=start, deadline=deadline, range_start=start, range_end=deadline)
        == expected
    )


@given(
    cadence=st.sampled_from(list(Cadence)),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    length=st.integers(min_value=1, max_value=2 * 366),
)
def test_checkins_come_once_per_period(cadence: Cadence, start: date, length: int) -> None:
    deadline = start + timedelta(days=length)
    days = checkin_dates(cadence, start=start, deadline=deadline, range_start=start, range_end=deadline)
    assert days == sorted(set(days))
    assert days[-1] == deadline
    assert all(start < d <= deadline for d in days)
    longest = {Cadence.DAILY: 1, Cadence.WEEKLY: 7, Cadence.MONTHLY: 31, Cadence.QUARTERLY: 92}[cadence]
    # Every period of the goal has its check-in: no gap longer than one period.
    gaps = [(later - earlier).days for earlier, later in zip([start, *days], days, strict=False)]
    assert max(gaps) <= longest


# -- next_checkin ----------------------------------------------------------------------


def test_next_checkin_without_measurements_is_the_first_after_the_start() -> None:
    deadline = START + timedelta(days=90)
    assert next_checkin(Cadence.WEEKLY, start=START, deadline=deadline, last_measured=None) == date(
        2026, 1, 12
    )
    assert next_checkin(Cadence.DAILY, start=START, deadline=deadline, last_measured=None) == date(2026, 1, 6)
    assert next_checkin(Cadence.MONTHLY, start=START, deadline=deadline, last_measured=None) == date(
        2026, 2, 5
    )


def test_next_checkin_after_the_latest_measurement() -> None:
    deadline = START + timedelta(days=90)
    # Measured on the check-in day: the next one is a week later.
    assert next_checkin(
        Cadence.WEEKLY, start=START, deadline=deadline, last_measured=date(2026, 1, 12)
    ) == date(2026, 1, 19)
    # Measured between check-ins: the next regular one.
    assert next_checkin(
        Cadence.WEEKLY, start=START, deadline=deadline, last_measured=date(2026, 1, 14)
    ) == date(2026, 1, 19)


def test_next_checkin_is_due_when_it_has_passed_without_a_measurement() -> None:
    deadline = START + timedelta(days=90)
    today = date(2026, 2, 1)
    upcoming = next_checkin(Cadence.WEEKLY, start=START, deadline=deadline, last_measured=date(2026, 1, 12))
    assert upcoming is not None
    assert upcoming <= today


def test_next_checkin_is_the_deadline_at_the_end() -> None:
    deadline = START + timedelta(days=17)
    assert next_checkin(
        Cadence.WEEKLY, start=START, deadline=deadline, last_measured=START + timedelta(days=14)
    ) == (deadline)
    quarterly = next_checkin(
        Cadence.QUARTERLY, start=START, deadline=START + timedelta(days=60), last_measured=None
    )
    assert quarterly == START + timedelta(days=60)


def test_next_checkin_is_none_once_the_deadline_is_measured() -> None:
    deadline = START + timedelta(days=30)
    assert next_checkin(Cadence.WEEKLY, start=START, deadline=deadline, last_measured=deadline) is None
    assert (
        next_checkin(
            Cadence.WEEKLY, start=START, deadline=deadline, last_measured=deadline + timedelta(days=3)
        )
        is None
    )


def test_next_checkin_with_history_before_the_start() -> None:
    deadline = START + timedelta(days=30)
    got = next_checkin(
        Cadence.WEEKLY, start=START, deadline=deadline, last_measured=START - timedelta(days=40)
    )
    assert got == START + timedelta(days=7)


def test_next_checkin_quarterly_far_from_the_start() -> None:
    deadline = date(2027, 12, 31)
    got = next_checkin(Cadence.QUARTERLY, start=START, deadline=deadline, last_measured=date(2026, 4, 6))
    assert got == date(2026, 7, 5)


def test_next_checkin_monthly_from_the_31st() -> None:
    got = next_checkin(
        Cadence.MONTHLY, start=date(2027, 1, 31), deadline=date(2027, 12, 31), last_measured=date(2027, 2, 1)
    )
    assert got == date(2027, 2, 28)


@given(
    cadence=st.sampled_from(list(Cadence)),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    length=st.integers(min_value=1, max_value=2 * 366),
    measured=st.integers(min_value=-30, max_value=800),
)
def test_next_checkin_is_the_first_check_in_after_the_measurement(
    cadence: Cadence, start: date, length: int, measured: int
) -> None:
    deadline = start + timedelta(days=length)
    last = start + timedelta(days=measured)
    got = next_checkin(cadence, start=start, deadline=deadline, last_measured=last)
    later = [
        d
        for d in checkin_dates(cadence, start=start, deadline=deadline, range_start=start, range_end=deadline)
        if d > last
    ]
    assert got == (later[0] if later else None)


def test_next_checkin_quarterly_with_history_from_before_the_start() -> None:
    start, deadline = date(2020, 1, 1), date(2020, 4, 2)
    got = next_checkin(Cadence.QUARTERLY, start=start, deadline=deadline, last_measured=date(2019, 12, 22))
    assert got == date(2020, 4, 1)


@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    offset=st.integers(min_value=-30, max_value=400),
    span=st.integers(min_value=0, max_value=120),
    cadence=st.sampled_from([Cadence.DAILY, Cadence.WEEKLY]),
)
def test_daily_and_weekly_checkins_equal_the_rrule_expansion(
    start: date, offset: int, span: int, cadence: Cadence
) -> None:
    deadline = start + timedelta(days=500)
    range_start = start + timedelta(days=offset)
    range_end = range_start + timedelta(days=span)
    expected = [
        o.day
        for o in occurrences(
            CADENCE_RULES[cadence],
            start_date=start,
            start_time=time(0, 0),
            duration_minutes=0,
            range_start=max(range_start, start + timedelta(days=1)),
            range_end=min(range_end, deadline),
        )
    ]
    if range_start <= deadline <= range_end and deadline not in expected:
        expected.append(deadline)  # the final review is always a check-in
    got = checkin_dates(cadence, start=start, deadline=deadline, range_start=range_start, range_end=range_end)
    assert got == expected


@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    cadence=st.sampled_from(list(Cadence)),
)
def test_the_cadence_rule_gives_exactly_the_apps_checkin_dates(start: date, cadence: Cadence) -> None:
    # The calendar export writes cadence_rule(); its dates must be the app's.
    deadline = start + timedelta(days=800)
    app_days = checkin_dates(cadence, start=start, deadline=deadline, range_start=start, range_end=deadline)
    rule_days = [
        o.day
        for o in occurrences(
            cadence_rule(cadence, start),
            start_date=start,
            start_time=time(0, 0),
            duration_minutes=0,
            range_start=start + timedelta(days=1),
            range_end=deadline,
        )
    ]
    if deadline not in rule_days:
        rule_days.append(deadline)  # the final review, written as an RDATE
    assert app_days == rule_days


def test_a_month_end_start_checks_in_at_the_end_of_february() -> None:
    rule = cadence_rule(Cadence.MONTHLY, date(2027, 1, 31))
    days = [
        o.day
        for o in occurrences(
            rule,
            start_date=date(2027, 1, 31),
            start_time=time(0, 0),
            duration_minutes=0,
            range_start=date(2027, 2, 1),
            range_end=date(2027, 4, 30),
        )
    ]
    assert days == [date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]
