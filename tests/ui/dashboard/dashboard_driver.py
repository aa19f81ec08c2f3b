"""Driving the dashboard like a person: shared by the dashboard's GUI tests."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Operations
from tests.ui.prompts import make_ops


class Services:
    def __init__(self, db: Database, today: date) -> None:
        self.goals = GoalService(db, today=lambda: today)
        self.measurements = MeasurementService(db, today=lambda: today)
        self.plan = PlanService(db, today=lambda: today)


def build_window(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    ops: Operations | None = None,
    **extra: object,
) -> MainWindow:
    """The main window as built, not yet shown (nothing painted); ``ops`` built with a
    RecordingPrompts unless given: tests read what the user was told."""
    window = MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db.path,
        today=lambda: today,
        ops=ops if ops is not None else make_ops(),
        **extra,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    return window


def make_window(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    ops: Operations | None = None,
    **extra: object,
) -> MainWindow:
    """The main window shown, exposed and active."""
    window = build_window(qtbot, services, db, today, ops, **extra)
    window.resize(1000, 720)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # window shortcuts (Ctrl+L, Ctrl+N) need an active window
        window.activateWindow()
    return window


def open_checkin(qtbot: QtBot, window: MainWindow) -> CheckInDialog:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.checkin_dialog is not None and window.checkin_dialog.isVisible())
    assert window.checkin_dialog is not None
    return window.checkin_dialog


def open_correction(qtbot: QtBot, window: MainWindow, goal_id: int) -> CheckInDialog:
    """Open the correction of the goal's newest check-in from its table, as a person does."""
    window.select_goal(goal_id)
    window.detail.tabs.setCurrentIndex(1)
    window.detail.table.select_row(0)
    qtbot.mouseClick(window.detail.table.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.checkin_dialog is not None)
    dialog = window.checkin_dialog
    assert dialog is not None
    return dialog


def type_value(qtbot: QtBot, dialog: CheckInDialog, value: str) -> None:
    """Replace the figure and press Return."""
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, value)
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)


def ok_button(dialog: CheckInDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
