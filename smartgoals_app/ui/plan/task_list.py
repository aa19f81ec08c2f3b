"""The tasks below the calendar: each with its repeat, goal and adherence, and the
buttons that edit, pause or delete the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.services.records import TaskRecord
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.plan.adherence_panel import EXPLAIN, share_text
from smartgoals_app.ui.plan.controller import TaskRow


class TaskList(QWidget):
    """`editRequested`, `pauseRequested` and `deleteRequested` carry the chosen task."""

    editRequested = Signal(int)
    pauseRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: dict[int, TaskRecord] = {}
        self.tree = QTreeWidget()
        self.tree.setObjectName("taskList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Task"),
                self.tr("When"),
                self.tr("Goal"),
                self.tr("Last 4 weeks"),
                self.tr("Last 12 weeks"),
                self.tr("Streak"),
            ]
        )
        self.tree.headerItem().setToolTip(3, localize(EXPLAIN))
        self.tree.headerItem().setToolTip(4, localize(EXPLAIN))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editTask")
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("pauseTask")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteTask")
        bar = QHBoxLayout()
        title = QLabel(self.tr("<b>Tasks</b> and how much of each was done"))
        title.setToolTip(localize(EXPLAIN))
        bar.addWidget(title, 1)
        for button in (self.edit_button, self.pause_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)

        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._request(self.editRequested))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.edit_button.clicked.connect(lambda: self._request(self.editRequested))
        self.pause_button.clicked.connect(lambda: self._request(self.pauseRequested))
        self.delete_button.clicked.connect(lambda: self._request(self.deleteRequested))
        self._update_buttons()

    def show_rows(self, rows: list[TaskRow]) -> None:
        """The rows in the order given; the chosen task stays chosen."""
        selected = self.selected_task_id()
        self._records = {row.task.id: row.task for row in rows}
        self.tree.clear()
        dim = self.palette().placeholderText()
        for row in rows:
            task, result = row.task, row.adherence
            item = QTreeWidgetItem(
                [
                    task.title,
                    localize(row.when),
                    task.goal_title,
                    share_text(result.last_4_weeks) if result else "—",
                    share_text(result.last_12_weeks) if result else "—",
                    str(result.streak) if result else "—",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, task.id)
            item.setToolTip(0, task.notes or task.title)
            item.setToolTip(2, task.goal_title)
            if row.dimmed:
                for col in range(6):
                    item.setForeground(col, dim)
            self.tree.addTopLevelItem(item)
            if task.id == selected:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        self._update_buttons()

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def task_row(self, task_id: int) -> list[str] | None:
        """The texts of a task's row (tests and accessibility)."""
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == task_id:
                return [item.text(col) for col in range(self.tree.columnCount())]
        return None

    def selected_task_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def select_task(self, task_id: int) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == task_id:
                self.tree.setCurrentItem(item)
                item.setSelected(True)
                self.tree.scrollToItem(item)

    def _request(self, signal: SignalInstance) -> None:
        task_id = self.selected_task_id()
        if task_id is not None and task_id in self._records:
            signal.emit(task_id)

    def _update_buttons(self) -> None:
        task = self._records.get(self.selected_task_id() or -1)
        for button in (self.edit_button, self.pause_button, self.delete_button):
            button.setEnabled(task is not None)
        self.pause_button.setText(self.tr("Resume") if task is not None and task.paused else self.tr("Pause"))
