"""The review at the deadline: cases worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smartgoals_app.domain.enums import Direction
from smartgoals_app.domain.progress import GoalSpec, Point
from smartgoals_app.domain.review import (
    STRETCH_FACTOR,
    Outcome,
    State,
    final_point,
    next_targets,
    review_figures,
)

START = date(2026, 1, 1)
DEADLINE = date(2026, 4, 1)  # 90 days
SIGNUPS = GoalSpec(baseline=200, start=START, deadline=DEADLINE, benchmark=300, stretch=400)
RESPONSE = GoalSpec(
    baseline=60, start=START, deadline=DEADLINE, benchmark=30, stretch=15, direction=Direction.LESS
)


def on(days: int, value: float) -> Point:
    return Point(START + timedelta(days=days), value)


def test_the_final_figure_is_the_last_check_in_by_the_deadline() -> None:
    points = [on(10, 210), on(90, 320), on(95, 500)]  # day 95 is after the deadline
    assert final_point(SIGNUPS, points) == on(90, 320)
    assert final_point(SIGNUPS, [on(95, 500)]) == on(95, 500)  # only a late one: that one
    assert final_point(SIGNUPS, []) is None
    assert review_figures(SIGNUPS, []) is None


def test_sailing_past_the_benchmark() -> None:
    figures = review_figures(SIGNUPS, [on(30, 240), on(60, 280), on(90, 320)])
    assert figures is not None
    assert figures.final == on(90, 320)
    assert figures.change == 120
    assert figures.change_percent == pytest.approx(60.0)  # 120 / 200
    assert figures.percent_to_benchmark == pytest.approx(120.0)  # 120 of 100
    assert figures.percent_to_stretch == pytest.approx(60.0)  # 120 of 200
    assert figures.outcome is Outcome.BENCHMARK_REACHED
    assert figures.state is State.SAILING


def test_stretch_reached_when_less_is_better() -> None:
    figures = review_figures(RESPONSE, [on(45, 30), on(89, 12)])
    assert figures is not None
    assert figures.change == -48
    assert figures.percent_to_stretch == pytest.approx(48 / 45 * 100)
    assert figures.outcome is Outcome.STRETCH_REACHED
    assert figures.state is State.SAILING


def test_treading_water_and_drowning() -> None:
    held = review_figures(SIGNUPS, [on(45, 230), on(90, 250)])
    assert held is not None
    assert (held.outcome, held.state) == (Outcome.MISSED, State.TREADING_WATER)
    assert held.percent_to_benchmark == pytest.approx(50.0)
    slower = review_figures(RESPONSE, [on(90, 75)])  # response time went up: wrong way
    assert slower is not None
    assert (slower.outcome, slower.state) == (Outcome.MISSED, State.DROWNING)
    assert slower.percent_to_benchmark == pytest.approx(-50.0)  # 15 the wrong way of 30


def test_a_zero_baseline_has_no_percent_change() -> None:
    spec = GoalSpec(baseline=0, start=START, deadline=DEADLINE, benchmark=10, stretch=20)
    figures = review_figures(spec, [on(90, 12)])
    assert figures is not None
    assert figures.change_percent is None


def test_a_repeat_starts_at_the_final_figure_at_the_trends_pace() -> None:
    # Baseline 200 on day 0, then 230 on day 30, 260 on day 60, 290 on day 90: the trend
    # through those four points is exactly 1 a day.
    figures = review_figures(SIGNUPS, [on(30, 230), on(60, 260), on(90, 290)])
    assert figures is not None
    assert figures.trend is not None
    assert figures.trend.slope_per_day == pytest.approx(1.0)
    targets = next_targets(SIGNUPS, figures)
    assert targets.baseline == 290
    assert targets.start == DEADLINE
    assert targets.deadline == DEADLINE + timedelta(days=90)
    assert targets.benchmark == pytest.approx(290 + 90)
    assert targets.stretch == pytest.approx(290 + 90 * STRETCH_FACTOR)


def test_a_trend_the_wrong_way_keeps_the_goals_own_pace() -> None:
    # Response time went from 60 up to 70: the trend is the wrong way, so the repeat asks
    # for this goal's own pace again: 30 minutes down over 90 days.
    figures = review_figures(RESPONSE, [on(45, 65), on(90, 70)])
    assert figures is not None
    targets = next_targets(RESPONSE, figures)
    assert targets.baseline == 70
    assert targets.benchmark == pytest.approx(40)
    assert targets.stretch == pytest.approx(70 - 30 * STRETCH_FACTOR)


def test_a_repeat_never_asks_for_less_than_zero() -> None:
    """Response time 60 -> 10 minutes: the trend's fall over another 90 days would take
    the stretch below zero, so the stretch asks for 3/4 of the way to zero (2.5) and the
    benchmark for half of it (5)."""
    figures = review_figures(RESPONSE, [on(45, 30), on(89, 10)])
    assert figures is not None
    targets = next_targets(RESPONSE, figures)
    assert targets.baseline == 10
    assert targets.benchmark == pytest.approx(5.0)
    assert targets.stretch == pytest.approx(2.5)
