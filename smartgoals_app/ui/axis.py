"""A pyqtgraph value axis whose tick labels are written as the user's locale writes
numbers ("1.250" in German), like every other figure on screen, and whose grid lines
are filled as rows of pixels rather than stroked."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPicture, QPixmap, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from smartgoals_app.ui import formatting as fmt

# A row this short may be drawn as no pixel at all by the stroker: such a line is stroked.
MIN_FILLED = 2.0
_TickSpec = tuple[QPen, QPointF, QPointF]
_MOVED_ONLY = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)


def _fillable(pen: QPen, start: QPointF, end: QPointF) -> bool:
    """A horizontal, solid, one-pixel cosmetic line: the pixels the raster engine strokes
    for it are one row, which a fill draws alike (tests compare both)."""
    return (
        start.y() == end.y()
        and abs(end.x() - start.x()) >= MIN_FILLED
        and pen.isCosmetic()
        and pen.widthF() <= 1.0
        and pen.style() == Qt.PenStyle.SolidLine
        and pen.brush().style() == Qt.BrushStyle.SolidPattern
    )


def fill_rows(painter: QPainter, rows: list[tuple[QColor, float, float, float]]) -> None:
    """Each (colour, y, x1, x2), in item coordinates, as the one row of pixels a
    non-antialiased one-pixel cosmetic pen strokes for it (both ends included): the
    painter must be a raster painter that only translates."""
    # Worked out as the stroker does, in the device's pixels (the widget's place in its
    # window included): a line a hair above a pixel's edge lands on the row the sum
    # rounds to there. The fill, in the painter's pixels, is moved by that place again.
    device, world = painter.deviceTransform(), painter.transform()
    place_x, place_y = round(device.dx() - world.dx()), round(device.dy() - world.dy())
    painter.save()
    painter.resetTransform()  # pixels from here; the clip stays
    for colour, y, x1, x2 in rows:
        row = math.floor(y + device.dy()) - place_y
        left = math.floor(min(x1, x2) + device.dx()) - place_x
        right = math.floor(max(x1, x2) + device.dx()) - place_x
        painter.fillRect(QRect(left, row, right - left + 1, 1), colour)
    painter.restore()


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    picture: QPicture | None  # pyqtgraph's, of the whole axis; None until painted again

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lean: QPicture | None = None  # the picture without its rows
        self._rows: list[tuple[QColor, float, float, float]] = []

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # As pyqtgraph's own: as many decimals as the tick spacing needs, no more.
        step = spacing * scale
        places = max(0, math.ceil(-math.log10(step))) if step > 0 else 0
        return [fmt.decimal(value * scale, places) for value in values]

    def paint(self, p: QPainter, opt: QStyleOptionGraphicsItem | None, widget: QWidget | None) -> None:
        # The grid spans the plot, and the plot is repainted on every switch and pan:
        # stroked with its translucent pen, its lines cost more than all the curves
        # (1.5 ms of a switch); filled, the same pixels cost a twentieth.
        if self.picture is None:  # pyqtgraph drops it whenever ticks or size change
            self._record()
        # Only on the screen or an image (the raster engine), a pixel a pixel, moved but
        # not scaled: there the rows are the very pixels a stroke draws.
        device = p.device()
        plain = (
            isinstance(device, QWidget | QImage | QPixmap)
            and device.devicePixelRatioF() == 1.0
            and p.deviceTransform().type() in _MOVED_ONLY
        )
        if plain and self._lean is not None:
            p.save()
            self._lean.play(p)  # the axis line first, as pyqtgraph draws it
            p.restore()  # and its rows under the clip they had: the texts' is set after them
            fill_rows(p, self._rows)
        elif self.picture is not None:
            self.picture.play(p)  # an export at another scale or to SVG: stroked, as ever

    def _record(self) -> None:
        """pyqtgraph's picture of the axis, and the same without its fillable tick and
        grid lines, which are kept as rows (the texts never cross them)."""
        whole, lean = QPicture(), QPicture()
        self._rows = []
        specs = None
        for picture in (whole, lean):
            painter = QPainter(picture)
            try:
                if self.style["tickFont"]:
                    painter.setFont(self.style["tickFont"])
                if specs is None:
                    specs = self.generateDrawSpecs(painter)
                if specs is not None:
                    axis, ticks, texts = specs
                    if picture is lean:
                        kept: list[_TickSpec] = []
                        for pen, start, end in ticks:
                            if _fillable(pen, start, end):
                                self._rows.append((QColor(pen.color()), start.y(), start.x(), end.x()))
                            else:
                                kept.append((pen, start, end))
                        ticks = kept
                    self.drawPicture(painter, axis, ticks, texts)
            finally:
                painter.end()
        self.picture, self._lean = whole, lean


def locale_axes(*sides: str) -> dict[str, Any]:
    """``axisItems`` for a plot: these sides labelled in the user's locale."""
    return {side: LocaleAxis(orientation=side) for side in sides}
