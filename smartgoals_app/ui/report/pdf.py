"""Lay the report out on pages of a PDF (or a printer), with a footer on each page.

The paper follows the user's locale: Letter in the United States and Canada, A4
elsewhere. The document is paginated by Qt's text layout, which moves a line, a table
row or a chart that would cross the page's edge to the next page whole.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from smartgoals_app.domain.text import translate
from smartgoals_app.io.files import keep_mode_of
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.report.content import Report, ReportError
from smartgoals_app.ui.report.document import build_document
from smartgoals_app.ui.theme import PAPER_AXIS

RESOLUTION = 300
MARGINS_MM = QMarginsF(18, 16, 18, 12)
LETTER_COUNTRIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
FOOTER_POINTS = 8.0


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where it is the usual paper (United States, Canada), A4 elsewhere."""
    if locale.territory() in LETTER_COUNTRIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout_for(locale: QLocale) -> QPageLayout:
    return QPageLayout(
        page_size_for(locale), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def paint_report(report: Report, device: QPagedPaintDevice, font: QFont | None = None) -> int:
    """Draw ``report`` on ``device`` page by page; returns the number of pages.

    The painter's origin is the top left of the page's printable area (its margins
    already taken off), in device pixels, for a PDF writer and a printer alike.
    """
    base = QFont(font) if font is not None else QFont()
    doc = build_document(report, base)
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    footer_font = QFont(base)
    footer_font.setPointSizeF(FOOTER_POINTS)
    footer_metrics = QFontMetricsF(footer_font, device)
    footer = footer_metrics.height() * 2.2
    body = QSizeF(area.width(), area.height() - footer)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(body)
    pages = doc.pageCount()
    made = QCoreApplication.translate("Report", "Made with SmartGoals on {day}").format(
        day=fmt.day(report.made_on)
    )
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError(translate("Report", "The report could not be drawn on this printer or file."))
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            draw_page(painter, doc, page * body.height(), body.height())
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor(PAPER_AXIS))
            baseline = area.height() - footer_metrics.descent()
            painter.drawText(QPointF(0, baseline), made)
            numbered = QCoreApplication.translate("Report", "Page {page} of {pages}").format(
                page=page + 1, pages=pages
            )
            painter.drawText(
                QPointF(body.width() - footer_metrics.horizontalAdvance(numbered), baseline), numbered
            )
    finally:
        painter.end()
    return pages


def draw_page(painter: QPainter, doc: QTextDocument, top: float, height: float) -> None:
    """The lines of ``doc`` that begin on the page from ``top``, with their charts.

    QTextDocument.drawContents would do, but it also draws the line just above the
    area it is given: clipped out of sight, that line's words would still be in the
    file, found twice by search and copy. The pages are paginated by the layout, so
    every line begins and ends on one page.
    """
    layout = doc.documentLayout()
    bottom = top + height
    block = doc.begin()
    while block.isValid():
        box = layout.blockBoundingRect(block)
        if box.bottom() >= top and box.top() < bottom:
            lines = block.layout()
            origin = box.topLeft()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)
                if top <= origin.y() + line.y() < bottom:
                    line.draw(painter, origin)
        block = block.next()


def write_pdf(report: Report, path: Path, *, locale: QLocale | None = None, font: QFont | None = None) -> int:
    """Write the report to ``path`` (returns its pages). It is written beside it first
    and renamed, so a failure never leaves half a report or spoils an older one."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(handle)
        keep_mode_of(path, temporary)
    except OSError as exc:
        raise ReportError(_cannot_write(path, exc)) from exc
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(page_layout_for(locale or QLocale()))
        writer.setCreator("SmartGoals")
        writer.setTitle(QCoreApplication.translate("Report", "SmartGoals progress report"))
        pages = paint_report(report, writer, font)
        del writer  # closes the file
        os.replace(temporary, path)
    except OSError as exc:
        raise ReportError(_cannot_write(path, exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    return pages


def _cannot_write(path: Path, exc: OSError) -> str:
    return translate("Report", "Could not write the report to {path}: {reason}").format(
        path=str(path), reason=exc.strerror or str(exc)
    )
