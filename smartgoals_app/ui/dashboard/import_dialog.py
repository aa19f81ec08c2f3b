"""Import past figures of a goal from an analytics export: the trend so far.

Choose a file (CSV or workbook); the dialog says which export it looks like, picks
its sheet, date and value columns and its rule for several rows a day (each can be
changed), shows the first rows, the figure of each day and the rows at fault, then
imports the days in one transaction. Nothing is saved before the Import button, and a failed
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
    QDoubleSpinBox,
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

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import joined
from smartgoals_app.domain.validation import MAX_VALUE, ValidationError
from smartgoals_app.io.exports import ExportError, Figures, Source, figures_from, load
from smartgoals_app.io.exports.cells import DateOrder
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import StorageError
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import ERROR_TEXT

Progress = Callable[[int, int], None]
Submit = Callable[[Sequence[tuple[date, float]], bool, Progress], int]

PREVIEW_ROWS = 8
PROBLEMS_SHOWN = 500  # a file with 100,000 bad rows must not build 100,000 list items
DAYS_SHOWN = 500
ERROR_STYLE = f"color: {ERROR_TEXT};"


def choose_csv_path(parent: QWidget | None, start: Path | None) -> Path | None:
    title = QCoreApplication.translate("ImportDialog", "Import past figures")
    filters = QCoreApplication.translate(
        "ImportDialog", "Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"
    )
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
        self.table: Source | None = None
        self.preview_result: Figures | None = None
        self.imported: int | None = None  # rows written, once the import succeeded
        self._path: Path | None = None

        intro = QLabel(
            self.tr(
                "Read the past figures of <b>{goal}</b> ({unit}) from an "
                "analytics export (CSV or Excel): X, YouTube Studio, Meta, LinkedIn, TikTok, "
                "Google Analytics, Mailchimp, or any table with a column of dates. "
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

        self.format_label = QLabel()
        self.format_label.setObjectName("importFormat")
        self.format_label.setWordWrap(True)
        self.format_label.setVisible(False)

        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.combine = QComboBox()
        self.combine.setObjectName("importCombine")
        self.combine.setAccessibleName(self.tr("How the rows of one day make its figure"))
        for rule in Combine:
            self.combine.addItem(localize(rule.label), rule)
        self.start = QDoubleSpinBox()
        self.start.setObjectName("importStart")
        self.start.setAccessibleName(self.tr("Figure before the first day"))
        self.start.setRange(0, MAX_VALUE)
        self.start.setDecimals(2)
        self.start.setToolTip(
            self.tr("For a running total: the figure on the day before the file's first day.")
        )

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
        for combo in (self.date_column, self.value_column, self.date_order, self.combine):
            combo.currentIndexChanged.connect(self._update_preview)
        self.start.valueChanged.connect(self._update_preview)

        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("importPreview")
        self.preview_table.setAccessibleName(self.tr("First rows of the file"))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.preview_table.setMinimumHeight(110)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        self.days_table = QTableWidget()
        self.days_table.setObjectName("importDays")
        self.days_table.setAccessibleName(self.tr("Figure of each day"))
        self.days_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_table.setTabKeyNavigation(False)
        self.days_table.setColumnCount(2)
        self.days_table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Figure")])
        self.days_table.verticalHeader().setVisible(False)
        self.days_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.days_table.horizontalHeader().setStretchLastSection(True)
        self.days_table.setMinimumHeight(90)

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
        form.addRow(_buddy(self.tr("S&heet:"), self.sheet), self.sheet)
        form.addRow(_buddy(self.tr("&Date column:"), self.date_column), self.date_column)
        form.addRow(_buddy(self.tr("&Value column:"), self.value_column), self.value_column)
        form.addRow(_buddy(self.tr("Date &order:"), self.date_order), self.date_order)
        form.addRow(_buddy(self.tr("Rows of one day &make:"), self.combine), self.combine)
        self.start_label = _buddy(self.tr("Running total &before the first day:"), self.start)
        form.addRow(self.start_label, self.start)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.format_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buddy(self.tr("First ro&ws of the file:"), self.preview_table))
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(_buddy(self.tr("Figure of each da&y:"), self.days_table))
        layout.addWidget(self.days_table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(_buddy(self.tr("Rows at fa&ult (left out):"), self.problems))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 580)  # fits an 800x600 screen; word-wrapped labels need the height
        self.resize(700, 760)
        self._set_columns_enabled(False)
        self.choose_button.setFocus()

    # -- the file --------------------------------------------------------------
    def choose_file(self) -> None:
        start = self._path.parent if self._path is not None else self._start_dir
        path = choose_csv_path(self, start)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read `path`, recognise it and fill the choices; a file that cannot be used is explained."""
        self.file_edit.setText(str(path))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            source = load(path)
        except ExportError as exc:
            self._refuse(exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.table = source
        self._path = path
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for table in source.tables:
            if table.name is not None:
                self.sheet.addItem(table.name, table.name)
        self.sheet.blockSignals(False)
        self._read(reset=True)

    def _refuse(self, exc: ExportError) -> None:
        self.table = self.preview_result = None
        self._clear()
        self._say(localize(exc.args[0]) if exc.args else str(exc), error=True)

    def _sheet_changed(self) -> None:
        if self.table is not None:
            self._read(reset=True)

    def _read(self, *, reset: bool) -> None:
        """Read the figures: with the format's own choices (reset) or with the person's."""
        source = self.table
        if source is None:
            return
        sheet = self.sheet.currentData() if self.sheet.count() else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about 1 s for 1,000,000 rows
        try:
            if reset:
                result = figures_from(source, today=self._today, sheet=sheet)
            else:
                result = figures_from(
                    source,
                    today=self._today,
                    sheet=sheet,
                    date_column=self.date_column.currentData(),
                    value_column=self.value_column.currentData(),
                    combine=self.combine.currentData(),
                    start=self.start.value(),
                    date_order=self.date_order.currentData(),
                )
        except ExportError as exc:
            if reset:
                self._refuse(exc)
            else:
                self._say(localize(exc.args[0]) if exc.args else str(exc), error=True)
                self._set_import_count(0)
            return
        finally:
            QApplication.restoreOverrideCursor()
        if reset:
            self._fill(result)
        self._show(result)

    def _fill(self, result: Figures) -> None:
        """The choices as the recognised format makes them, and the file's first rows."""
        for combo, chosen in (
            (self.date_column, result.date_column),
            (self.value_column, result.value_column),
        ):
            combo.blockSignals(True)
            combo.clear()
            for name in result.columns:
                combo.addItem(localize(name), name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        for combo, data in ((self.combine, result.combine), (self.date_order, DateOrder.AUTO)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(data))
            combo.blockSignals(False)
        self.start.blockSignals(True)
        self.start.setValue(result.start)
        self.start.blockSignals(False)
        self.preview_table.clear()
        first = result.head[:PREVIEW_ROWS]
        self.preview_table.setColumnCount(len(result.columns))
        self.preview_table.setRowCount(len(first))
        self.preview_table.setHorizontalHeaderLabels([localize(name) for name in result.columns])
        self.preview_table.setVerticalHeaderLabels([str(number) for number, _c in first])
        for row, (_number, cells) in enumerate(first):
            for column, cell in enumerate(cells[: len(result.columns)]):
                self.preview_table.setItem(row, column, QTableWidgetItem(cell))
        self.preview_table.resizeColumnsToContents()
        self._set_columns_enabled(True)
        if result.source:
            self.format_label.setText(self.tr("Looks like {format}.").format(format=localize(result.source)))
        else:
            self.format_label.setText(self.tr("A table with a column of dates; choose the columns to read."))
        self.format_label.setVisible(True)

    def _clear(self) -> None:
        for combo in (self.date_column, self.value_column, self.sheet):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.days_table.setRowCount(0)
        self.problems.clear()
        self.summary.clear()
        self.format_label.setVisible(False)
        self._set_columns_enabled(False)
        self._set_import_count(0)

    def _set_columns_enabled(self, enabled: bool) -> None:
        for widget in (
            self.date_column,
            self.value_column,
            self.date_order,
            self.combine,
            self.start,
            self.preview_table,
        ):
            widget.setEnabled(enabled)
        self.sheet.setEnabled(enabled and self.sheet.count() > 1)
        self._show_start()

    def _show_start(self) -> None:
        running = self.combine.currentData() is Combine.RUNNING_TOTAL
        self.start.setVisible(running)
        self.start_label.setVisible(running)

    # -- the preview -----------------------------------------------------------
    def _update_preview(self) -> None:
        if self.table is not None:
            self._read(reset=False)

    def _show(self, result: Figures) -> None:
        self.preview_result = result
        self._show_start()
        self.value_column.setEnabled(result.combine is not Combine.COUNT)
        self._mark_columns()
        self.problems.clear()
        shown = result.faults[:PROBLEMS_SHOWN]
        self.problems.addItems([localize(fault.message) for fault in shown])
        if len(result.faults) > len(shown):
            self.problems.addItem(
                self.tr("… and {count} more rows").format(count=fmt.count(len(result.faults) - len(shown)))
            )
        days = result.points[:DAYS_SHOWN]
        self.days_table.setRowCount(len(days))
        for row, (day, value) in enumerate(days):
            self.days_table.setItem(row, 0, QTableWidgetItem(fmt.day(day)))
            self.days_table.setItem(row, 1, QTableWidgetItem(fmt.number(value)))
        if result.blocker:
            self._say(localize(result.blocker), error=True)
        else:
            self._say(" ".join(localize(note) for note in result.notes), error=False)
        self.summary.setText(_summary(result))
        self._set_import_count(len(result.points) if result.can_import else 0)

    def _mark_columns(self) -> None:
        chosen = {self.date_column.currentIndex(), self.value_column.currentIndex()}
        for column in range(self.preview_table.columnCount()):
            item = self.preview_table.horizontalHeaderItem(column)
            if item is not None:
                font = QFont(item.font())
                font.setBold(column in chosen)
                item.setFont(font)

    def _set_import_count(self, count: int) -> None:
        if count == 1:
            text = self.tr("&Import 1 day")
        elif count:
            text = self.tr("&Import {count} days").format(count=fmt.count(count))
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


def _summary(result: Figures) -> str:
    """Up to two sentences: what is ready, and what is at fault."""
    count = len(result.points)
    if not count:
        return ""
    span = {"first": fmt.day(result.points[0][0]), "last": fmt.day(result.points[-1][0])}
    if count == 1:
        ready = QCoreApplication.translate("ImportDialog", "1 day ready to import, from {first} to {last}.")
    else:
        ready = QCoreApplication.translate(
            "ImportDialog", "{count} days ready to import, from {first} to {last}."
        )
    sentences = [ready.format(count=fmt.count(count), **span)]
    faults = len(result.faults)
    if faults == 1:
        sentences.append(QCoreApplication.translate("ImportDialog", "1 row at fault is left out."))
    elif faults:
        sentences.append(
            QCoreApplication.translate("ImportDialog", "{count} rows at fault are left out.").format(
                count=fmt.count(faults)
            )
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
