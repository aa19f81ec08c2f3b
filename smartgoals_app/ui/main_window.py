"""The main window: the goals in the database, grouped by strategy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
)

from smartgoals_app import APP_NAME
from smartgoals_app.domain.catalogue import network_name
from smartgoals_app.services.goals import GoalService
from smartgoals_app.ui import formatting as fmt

COLUMNS = ("Goal", "Network", "Metric", "Latest", "Status", "To benchmark", "To stretch", "Next check-in")


class MainWindow(QMainWindow):
    def __init__(self, *, goals: GoalService, db_path: Path) -> None:
        super().__init__()
        self._goals = goals
        self.setWindowTitle(f"{APP_NAME} — {db_path.name}")
        self.resize(1000, 640)

        self.goal_tree = QTreeWidget()
        self.goal_tree.setObjectName("goalList")
        self.goal_tree.setHeaderLabels(list(COLUMNS))
        self.goal_tree.setAccessibleName("Goals")
        self.goal_tree.setRootIsDecorated(False)
        self.goal_tree.setUniformRowHeights(True)

        self.empty_label = QLabel(
            "<h2>No goals yet</h2><p>A goal turns posting into progress you can see. "
            "Start with your strategy, then set one SMART goal with a benchmark and a stretch target.</p>"
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(40)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(self.goal_tree)
        self.setCentralWidget(self._stack)
        self.refresh()

    def refresh(self) -> None:
        overviews = self._goals.overview()
        self.goal_tree.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        for goal in overviews:
            group = groups.get(goal.strategy_id)
            if group is None:
                group = QTreeWidgetItem(self.goal_tree, [goal.strategy])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setExpanded(True)
                groups[goal.strategy_id] = group
            progress = goal.progress
            item = QTreeWidgetItem(
                group,
                [
                    goal.title,
                    network_name(goal.network),
                    goal.metric_name,
                    fmt.number(progress.latest.value if progress.latest else None, goal.unit),
                    progress.status.label,
                    fmt.percent(progress.percent_to_benchmark),
                    fmt.percent(progress.percent_to_stretch),
                    fmt.day(goal.next_checkin) + (" (due)" if goal.checkin_due else ""),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
            item.setForeground(4, QBrush(QColor(fmt.STATUS_COLOURS[progress.status])))
        self.goal_tree.expandAll()
        for column in range(len(COLUMNS)):
            self.goal_tree.resizeColumnToContents(column)
        self._stack.setCurrentWidget(self.goal_tree if overviews else self.empty_label)
