"""The rules that make one figure per day: combining rows, dates without a year,
numbers with a decimal comma. Expected figures are worked out here with plain Python."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartgoals_app.domain.figures import Combine, combine_per_day, parse_decimal_comma, place_without_year

DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 1, 10))
ROWS = st.lists(st.tuples(DAYS, st.integers(min_value=0, max_value=1000).map(float)), max_size=40)


@given(ROWS)
def test_sum_adds_every_row_of_a_day(rows: list[tuple[date, float]]) -> None:
    expected: dict[date, float] = {}
    for day, value in rows:
        expected[day] = expected.get(day, 0) + value
    assert combine_per_day(rows, Combine.SUM).points == sorted(expected.items())


@given(ROWS)
def test_last_keeps_the_last_row_of_a_day(rows: list[tuple[date, float]]) -> None:
    expected = dict(rows)  # a later key overwrites: the last row wins
    assert combine_per_day(rows, Combine.LAST).points == sorted(expected.items())


@given(ROWS)
def test_count_counts_rows(rows: list[tuple[date, float]]) -> None:
    days = sorted({day for day, _v in rows})
    assert combine_per_day(rows, Combine.COUNT).points == [
        (day, float(sum(1 for d, _v in rows if d == day))) for day in days
    ]


@given(ROWS, st.integers(min_value=0, max_value=10_000).map(float))
def test_running_total_adds_gains_from_the_start(rows: list[tuple[date, float]], start: float) -> None:
    days = sorted({day for day, _v in rows})
    expected, total = [], start
    for day in days:
        total += sum(v for d, v in rows if d == day)
        expected.append((day, total))
    assert combine_per_day(rows, Combine.RUNNING_TOTAL, start=start).points == expected


def test_repeated_days_are_counted_not_hidden() -> None:
    rows = [(date(2025, 1, 1), 1.0), (date(2025, 1, 1), 2.0), (date(2025, 1, 2), 5.0)]
    assert combine_per_day(rows, Combine.LAST).repeated_days == 1


def test_year_less_dates_across_new_year_oldest_first() -> None:
    placed = place_without_year([(12, 30), (12, 31), (1, 1), (1, 2)], date(2026, 3, 1))
    assert placed is not None
    assert placed.days == [date(2025, 12, 30), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 2)]
    assert (placed.first_year, placed.last_year) == (2025, 2026)


def test_year_less_dates_newest_first() -> None:
    placed = place_without_year([(1, 2), (1, 1), (12, 31), (12, 30)], date(2026, 3, 1))
    assert placed is not None
    assert placed.days == [date(2026, 1, 2), date(2026, 1, 1), date(2025, 12, 31), date(2025, 12, 30)]


def test_year_less_dates_never_in_the_future() -> None:
    # 30 November is after "today" (20 November): the series belongs to last year.
    placed = place_without_year([(11, 29), (11, 30)], date(2026, 11, 20))
    assert placed is not None
    assert placed.days == [date(2025, 11, 29), date(2025, 11, 30)]


def test_february_29_goes_to_a_leap_year() -> None:
    placed = place_without_year([(2, 28), (2, 29), (3, 1)], date(2027, 6, 1))
    assert placed is not None
    assert placed.days == [date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)]


def test_a_long_series_of_year_less_days() -> None:
    today = date(2026, 5, 10)
    days = [today - timedelta(days=n) for n in range(400, -1, -1)]
    placed = place_without_year([(d.month, d.day) for d in days], today)
    assert placed is not None
    assert placed.days == days


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234", 1234.0),
        ("2,5", 2.5),
        ("1.234,5", 1234.5),
        ("2,5%", 2.5),
        ("12", 12.0),
        ("1.234.567", 1234567.0),
    ],
)
def test_decimal_comma_numbers(text: str, value: float) -> None:
    assert parse_decimal_comma(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.23", "undefined"])
def test_not_decimal_comma_numbers(text: str) -> None:
    assert parse_decimal_comma(text) is None
