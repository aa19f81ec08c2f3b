"""Puts "History…" on the goal detail (a button beside its tabs) and in the Goal menu
(Ctrl+Shift+H): the chosen goal's changes, who made them and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from smartgoals_app.services.history import HistoryService
from smartgoals_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from smartgoals_app.ui.history.dialog import HistoryDialog

SHORTCUT = "Ctrl+Shift+H"  # Cmd+H hides the app on macOS


class HistoryAction:
    """Opens the chosen goal's history; one dialog at a time."""

    def __init__(self, window: MainWindow, history: HistoryService) -> None:
        self._window = window
        self._history = history
        self.dialog: HistoryDialog | None = None
        tip = QCoreApplication.translate("HistoryAction", "Who changed the chosen goal, and when")
        self.action = QAction(QCoreApplication.translate("HistoryAction", "Goal histor&y…"), window)
        self.action.setObjectName("historyAction")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self.open)
        window.goal_menu.insertAction(window.archive_action, self.action)
        window.addAction(self.action)
        self.button = QPushButton(QCoreApplication.translate("HistoryAction", "Histor&y…"))
        self.button.setObjectName("historyButton")
        self.button.setToolTip(tip)
        self.button.clicked.connect(self.open)
        window.detail.tabs.setCornerWidget(self.button, Qt.Corner.TopRightCorner)
        window.dashboard.goalShown.connect(lambda _goal: self._enable())
        self._enable()

    def _enable(self) -> None:
        chosen = self._window.current_goal_id() is not None
        self.action.setEnabled(chosen)
        self.button.setEnabled(chosen)

    def open(self) -> None:
        goal = self._window.dashboard.current_goal()
        if goal is None:
            return
        from smartgoals_app.ui.history.dialog import HistoryDialog  # loads on first use

        if self.dialog is not None:  # one at a time: the last goal asked for
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = HistoryDialog(
            self._history, goal.id, goal.title, goal.unit, self._window, bus=self._window.ops.bus
        )
        self.dialog.open()


def add_history(window: MainWindow, *, history: HistoryService) -> HistoryAction:
    return HistoryAction(window, history)
