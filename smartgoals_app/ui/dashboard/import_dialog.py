"""Import past figures of a goal from an analytics export (CSV): the trend so far.

Choose a file, pick the date column and the value column (filled from the file's
header, the first rows shown beneath), read the rows at fault, then import the good
rows in one transaction. Nothing is saved before the Import button, and a failed
import saves nothing (MeasurementService.import_points is all or nothing).

The dialog does not know the services: it calls `submit(points, replace_same_day,
progress)`. The file chooser is a module-level function tests replace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.text import joined
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.io import csv_import
from smartgoals_app.io.csv_import import CsvImportError, CsvTable, DateOrder, Preview
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import StorageError
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize

Progress = Callable[[int, int], None]
Submit = Callable[[Sequence[tuple[date, float]], bool, Progress], int]

PREVIEW_ROWS = 8
PROBLEMS_SHOWN = 500  # a file with 100,000 bad rows must not build 100,000 list items
ERROR_STYLE = "color: #dc2626;"  # red reads on light and dark backgrounds


def choose_csv_path(parent: QWidget | None, start: Path | None) -> Path | None:
    title = QCoreApplication.translate("ImportDialog", "Import past figures")
    filters = QCoreApplication.translate("ImportDialog", "CSV files (*.csv *.tsv *.txt);;All files (*)")
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(start) if start else "", filters)
    return Path(chosen) if chosen else None


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        goal_title: str,
        unit: str,
        today: date,
        submit: Submit,
        start_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import past figures — {goal}").format(goal=goal_title))
        self._today = today
        self._submit = submit
        self._start_dir = start_dir
        self.table: CsvTable | None = None
        self.preview_result: Preview | None = None
        self.imported: int | None = None  # rows written, once the import succeeded

        intro = QLabel(
            self.tr(
                "Read the past figures of <b>{goal}</b> ({unit}) from an "
                "analytics export saved as CSV: one column of dates, one of values. "
                "They show the trend so far next to your check-ins."
            ).format(goal=_escape(goal_title), unit=_escape(unit))
        )
        intro.setWordWrap(True)

        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.file_edit.setAccessibleName(self.tr("File"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("importChoose")
        self.choose_button.setAccessibleName(self.tr("Choose file"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.date_column = QComboBox()
        self.date_column.setObjectName("importDateColumn")
        self.date_column.setAccessibleName(self.tr("Date column"))
        self.value_column = QComboBox()
        self.value_column.setObjectName("importValueColumn")
        self.value_column.setAccessibleName(self.tr("Value column"))
        self.date_order = QComboBox()
        self.date_order.setObjectName("importDateOrder")
        self.date_order.setAccessibleName(self.tr("Date order"))
        self.date_order.addItem(self.tr("Decide from the column"), DateOrder.AUTO)
        self.date_order.addItem(self.tr("Day first (22/11/2026)"), DateOrder.DAY_FIRST)
        self.date_order.addItem(self.tr("Month first (11/22/2026)"), DateOrder.MONTH_FIRST)
        for combo in (self.date_column, self.value_column, self.date_order):
            combo.currentIndexChanged.connect(self._update_preview)

        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("importPreview")
        self.preview_table.setAccessibleName(self.tr("First rows of the file"))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.preview_table.setMinimumHeight(110)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Rows at fault"))
        self.problems.setMinimumHeight(70)

        self.replace_box = QCheckBox(self.tr("&Replace figures already logged on the same day"))
        self.replace_box.setObjectName("importReplace")
        self.replace_box.setAccessibleName(self.tr("Replace figures already logged on the same day"))
        self.replace_box.setToolTip(
            self.tr(
                "On: an imported figure takes the place of any check-in of this goal on that day. "
                "Off: days that already have a figure are left as they are."
            )
        )
        self.replace_box.setChecked(True)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importOk")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(_buddy(self.tr("&File:"), self.file_edit), file_row)
        form.addRow(_buddy(self.tr("&Date column:"), self.date_column), self.date_column)
        form.addRow(_buddy(self.tr("&Value column:"), self.value_column), self.value_column)
        form.addRow(_buddy(self.tr("Date &order:"), self.date_order), self.date_order)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buddy(self.tr("First ro&ws of the file:"), self.preview_table))
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(_buddy(self.tr("Rows at fa&ult (left out):"), self.problems))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 580)  # fits an 800x600 screen; word-wrapped labels need the height
        self.resize(680, 620)
        self._set_columns_enabled(False)
        self.choose_button.setFocus()

    # -- the file --------------------------------------------------------------
    def choose_file(self) -> None:
        start = self.table.path.parent if self.table and self.table.path else self._start_dir
        path = choose_csv_path(self, start)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read `path` and fill the column choices; a file that cannot be used is explained."""
        self.file_edit.setText(str(path))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table = csv_import.read_table(path)
        except CsvImportError as exc:
            self.table = self.preview_result = None
            self._clear()
            self._say(localize(exc.args[0]) if exc.args else str(exc), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.table = table
        self._fill(table)

    def _fill(self, table: CsvTable) -> None:
        guessed_date, guessed_value = csv_import.guess_columns(table)
        for combo, guessed in ((self.date_column, guessed_date), (self.value_column, guessed_value)):
            combo.blockSignals(True)
            combo.clear()
            for index, name in enumerate(table.columns):
                combo.addItem(localize(name), index)
            combo.setCurrentIndex(guessed)
            combo.blockSignals(False)
        self.preview_table.clear()
        first = table.first_rows(PREVIEW_ROWS)
        self.preview_table.setColumnCount(len(table.columns))
        self.preview_table.setRowCount(len(first))
        self.preview_table.setHorizontalHeaderLabels([localize(name) for name in table.columns])
        self.preview_table.setVerticalHeaderLabels([str(number) for number, _c in table.rows[: len(first)]])
        for row, cells in enumerate(first):
            for column, cell in enumerate(cells[: len(table.columns)]):
                self.preview_table.setItem(row, column, QTableWidgetItem(cell))
        self.preview_table.resizeColumnsToContents()
        self._set_columns_enabled(True)
        self._update_preview()

    def _clear(self) -> None:
        for combo in (self.date_column, self.value_column):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.problems.clear()
        self.summary.clear()
        self._set_columns_enabled(False)
        self._set_import_count(0)

    def _set_columns_enabled(self, enabled: bool) -> None:
        for widget in (self.date_column, self.value_column, self.date_order, self.preview_table):
            widget.setEnabled(enabled)

    # -- the preview -----------------------------------------------------------
    def _update_preview(self) -> None:
        table = self.table
        if table is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about 1 s for 100,000 rows
        try:
            result = csv_import.preview(
                table,
                date_column=int(self.date_column.currentData()),
                value_column=int(self.value_column.currentData()),
                today=self._today,
                date_order=self.date_order.currentData(),
            )
        finally:
            QApplication.restoreOverrideCursor()
        self.preview_result = result
        self._mark_columns()
        self.problems.clear()
        shown = result.problems[:PROBLEMS_SHOWN]
        self.problems.addItems([localize(str(problem)) for problem in shown])  # str(): the Problem's Text
        if len(result.problems) > len(shown):
            self.problems.addItem(
                self.tr("… and {count:,} more rows").format(count=len(result.problems) - len(shown))
            )
        if result.blocker:
            self._say(localize(result.blocker), error=True)
        else:
            self._say(" ".join(localize(note) for note in result.notes), error=False)
        self.summary.setText(_summary(result))
        self._set_import_count(len(result.points) if result.can_import else 0)

    def _mark_columns(self) -> None:
        chosen = {self.date_column.currentData(), self.value_column.currentData()}
        for column in range(self.preview_table.columnCount()):
            item = self.preview_table.horizontalHeaderItem(column)
            if item is not None:
                font = QFont(item.font())
                font.setBold(column in chosen)
                item.setFont(font)

    def _set_import_count(self, count: int) -> None:
        if count == 1:
            text = self.tr("&Import 1 row")
        elif count:
            text = self.tr("&Import {count:,} rows").format(count=count)
        else:
            text = self.tr("&Import")
        self.import_button.setText(text)
        self.import_button.setEnabled(count > 0)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    # -- importing -------------------------------------------------------------
    def accept(self) -> None:
        result = self.preview_result
        if result is None or not result.can_import:
            return
        self.progress.setRange(0, len(result.points))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.buttons.setEnabled(False)
        self.choose_button.setEnabled(False)
        try:
            self.imported = self._submit(result.points, self.replace_box.isChecked(), self._on_progress)
        except ValidationError as exc:
            reason = localize(joined(" ", list(exc.errors.values())))
            self._say(self.tr("Nothing was imported. {reason}").format(reason=reason), error=True)
            return
        except StorageError as exc:
            reason = localize(exc.args[0]) if exc.args else str(exc)
            self._say(self.tr("Nothing was imported. {reason}").format(reason=reason), error=True)
            return
        finally:
            self.progress.setVisible(False)
            self.buttons.setEnabled(True)
            self.choose_button.setEnabled(True)
        super().accept()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        # Paint the bar, but take no clicks or keys while the transaction is open.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _summary(result: Preview) -> str:
    """Up to three sentences: what is ready, what is at fault, what repeats a date."""
    count = len(result.points)
    if not count:
        return ""
    span = {"first": fmt.day(result.points[0][0]), "last": fmt.day(result.points[-1][0])}
    if count == 1:
        ready = QCoreApplication.translate("ImportDialog", "1 row ready to import, from {first} to {last}.")
    else:
        ready = QCoreApplication.translate(
            "ImportDialog", "{count:,} rows ready to import, from {first} to {last}."
        )
    sentences = [ready.format(count=count, **span)]
    twice = sum(problem.duplicate for problem in result.problems)
    faults = len(result.problems) - twice
    if faults == 1:
        sentences.append(QCoreApplication.translate("ImportDialog", "1 row at fault is left out."))
    elif faults:
        sentences.append(
            QCoreApplication.translate("ImportDialog", "{count:,} rows at fault are left out.").format(
                count=faults
            )
        )
    if twice == 1:
        sentences.append(
            QCoreApplication.translate(
                "ImportDialog", "1 row repeats an earlier date; the later row is kept."
            )
        )
    elif twice:
        sentences.append(
            QCoreApplication.translate(
                "ImportDialog", "{count:,} rows repeat an earlier date; the later row is kept."
            ).format(count=twice)
        )
    return " ".join(sentences)


def open_import_dialog(
    parent: QWidget,
    *,
    measurements: MeasurementService,
    goal_id: int,
    goal_title: str,
    unit: str,
    today: date,
    on_imported: Callable[[], None],
    start_dir: Path | None = None,
) -> ImportDialog:
    """Open the dialog window-modal (no nested event loop, so tests drive it);
    `on_imported` runs after rows were written, for the caller to refresh."""

    def submit(points: Sequence[tuple[date, float]], replace: bool, progress: Progress) -> int:
        return measurements.import_points(goal_id, points, replace_same_day=replace, progress=progress)

    dialog = ImportDialog(
        parent, goal_title=goal_title, unit=unit, today=today, submit=submit, start_dir=start_dir
    )
    dialog.accepted.connect(on_imported)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
