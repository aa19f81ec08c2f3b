"""The progress chart's canvas: what the wheel and a double-click do on it."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QWheelEvent


class ChartCanvas(pg.GraphicsLayoutWidget):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """The wheel zooms the dates only with Ctrl held: a wheel turned to scroll past the
    chart zoomed it instead, into values no goal has. A double-click asks for the whole
    goal again (``double_clicked``)."""

    double_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "ChartCanvas",
                "Drag sideways, or turn the wheel with Ctrl held, to look closer at some weeks; "
                "double-click to see the whole goal again.",
            )
        )

    def wheelEvent(self, ev: QWheelEvent) -> None:
        if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(ev)
        else:
            ev.ignore()  # on to the widgets around the chart, as over any other

    def mouseDoubleClickEvent(self, ev: QMouseEvent) -> None:
        # Here, not from the scene: pyqtgraph reports a double click's release as a
        # single click.
        if ev.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit()
            ev.accept()
        else:
            super().mouseDoubleClickEvent(ev)
