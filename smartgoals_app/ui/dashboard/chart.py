"""The progress chart of one goal: measurements against the benchmark and stretch roads.

Every graphics item is created once in the constructor and later fed with setData,
so switching goals or logging a check-in never rebuilds the scene. Clip-to-view and
peak downsampling keep 100,000 points as quick to pan as 100.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from smartgoals_app.domain.text import translate
from smartgoals_app.services.records import MeasurementSeries
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.axis import LocaleDateAxis, locale_axes
from smartgoals_app.ui.dashboard import chart_data
from smartgoals_app.ui.dashboard.canvas import ChartCanvas
from smartgoals_app.ui.dashboard.chart_data import ChartData, shows
from smartgoals_app.ui.dashboard.dots import Dots, legend_key
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import (
    BENCHMARK,
    CHART_SHADE,
    CHART_SHADE_DEEP,
    MEASURED,
    STRETCH,
    TASK,
    TODAY,
    TREND,
    alpha,
)

MARKER_SIZE = 6  # pixels across a figure's marker
SYMBOLS_UP_TO = 400  # beyond this many points the symbols would merge into a band
HOVER_PIXELS = 12.0
AXIS_WIDTH = 64
LABEL_GAP = 8  # pixels kept between two line labels
GOOD_SIDE = translate("ProgressChart", "Ahead of the benchmark road")  # shown localized
LEGEND_FOUR, LEGEND_THREE = 720, 520  # chart widths (pixels) that hold that many legend columns


_EMPTY = np.empty(0, dtype=np.float64)


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.setAccessibleName(self.tr("Progress chart"))
        self.setMinimumSize(320, 220)
        self._data: ChartData | None = None
        self._series: MeasurementSeries | None = None
        self._unit = ""
        self._labelled: str | None = None  # the unit on the value axis

        self.canvas = ChartCanvas()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

        text = self.palette().color(QPalette.ColorRole.Text)
        # The legend sits in its own row above the plot so it never hides a curve.
        self.legend = pg.LegendItem(colCount=4, labelTextColor=text, labelTextSize="9pt", verSpacing=-4)
        self.canvas.addItem(self.legend, row=0, col=0)
        # What the trend predicts, in its own row between legend and plot: inside the
        # plot it covered the lines it describes.
        self.trend_label = pg.LabelItem("", color=TREND, size="9pt", justify="right")
        self.trend_label.setObjectName("trendCaption")
        self.canvas.addItem(self.trend_label, row=1, col=0)

        # No context menus (pyqtgraph's zoom and export options mean nothing here); asked
        # for at construction, so they are never built (a tenth of the chart's start-up).
        self.plot: pg.PlotItem = self.canvas.addPlot(
            row=2, col=0, axisItems=locale_axes("left"), enableMenu=False
        )
        self.plot.showGrid(x=False, y=True, alpha=0.15)  # values read across; dates sit on the strip
        # The dates sit on the strip below: an axis of bare ticks here was redrawn on
        # every pan for nothing.
        self.plot.hideAxis("bottom")
        self.plot.getAxis("left").setWidth(AXIS_WIDTH)
        # Only the dates move (a drag or zoom of the values showed "-200 minutes"); a
        # double-click shows the whole goal, for pyqtgraph's "A" shown only under the pointer.
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.hideButtons()
        self.plot.getViewBox().setLimits(minXRange=7 * chart_data.DAY)  # a week, not hours

        # The strip under the chart carries the date axis and one mark per task done,
        # so effort reads against results on the same dates.
        self.tasks_plot: pg.PlotItem = self.canvas.addPlot(
            row=3, col=0, axisItems={"bottom": LocaleDateAxis()}, enableMenu=False
        )
        self.tasks_plot.setXLink(self.plot)
        self.tasks_plot.setMouseEnabled(x=True, y=False)
        self.tasks_plot.hideButtons()
        self.tasks_plot.setYRange(0, 1, padding=0)
        left = self.tasks_plot.getAxis("left")
        left.setWidth(AXIS_WIDTH)
        left.setStyle(showValues=False, tickLength=0)
        self.canvas.ci.layout.setRowFixedHeight(3, 52)
        self.canvas.ci.layout.setSpacing(0)

        region = {"movable": False, "pen": pg.mkPen(None)}
        self.before = pg.LinearRegionItem(brush=alpha(CHART_SHADE, 40), **region)
        self.during = pg.LinearRegionItem(brush=alpha(CHART_SHADE, 0), **region)
        self.after = pg.LinearRegionItem(brush=alpha(CHART_SHADE_DEEP, 70), **region)
        for item in (self.before, self.during, self.after):
            item.setZValue(-20)
            self.plot.addItem(item, ignoreBounds=True)
        self.during.setVisible(False)  # transparent: painting it on every pan drew nothing
        self.start_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(CHART_SHADE, width=1))
        self.deadline_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(CHART_SHADE, width=1))
        self.today_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(TODAY, width=1.5, style=Qt.PenStyle.DashLine)
        )
        labels = {"position": 0.97, "anchors": [(0, 0), (0, 0)]}
        self.start_label = pg.InfLineLabel(
            self.start_line, "  " + self.tr("Start"), **labels
        )  # clear of the baseline mark
        # Right-aligned so it stays inside the plot when the deadline is near the edge.
        self.deadline_label = pg.InfLineLabel(
            self.deadline_line, self.tr("Deadline"), position=0.97, anchors=[(1, 0), (1, 0)]
        )
        self.today_label = pg.InfLineLabel(self.today_line, self.tr("Today"), color=TODAY, **labels)
        for line in (self.start_line, self.deadline_line, self.today_line):
            self.plot.addItem(line, ignoreBounds=True)
        for line in (self.start_line, self.deadline_line):
            line.setZValue(5)  # their labels are drawn over the curves (see apply_palette)

        self.benchmark_road = self.plot.plot(name=self.tr("Benchmark road"), pen=pg.mkPen(BENCHMARK, width=2))
        self.stretch_road = self.plot.plot(
            name=self.tr("Stretch road"), pen=pg.mkPen(STRETCH, width=2, style=Qt.PenStyle.DashLine)
        )
        # Target history: earlier roads, fainter, over the days they held; after the
        # deadline both targets held level, with the final figure to read against them.
        self.past_benchmark = self.plot.plot(pen=pg.mkPen(alpha(BENCHMARK, 110), width=2), connect="finite")
        self.past_stretch = self.plot.plot(
            pen=pg.mkPen(alpha(STRETCH, 110), width=2, style=Qt.PenStyle.DashLine), connect="finite"
        )
        self.after_benchmark = self.plot.plot(pen=pg.mkPen(BENCHMARK, width=1, style=Qt.PenStyle.DotLine))
        self.after_stretch = self.plot.plot(pen=pg.mkPen(STRETCH, width=1, style=Qt.PenStyle.DotLine))
        self.good_edge = pg.PlotDataItem(pen=pg.mkPen(None))
        self.plot.addItem(self.good_edge)
        self.good_side = pg.FillBetweenItem(self.benchmark_road, self.good_edge, brush=alpha(BENCHMARK, 38))
        self.good_side.setZValue(-10)
        self.plot.addItem(self.good_side)
        # The legend cannot draw a FillBetweenItem; this stand-in, never plotted,
        # shows the same green fill under the words.
        self.good_side_key = pg.PlotDataItem(pen=None, fillLevel=0, fillBrush=alpha(BENCHMARK, 90))
        self.trend = self.plot.plot(
            name=self.tr("Trend"), pen=pg.mkPen(TREND, width=2, style=Qt.PenStyle.DotLine)
        )
        self.measurements = self.plot.plot(name=self.tr("Measurements"), pen=pg.mkPen(MEASURED, width=2))
        # The figures' markers: drawn by an item of their own (see dots.py), a scatter
        # built a record per point on every switch. The curve's bounds are the view's.
        self.dots = Dots(MEASURED, MARKER_SIZE)
        self.plot.addItem(self.dots, ignoreBounds=True)
        self.measurements_key = legend_key(MEASURED, MARKER_SIZE)
        # A click on a legend entry hides or shows its item: here the figures' line and markers.
        self.measurements_key.visibleChanged.connect(self._show_figures)
        # Only the figures can be many: clipped to the view and thinned to its pixels on
        # every pan. Set for the whole plot, the roads, lines and empty items were
        # clipped again on every pan too, for nothing.
        self.measurements.setClipToView(True)
        self.measurements.setDownsampling(auto=True, method="peak")
        self.baseline = self.plot.plot(
            name=self.tr("Baseline"),
            pen=None,
            symbol="s",
            symbolSize=10,
            symbolBrush=CHART_SHADE_DEEP,
            symbolPen="w",
        )

        self.final = self.plot.plot(
            name=self.tr("Final figure"),
            pen=None,
            symbol="star",
            symbolSize=16,
            symbolBrush=MEASURED,
            symbolPen=pg.mkPen(TODAY),
        )
        self.final.setZValue(10)

        task_done = self.tr("Task done")
        self.task_marks = pg.ScatterPlotItem(
            symbol="t1", size=11, brush=pg.mkBrush(TASK), pen=pg.mkPen(None), name=task_done
        )
        self.tasks_plot.addItem(self.task_marks)
        self.legend.addItem(self.measurements_key, self.measurements.name())
        for item in (self.baseline, self.benchmark_road, self.stretch_road, self.trend):
            self.legend.addItem(item, item.name())
        self.legend.addItem(self.good_side_key, localize(GOOD_SIDE))
        self.legend.addItem(self.task_marks, task_done)

        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.canvas.double_clicked.connect(self.show_whole_goal)
        self.plot.getViewBox().sigResized.connect(self._place_today_label)
        self.apply_palette(self.palette())

    # -- look ----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        # A legend wider than the chart widened the whole layout and pushed the
        # plot's right edge (deadline, last dates) out of view: fewer columns when narrow.
        width = event.size().width()
        self.legend.setColumnCount(4 if width >= LEGEND_FOUR else 3 if width >= LEGEND_THREE else 2)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # pyqtgraph paints with its own colours; follow a switch to a dark palette.
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette(self.palette())
        super().changeEvent(event)

    def apply_palette(self, palette: QPalette) -> None:
        """Follow the application's light or dark palette (axes, text, background)."""
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.canvas.setBackground(background)
        for plot in (self.plot, self.tasks_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
        self.legend.setLabelTextColor(text)
        for _sample, label in self.legend.items:
            label.setText(label.text, color=text)  # setLabelTextColor alone does not redraw
        for label in (self.start_label, self.deadline_label):
            label.setColor(text)
            # On a patch of the background, above the curves: a road ending at the
            # deadline ran through the word.
            label.fill = pg.mkBrush(alpha(background.name(), 220))
            label.update()

    # -- data ----------------------------------------------------------------
    def set_data(self, data: ChartData, series: MeasurementSeries, unit: str) -> None:
        self._data, self._series, self._unit = data, series, unit
        measured = data.measurements
        marked = len(measured.x) <= SYMBOLS_UP_TO
        if self.measurements_key.opts["symbol"] != ("o" if marked else None):
            self.measurements_key.setSymbol("o" if marked else None)
        moved = self.plot.getViewBox().viewRange() != [list(data.x_range), list(data.y_range)]
        held = self.measurements.xData
        if moved and held is not None and len(held):
            # A new view clips and thins the figures' curve again: emptied first, the
            # last goal's figures are not redone on the way (a second full update).
            self.measurements.setData(_EMPTY, _EMPTY)
        # The rest is fed only what it does not show already: the next goal often has
        # the same start, roads or caption (a refresh of the same goal always), and an
        # item fed its own data again still rebuilt its path and bounds, the view's
        # bounds, and was painted again; most goals have no target history and no
        # final figure at all.
        for item, line in (
            (self.baseline, data.baseline),
            (self.benchmark_road, data.benchmark_road),
            (self.stretch_road, data.stretch_road),
            (self.good_edge, data.good_edge),
            (self.past_benchmark, data.past_benchmark),
            (self.past_stretch, data.past_stretch),
            (self.after_benchmark, data.after_benchmark),
            (self.after_stretch, data.after_stretch),
            (self.final, data.final),
            (self.trend, data.trend),
        ):
            if not shows(item.xData, item.yData, line.x, line.y):
                item.setData(line.x, line.y)
        self._show_final_in_legend(bool(len(data.final.x)))
        marks = self.task_marks.data
        if not shows(marks["x"], marks["y"], data.task_days, np.full(len(data.task_days), 0.5)):
            self.task_marks.setData(data.task_days, np.full(len(data.task_days), 0.5))

        self.before.setRegion((data.x_range[0], data.start))  # these return at once when unmoved
        self.during.setRegion((data.start, data.deadline))
        self.after.setRegion((data.deadline, data.x_range[1]))
        self.start_line.setValue(data.start)
        self.deadline_line.setValue(data.deadline)
        self.today_line.setValue(data.today)

        self._place_today_label()

        caption = localize(data.trend_caption) if len(data.trend.x) else ""
        caption = caption.replace("\n", "<br>")  # two short lines fit at 800 px
        # A caption set again, even the same, laid the chart's rows out again and
        # repainted the legend and axes with them.
        if caption != self.trend_label.text:
            self.trend_label.setText(caption, color=TREND)
            # LabelItem asks for its text's width as a minimum, which widened the whole
            # layout past a narrow chart and cut off the plot's right edge.
            self.trend_label.setMinimumWidth(0)
        if unit != self._labelled:  # a new label lays the axis out again
            self.plot.setLabel("left", unit)
            self._labelled = unit
        for view in (self.plot.getViewBox(), self.tasks_plot.getViewBox()):  # dates stay the goal's
            if view.state["limits"]["xLimits"] != list(data.x_range):
                view.setLimits(xMin=data.x_range[0], xMax=data.x_range[1])
        # Both at once: one change of view (and of the axes and the linked strip), not two.
        self.plot.setRange(xRange=data.x_range, yRange=data.y_range, padding=0)
        # The new view's transform now, not when the paint asks for it: set there, it made
        # the items it moves ask for another paint, and a switch painted the chart twice.
        for plot in (self.plot, self.tasks_plot):
            plot.getViewBox().updateMatrix()
        self.measurements.setData(measured.x, measured.y)  # clipped to the new view once
        dots_x, dots_y = (measured.x, measured.y) if marked else (_EMPTY, _EMPTY)
        if not shows(self.dots.xData, self.dots.yData, dots_x, dots_y):
            self.dots.setData(dots_x, dots_y)

    def _show_figures(self) -> None:
        shown = self.measurements_key.isVisible()
        self.measurements.setVisible(shown)
        self.dots.setVisible(shown)

    def _show_final_in_legend(self, shown: bool) -> None:
        """The final figure is listed only once there is one (after the deadline)."""
        listed = any(sample.item is self.final for sample, _label in self.legend.items)
        if shown and not listed:
            self.legend.addItem(self.final, self.final.name())
        elif listed and not shown:
            self.legend.removeItem(self.final)

    def clear(self) -> None:
        empty = np.empty(0, dtype=np.float64)
        for item in (
            self.measurements,
            self.baseline,
            self.benchmark_road,
            self.stretch_road,
            self.trend,
            self.past_benchmark,
            self.past_stretch,
            self.after_benchmark,
            self.after_stretch,
            self.final,
        ):
            item.setData(empty, empty)
        self.good_edge.setData(empty, empty)
        self.dots.setData(empty, empty)
        self.task_marks.setData(empty, empty)
        self.trend_label.setText("")
        self._data = self._series = None

    def _place_today_label(self, *_args: object) -> None:
        """On a new goal Today sits on Start, and late on near Deadline: then drop its
        label one text line, so the two never print over each other at any width. After
        the deadline Today is near the chart's right edge: then its label reads to the
        left of the line, inside the chart."""
        data = self._data
        if data is None:
            return
        view = self.plot.getViewBox()
        span = data.x_range[1] - data.x_range[0]
        if span <= 0 or view.width() <= 0:
            return
        per_pixel = span / view.width()
        width = {label: label.boundingRect().width() for label in (self.start_label, self.today_label)}
        deadline_width = self.deadline_label.boundingRect().width()
        near_start = abs(data.today - data.start) / per_pixel < max(width.values()) + LABEL_GAP
        near_deadline = (
            abs(data.deadline - data.today) / per_pixel < width[self.today_label] + deadline_width + LABEL_GAP
        )
        near_right = (data.x_range[1] - data.today) / per_pixel < width[self.today_label] + LABEL_GAP
        anchor = (1.0 if near_right else 0.0, -1.2 if near_start or near_deadline else 0.0)
        if self.today_label.anchors[0] != anchor:
            self.today_label.anchors = [anchor, anchor]
            self.today_label.updatePosition()

    # -- hover ---------------------------------------------------------------
    def tooltip_at(self, x: float, y: float) -> str | None:
        """Date, value and note of the measurement nearest to (x, y) in data
        coordinates, measured in pixels so it works at every zoom level."""
        if self._data is None or self._series is None:
            return None
        px, py = self.plot.getViewBox().viewPixelSize()
        index = chart_data.nearest_in_pixels(self._data.measurements, x, y, px, py, HOVER_PIXELS)
        if index is None:
            return None
        text = f"{fmt.day(self._series.day(index))}: {fmt.number(self._series.values[index], self._unit)}"
        note = self._series.notes[index]
        return f"{text}\n{note}" if note else text

    def show_whole_goal(self) -> None:
        if self._data is not None:  # the values never moved
            self.plot.setXRange(*self._data.x_range, padding=0)

    def _hover(self, scene_pos: QPointF) -> None:
        view = self.plot.getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        point = view.mapSceneToView(scene_pos)
        text = self.tooltip_at(point.x(), point.y())
        self.canvas.setToolTip(text or "")
        if text:
            global_pos = self.canvas.mapToGlobal(self.canvas.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, self.canvas)
        else:
            QToolTip.hideText()
