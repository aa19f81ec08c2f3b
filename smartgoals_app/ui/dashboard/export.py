"""Save the chart as PNG or SVG. The file dialog sits behind one small function so
tests replace it instead of blocking on a modal dialog (pytest-qt's advice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QWidget


def choose_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    title = QCoreApplication.translate("ChartExport", "Export chart")
    filters = QCoreApplication.translate("ChartExport", "PNG image (*.png);;SVG drawing (*.svg)")
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".png", ".svg"):
        path = path.with_suffix(".svg" if "svg" in selected.lower() else ".png")
    return path


def export_chart(canvas: QGraphicsView, path: Path, *, title: str = "") -> None:
    """PNG: exactly what is on screen (grab). SVG: the same scene painted by Qt's
    SVG generator, so every curve is a vector <path>.

    pyqtgraph 0.14's SVGExporter fails on legend samples with round symbols
    (ValueError in correctCoordinates) and may drop curves of a hidden widget;
    Qt's own generator has neither problem.
    """
    if path.suffix.lower() == ".svg":
        size = canvas.viewport().size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(size))
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(title or QCoreApplication.translate("ChartExport", "SmartGoals chart"))
        generator.setDescription(
            QCoreApplication.translate("ChartExport", "Progress chart exported from SmartGoals")
        )
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(_cannot_write(path))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            canvas.render(painter, QRectF(0, 0, size.width(), size.height()), canvas.viewport().rect())
        finally:
            painter.end()
        if not path.exists():
            raise OSError(_cannot_write(path))
    elif not canvas.grab().save(str(path), "PNG"):
        raise OSError(_cannot_write(path))


def _cannot_write(path: Path) -> str:
    return QCoreApplication.translate("ChartExport", "Could not write {path}").format(path=path)
