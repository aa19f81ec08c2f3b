"""Puts the review into the main window: the banner on the goal detail, "Review goal…"
in the Goal menu (the dashboard redraws from the change bus when a review changed it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Operations
from smartgoals_app.ui.review.banner import ReviewBanner

SHORTCUT = "Ctrl+Shift+R"


def add_review(
    window: MainWindow, *, reviews: ReviewService, ops: Operations, today: Callable[[], date]
) -> ReviewBanner:
    banner = ReviewBanner(reviews, ops, today)
    window.detail.set_review_banner(banner)

    action = QAction(QCoreApplication.translate("ReviewAction", "Revie&w goal…"), window)
    action.setObjectName("reviewAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = QCoreApplication.translate(
        "ReviewAction", "Review the chosen goal: where it ended, what worked, and what comes next"
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(banner.open_review)
    window.goal_menu.insertAction(window.archive_action, action)
    window.addAction(action)

    banner.repeated.connect(window.select_goal)  # show the repeat just made

    def enable() -> None:
        action.setEnabled(window.current_goal_id() is not None)

    window.goal_list.goalSelected.connect(enable)
    enable()
    return banner
