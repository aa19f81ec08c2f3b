"""Save the chart as PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView

from smartgoals_app.ui.theme import INK


def chooser() -> tuple[str, str]:
    """The title and filters of the chooser of the file to save the chart to."""
    title = QCoreApplication.translate("ChartExport", "Export chart")
    filters = QCoreApplication.translate("ChartExport", "PNG image (*.png);;SVG drawing (*.svg)")
    return title, filters


def chosen_path(name: Path, selected: str) -> Path:
    """The file to write: the name as typed, given the kind of the filter chosen when the
    user left the suffix off."""
    if name.suffix.lower() in (".png", ".svg"):
        return name
    return name.with_suffix(".svg" if "svg" in selected.lower() else ".png")


CAPTION_MARGIN = 12


def _caption_height(lines: list[str], font: QFont) -> int:
    if not lines:
        return 0
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(font.pointSizeF() * 1.25)
    return QFontMetrics(bold).height() + QFontMetrics(font).height() * (len(lines) - 1) + 2 * CAPTION_MARGIN


def _paint_caption(painter: QPainter, lines: list[str], width: int, font: QFont) -> None:
    """The goal's title in bold, then its status and the date, dark on white: a picture
    pasted into a report says what it shows."""
    painter.fillRect(0, 0, width, _caption_height(lines, font), QColor("white"))
    painter.setPen(QColor(INK))
    y = CAPTION_MARGIN
    for index, line in enumerate(lines):
        line_font = QFont(font)
        if index == 0:
            line_font.setBold(True)
            line_font.setPointSizeF(font.pointSizeF() * 1.25)
        painter.setFont(line_font)
        metrics = QFontMetrics(line_font)
        painter.drawText(
            CAPTION_MARGIN,
            y + metrics.ascent(),
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width - 2 * CAPTION_MARGIN),
        )
        y += metrics.height()


def export_chart(
    canvas: QGraphicsView, path: Path, *, title: str = "", caption: list[str] | None = None
) -> None:
    """PNG: exactly what is on screen (grab). SVG: the same scene painted by Qt's
    SVG generator, so every curve is a vector <path>. ``caption`` (title, status,
    date) is drawn above the chart in both.

    pyqtgraph 0.14's SVGExporter fails on legend samples with round symbols
    (ValueError in correctCoordinates) and may drop curves of a hidden widget;
    Qt's own generator has neither problem.
    """
    lines = caption or []
    font = canvas.font()
    top = _caption_height(lines, font)
    if path.suffix.lower() == ".svg":
        size = canvas.viewport().size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(size.width(), size.height() + top))
        generator.setViewBox(QRectF(0, 0, size.width(), size.height() + top))
        generator.setTitle(title or QCoreApplication.translate("ChartExport", "SmartGoals chart"))
        generator.setDescription(
            QCoreApplication.translate("ChartExport", "Progress chart exported from SmartGoals")
        )
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(_cannot_write(path))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _paint_caption(painter, lines, size.width(), font)
            canvas.render(painter, QRectF(0, top, size.width(), size.height()), canvas.viewport().rect())
        finally:
            painter.end()
        if not path.exists():
            raise OSError(_cannot_write(path))
    else:
        chart = canvas.grab()
        ratio = chart.devicePixelRatio()
        image = QImage(
            int(chart.width()), int(chart.height() + top * ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _paint_caption(painter, lines, int(chart.width() / ratio), font)
            painter.drawPixmap(0, top, chart)
        finally:
            painter.end()
        if not QPixmap.fromImage(image).save(str(path), "PNG"):
            raise OSError(_cannot_write(path))


def _cannot_write(path: Path) -> str:
    return QCoreApplication.translate("ChartExport", "Could not write {path}").format(path=path)
