"""Import past figures of a goal from an analytics export: the trend so far.

Choose a file (CSV or workbook); the dialog says which export it looks like, picks
its sheet, date and value columns and its rule for several rows a day (each can be
changed), shows the first rows, the figure of each day and the rows at fault, then
imports the days in one transaction. Nothing is saved before the Import button, and a failed
import saves nothing (MeasurementService.import_points is all or nothing).

The dialog does not know the services: it runs `submit(points, replace_same_day,
progress)` through the operation path, and asks for the file through its prompts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.figures import Combine
from smartgoals_app.domain.text import joined
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.io.exports import ExportError, Figures, Source, figures_from, load
from smartgoals_app.io.exports.cells import DateOrder
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.ui import folders
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard import import_parts as parts
from smartgoals_app.ui.dashboard.import_parts import buddy, escape, named
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, Operations
from smartgoals_app.ui.theme import ERROR_TEXT

Progress = Callable[[int, int], None]
Submit = Callable[[Sequence[tuple[date, float]], bool, Progress], int]

PROBLEMS_SHOWN = 500  # a file with 100,000 bad rows must not build 100,000 list items
ERROR_STYLE = f"color: {ERROR_TEXT};"


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        goal_title: str,
        unit: str,
        today: date,
        submit: Submit,
        ops: Operations,
        start_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
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
            ).format(goal=escape(goal_title), unit=escape(unit))
        )
        intro.setWordWrap(True)

        self.file_edit = named(QLineEdit(), "importFile", self.tr("File"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = named(
            QPushButton(self.tr("&Choose file…")), "importChoose", self.tr("Choose file")
        )
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.message = parts.message_label("importMessage")
        self.format_label = parts.message_label("importFormat")

        self.sheet = named(QComboBox(), "importSheet", self.tr("Sheet"))
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.combine = parts.combine_choice()
        self.start = parts.start_box()
        self.date_column = named(QComboBox(), "importDateColumn", self.tr("Date column"))
        self.value_column = named(QComboBox(), "importValueColumn", self.tr("Value column"))
        self.date_order = parts.date_order_choice()
        for combo in (self.date_column, self.value_column, self.date_order, self.combine):
            combo.currentIndexChanged.connect(self._update_preview)
        self.start.valueChanged.connect(self._update_preview)

        row_height = self.fontMetrics().height() + 8
        self.preview_table = parts.preview_table(row_height)
        self.days_table = parts.days_table(row_height)

        self.summary = named(QLabel(), "importSummary")
        self.summary.setWordWrap(True)
        self.problems = parts.problems_list()

        self.replace_box = parts.replace_box()
        self.progress = named(QProgressBar(), "importProgress", self.tr("Import progress"))
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importOk")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._form = form = QFormLayout()
        form.addRow(buddy(self.tr("&File:"), self.file_edit), file_row)
        form.addRow(buddy(self.tr("S&heet:"), self.sheet), self.sheet)
        form.addRow(buddy(self.tr("&Date column:"), self.date_column), self.date_column)
        form.addRow(buddy(self.tr("&Value column:"), self.value_column), self.value_column)
        form.addRow(buddy(self.tr("Date &order:"), self.date_order), self.date_order)
        form.addRow(buddy(self.tr("Rows of one day &make:"), self.combine), self.combine)
        self.start_label = buddy(self.tr("Running total &before the first day:"), self.start)
        form.addRow(self.start_label, self.start)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.format_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buddy(self.tr("First ro&ws of the file:"), self.preview_table))
        layout.addWidget(self.preview_table, 2)
        # Side by side: stacked, they squeezed the dialog's rows together at 800x600.
        results = QGridLayout()
        results.addWidget(buddy(self.tr("Figure of each da&y:"), self.days_table), 0, 0)
        results.addWidget(self.days_table, 1, 0)
        results.addWidget(buddy(self.tr("Rows at fa&ult (left out):"), self.problems), 0, 1)
        results.addWidget(self.problems, 1, 1)
        layout.addLayout(results, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 480)  # word-wrapped labels ask for one line less than they need
        self.resize(700, 680)
        self._set_columns_enabled(False)
        self.choose_button.setFocus()

    # -- the file --------------------------------------------------------------
    def choose_file(self) -> None:
        start = self._path.parent if self._path is not None else self._start_dir or folders.downloads()
        title, filters = parts.csv_chooser()
        path = self.ops.prompts.ask_open_path(self, title, start, filters)
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
        parts.fill_preview(self.preview_table, result)
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
        self._form.setRowVisible(self.sheet, self.sheet.count() > 1)  # a workbook's sheets only
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
        parts.fill_days(self.days_table, result.points)
        if result.blocker:
            self._say(localize(result.blocker), error=True)
        else:
            self._say(" ".join(localize(note) for note in result.notes), error=False)
        self.summary.setText(parts.ImportWords().summary(result))
        self._set_import_count(len(result.points) if result.can_import else 0)

    def _mark_columns(self) -> None:
        parts.mark_columns(
            self.preview_table, {self.date_column.currentIndex(), self.value_column.currentIndex()}
        )

    def _set_import_count(self, count: int) -> None:
        self.import_button.setText(parts.ImportWords().button(count))
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
            done = self.ops.run(
                self,
                lambda: self._submit(result.points, self.replace_box.isChecked(), self._on_progress),
                Change.MEASUREMENTS,
                title=self.tr("Nothing was imported"),
                on_invalid=self._refused,
            )
        finally:
            self.progress.setVisible(False)
            self.buttons.setEnabled(True)
            self.choose_button.setEnabled(True)
        if done is not None:
            self.imported = done.value
            super().accept()

    def _refused(self, exc: ValidationError) -> None:
        reason = localize(joined(" ", list(exc.errors.values())))
        self._say(self.tr("Nothing was imported. {reason}").format(reason=reason), error=True)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        # Paint the bar, but take no clicks or keys while the transaction is open.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def open_import_dialog(
    parent: QWidget,
    *,
    measurements: MeasurementService,
    goal_id: int,
    goal_title: str,
    unit: str,
    today: date,
    ops: Operations,
    start_dir: Path | None = None,
) -> ImportDialog:
    """Open the dialog window-modal (no nested event loop, so tests drive it); the rows
    written are announced on the change bus, which the dashboard redraws from."""

    def submit(points: Sequence[tuple[date, float]], replace: bool, progress: Progress) -> int:
        return measurements.import_points(goal_id, points, replace_same_day=replace, progress=progress)

    dialog = ImportDialog(
        parent, goal_title=goal_title, unit=unit, today=today, submit=submit, ops=ops, start_dir=start_dir
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
