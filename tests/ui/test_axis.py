"""The value axis fills its grid as rows of pixels: the very pixels pyqtgraph's
translucent strokes drew, wherever the plot sits, at a fraction of their cost."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPicture
from pytestqt.qtbot import QtBot

from smartgoals_app.ui.axis import LocaleAxis, fill_rows, locale_axes

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _pixels(paint: object, shift: tuple[float, float], size: tuple[int, int] = (420, 320)) -> np.ndarray:
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(*shift)
    paint(painter)  # type: ignore[operator]
    painter.end()
    return np.frombuffer(image.constBits(), np.uint8).reshape(size[1], -1).copy()


def _grid_plot(qtbot: QtBot) -> tuple[pg.PlotWidget, LocaleAxis]:
    plot = pg.PlotWidget(axisItems=locale_axes("left"))
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.showGrid(x=False, y=True, alpha=0.15)
    plot.plot([0.0, 1.0, 2.0], [40.0, 135.0, 160.0])
    plot.show()
    qtbot.waitExposed(plot)
    axis = plot.getPlotItem().getAxis("left")
    assert isinstance(axis, LocaleAxis)
    return plot, axis


@pytest.mark.parametrize("y_range", [(32.0, 168.0), (0.0, 1.0), (-7.3, 1234.5)])
def test_the_filled_grid_is_pixel_for_pixel_the_stroked_one(
    qtbot: QtBot, y_range: tuple[float, float]
) -> None:
    plot, axis = _grid_plot(qtbot)
    plot.setYRange(*y_range, padding=0)
    plot.grab()  # painted once: the axis has its pictures
    assert axis.picture is not None
    rows = list(axis._rows)
    assert len(rows) >= 3  # the grid's lines are filled, not stroked
    # Moved by whole pixels, half pixels and a hair short of a pixel's edge, as a plot
    # in a layout is.
    for shift in ((0.0, 0.0), (3.0, 17.0), (0.5, 0.5), (2.25, 34.999999999999996), (-1.0, 40.0000000001)):
        stroked = _pixels(lambda p: axis.picture.play(p), shift)
        filled = _pixels(lambda p: axis.paint(p, None, None), shift)
        assert np.array_equal(stroked, filled), shift


def test_a_row_a_hair_above_a_pixel_s_edge_lands_where_the_stroke_does(qtbot: QtBot) -> None:
    pen = pg.mkPen(QColor(0, 0, 0, 38))
    for y in (20.0, 20.0 - 1e-13, 20.0 + 1e-13, 19.999999, 20.5, 134.99999999999997):
        for shift in ((0.0, 0.0), (0.5, 90.0), (1.25, 3.0 - 1e-12)):
            picture = QPicture()
            recorder = QPainter(picture)
            recorder.setPen(pen)
            recorder.drawLine(QPointF(4.0, y), QPointF(96.5, y))
            recorder.end()
            stroked = _pixels(lambda p, pic=picture: pic.play(p), shift, (120, 260))
            filled = _pixels(lambda p, y=y: fill_rows(p, [(pen.color(), y, 96.5, 4.0)]), shift, (120, 260))
            assert np.array_equal(stroked, filled), (y, shift)


def test_an_export_that_scales_strokes_the_grid_as_ever(qtbot: QtBot) -> None:
    plot, axis = _grid_plot(qtbot)
    plot.grab()
    assert axis.picture is not None

    def scaled(paint: object) -> np.ndarray:
        def run(p: QPainter) -> None:
            p.scale(2.0, 2.0)
            paint(p)  # type: ignore[operator]

        return _pixels(run, (0.0, 0.0), (840, 640))

    assert np.array_equal(scaled(lambda p: axis.picture.play(p)), scaled(lambda p: axis.paint(p, None, None)))
