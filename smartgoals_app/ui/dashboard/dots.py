"""Round markers of one colour and a fixed size in pixels, at any zoom: the figures'
points on the chart. pyqtgraph's ScatterPlotItem does the same for any symbol, size
and colour per point, and builds a record per point (its spot, its symbol's place in
a shared atlas) on every setData: on a goal switch that was about as much as the rest
of the chart's update. Here a setData keeps the two columns, and the paint places one
marker picture, drawn once as the scatter draws its symbol, at each point in one call
to Qt (as the scatter's paint does): the same pixels."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as fn
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from smartgoals_app.ui.dashboard.chart_data import Array


class Dots(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """Filled circles ``size`` pixels across (plus the outline a scatter symbol has),
    centred on each (x, y) given."""

    def __init__(self, colour: str, size: float) -> None:
        super().__init__()
        self._colour, self._size = colour, size
        self._reach = (size + 1) / 2 + 1  # pixels a marker reaches past its centre, and a pixel for smoothing
        self._marker: QPixmap | None = None  # drawn when first painted, for the screen's pixel ratio
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)
        self._points = np.empty((2, 0))
        self._data_rect = QRectF()
        self.xData: Array | None = None
        self.yData: Array | None = None

    def setData(self, x: Array, y: Array) -> None:
        self.prepareGeometryChange()
        self.xData, self.yData = x, y
        keep = np.isfinite(x) & np.isfinite(y)
        self._points = np.vstack((x, y)) if keep.all() else np.vstack((x[keep], y[keep]))
        if self._points.shape[1]:
            (left, top), (right, bottom) = self._points.min(axis=1), self._points.max(axis=1)
            self._data_rect = QRectF(float(left), float(top), float(right - left), float(bottom - top))
        else:
            self._data_rect = QRectF()
        self.update()

    def _picture(self, ratio: float) -> QPixmap:
        if self._marker is None or self._marker.devicePixelRatio() != ratio:
            # As the scatter's symbol "o": filled and outlined in the colour, one pixel wide.
            image = renderSymbol("o", self._size, fn.mkPen(self._colour), fn.mkBrush(self._colour), dpr=ratio)
            self._marker = QPixmap.fromImage(image)
        return self._marker

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()  # the markers' reach in data units follows the zoom

    def boundingRect(self) -> QRectF:
        if not self._points.shape[1]:
            return QRectF()
        across, down = self.pixelVectors()
        if across is None or down is None:
            return QRectF(self._data_rect)
        dx = (abs(across.x()) + abs(down.x())) * self._reach
        dy = (abs(across.y()) + abs(down.y())) * self._reach
        return self._data_rect.adjusted(-dx, -dy, dx, dy)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        count = self._points.shape[1]
        if not count:
            return
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        marker = self._picture(ratio)
        # The points in pixels, then drawn untransformed: a marker is as wide at any zoom.
        places = fn.clip_array(fn.transformCoordinates(painter.transform(), self._points), -(2**30), 2**30)
        painter.resetTransform()
        self._fragments.resize(count)
        fragments = self._fragments.ndarray()
        fragments[:, 0:2] = places.T  # the centre of each
        fragments[:, 2:6] = (0, 0, marker.width(), marker.height())  # the whole picture
        fragments[:, 6:10] = (1 / ratio, 1 / ratio, 0.0, 1.0)  # scale, rotation, opacity
        # (fragments, count): the binding's stubs know only a list of fragments.
        painter.drawPixmapFragments(*self._fragments.drawargs(), marker)  # type: ignore[call-arg]


def legend_key(colour: str, size: float) -> pg.PlotDataItem:
    """What a legend shows for a line with Dots of ``colour``: the line with its marker
    (a stand-in, never plotted; setSymbol(None) leaves the line alone)."""
    key = pg.PlotDataItem(
        pen=pg.mkPen(colour, width=2),
        symbol="o",
        symbolSize=size,
        symbolBrush=colour,
        symbolPen=pg.mkPen(colour),
    )
    # The legend draws a symbol as the item's scatter has it, set only with data.
    key.setData([0.0], [0.0])
    return key
