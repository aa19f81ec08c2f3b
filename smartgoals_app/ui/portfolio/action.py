"""The portfolio in the main window: a tab beside Goals and Plan, and "All goals at a
glance" (Ctrl+Shift+G) in the Goal menu; a card opens its goal on the dashboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from smartgoals_app.services.goals import GoalService
from smartgoals_app.ui.dashboard.presenters import GoalFilter
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import ChangeBus

if TYPE_CHECKING:
    from smartgoals_app.ui.portfolio.view import PortfolioView

SHORTCUT = "Ctrl+Shift+G"


def add_portfolio(
    window: MainWindow, *, goals: GoalService, bus: ChangeBus, today: Callable[[], date]
) -> LazyTab[PortfolioView]:
    """The portfolio's tab (or window), whose view is built when first shown: the first
    window shows the dashboard, not the cards."""

    def build() -> PortfolioView:
        from smartgoals_app.ui.portfolio.view import PortfolioView

        return PortfolioView(goals, bus, today)

    view = LazyTab(build)
    tabs = window.tabs
    if tabs is not None:
        tabs.addTab(view, QCoreApplication.translate("Portfolio", "Por&tfolio"))
    else:  # a window without tabs (tests, the self-test): a window of its own
        view.setParent(window, Qt.WindowType.Window)
        view.setWindowTitle(QCoreApplication.translate("Portfolio", "All goals at a glance"))
        view.resize(900, 600)

    def show() -> None:
        if tabs is not None:
            tabs.setCurrentWidget(view)
        else:
            view.show()
            view.raise_()
        view.page().list.setFocus()

    def open_goal(goal_id: int) -> None:
        if tabs is not None:
            tabs.setCurrentIndex(0)
        if not window.goal_list.is_shown(goal_id):
            window.goal_list.set_filter(GoalFilter.ALL)  # a filter must not hide what was asked for
        window.select_goal(goal_id)
        window.goal_list.tree.setFocus()

    action = QAction(QCoreApplication.translate("Portfolio", "All goals at a &glance"), window)
    action.setObjectName("showPortfolio")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = QCoreApplication.translate(
        "Portfolio", "Every active goal with a small chart, what needs attention first"
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(show)
    window.goal_menu.addAction(action)
    window.addAction(action)
    view.when_built(lambda built: built.goalChosen.connect(open_goal))
    return view
