"""Which tasks moved the number: cases worked out by hand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from smartgoals_app.domain.adherence import Mark
from smartgoals_app.domain.enums import Direction, TaskOutcome
from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.task_effect import (
    MIN_PERIODS,
    Period,
    effect_hint,
    periods,
    task_effect,
)

MON = date(2026, 1, 5)  # a Monday
DONE, SKIPPED = TaskOutcome.DONE, TaskOutcome.SKIPPED


def weekly(values: Sequence[float]) -> list[Point]:
    """One check-in every Monday."""
    return [Point(MON + timedelta(weeks=i), v) for i, v in enumerate(values)]


def on_wednesdays(outcomes: list[TaskOutcome | None]) -> list[Mark]:
    """The task on the Wednesday after each check-in: week i's period holds week i's mark."""
    return [Mark(MON + timedelta(weeks=i, days=2), o) for i, o in enumerate(outcomes)]


def test_periods_run_from_the_day_after_one_check_in_to_the_next() -> None:
    spans = periods(weekly([100, 110, 105]), Direction.MORE)
    assert spans == [
        Period(date(2026, 1, 6), date(2026, 1, 12), 10.0),
        Period(date(2026, 1, 13), date(2026, 1, 19), -5.0),
    ]
    assert [s.days for s in spans] == [7, 7]


def test_a_goal_where_less_is_better_counts_a_fall_as_a_gain() -> None:
    spans = periods(weekly([60, 45]), Direction.LESS)  # response time: 60 min down to 45
    assert [s.gain for s in spans] == [15.0]


def test_done_weeks_against_other_weeks_with_sums_over_days() -> None:
    # Gains week by week: +10, +12, +2, +8, +1, +0, +3 (values below).
    values = [100, 110, 122, 124, 132, 133, 133, 136]
    # Period i runs from check-in i to i+1; the Wednesday mark of week i falls inside it.
    marks = on_wednesdays([DONE, DONE, SKIPPED, DONE, None, SKIPPED, None])
    effect = task_effect(periods(weekly(values), Direction.MORE), marks, today=date(2026, 6, 1))
    # Done in periods 0, 1, 3: gains 10 + 12 + 8 = 30 over 21 days -> 10 a week.
    assert (effect.done.periods, effect.done.days, effect.done.gain) == (3, 21, 30.0)
    assert effect.done.per_week == pytest.approx(10.0)
    # Not done in 2, 4, 5, 6 (skipped, missed, skipped, missed): 2 + 1 + 0 + 3 = 6 over 28 days.
    assert (effect.not_done.periods, effect.not_done.days, effect.not_done.gain) == (4, 28, 6.0)
    assert effect.not_done.per_week == pytest.approx(1.5)
    assert effect.difference_per_week == pytest.approx(8.5)
    hint = effect_hint(effect, "sign-ups")
    assert "3 periods when this task was done" in hint
    assert "+10.0 sign-ups a week" in hint
    assert "in the 4 when it was not, +1.5" in hint
    assert "A hint, not proof" in hint


def test_a_long_period_weighs_more_than_a_short_one() -> None:
    # Done periods: 1 day with +7, then 13 days with +0: 7 over 14 days = 3.5 a week
    # (an average of the two weekly rates, 49 and 0, would claim 24.5).
    points = [Point(MON, 0), Point(MON + timedelta(days=1), 7), Point(MON + timedelta(days=14), 7)]
    marks = [Mark(MON + timedelta(days=1), DONE), Mark(MON + timedelta(days=5), DONE)]
    effect = task_effect(periods(points, Direction.MORE), marks, today=date(2026, 6, 1))
    assert effect.done.per_week == pytest.approx(3.5)


def test_one_missed_occurrence_makes_the_period_not_done() -> None:
    points = weekly([0, 5])
    marks = [Mark(MON + timedelta(days=1), DONE), Mark(MON + timedelta(days=3), None)]
    effect = task_effect(periods(points, Direction.MORE), marks, today=date(2026, 6, 1))
    assert (effect.done.periods, effect.not_done.periods) == (0, 1)


def test_periods_without_the_task_or_still_open_say_nothing() -> None:
    points = weekly([0, 5, 9])
    today = MON + timedelta(weeks=1, days=3)  # in the second period
    marks = [Mark(MON + timedelta(weeks=1, days=4), None)]  # open, after today
    effect = task_effect(periods(points, Direction.MORE), marks, today=today)
    assert (effect.done.periods, effect.not_done.periods) == (0, 0)  # the first had no occurrence


def test_too_few_periods_are_said_instead_of_guessed() -> None:
    values = [100, 110, 122, 124, 132]
    marks = on_wednesdays([DONE, DONE, DONE, SKIPPED])
    effect = task_effect(periods(weekly(values), Direction.MORE), marks, today=date(2026, 6, 1))
    assert not effect.enough
    assert effect.difference_per_week is None
    hint = effect_hint(effect, "sign-ups")
    assert hint.startswith("Too few check-ins to tell yet")
    assert f"3 periods with this task done and 1 without it (at least {MIN_PERIODS} of each" in hint


def test_two_check_ins_on_one_day_keep_the_last_value() -> None:
    points = [Point(MON, 1), Point(MON, 4), Point(MON + timedelta(days=7), 10)]
    assert [s.gain for s in periods(points, Direction.MORE)] == [6.0]
