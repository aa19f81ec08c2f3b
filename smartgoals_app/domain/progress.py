"""Progress of a goal against its benchmark and stretch targets.

Everything here is direction-aware: for a less-is-better metric (response time)
"reaching" a target means going down to it.

The road
    The expected value on each date is a straight line from the baseline at the
    goal's start date to the target at the deadline. Before the start it is the
    baseline; after the deadline it is the target.

The status rule (first match wins)
    1. STRETCH_REACHED   the latest measurement is at or beyond the stretch target.
    2. BENCHMARK_REACHED the latest measurement is at or beyond the benchmark.
    3. OVERDUE           the deadline has passed (today > deadline; the deadline day
                         itself still counts as time left).
    4. NOT_STARTED       no measurement yet, or today is before the start date.
    5. ON_TRACK          the latest measurement is on or ahead of the benchmark road
                         on the day it was taken.
    6. BEHIND            below the road, but by at most BEHIND_TOLERANCE of the whole
                         way from baseline to benchmark, or the trend still reaches the
                         benchmark by the deadline.
    7. AT_RISK           below the road by more than that, and the trend (if any)
                         misses the benchmark.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from smartgoals_app.domain.enums import Direction, Status

BEHIND_TOLERANCE = 0.10
TREND_POINTS = 8  # the trend is fitted to this many most recent points


@dataclass(frozen=True, slots=True)
class Point:
    day: date
    value: float


@dataclass(frozen=True, slots=True)
class GoalSpec:
    """The numbers of a goal that progress depends on."""

    baseline: float
    start: date
    deadline: date
    benchmark: float
    stretch: float
    direction: Direction = Direction.MORE


@dataclass(frozen=True, slots=True)
class Trend:
    slope_per_day: float
    intercept_day: date
    intercept_value: float
    points_used: int

    def value_on(self, day: date) -> float:
        return self.intercept_value + self.slope_per_day * (day - self.intercept_day).days

    @property
    def per_week(self) -> float:
        return self.slope_per_day * 7


@dataclass(frozen=True, slots=True)
class Progress:
    """All figures the dashboard shows for one goal on one day."""

    status: Status
    latest: Point | None
    change: float | None
    change_percent: float | None
    percent_to_benchmark: float | None
    percent_to_stretch: float | None
    percent_by_time: float
    days_left: int
    pace_to_benchmark_per_week: float | None
    pace_to_stretch_per_week: float | None
    trend: Trend | None
    projected_at_deadline: float | None


def reaches(value: float, target: float, direction: Direction) -> bool:
    """True when `value` is at or beyond `target` in the good direction."""
    return value >= target if direction is Direction.MORE else value <= target


def percent_toward(spec: GoalSpec, target: float, value: float) -> float:
    """Share of the way from the baseline to `target`, in percent.

    Negative when the value moved the wrong way; above 100 past the target.
    When the target equals the baseline there is no way to go: 100 once the value
    is at or beyond it, 0 otherwise. A span too small to divide by without
    overflowing (such as 5e-324) counts as no span.
    """
    span = target - spec.baseline
    share = (value - spec.baseline) / span * 100.0 if span != 0 else math.inf
    if not math.isfinite(share):
        return 100.0 if reaches(value, target, spec.direction) else 0.0
    return share


def road_value(spec: GoalSpec, target: float, day: date) -> float:
    """Where the straight road from baseline to `target` says the value should be on `day`."""
    total = (spec.deadline - spec.start).days
    if total <= 0:
        return target if day >= spec.deadline else spec.baseline
    fraction = min(max((day - spec.start).days / total, 0.0), 1.0)
    return spec.baseline + (target - spec.baseline) * fraction


def percent_by_time(spec: GoalSpec, today: date) -> float:
    total = (spec.deadline - spec.start).days
    if total <= 0:
        return 100.0 if today >= spec.deadline else 0.0
    return min(max((today - spec.start).days / total, 0.0), 1.0) * 100.0


def pace_needed_per_week(spec: GoalSpec, target: float, current: float, today: date) -> float | None:
    """Change per week still needed from `current` to reach `target` by the deadline.

    0 when the target is already reached; None when no time is left (past the deadline).
    The deadline day counts, so on the deadline itself one day is left.
    """
    if reaches(current, target, spec.direction):
        return 0.0
    days_left = (spec.deadline - today).days + 1
    if days_left <= 0:
        return None
    return (target - current) / days_left * 7


def fit_trend(points: Sequence[Point], limit: int = TREND_POINTS) -> Trend | None:
    """Least-squares straight line through the most recent `limit` points.

    None with fewer than two distinct days (no slope can be read from them).
    """
    recent = sorted(points, key=lambda p: p.day)[-limit:]
    if len({p.day for p in recent}) < 2:
        return None
    origin = recent[0].day
    xs = [float((p.day - origin).days) for p in recent]
    ys = [p.value for p in recent]
    mean_x = math.fsum(xs) / len(xs)
    mean_y = math.fsum(ys) / len(ys)
    sxx = math.fsum((x - mean_x) ** 2 for x in xs)
    sxy = math.fsum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    return Trend(
        slope_per_day=slope,
        intercept_day=origin,
        intercept_value=mean_y - slope * mean_x,
        points_used=len(recent),
    )


def trend_points(spec: GoalSpec, measurements: Sequence[Point]) -> list[Point]:
    """The baseline counts as the first point of the history."""
    return [Point(spec.start, spec.baseline), *measurements]


_UNFITTED = Trend(0.0, date.min, 0.0, 0)  # "not fitted yet": None is a fitted result


def status_of(
    spec: GoalSpec, measurements: Sequence[Point], today: date, *, trend: Trend | None = _UNFITTED
) -> Status:
    """The status rule in this module's docstring. `trend`, when the caller has fitted
    it already (fit_trend of trend_points), is not fitted again."""
    # Of two check-ins on the same day the one given last (the newest) counts, as in
    # progress_of; max() alone would return the first.
    latest = max(reversed(measurements), key=lambda p: p.day) if measurements else None
    if latest is not None:
        if reaches(latest.value, spec.stretch, spec.direction):
            return Status.STRETCH_REACHED
        if reaches(latest.value, spec.benchmark, spec.direction):
            return Status.BENCHMARK_REACHED
    if today > spec.deadline:
        return Status.OVERDUE
    if latest is None or today < spec.start:
        return Status.NOT_STARTED
    expected = road_value(spec, spec.benchmark, latest.day)
    if reaches(latest.value, expected, spec.direction):
        return Status.ON_TRACK
    shortfall = abs(expected - latest.value)
    span = abs(spec.benchmark - spec.baseline)
    if span > 0 and shortfall <= BEHIND_TOLERANCE * span:
        return Status.BEHIND
    if trend is _UNFITTED:
        trend = fit_trend(trend_points(spec, measurements))
    if trend is not None and reaches(trend.value_on(spec.deadline), spec.benchmark, spec.direction):
        return Status.BEHIND
    return Status.AT_RISK


def progress_of(spec: GoalSpec, measurements: Sequence[Point], today: date) -> Progress:
    ordered = sorted(measurements, key=lambda p: p.day)
    latest = ordered[-1] if ordered else None
    current = latest.value if latest else spec.baseline
    trend = fit_trend(trend_points(spec, ordered)) if ordered else None
    change = None if latest is None else latest.value - spec.baseline
    change_percent = None if change is None or spec.baseline == 0 else change / abs(spec.baseline) * 100.0
    return Progress(
        status=status_of(spec, ordered, today, trend=trend),
        latest=latest,
        change=change,
        change_percent=change_percent,
        percent_to_benchmark=None if latest is None else percent_toward(spec, spec.benchmark, current),
        percent_to_stretch=None if latest is None else percent_toward(spec, spec.stretch, current),
        percent_by_time=percent_by_time(spec, today),
        days_left=max((spec.deadline - today).days, 0),
        pace_to_benchmark_per_week=pace_needed_per_week(spec, spec.benchmark, current, today),
        pace_to_stretch_per_week=pace_needed_per_week(spec, spec.stretch, current, today),
        trend=trend,
        projected_at_deadline=None if trend is None else trend.value_on(spec.deadline),
    )


def weeks_between(start: date, end: date) -> float:
    return (end - start) / timedelta(weeks=1)
