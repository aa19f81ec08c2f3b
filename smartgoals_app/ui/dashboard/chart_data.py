"""What the progress chart draws, as float64 arrays: pure numpy, no Qt.

Every figure comes from domain/progress.py (roads, trend, phases); this module only
turns dates into epoch seconds for pg.DateAxisItem and decides the visible extent.
Kept apart from the widget so the mapping is tested without drawing anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from smartgoals_app.domain.enums import Direction
from smartgoals_app.domain.progress import GoalSpec, Progress, reaches, road_value
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
    benchmark_road: Line
    stretch_road: Line
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
) -> ChartData:
    xs = np.asarray(series.days, dtype=np.float64)
    xs *= DAY  # in place: a million points would otherwise hold two copies at once
    ys = np.asarray(series.values, dtype=np.float64)
    start, deadline = seconds(spec.start), seconds(spec.deadline)
    road_days = (spec.start, spec.deadline)

    trend_x: list[float] = []
    trend_y: list[float] = []
    projected = progress.projected_at_deadline
    if progress.trend is not None and progress.latest is not None and progress.latest.day < spec.deadline:
        trend_x = [seconds(progress.latest.day), deadline]
        trend_y = [progress.trend.value_on(progress.latest.day), progress.trend.value_on(spec.deadline)]

    values = [spec.baseline, spec.benchmark, spec.stretch, *trend_y]
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
    return ChartData(
        measurements=Line(xs, ys),
        baseline=_line([start], [spec.baseline]),
        benchmark_road=_line([start, deadline], [road_value(spec, spec.benchmark, d) for d in road_days]),
        stretch_road=_line([start, deadline], [road_value(spec, spec.stretch, d) for d in road_days]),
        good_edge=_line([start, deadline], [edge, edge]),
        trend=_line(trend_x, trend_y),
        projected=projected,
        trend_caption=trend_caption(spec, projected, fmt, unit),
        task_days=np.asarray([seconds(d) for d in task_days], dtype=np.float64),
        start=start,
        deadline=deadline,
        today=seconds(today),
        x_range=(first - x_pad, last + x_pad),
        y_range=y_range,
    )


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
