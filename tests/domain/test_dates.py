"""Typed dates and times: what people type is read, the rest gets a plain message."""

from __future__ import annotations

from datetime import date, time

import pytest

from smartgoals_app.domain.dates import format_date, format_time, parse_date, parse_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-03-31", date(2027, 3, 31)),
        (" 31 Mar 2027 ", date(2027, 3, 31)),
        ("1 March 2027", date(2027, 3, 1)),
        ("31.03.2027", date(2027, 3, 31)),  # as German and much of Europe write it
        ("1.3.2027", date(2027, 3, 1)),
    ],
)
def test_dates_people_type(text: str, expected: date) -> None:
    assert parse_date(text).value == expected
    assert parse_date(text).error is None


@pytest.mark.parametrize("text", ["abc", "31/03/2027", "x" * 5000, "📅"])
def test_unreadable_dates_get_a_plain_message(text: str) -> None:
    parsed = parse_date(text)
    assert parsed.value is None
    assert parsed.error is not None
    assert "is not a date" in parsed.error
    assert len(parsed.error) < 120


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2027-02-30", "February 2027 has no day 30."),
        ("2028-02-30", "February 2028 has no day 30."),
        ("2027-04-31", "April 2027 has no day 31."),
        ("2027-13-01", "There is no month 13: months go from 01 to 12, for example 2027-03-31."),
        ("2027-03-00", "There is no day 0: days start at 01, for example 2027-03-01."),
        ("30.02.2027", "February 2027 has no day 30."),
        ("01.13.2027", "There is no month 13: months go from 01 to 12, for example 2027-03-31."),
    ],
)
def test_dates_in_the_right_shape_that_do_not_exist_say_why(text: str, message: str) -> None:
    """Usability test: "2027-02-30" was told to type year-month-day, which it already was."""
    parsed = parse_date(text)
    assert parsed.value is None
    assert parsed.error == message


def test_empty_date_required_or_not() -> None:
    assert parse_date("").error == "Enter a date, for example 2027-03-31."
    assert parse_date("  ", required=False).error is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", time(9)),
        ("09:30", time(9, 30)),
        ("9.30", time(9, 30)),
        ("17h05", time(17, 5)),
        ("0:00", time(0)),
        ("7pm", time(19)),
        ("7:30 PM", time(19, 30)),
        ("9 a.m.", time(9)),
        ("12am", time(0)),
        ("12pm", time(12)),
    ],
)
def test_times_people_type(text: str, expected: time) -> None:
    assert parse_time(text).value == expected


@pytest.mark.parametrize("text", ["24:00", "9:60", "noon", "-1", "9:5", "13pm", "0am", "7xm"])
def test_unreadable_times_get_a_plain_message(text: str) -> None:
    parsed = parse_time(text)
    assert parsed.value is None
    assert parsed.error is not None
    assert "24-hour clock" in parsed.error


def test_round_trip() -> None:
    assert parse_date(format_date(date(2026, 1, 2))).value == date(2026, 1, 2)
    assert parse_time(format_time(time(7, 5))).value == time(7, 5)
    assert format_date(None) == format_time(None) == ""
