"""The chart's data after the deadline and with a target history (no drawing here;
figures worked out by hand)."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from smartgoals_app.domain.progress import GoalSpec, Point, progress_of
from smartgoals_app.domain.target_history import TargetChangeFact
from smartgoals_app.services.records import MeasurementSeries
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard import chart_data
from smartgoals_app.ui.dashboard.chart_data import seconds

START = date(2026, 8, 14)
DEADLINE = START + timedelta(days=90)
TODAY = START + timedelta(days=100)
# Raised on day 40 from 200 / 300 to 260 / 350; the deadline stayed.
SPEC = GoalSpec(baseline=120, start=START, deadline=DEADLINE, benchmark=260, stretch=350)
RAISE = TargetChangeFact(START + timedelta(days=40), 200, 300, 260, 350)
POINTS = [(30, 150.0), (60, 170.0), (90, 210.0), (95, 230.0)]  # day 95 is after the deadline


def series() -> MeasurementSeries:
    epoch = date(1970, 1, 1)
    days = tuple((START + timedelta(days=d) - epoch).days for d, _v in POINTS)
    return MeasurementSeries(1, tuple(range(len(POINTS))), days, tuple(v for _d, v in POINTS), ("",) * 4)


def build(today: date, changes: list[TargetChangeFact]) -> chart_data.ChartData:
    points = [Point(START + timedelta(days=d), v) for d, v in POINTS]
    progress = progress_of(SPEC, points, today)
    return chart_data.build(SPEC, progress, series(), today, unit="sign-ups", fmt=fmt, target_changes=changes)


def test_a_raise_keeps_the_old_road_over_its_own_days() -> None:
    data = build(TODAY, [RAISE])
    raised = START + timedelta(days=40)
    # Before the raise: the road 120 -> 200 over 90 days, drawn to day 40 (155.6).
    assert list(data.past_benchmark.x[:2]) == [seconds(START), seconds(raised)]
    assert list(data.past_benchmark.y[:2]) == pytest.approx([120, 120 + 80 * 40 / 90])
    assert list(data.past_stretch.y[:2]) == pytest.approx([120, 120 + 180 * 40 / 90])
    assert math.isnan(data.past_benchmark.x[2])  # each period apart
    # From the raise on: the road 120 -> 260, from day 40 (182.2) to the deadline.
    assert list(data.benchmark_road.x) == [seconds(raised), seconds(DEADLINE)]
    assert list(data.benchmark_road.y) == pytest.approx([120 + 140 * 40 / 90, 260])
    assert list(data.stretch_road.y) == pytest.approx([120 + 230 * 40 / 90, 350])


def test_after_the_deadline_the_final_figure_stands_against_both_targets() -> None:
    data = build(TODAY, [])
    assert list(data.final.x) == [seconds(DEADLINE)]
    assert list(data.final.y) == [210]  # the last check-in by the deadline, not day 95's 230
    assert list(data.after_benchmark.x) == [seconds(DEADLINE), data.x_range[1]]
    assert list(data.after_benchmark.y) == [260, 260]
    assert list(data.after_stretch.y) == [350, 350]
    assert len(data.past_benchmark.x) == 0
    assert list(data.benchmark_road.y) == [120, 260]  # nothing changed: one road


def test_before_the_deadline_there_is_no_after_phase() -> None:
    data = build(DEADLINE, [])
    assert len(data.final.x) == len(data.after_benchmark.x) == len(data.after_stretch.x) == 0


def test_an_old_road_past_its_deadline_stays_level_at_its_target() -> None:
    """Raised ten days after the deadline, with a new deadline: the old road reaches 200
    on the old deadline and stays there until the raise."""
    late = TargetChangeFact(TODAY, 200, 300, 260, 350, DEADLINE, TODAY + timedelta(days=60))
    spec = GoalSpec(
        baseline=120, start=START, deadline=TODAY + timedelta(days=60), benchmark=260, stretch=350
    )
    points = [Point(START + timedelta(days=d), v) for d, v in POINTS]
    data = chart_data.build(
        spec, progress_of(spec, points, TODAY), series(), TODAY, fmt=fmt, target_changes=[late]
    )
    assert list(data.past_benchmark.x[:3]) == [seconds(START), seconds(DEADLINE), seconds(TODAY)]
    assert list(data.past_benchmark.y[:3]) == [120, 200, 200]
