"""The progress chart drawn with QPainter alone, so a PDF holds it as vectors and text.

It draws the dashboard's ChartData (the same roads, trend and extent), in the
dashboard's colours: the value line, the benchmark and stretch roads, the start,
the deadline and today. Sizes are in points and scaled to the device, so the chart
reads the same on a 300 dpi PDF as on a 96 dpi preview image.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard.chart_data import DAY, ChartData, Line
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import (
    BENCHMARK,
    CHART_SHADE_DEEP,
    INK,
    MEASURED,
    PAPER_AXIS,
    PAPER_GRID,
    STRETCH,
    TODAY,
    TREND,
    alpha,
)

CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject.value) + 1
CHART_INDEX = int(QTextFormat.Property.UserProperty.value) + 1
HEIGHT_RATIO = 0.5  # of the text width
MOST_POINTS = 1500  # beyond this the value line is reduced to each bucket's low and high
SYMBOLS_UP_TO = 120
GRID = PAPER_GRID
AXIS = PAPER_AXIS
BEFORE = QColor(148, 163, 184, 40)
AFTER = QColor(100, 116, 139, 60)
_EPOCH = date(1970, 1, 1)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values from ``low`` to ``high`` about ``count`` apart steps of 1, 2 or 5."""
    if not high > low:
        return [low]
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


def date_ticks(first: date, last: date) -> tuple[list[date], str]:
    """Month starts (every 1, 2, 3, 6 or 12 months) for a long span, else Mondays
    every week or two; with the date pattern their labels use."""
    span = (last - first).days
    if span < 70:
        step = 7 if span < 42 else 14
        day = first + timedelta(days=(7 - first.weekday()) % 7)
        days = []
        while day <= last:
            days.append(day)
            day += timedelta(days=step)
        return days, "d MMM"
    months = span / 30.4
    every = next(m for m in (1, 2, 3, 6, 12) if months / m <= 7)
    year, month = first.year, first.month
    days = []
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = date(year, month, 1)
        if day > last:
            break
        if (month - 1) % every == 0:
            days.append(day)
    return days, "MMM yyyy"


def reduced(line: Line, buckets: int = MOST_POINTS // 2) -> tuple[np.ndarray, np.ndarray]:
    """The line with at most about MOST_POINTS points: in each of ``buckets`` equal
    spans of x, its lowest and highest point in the order they come (peaks stay)."""
    x, y = line.x, line.y
    if len(x) <= MOST_POINTS:
        return x, y
    edges = np.linspace(x[0], x[-1], buckets + 1)
    which = np.clip(np.searchsorted(edges, x, side="right") - 1, 0, buckets - 1)
    keep: list[int] = []
    starts = np.searchsorted(which, np.arange(buckets), side="left")
    ends = np.searchsorted(which, np.arange(buckets), side="right")
    for start, end in zip(starts, ends, strict=True):
        if start == end:
            continue
        part = y[start:end]
        low, high = start + int(np.argmin(part)), start + int(np.argmax(part))
        keep.extend(sorted({low, high}))
    index = np.asarray(keep, dtype=np.int64)
    return x[index], y[index]


def paint_chart(painter: QPainter, rect: QRectF, data: ChartData, *, font: QFont | None = None) -> None:
    """Draw ``data`` inside ``rect`` of ``painter``'s device."""
    device = painter.device()
    pt = (device.logicalDpiY() if device is not None else 96) / 72.0
    base = QFont(font) if font is not None else QFont()
    base.setPointSizeF(7.5)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(base)
    metrics = QFontMetricsF(base, device)
    line_height = metrics.height()

    # The legend row on top, the dates below, the values on the left.
    legend_items = [
        (QCoreApplication.translate("ProgressChart", "Measurements"), MEASURED, Qt.PenStyle.SolidLine),
        (QCoreApplication.translate("ProgressChart", "Benchmark road"), BENCHMARK, Qt.PenStyle.SolidLine),
        (QCoreApplication.translate("ProgressChart", "Stretch road"), STRETCH, Qt.PenStyle.DashLine),
    ]
    if len(data.trend.x):
        legend_items.append(
            (QCoreApplication.translate("ProgressChart", "Trend"), TREND, Qt.PenStyle.DotLine)
        )
    low, high = data.y_range
    ticks = [t for t in nice_ticks(low, high) if low <= t <= high]
    tick_labels = [fmt.number(t) for t in ticks]
    axis_width = max((metrics.horizontalAdvance(t) for t in tick_labels), default=0.0) + 6 * pt
    plot = QRectF(
        rect.left() + axis_width,
        rect.top() + line_height * 1.8,
        rect.width() - axis_width - 4 * pt,
        rect.height() - line_height * 1.8 - line_height * 1.6,
    )
    x_low, x_high = data.x_range

    def to_x(value: float) -> float:
        return plot.left() + (value - x_low) / (x_high - x_low) * plot.width()

    def to_y(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    def pen(colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        made = QPen(QColor(colour), width * pt, style)
        made.setCapStyle(Qt.PenCapStyle.FlatCap)
        return made

    # Legend.
    x = plot.left()
    baseline_y = rect.top() + metrics.ascent()
    for label, colour, style in legend_items:
        painter.setPen(pen(colour, 1.6, style))
        mid = baseline_y - metrics.ascent() / 2 + metrics.descent() / 2
        painter.drawLine(QPointF(x, mid), QPointF(x + 14 * pt, mid))
        painter.setPen(QColor(INK))
        painter.drawText(QPointF(x + 17 * pt, baseline_y), label)
        x += 17 * pt + metrics.horizontalAdvance(label) + 12 * pt

    # Before the start and after the deadline, shaded as on the dashboard.
    start_x, deadline_x = to_x(data.start), to_x(data.deadline)
    painter.setPen(Qt.PenStyle.NoPen)
    if start_x > plot.left():
        painter.fillRect(QRectF(plot.left(), plot.top(), start_x - plot.left(), plot.height()), BEFORE)
    if deadline_x < plot.right():
        painter.fillRect(QRectF(deadline_x, plot.top(), plot.right() - deadline_x, plot.height()), AFTER)

    # Value grid and labels.
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = to_y(tick)
        painter.setPen(pen(GRID, 0.4))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(AXIS))
        painter.drawText(
            QRectF(rect.left(), y - line_height / 2, axis_width - 4 * pt, line_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )

    # Date labels under the plot.
    first_day = _EPOCH + timedelta(days=math.ceil(x_low / DAY))
    last_day = _EPOCH + timedelta(days=math.floor(x_high / DAY))
    days, pattern = date_ticks(first_day, last_day)
    last_right = -math.inf
    for day in days:
        x = to_x((day - _EPOCH).days * DAY)
        label = fmt.date_text(day, pattern)
        width = metrics.horizontalAdvance(label)
        left = min(max(x - width / 2, rect.left()), rect.right() - width)
        painter.setPen(pen(AXIS, 0.6))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3 * pt))
        if left > last_right + 4 * pt:
            painter.setPen(QColor(AXIS))
            painter.drawText(QPointF(left, plot.bottom() + 3 * pt + metrics.ascent()), label)
            last_right = left + width

    painter.setPen(pen(AXIS, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())

    painter.save()
    painter.setClipRect(plot)

    def points(xs: np.ndarray, ys: np.ndarray) -> list[QPointF]:
        return [QPointF(to_x(float(a)), to_y(float(b))) for a, b in zip(xs, ys, strict=True)]

    def polyline(xs: np.ndarray, ys: np.ndarray) -> QPolygonF:
        return QPolygonF(points(xs, ys))

    # The good side of the benchmark road, lightly, as on the dashboard.
    good = QPainterPath()
    good.addPolygon(
        polyline(
            np.concatenate([data.benchmark_road.x, data.good_edge.x[::-1]]),
            np.concatenate([data.benchmark_road.y, data.good_edge.y[::-1]]),
        )
    )
    painter.fillPath(good, QBrush(QColor(22, 163, 74, 22)))

    # Start, deadline and today.
    marks = [
        (data.start, QCoreApplication.translate("ProgressChart", "Start"), AXIS),
        (data.deadline, QCoreApplication.translate("ProgressChart", "Deadline"), AXIS),
    ]
    if x_low <= data.today <= x_high:
        marks.append((data.today, QCoreApplication.translate("ProgressChart", "Today"), TODAY))
    placed: list[QRectF] = []
    for value, label, colour in marks:
        x = to_x(value)
        painter.setPen(pen(colour, 0.8, Qt.PenStyle.DashLine if colour == TODAY else Qt.PenStyle.SolidLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QColor(colour))
        width = metrics.horizontalAdvance(label)
        left = x - width - 2 * pt if x + width + 2 * pt > plot.right() else x + 2 * pt
        # Close marks (a short goal on a long history) take the next row down.
        box = QRectF(left, plot.top(), width, line_height)
        while any(box.intersects(other) for other in placed):
            box.translate(0, line_height)
        placed.append(box)
        painter.drawText(QPointF(left, box.top() + metrics.ascent()), label)

    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Earlier targets' roads over their own days (target history), fainter; after the
    # deadline both targets held level.
    history: list[tuple[Line, QColor, Qt.PenStyle, float]] = [
        (data.past_benchmark, alpha(BENCHMARK, 120), Qt.PenStyle.SolidLine, 1.6),
        (data.past_stretch, alpha(STRETCH, 120), Qt.PenStyle.DashLine, 1.6),
        (data.after_benchmark, QColor(BENCHMARK), Qt.PenStyle.DotLine, 0.8),
        (data.after_stretch, QColor(STRETCH), Qt.PenStyle.DotLine, 0.8),
    ]
    for line, tint, style, width in history:
        painter.setPen(pen(tint, width, style))
        for xs_part, ys_part in segments(line.x, line.y):
            painter.drawPolyline(polyline(xs_part, ys_part))
    painter.setPen(pen(BENCHMARK, 1.6))
    painter.drawPolyline(polyline(data.benchmark_road.x, data.benchmark_road.y))
    painter.setPen(pen(STRETCH, 1.6, Qt.PenStyle.DashLine))
    painter.drawPolyline(polyline(data.stretch_road.x, data.stretch_road.y))
    if len(data.trend.x):
        painter.setPen(pen(TREND, 1.6, Qt.PenStyle.DotLine))
        painter.drawPolyline(polyline(data.trend.x, data.trend.y))

    xs, ys = reduced(data.measurements)
    if len(xs):
        measured = pen(MEASURED, 1.4)
        measured.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(measured)
        painter.drawPolyline(polyline(xs, ys))
        if len(xs) <= SYMBOLS_UP_TO:
            painter.setBrush(QColor(MEASURED))
            painter.setPen(Qt.PenStyle.NoPen)
            for point in points(xs, ys):
                painter.drawEllipse(point, 1.8 * pt, 1.8 * pt)
    baseline = points(data.baseline.x, data.baseline.y)
    painter.setBrush(QColor(CHART_SHADE_DEEP))
    painter.setPen(Qt.PenStyle.NoPen)
    for point in baseline:
        painter.drawEllipse(point, 2.4 * pt, 2.4 * pt)
    # The final figure, ringed, to read against both targets after the deadline.
    painter.setBrush(QColor(MEASURED))
    painter.setPen(pen(TODAY, 1.0))
    for point in points(data.final.x, data.final.y):
        painter.drawEllipse(point, 3.2 * pt, 3.2 * pt)
    painter.restore()
    painter.restore()


def segments(xs: np.ndarray, ys: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The runs of a line between its NaN breaks."""
    breaks = np.flatnonzero(np.isnan(xs))
    starts = np.concatenate([[0], breaks + 1])
    ends = np.concatenate([breaks, [len(xs)]])
    return [(xs[a:b], ys[a:b]) for a, b in zip(starts, ends, strict=True) if b - a >= 2]


class ChartObject(QPyTextObject):
    """Draws a chart where the report's text holds its object character: the text
    flows around it and pages break before it, never through it."""

    def __init__(self, charts: list[ChartData], font: QFont, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._charts = charts
        self._font = font

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt_: QTextFormat) -> QSizeF:
        width = doc.pageSize().width() - 2 * doc.documentMargin()
        if width <= 0:
            width = doc.textWidth() if doc.textWidth() > 0 else 600.0
        return QSizeF(width - 1, width * HEIGHT_RATIO)

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt_: QTextFormat
    ) -> None:
        index = fmt_.property(CHART_INDEX)
        if isinstance(index, int) and 0 <= index < len(self._charts):
            paint_chart(painter, QRectF(rect), self._charts[index], font=self._font)


def chart_caption(data: ChartData) -> str:
    """What the trend predicts, in the user's language (empty without a trend)."""
    return localize(data.trend_caption)
