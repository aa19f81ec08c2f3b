"""What the progress chart draws, as float64 arrays: pure numpy, no Qt.

Every figure comes from domain/progress.py (roads, trend, phases), domain/review.py
(the final figure) and domain/target_history.py (each period's road); this module only
turns dates into epoch seconds for pg.DateAxisItem and decides the visible extent.
Kept apart from the widget so the mapping is tested without drawing anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt

from smartgoals_app.domain.enums import Direction
from smartgoals_app.domain.progress import GoalSpec, Point, Progress, reaches, road_value
from smartgoals_app.domain.review import final_point
from smartgoals_app.domain.target_history import TargetChangeFact, road_periods
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.services.records import MeasurementSeries
from smartgoals_app.ui.formatter import Formatter

Array = npt.NDArray[np.float64]
DAY = 86_400.0
_EPOCH = date(1970, 1, 1)


def seconds(day: date) -> float:
    """A date as the epoch seconds pg.DateAxisItem reads (midnight UTC)."""
    return float((day - _EPOCH).days) * DAY


@dataclass(frozen=True)
class Line:
    x: Array
    y: Array


@dataclass(frozen=True)
class ChartData:
    measurements: Line
    baseline: Line
    benchmark_road: Line  # the road of the current targets, from the day they were set
    stretch_road: Line
    # The roads of earlier targets over the days they held (target history), each period
    # apart (NaN between them); empty when the targets never changed.
    past_benchmark: Line
    past_stretch: Line
    # After the deadline: both targets held level to the view's edge, and the final
    # figure (the last check-in by the deadline) to read against them. Empty before.
    after_benchmark: Line
    after_stretch: Line
    final: Line
    good_edge: Line  # the far side of the shaded good area, along the benchmark road
    trend: Line  # empty when no trend can be fitted
    projected: float | None
    trend_caption: str  # a Text: the widget shows it localized
    task_days: Array
    start: float
    deadline: float
    today: float
    x_range: tuple[float, float]
    y_range: tuple[float, float]


def shows(shown_x: Array | None, shown_y: Array | None, x: Array, y: Array) -> bool:
    """Whether an item showing (shown_x, shown_y) shows (x, y) already; nothing shown
    (None) is an empty line. NaN, which parts a line, equals itself here."""
    if shown_x is None or shown_y is None:
        return not len(x)
    return bool(np.array_equal(shown_x, x, equal_nan=True) and np.array_equal(shown_y, y, equal_nan=True))


def _line(xs: Sequence[float], ys: Sequence[float]) -> Line:
    return Line(np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64))


def build(
    spec: GoalSpec,
    progress: Progress,
    series: MeasurementSeries,
    today: date,
    task_days: Sequence[date] = (),
    unit: str = "",
    *,
    fmt: Formatter,
    target_changes: Sequence[TargetChangeFact] = (),
) -> ChartData:
    xs = np.asarray(series.days, dtype=np.float64)
    xs *= DAY  # in place: a million points would otherwise hold two copies at once
    ys = np.asarray(series.values, dtype=np.float64)
    start, deadline = seconds(spec.start), seconds(spec.deadline)
    periods = road_periods(spec, target_changes)
    current = periods[-1]
    road_days = (max(current.first, spec.start), spec.deadline)

    trend_x: list[float] = []
    trend_y: list[float] = []
    projected = progress.projected_at_deadline
    if progress.trend is not None and progress.latest is not None and progress.latest.day < spec.deadline:
        trend_x = [seconds(progress.latest.day), deadline]
        trend_y = [progress.trend.value_on(progress.latest.day), progress.trend.value_on(spec.deadline)]

    past_x: list[float] = []
    past_benchmark: list[float] = []
    past_stretch: list[float] = []
    for period in periods[:-1]:
        end = period.last + timedelta(days=1)  # up to where the next road starts
        # A road reaches its target at its deadline and stays level after it.
        knee = [period.spec.deadline] if period.first < period.spec.deadline < end else []
        days = (period.first, *knee, end)
        past_x += [seconds(d) for d in days] + [np.nan]
        past_benchmark += [road_value(period.spec, period.spec.benchmark, d) for d in days] + [np.nan]
        past_stretch += [road_value(period.spec, period.spec.stretch, d) for d in days] + [np.nan]

    values = [spec.baseline, spec.benchmark, spec.stretch, *trend_y]
    values += [v for v in past_benchmark + past_stretch if v == v]  # NaN is not equal to itself
    if len(ys):
        values += [float(ys.min()), float(ys.max())]
    low, high = min(values), max(values)
    pad = (high - low) * 0.08 or max(abs(high) * 0.1, 1.0)
    y_range = (low - pad, high + pad)
    # Shade from the benchmark road to the edge of the view on the better side.
    edge = y_range[1] if spec.direction is Direction.MORE else y_range[0]

    first = min(start, float(xs[0])) if len(xs) else start
    last = max(deadline, seconds(today), float(xs[-1]) if len(xs) else deadline)
    x_pad = max((last - first) * 0.04, 3 * DAY)
    x_range = (first - x_pad, last + x_pad)
    road_x = [seconds(d) for d in road_days]

    after = today > spec.deadline
    final = final_point(spec, _final_candidates(spec, series)) if after else None
    after_x = [deadline, x_range[1]] if after else []
    return ChartData(
        measurements=Line(xs, ys),
        baseline=_line([start], [spec.baseline]),
        benchmark_road=_line(road_x, [road_value(spec, spec.benchmark, d) for d in road_days]),
        stretch_road=_line(road_x, [road_value(spec, spec.stretch, d) for d in road_days]),
        past_benchmark=_line(past_x, past_benchmark),
        past_stretch=_line(past_x, past_stretch),
        after_benchmark=_line(after_x, [spec.benchmark] * len(after_x)),
        after_stretch=_line(after_x, [spec.stretch] * len(after_x)),
        final=_line(
            [seconds(final.day)] if after and final is not None else [],
            [final.value] if after and final is not None else [],
        ),
        good_edge=_line(road_x, [edge, edge]),
        trend=_line(trend_x, trend_y),
        projected=projected,
        trend_caption=trend_caption(spec, projected, fmt, unit),
        task_days=np.asarray([seconds(d) for d in task_days], dtype=np.float64),
        start=start,
        deadline=deadline,
        today=seconds(today),
        x_range=x_range,
        y_range=y_range,
    )


def _final_candidates(spec: GoalSpec, series: MeasurementSeries) -> list[Point]:
    """The last check-in by the deadline and the last of all, oldest first: the only two
    final_point can choose, found by bisection (a million points are never made objects)."""
    if not len(series):
        return []
    days = np.asarray(series.days)
    by_deadline = int(np.searchsorted(days, (spec.deadline - _EPOCH).days, side="right")) - 1
    rows = dict.fromkeys(r for r in (by_deadline, len(series) - 1) if r >= 0)
    return [Point(series.day(r), float(series.values[r])) for r in rows]


def trend_caption(spec: GoalSpec, projected: float | None, fmt: Formatter, unit: str = "") -> str:
    """What the trend predicts at the deadline, read against both targets (a Text,
    words of ``domain.text.translate``, so this module stays free of Qt)."""
    if projected is None:
        return ""
    benchmark, stretch = fmt.number(spec.benchmark), fmt.number(spec.stretch)
    benchmark_verdict: Text = (
        translate("ChartData", "benchmark {target} reached").format(target=benchmark)
        if reaches(projected, spec.benchmark, spec.direction)
        else translate("ChartData", "benchmark {target} missed").format(target=benchmark)
    )
    stretch_verdict: Text = (
        translate("ChartData", "stretch {target} reached").format(target=stretch)
        if reaches(projected, spec.stretch, spec.direction)
        else translate("ChartData", "stretch {target} missed").format(target=stretch)
    )
    return translate("ChartData", "Trend: {projected} by the deadline\n{benchmark}, {stretch}").format(
        projected=fmt.number(projected, unit), benchmark=benchmark_verdict, stretch=stretch_verdict
    )


def nearest_in_pixels(
    line: Line, x: float, y: float, pixel_x: float, pixel_y: float, radius: float
) -> int | None:
    """Index of the point nearest to (x, y) on screen, within `radius` pixels.

    Only the points within the radius along x are looked at (a binary search on the
    sorted x), so a hover over 100,000 points costs microseconds. Several points on
    one day are told apart by their height.
    """
    if not len(line.x) or pixel_x <= 0 or pixel_y <= 0:
        return None
    low = int(np.searchsorted(line.x, x - radius * pixel_x, side="left"))
    high = int(np.searchsorted(line.x, x + radius * pixel_x, side="right"))
    if low >= high:
        return None
    dx = (line.x[low:high] - x) / pixel_x
    dy = (line.y[low:high] - y) / pixel_y
    distance = np.hypot(dx, dy)
    best = int(np.argmin(distance))
    return low + best if distance[best] <= radius else None
