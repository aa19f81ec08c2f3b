"""The goal's History… dialog: its changes newest first (when, who, what), read a page
at a time as the table scrolls, so a goal with 100,000 changes opens at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.services.history import PAGE, HistoryEntry, HistoryService
from smartgoals_app.ui.history import wording
from smartgoals_app.ui.operations import Change, ChangeBus

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """The entries read so far; the view asks for the next page when it scrolls near the end."""

    def __init__(
        self, history: HistoryService, goal_id: int, unit: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._goal_id = goal_id
        self._unit = unit
        self._rows: list[tuple[HistoryEntry, str, str]] = []
        self._more = True
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        """From the newest entry again (a change was made, here or by someone else)."""
        self.beginResetModel()
        self._rows, self._more = [], True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("What"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry, moment, words = self._rows[index.row()]
        # A file changed with the sqlite3 shell before the app ever wrote to it names nobody.
        return (moment, entry.changed_by or "—", words)[index.column()]

    def entry(self, row: int) -> HistoryEntry:
        return self._rows[row][0]

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or not self._more:
            return
        before = self._rows[-1][0].id if self._rows else None
        page = self._history.page(self._goal_id, before=before, limit=PAGE)
        self._more = len(page) == PAGE
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend((e, wording.when(e), wording.what(e, self._unit)) for e in page)
        self.endInsertRows()


class HistoryDialog(QDialog):
    def __init__(
        self,
        history: HistoryService,
        goal_id: int,
        title: str,
        unit: str,
        parent: QWidget | None = None,
        *,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of “{title}”").format(title=title))
        self.model = HistoryModel(history, goal_id, unit, self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # One line a row: a long goal title wrapped into a row of one line's height was
        # cut in half; elided, it is whole in the cell's tooltip.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No changes recorded for this goal yet."))
        self.empty.setObjectName("historyEmpty")
        self.empty.setVisible(self.model.rowCount() == 0)
        intro = QLabel(self.tr("Every change to this goal, its figures, tasks and reviews, newest first."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.table.setFocus()
        if bus is not None:  # every change is one the history may hold
            bus.changed.connect(self._on_change)

    def _on_change(self, _what: Change) -> None:
        self.model.reload()
        self.empty.setVisible(self.model.rowCount() == 0)
