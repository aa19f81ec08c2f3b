"""The dashboard's wording, filters and chart geometry: plain functions, no window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from smartgoals_app.domain.enums import Cadence, Direction, GoalLifecycle, MetricKind, Status
from smartgoals_app.domain.progress import GoalSpec, Point
from smartgoals_app.services.records import GoalOverview, MeasurementSeries
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard import chart_data
from smartgoals_app.ui.dashboard.presenters import (
    GoalFilter,
    due_message,
    matches,
    summary_rows,
    target_text,
)

TODAY = date(2026, 11, 22)
START = TODAY - timedelta(days=30)
LESS = GoalSpec(
    baseline=90,
    start=START,
    deadline=START + timedelta(days=100),
    benchmark=30,
    stretch=15,
    direction=Direction.LESS,
)


def overview(spec: GoalSpec, points: list[Point], **changes: object) -> GoalOverview:
    goal = GoalOverview(
        id=1,
        strategy_id=1,
        strategy="Be known for service",
        title="Answer within 15 minutes",
        network="x",
        metric_name="Response time",
        unit="minutes",
        direction=spec.direction,
        kind=MetricKind.OUTCOME,
        cadence=Cadence.WEEKLY,
        lifecycle=GoalLifecycle.ACTIVE,
        spec=spec,
        trend=tuple((p.day, p.value) for p in points),
        as_of=TODAY,
        next_checkin=TODAY + timedelta(days=3),
        checkin_due=False,
    )
    return replace(goal, **changes)  # type: ignore[arg-type]


def test_filters_follow_the_domain_status() -> None:
    reached = overview(LESS, [Point(TODAY, 14)])
    assert reached.progress.status is Status.STRETCH_REACHED
    running = overview(LESS, [Point(TODAY, 70)])
    due = overview(LESS, [Point(TODAY, 70)], checkin_due=True)
    assert matches(reached, GoalFilter.ACHIEVED)
    assert not matches(reached, GoalFilter.ACTIVE)
    assert matches(running, GoalFilter.ACTIVE)
    assert not matches(running, GoalFilter.OVERDUE)
    assert matches(due, GoalFilter.OVERDUE)
    assert all(matches(g, GoalFilter.ALL) for g in (reached, running, due))


def test_summary_says_what_is_done_and_what_pace_is_needed() -> None:
    rows = dict(summary_rows(overview(LESS, [Point(TODAY, 70)]), fmt))
    assert rows["Latest"] == f"70 minutes, {TODAY.day} Nov 2026"
    assert rows["Change"] == "-20 minutes (-22%)"
    assert rows["Progress"] == "Time used: 30% · Way to benchmark: 33%"
    assert rows["Benchmark"].startswith("30 minutes (33% there), needs ")
    assert rows["Benchmark"].endswith("minutes less each week")  # direction in words, no minus sign
    assert "-" not in rows["Benchmark"]
    assert rows["Days left"] == "70, to 31 Jan 2027"


def test_summary_before_any_measurement_says_so_in_plain_words() -> None:
    rows = dict(summary_rows(overview(LESS, [], baseline_date=date(2026, 11, 2)), fmt))
    assert rows["Progress"].endswith("Way to benchmark: not measured yet")
    assert rows["Baseline"].endswith("read 2 Nov 2026")  # the day it was read, not the start


def test_weekly_pace_reads_its_direction() -> None:
    assert fmt.per_week(-9.7, "minutes") == "9.7 minutes less each week"
    assert fmt.per_week(5, "sign-ups") == "5 sign-ups more each week"


def test_target_text_for_reached_and_passed_deadlines() -> None:
    assert target_text(30, 120, 0.0, "minutes", fmt) == "30 minutes (120% there), reached"
    assert target_text(30, 50, None, "minutes", fmt) == "30 minutes (50% there), deadline passed"


def test_due_message_only_when_due() -> None:
    assert due_message(overview(LESS, []), fmt) == ""
    assert "weekly check-in is due" in due_message(overview(LESS, [], checkin_due=True), fmt)


def test_chart_data_for_a_less_is_better_goal_shades_below_the_road() -> None:
    points = [Point(START + timedelta(days=7 * i), 90 - 6 * i) for i in range(1, 5)]
    goal = overview(LESS, points)
    epoch = date(1970, 1, 1)
    series = MeasurementSeries(
        1,
        tuple(range(len(points))),
        tuple((p.day - epoch).days for p in points),
        tuple(p.value for p in points),
        ("",) * len(points),
    )
    data = chart_data.build(
        LESS, goal.progress, series, TODAY, [START + timedelta(days=1)], unit="minutes", fmt=fmt
    )
    assert data.measurements.x.dtype == np.float64
    assert list(data.benchmark_road.y) == [90, 30]
    assert list(data.stretch_road.y) == [90, 15]
    assert data.good_edge.y[0] == data.y_range[0]  # less is better: the good side is below
    assert data.y_range[0] < 15 < 90 < data.y_range[1]
    assert data.task_days[0] == chart_data.seconds(START + timedelta(days=1))
    assert "stretch 15" in data.trend_caption


@pytest.mark.parametrize(
    ("x", "y", "expected"), [(10.0, 5.0, 1), (10.0, 60.0, None), (10.0, 45.0, 0), (100.0, 5.0, None)]
)
def test_nearest_in_pixels_tells_same_day_points_apart(x: float, y: float, expected: int | None) -> None:
    line = chart_data.Line(np.array([10.0, 10.0, 20.0]), np.array([40.0, 5.0, 6.0]))
    assert chart_data.nearest_in_pixels(line, x, y, 1.0, 1.0, 12.0) == expected
