"""Occurrences from the rules the plan uses, checked by hand against a calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.schedule import RuleError, build_rule, checkin_dates, occurrences, summary


def _starts(rule: str, start: date, first: date, last: date, at: time = time(11)) -> list[datetime]:
    return [
        o.start
        for o in occurrences(
            rule, start_date=start, start_time=at, duration_minutes=60, range_start=first, range_end=last
        )
    ]


def test_weekly_on_several_days() -> None:
    rule = build_rule("WEEKLY", weekdays=["TH", "TU"])
    assert rule == "FREQ=WEEKLY;BYDAY=TU,TH"
    got = _starts(rule, date(2026, 11, 2), date(2026, 11, 2), date(2026, 11, 15))
    assert got == [
        datetime(2026, 11, 3, 11),
        datetime(2026, 11, 5, 11),
        datetime(2026, 11, 10, 11),
        datetime(2026, 11, 12, 11),
    ]
    text = summary(rule, start_time=time(11), duration_minutes=60)
    assert text == "Every Tuesday and Thursday, 11:00-12:00"


def test_every_other_week() -> None:
    rule = build_rule("WEEKLY", interval=2, weekdays=["MO"])
    got = _starts(rule, date(2026, 11, 2), date(2026, 11, 1), date(2026, 12, 6))
    assert [d.date() for d in got] == [date(2026, 11, 2), date(2026, 11, 16), date(2026, 11, 30)]
    assert summary(rule).startswith("Every other Monday")


def test_every_other_week_counts_from_the_start_not_the_window() -> None:
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
    got = _starts(rule, date(2026, 11, 2), date(2026, 11, 10), date(2026, 11, 23))
    assert [d.date() for d in got] == [date(2026, 11, 16)]


def test_monthly_on_the_last_friday() -> None:
    rule = build_rule("MONTHLY", weekdays=["FR"], nth=-1)
    assert rule == "FREQ=MONTHLY;BYDAY=-1FR"
    got = _starts(rule, date(2026, 1, 1), date(2026, 1, 1), date(2026, 6, 30))
    assert [d.date() for d in got] == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 27),
        date(2026, 4, 24),
        date(2026, 5, 29),
        date(2026, 6, 26),
    ]
    assert summary(rule) == "Monthly on the last Friday"


def test_daily_with_an_end_date() -> None:
    rule = build_rule("DAILY", until=date(2026, 11, 25))
    got = _starts(rule, date(2026, 11, 20), date(2026, 11, 1), date(2026, 12, 31), at=time(23, 30))
    assert [d.date() for d in got] == [date(2026, 11, d) for d in range(20, 26)]
    assert "until 25 Nov 2026" in summary(rule)


@pytest.mark.parametrize(
    ("zone", "before", "after", "winter_utc", "summer_utc"),
    [
        ("Europe/London", date(2026, 3, 24), date(2026, 3, 31), 11, 10),
        ("America/New_York", date(2026, 3, 3), date(2026, 3, 10), 16, 15),
    ],
)
def test_a_rule_crossing_a_dst_change_keeps_the_wall_clock(
    zone: str, before: date, after: date, winter_utc: int, summer_utc: int
) -> None:
    rule = "FREQ=WEEKLY;BYDAY=TU"
    got = _starts(rule, date(2026, 1, 6), before, after)
    assert [d.date() for d in got] == [before, after]
    assert all(d.time() == time(11) for d in got)  # 11:00 local on both sides
    tz = ZoneInfo(zone)
    utc = [d.replace(tzinfo=tz).astimezone(UTC) for d in got]
    assert [u.hour for u in utc] == [winter_utc, summer_utc]


def test_a_bad_rule_is_refused_in_words() -> None:
    with pytest.raises(RuleError):
        build_rule("WEEKLY", weekdays=["XX"])


def test_checkins_skip_the_start_and_end_on_the_deadline() -> None:
    days = checkin_dates(
        Cadence.WEEKLY,
        start=date(2026, 11, 2),
        deadline=date(2026, 11, 25),
        range_start=date(2026, 11, 1),
        range_end=date(2026, 12, 31),
    )
    assert days == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 25)]
