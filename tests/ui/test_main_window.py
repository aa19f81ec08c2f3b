"""The main window's contract with the rest of the app: empty state, wizard hooks, Plan tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change, Operations
from tests.factories import response_time_draft, signups_draft
from tests.ui.events import settle
from tests.ui.prompts import make_ops

# The offscreen platform warns that it cannot pass size hints to a window manager
# it does not have; harmless, and only on a shown top-level window.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def build(
    qtbot: QtBot, db: Database, today: date, ops: Operations | None = None, **extra: object
) -> tuple[MainWindow, GoalService]:
    goals = GoalService(db, today=lambda: today)
    window = MainWindow(
        goals=goals,
        measurements=MeasurementService(db, today=lambda: today),
        plan=PlanService(db, today=lambda: today),
        db_path=db.path,
        today=lambda: today,
        ops=ops if ops is not None else make_ops(),
        **extra,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # window shortcuts (Ctrl+L, Ctrl+N) need an active window
        window.activateWindow()
    return window, goals


def test_empty_database_shows_the_empty_state(qtbot: QtBot, db: Database, today: date) -> None:
    window, _ = build(qtbot, db, today)
    empty = window.findChild(QLabel, "emptyState")
    assert empty is not None
    assert empty.isVisible()
    assert not window.log_action.isEnabled()
    assert not window.new_goal_action.isVisible()  # no wizard given
    assert not window.empty_button.isVisible()


def test_new_goal_calls_the_wizard_and_refreshes(qtbot: QtBot, db: Database, today: date) -> None:
    calls: list[int | None] = []
    goals = GoalService(db, today=lambda: today)

    ops = make_ops()

    def wizard(parent: QWidget, goal_id: int | None) -> int | None:
        # As the real wizard does: it saves through the operation path, which announces.
        calls.append(goal_id)
        saved = ops.run(parent, lambda: goals.save(signups_draft(today)), Change.GOALS)
        return saved.value if saved is not None else None

    window, _ = build(qtbot, db, today, ops=ops, open_wizard=wizard)
    assert window.new_goal_action.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == [None]
    empty = window.findChild(QLabel, "emptyState")
    assert empty is not None
    assert not empty.isVisible()
    assert len(window.goal_list.visible_ids()) == 1
    goal_id = window.goal_list.visible_ids()[0]
    assert window.current_goal_id() == goal_id

    window.edit_goal_action.trigger()
    assert calls == [None, goal_id]


def test_cancelled_wizard_changes_nothing(qtbot: QtBot, db: Database, today: date) -> None:
    window, goals = build(qtbot, db, today, open_wizard=lambda _parent, _goal: None)
    goals.save(response_time_draft(today))
    assert window.empty_button.isVisible()
    qtbot.mouseClick(window.empty_button, Qt.MouseButton.LeftButton)
    assert window.goal_list.visible_ids() == []  # no refresh after a cancel
    window.refresh()
    assert len(window.goal_list.visible_ids()) == 1


def test_plan_view_gets_its_own_tab(qtbot: QtBot, db: Database, today: date) -> None:
    plan_view = QLabel("the week")
    window, _ = build(qtbot, db, today, plan_view=plan_view)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == ["Goals", "Plan"]
    assert tabs.widget(1) is plan_view


def test_no_label_is_clipped_at_800_by_600(
    qtbot: QtBot, db: Database, today: date, demo_ids: list[int]
) -> None:
    window, _ = build(qtbot, db, today)
    window.resize(800, 600)
    for goal_id in window.goal_list.visible_ids():
        window.select_goal(goal_id)
        settle()
        assert window.width() <= 800
        assert window.height() <= 600
        clipped = []
        for label in window.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            if label.wordWrap():
                needed = label.heightForWidth(label.width())
                if needed > label.height():
                    clipped.append(label.text()[:40])
            elif label.sizeHint().width() > label.width():
                clipped.append(label.text()[:40])
        assert clipped == []
