"""The dashboard and the Plan tab share one change bus: a change made on one shows on
the other at once, without switching tabs or reopening anything."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change
from smartgoals_app.ui.plan.adherence_panel import AdherencePanel
from smartgoals_app.ui.plan.plan_view import PlanView
from tests.factories import goal_without_tasks
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.prompts import RecordingPrompts, make_ops

TODAY = date(2026, 11, 18)  # a Wednesday
TUESDAY = date(2026, 11, 17)


@pytest.fixture
def goal_and_task(db: Database) -> tuple[int, int]:
    start = TODAY - timedelta(days=14)
    goal_id = goal_without_tasks(db, start)
    task_id = PlanService(db, today=lambda: TODAY).add_task(
        goal_id,
        TaskDraft(
            title="Join the industry Twitter chat",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            start_date=start,
            start_time=time(11),
            duration_minutes=60,
        ),
    )
    return goal_id, task_id


@pytest.fixture
def both(
    qtbot: QtBot, db: Database, goal_and_task: tuple[int, int]
) -> tuple[MainWindow, PlanView, RecordingPrompts]:
    prompts = RecordingPrompts(answers=[True])
    ops = make_ops(prompts)
    services = Services(db, TODAY)
    plan_view = PlanView(services.plan, ops, today=lambda: TODAY)
    window = make_window(qtbot, services, db, TODAY, ops=ops, plan_view=plan_view)
    window.select_goal(goal_and_task[0])
    return window, plan_view, prompts


def tabs_of(window: MainWindow) -> QTabWidget:
    assert window.tabs is not None  # the window was given a Plan tab
    return window.tabs


def _adherence(window: MainWindow) -> str:
    panel = window.findChild(AdherencePanel)
    assert panel is not None
    return panel.short_label.text()


def test_a_task_ticked_on_the_plan_tab_shows_on_the_dashboard_at_once(
    qtbot: QtBot, both: tuple[MainWindow, PlanView, RecordingPrompts], goal_and_task: tuple[int, int]
) -> None:
    window, plan_view, _prompts = both
    before = _adherence(window)
    tabs_of(window).setCurrentWidget(plan_view)
    card = plan_view.card(goal_and_task[1], TUESDAY)
    assert card is not None
    assert card.done_button is not None
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    # The dashboard was not shown again: it redrew from the bus.
    assert tabs_of(window).currentWidget() is plan_view
    assert before.startswith("0%")
    assert _adherence(window).startswith("50%"), _adherence(window)


def test_a_goal_deleted_on_the_dashboard_leaves_the_plan_tab_at_once(
    qtbot: QtBot, both: tuple[MainWindow, PlanView, RecordingPrompts], goal_and_task: tuple[int, int]
) -> None:
    window, plan_view, prompts = both
    tabs_of(window).setCurrentWidget(plan_view)
    assert plan_view.task_row(goal_and_task[1]) is not None
    tabs_of(window).setCurrentIndex(0)
    window.delete_goal()
    assert [told.kind for told in prompts.told] == ["question"]
    # The hidden tab heard it on the bus and draws what is there now the moment it is
    # shown (it no longer reads the database on every showing).
    assert plan_view.controller.stale
    tabs_of(window).setCurrentWidget(plan_view)
    assert plan_view.task_row(goal_and_task[1]) is None
    assert plan_view.card(goal_and_task[1], TUESDAY) is None


def test_a_change_the_plan_tab_does_not_show_leaves_it_as_drawn(
    qtbot: QtBot, both: tuple[MainWindow, PlanView, RecordingPrompts], goal_and_task: tuple[int, int]
) -> None:
    """Archiving a goal is a change to goals, which the Plan tab shows; a change to
    nothing it shows (a review, say) does not make it read again."""
    window, plan_view, _prompts = both
    tabs_of(window).setCurrentWidget(plan_view)
    assert not plan_view.controller.stale
    window.ops.bus.announce(Change.REVIEWS)
    assert not plan_view.controller.stale
    window.ops.bus.announce(Change.MEASUREMENTS)
    assert plan_view.task_row(goal_and_task[1]) is not None  # shown: drawn again at once
    assert not plan_view.controller.stale
