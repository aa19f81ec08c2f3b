"""The import dialog's parts: the choices of how a file is read, and what it shows of the
file before anything is saved (its first rows, the figure of each day, and one or two
sentences of what is ready and what is at fault)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.validation import MAX_VALUE
from smartgoals_app.io.exports import Figures
from smartgoals_app.io.exports.cells import DateOrder
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.counts import Counts
from smartgoals_app.ui.i18n import localize

PREVIEW_ROWS = 8
DAYS_SHOWN = 500


def csv_chooser() -> tuple[str, str]:
    """The title and filters of the chooser of the file to import."""
    title = QCoreApplication.translate("ImportDialog", "Import past figures")
    filters = QCoreApplication.translate(
        "ImportDialog", "Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"
    )
    return title, filters


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str = "") -> W:
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def message_label(name: str) -> QLabel:
    """A word-wrapped line of the dialog, hidden until it has something to say."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class ImportWords(QObject):
    """The dialog's counted words, in Qt's plural forms (``tr`` calls, so lupdate sees
    them as plurals)."""

    def button(self, count: int) -> str:
        return self.tr("&Import %Ln day(s)", None, count) if count else self.tr("&Import")

    def summary(self, result: Figures) -> str:
        """Up to two sentences: what is ready, and what is at fault."""
        count = len(result.points)
        if not count:
            return ""
        ready = self.tr("%Ln day(s) ready to import, from {first} to {last}.", None, count).format(
            first=fmt.day(result.points[0][0]), last=fmt.day(result.points[-1][0])
        )
        return " ".join((ready, Counts().left_out(len(result.faults)))) if result.faults else ready


def combine_choice() -> QComboBox:
    combo = named(
        QComboBox(),
        "importCombine",
        QCoreApplication.translate("ImportDialog", "How the rows of one day make its figure"),
    )
    for rule in Combine:
        combo.addItem(localize(rule.label), rule)
    return combo


def start_box() -> QDoubleSpinBox:
    box = named(
        QDoubleSpinBox(),
        "importStart",
        QCoreApplication.translate("ImportDialog", "Figure before the first day"),
    )
    box.setRange(0, MAX_VALUE)
    box.setDecimals(2)
    box.setToolTip(
        QCoreApplication.translate(
            "ImportDialog", "For a running total: the figure on the day before the file's first day."
        )
    )
    return box


def date_order_choice() -> QComboBox:
    combo = named(QComboBox(), "importDateOrder", QCoreApplication.translate("ImportDialog", "Date order"))
    combo.addItem(QCoreApplication.translate("ImportDialog", "Decide from the column"), DateOrder.AUTO)
    combo.addItem(QCoreApplication.translate("ImportDialog", "Day first (22/11/2026)"), DateOrder.DAY_FIRST)
    combo.addItem(
        QCoreApplication.translate("ImportDialog", "Month first (11/22/2026)"), DateOrder.MONTH_FIRST
    )
    return combo


def replace_box() -> QCheckBox:
    box = named(
        QCheckBox(
            QCoreApplication.translate("ImportDialog", "&Replace figures already logged on the same day")
        ),
        "importReplace",
        QCoreApplication.translate("ImportDialog", "Replace figures already logged on the same day"),
    )
    box.setToolTip(
        QCoreApplication.translate(
            "ImportDialog",
            "On: an imported figure takes the place of any check-in of this goal on that day. "
            "Off: days that already have a figure are left as they are.",
        )
    )
    box.setChecked(True)
    return box


def _table(name: str, accessible: str, row_height: int, minimum_height: int) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
    table.setMinimumHeight(minimum_height)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(row_height)
    return table


def preview_table(row_height: int) -> QTableWidget:
    return _table(
        "importPreview", QCoreApplication.translate("ImportDialog", "First rows of the file"), row_height, 90
    )


def days_table(row_height: int) -> QTableWidget:
    table = _table(
        "importDays", QCoreApplication.translate("ImportDialog", "Figure of each day"), row_height, 90
    )
    table.setColumnCount(2)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ImportDialog", "Day"),
            QCoreApplication.translate("ImportDialog", "Figure"),
        ]
    )
    table.verticalHeader().setVisible(False)
    return table


def problems_list() -> QListWidget:
    """The rows at fault, each with its reason."""
    problems = named(
        QListWidget(), "importProblems", QCoreApplication.translate("ImportDialog", "Rows at fault")
    )
    problems.setMinimumHeight(70)
    problems.setWordWrap(True)  # beside the days it is narrow: a reason reads whole
    return problems


def fill_preview(table: QTableWidget, result: Figures) -> None:
    table.clear()
    first = result.head[:PREVIEW_ROWS]
    table.setColumnCount(len(result.columns))
    table.setRowCount(len(first))
    table.setHorizontalHeaderLabels([localize(name) for name in result.columns])
    table.setVerticalHeaderLabels([str(number) for number, _c in first])
    for row, (_number, cells) in enumerate(first):
        for column, cell in enumerate(cells[: len(result.columns)]):
            table.setItem(row, column, QTableWidgetItem(cell))
    table.resizeColumnsToContents()


def mark_columns(table: QTableWidget, chosen: set[int]) -> None:
    """The columns read are bold in the preview."""
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None:
            font = QFont(item.font())
            font.setBold(column in chosen)
            item.setFont(font)


def fill_days(table: QTableWidget, points: Sequence[tuple[date, float]]) -> None:
    days = points[:DAYS_SHOWN]
    table.setRowCount(len(days))
    for row, (day, value) in enumerate(days):
        table.setItem(row, 0, QTableWidgetItem(fmt.day(day)))
        table.setItem(row, 1, QTableWidgetItem(fmt.number(value)))


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
