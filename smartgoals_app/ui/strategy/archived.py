"""Archived strategies, to bring one back with the goals archived with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.services.strategies import StrategyService
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.operations import Change, Operations


class ArchivedStrategies(QDialog):
    def __init__(self, parent: QWidget | None, *, strategies: StrategyService, ops: Operations) -> None:
        super().__init__(parent)
        self.setObjectName("archivedStrategies")
        self.setWindowTitle(self.tr("Archived strategies"))
        self._strategies = strategies
        self._ops = ops
        self.list = QListWidget()
        self.list.setObjectName("archivedList")
        self.list.setWordWrap(True)  # a long strategy wraps instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        caption = QLabel(self.tr("&Archived strategies:"))
        caption.setBuddy(self.list)
        self.empty = QLabel(self.tr("No strategy is archived."))
        self.unarchive_button = QPushButton(self.tr("&Unarchive"))
        self.unarchive_button.setObjectName("unarchiveStrategy")
        self.unarchive_button.setToolTip(
            self.tr("Bring back the chosen strategy and the goals archived with it")
        )
        self.unarchive_button.clicked.connect(self.unarchive)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.unarchive_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(lambda _item: self.unarchive())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.resize(520, 320)
        self.reload()

    def reload(self) -> None:
        found = self._ops.run(self, self._strategies.archived, Change.NONE)
        self.list.clear()
        for strategy in found.value if found is not None else []:
            goals = self.tr("%Ln goal(s)", None, len(strategy.goal_ids))
            when = self.tr("{goals} · archived {day}").format(
                goals=goals, day=fmt.day(strategy.archived_at.date())
            )
            item = QListWidgetItem(f"{strategy.statement}\n{when}")
            item.setData(Qt.ItemDataRole.UserRole, strategy.id)
            item.setToolTip(strategy.statement)
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        self.unarchive_button.setEnabled(self.list.currentRow() >= 0)

    def unarchive(self) -> None:
        if self.list.currentRow() < 0:
            return
        item = self.list.currentItem()
        strategy_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._ops.run(
            self,
            lambda: self._strategies.unarchive(strategy_id),
            Change.STRATEGIES | Change.GOALS,
            title=self.tr("The strategy was not brought back"),
        )
        self.reload()
