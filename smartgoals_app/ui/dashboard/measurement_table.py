"""The measurements of one goal as a table: the accessible alternative to the chart.

A model over MeasurementSeries (columns, not one object per row) so 100,000 rows
cost nothing until they scroll into view. Newest first: that is what people correct.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.text import translate
from smartgoals_app.services.records import MeasurementSeries
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize

# Texts equal to their English words; the header shows them localized.
HEADERS = (
    translate("MeasurementTable", "Date"),
    translate("MeasurementTable", "Value"),
    translate("MeasurementTable", "Note"),
)
_Index = QModelIndex | QPersistentModelIndex


class MeasurementModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded: MeasurementSeries | None = None
        self._load: Callable[[], MeasurementSeries] | None = None
        self._count: int | None = 0  # None: not counted yet
        self._counter: Callable[[], int] | None = None
        self._unit = ""
        # While the table is hidden its header still measures rows for ResizeToContents;
        # that must not read a series nobody looks at yet (a million rows at start-up).
        self._held = True

    def set_series(self, series: MeasurementSeries | None, unit: str) -> None:
        self.beginResetModel()
        self._loaded, self._load, self._unit = series, None, unit
        self._count, self._counter = (0 if series is None else len(series)), None
        self.endResetModel()

    def set_series_later(
        self, count: Callable[[], int], load: Callable[[], MeasurementSeries], unit: str
    ) -> None:
        """Rows that `count` counts when the table is first shown, and whose series `load`
        reads when a row is first shown: a table on a tab nobody has opened yet costs
        nothing, not even its length (the view asks for the row count at once, shown or
        not, and counting a million figures is a scan)."""
        self.beginResetModel()
        self._loaded, self._load, self._count, self._counter, self._unit = None, load, None, count, unit
        self.endResetModel()

    def hold(self, held: bool) -> None:
        """Held: rows not read yet show as blank instead of being read. Released, the
        rows are counted (if not yet) and measured again, now with their contents."""
        was_waiting = self._held and self._loaded is None and self._load is not None
        self._held = held
        if not held and was_waiting:
            self.beginResetModel()
            self.endResetModel()

    @property
    def _series(self) -> MeasurementSeries | None:
        if self._loaded is None and self._load is not None:
            self._loaded, self._load = self._load(), None
            if self._count is not None and len(self._loaded) != self._count:
                # Counted before it was read, and someone else added or deleted figures
                # in between: the rows follow the series, once the view has finished
                # asking (a reset inside data() would pull the rows from under it).
                QTimer.singleShot(0, self, self._recount)
        return self._loaded

    def _recount(self) -> None:
        if self._loaded is not None and len(self._loaded) != self._count:
            self.beginResetModel()
            self._count = len(self._loaded)
            self.endResetModel()

    def series_index(self, row: int) -> int:
        rows = (self._count or 0) if self._loaded is None else len(self._loaded)
        return rows - 1 - row

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows()

    def _rows(self) -> int:
        if self._count is None:
            if self._held:
                return 0  # hidden and not counted: released, the model resets with its count
            if self._loaded is not None:
                self._count = len(self._loaded)
            elif self._counter is not None:
                self._count = self._counter()
            else:
                self._count = 0
        return self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._held and self._loaded is None:
            return None
        if self._series is None or not index.isValid():
            return None
        i = self.series_index(index.row())
        if not 0 <= i < len(self._series):
            return None  # a row counted before the series was read, gone since
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return fmt.day(self._series.day(i))
            if column == 1:
                return fmt.number(self._series.values[i], self._unit)
            return self._series.notes[i]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return localize(HEADERS[section])
        return None


class MeasurementTable(QWidget):
    """Emits the series index (oldest = 0) of the row to edit or delete."""

    editRequested = Signal(int)
    deleteRequested = Signal(int)
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Owned by the table, so Qt deletes it after the view that uses it, never before.
        self.model = MeasurementModel(self)
        self.view = QTableView()
        self.view.setObjectName("measurementTable")
        self.view.setAccessibleName(self.tr("Measurements"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(
            lambda index: self.editRequested.emit(self.model.series_index(index.row()))
        )

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editMeasurement")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteMeasurement")
        self.edit_button.clicked.connect(lambda: self._emit_current(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.deleteRequested))
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undoMessage")
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.clicked.connect(self.undoRequested.emit)
        # Keys where people expect them: Delete removes the chosen row (Undo brings it
        # back), Ctrl+Z undoes the last delete; while focus is in the table.
        self.delete_action = QAction(self.tr("Delete measurement"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(lambda: self._emit_current(self.deleteRequested))
        self.undo_action = QAction(self.tr("Undo delete"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undoRequested.emit)
        for action in (self.delete_action, self.undo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.delete_button.setToolTip(self.tr("Delete the chosen measurement (Delete)"))
        self.undo_button.setToolTip(self.tr("Bring the deleted measurement back (Ctrl+Z)"))
        self.show_undo("")

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.undo_label, 1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_series(self, series: MeasurementSeries | None, unit: str) -> None:
        self.model.set_series(series, unit)
        self._update_buttons()

    def set_series_later(
        self, count: Callable[[], int], load: Callable[[], MeasurementSeries], unit: str
    ) -> None:
        self.model.set_series_later(count, load, unit)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.hold(False)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.hold(True)
        super().hideEvent(event)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def current_series_index(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        index = self.model.series_index(rows[0].row()) if rows else -1
        return index if index >= 0 else None  # none, or a row gone before it was read

    def show_undo(self, message: str) -> None:
        self.undo_label.setText(message)
        self.undo_label.setVisible(bool(message))
        self.undo_button.setVisible(bool(message))
        self.undo_action.setEnabled(bool(message))

    def _emit_current(self, signal: SignalInstance) -> None:
        index = self.current_series_index()
        if index is not None:
            signal.emit(index)

    def _update_buttons(self) -> None:
        chosen = self.current_series_index() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
