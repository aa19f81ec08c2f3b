"""The figures' markers are drawn by an item of their own, which a switch fills with
two columns: pyqtgraph's scatter built a record per point on every switch. What the
person sees is the same: the same pixels as the scatter's round symbol, the same
legend entry, and a click on it hides the figures as before."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.dashboard.chart import MARKER_SIZE, SYMBOLS_UP_TO
from smartgoals_app.ui.dashboard.dots import Dots
from smartgoals_app.ui.theme import MEASURED
from tests.factories import signups_draft
from tests.ui.dashboard.dashboard_driver import Services, make_window


def _painted(qtbot: QtBot, item: pg.GraphicsObject) -> Any:
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(320, 240)
    plot.addItem(item)
    plot.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    plot.show()
    qtbot.waitExposed(plot)
    return plot.grab().toImage()


def test_the_markers_paint_the_same_pixels_as_the_scatters_round_symbol(qtbot: QtBot) -> None:
    x = np.array([1.0, 2.5, 2.6, 5.0, 9.9, np.nan, 7.25])
    y = np.array([1.0, 8.0, 8.1, 5.0, 0.1, 3.0, 4.333])
    scatter = pg.ScatterPlotItem(
        x=x, y=y, symbol="o", size=MARKER_SIZE, brush=pg.mkBrush(MEASURED), pen=pg.mkPen(MEASURED)
    )
    dots = Dots(MEASURED, MARKER_SIZE)
    dots.setData(x, y)
    assert _painted(qtbot, dots) == _painted(qtbot, scatter)


@pytest.fixture
def two_goals(db: Database, today: date) -> list[int]:
    start = today - timedelta(days=SYMBOLS_UP_TO + 60)
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    ids = []
    for n, count in enumerate((30, SYMBOLS_UP_TO + 1)):
        goal_id = goals.save(signups_draft(start, title=f"Grow sign-ups to 200, goal {n}"))
        figures = [(today - timedelta(days=d), 130.0 + d % 7) for d in range(count)]
        measurements.import_points(goal_id, figures)
        ids.append(goal_id)
    return ids


def test_a_switch_marks_the_figures_without_a_scatter(
    qtbot: QtBot, db: Database, today: date, two_goals: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, Services(db, today), db, today)
    chart = window.detail.chart
    window.select_goal(two_goals[1])
    built: list[pg.ScatterPlotItem] = []
    real = pg.ScatterPlotItem.addPoints

    def add_points(item: pg.ScatterPlotItem, *args: Any, **kwargs: Any) -> Any:
        built.append(item)
        return real(item, *args, **kwargs)

    monkeypatch.setattr(pg.ScatterPlotItem, "addPoints", add_points)
    window.select_goal(two_goals[0])
    shown_x, shown_y = chart.dots.xData, chart.dots.yData
    assert shown_x is not None
    assert shown_y is not None
    assert list(shown_x) == list(chart.measurements.xData)  # a marker on every figure
    assert list(shown_y) == list(chart.measurements.yData)
    assert chart.measurements_key.opts["symbol"] == "o"
    # Beyond SYMBOLS_UP_TO figures the markers would merge into a band: the line alone,
    # in the chart and in the legend.
    window.select_goal(two_goals[1])
    assert chart.dots.xData is not None
    assert len(chart.dots.xData) == 0
    assert len(chart.measurements.xData) == SYMBOLS_UP_TO + 1
    assert chart.measurements_key.opts["symbol"] is None
    window.select_goal(two_goals[0])
    assert chart.measurements.scatter not in built  # no scatter records the figures' points


def test_a_click_on_the_figures_legend_entry_hides_their_line_and_markers(
    qtbot: QtBot, db: Database, today: date, two_goals: list[int]
) -> None:
    window = make_window(qtbot, Services(db, today), db, today)
    chart = window.detail.chart
    window.select_goal(two_goals[0])
    sample = next(s for s, label in chart.legend.items if label.text == chart.measurements.name())
    sample.item.setVisible(False)  # what ItemSample's click does
    assert not chart.measurements.isVisible()
    assert not chart.dots.isVisible()
    sample.item.setVisible(True)
    assert chart.measurements.isVisible()
    assert chart.dots.isVisible()
