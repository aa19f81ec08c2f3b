"""The portfolio: every active goal as a card, what needs attention first; a click or
Enter opens the goal on the dashboard; 1,000 goals open and only the cards in view are
painted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import insert
from sqlmodel import select

from smartgoals_app.domain.enums import GoalLifecycle, Status
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Measurement, Strategy
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change, ChangeBus
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.portfolio.action import add_portfolio
from smartgoals_app.ui.portfolio.card import CardDelegate
from smartgoals_app.ui.portfolio.view import PortfolioView
from tests.acceptance.test_switch_cost import _orm_loads, _statements
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.label_audit import audit
from tests.ui.strategy_driver import Wired, answered_ops, wire

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window_with_portfolio(
    qtbot: QtBot, services: Services, db: Database, today: date
) -> tuple[MainWindow, LazyTab[PortfolioView], Wired]:
    ops = answered_ops()
    window = make_window(
        qtbot, services, db, today, ops=ops, plan_view=PlanView(services.plan, ops, today=lambda: today)
    )
    wired = wire(window, db)
    tab = add_portfolio(window, goals=services.goals, bus=wired.ops.bus, today=lambda: today)
    return window, tab, wired


def _fill(db: Database, today: date, count: int) -> None:
    """``count`` goals of every status, written straight into the tables (the wizard
    would take minutes): deadlines, targets and figures vary with the goal's number."""
    with db.transaction() as session:
        strategy = Strategy(statement="Many goals", workspace_id=repo.open_workspace_id(session))
        session.add(strategy)
        session.flush()
        goals = []
        for n in range(count):
            start = today - timedelta(days=30 + n % 50)
            deadline = today + timedelta(days=(n % 7) * 20 - 15)  # some already passed
            if deadline <= start:
                deadline = start + timedelta(days=10)
            goals.append(
                {
                    "strategy_id": strategy.id,
                    "title": f"Goal {n:04d}",
                    "network": "x",
                    "metric_name": "Followers",
                    "unit": "followers",
                    "direction": "more",
                    "kind": "outcome",
                    "outcome_link": "",
                    "data_source": "",
                    "baseline_value": 100.0,
                    "baseline_date": start,
                    "benchmark_target": 150.0,
                    "stretch_target": 200.0,
                    "start_date": start,
                    "deadline": deadline,
                    "why": "Because",
                    "impact": "",
                    "audience": "",
                    "cadence": ("daily", "weekly", "monthly")[n % 3],
                    "status": "active",
                }
            )
        session.execute(insert(Goal), goals)
        ids = [int(goal_id) for goal_id in session.exec(select(Goal.id)) if goal_id is not None]
        figures = [
            {
                "goal_id": goal_id,
                "measured_on": today - timedelta(days=d),
                "value": 100.0 + (goal_id % 11) * 10 / (d + 1),
                "note": "",
                "source": "manual",
            }
            for goal_id in ids
            if goal_id % 5
            for d in range(goal_id % 4 + 1)
        ]
        session.execute(insert(Measurement), figures)


def expected_order(goals: list[GoalOverview]) -> list[int]:
    """Worked out here, not with the app's key: overdue, at risk, behind, then the rest;
    inside each, the soonest check-in (none: last), the nearer deadline, the title."""
    urgent = {Status.OVERDUE: 0, Status.AT_RISK: 1, Status.BEHIND: 2}
    buckets: dict[int, list[GoalOverview]] = {}
    for goal in goals:
        buckets.setdefault(urgent.get(goal.progress.status, 3), []).append(goal)
    order: list[int] = []
    for rank in sorted(buckets):
        with_checkin = [g for g in buckets[rank] if g.next_checkin is not None]
        without = [g for g in buckets[rank] if g.next_checkin is None]
        with_checkin.sort(key=lambda g: (g.next_checkin, g.spec.deadline, g.title.lower(), g.id))
        without.sort(key=lambda g: (g.spec.deadline, g.title.lower(), g.id))
        order += [g.id for g in with_checkin + without]
    return order


def test_cards_come_in_the_order_of_what_needs_attention(
    qtbot: QtBot, services: Services, db: Database, today: date
) -> None:
    _fill(db, today, 120)
    goals = services.goals.overview(include_archived=False)
    assert {g.progress.status for g in goals} >= {Status.OVERDUE, Status.BEHIND, Status.NOT_STARTED}
    _window, tab, _wired = _window_with_portfolio(qtbot, services, db, today)
    view = tab.page()
    view.refresh()
    assert view.shown_ids() == expected_order(goals)
    first = view.model.goals[0]
    assert first.progress.status is Status.OVERDUE


def test_a_click_or_enter_opens_the_goal_on_the_dashboard(
    qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]
) -> None:
    window, tab, _wired = _window_with_portfolio(qtbot, services, db, today)
    view = tab.page()
    action = next(a for a in window.goal_menu.actions() if a.objectName() == "showPortfolio")
    qtbot.keyClick(
        window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.tabs is not None
    assert window.tabs.currentWidget() is tab
    assert action.shortcut().toString() == "Ctrl+Shift+G"
    second = view.model.goals[1].id
    rect = view.list.visualRect(view.model.index(1))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentIndex() == 0
    assert window.current_goal_id() == second

    window.tabs.setCurrentWidget(tab)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_End)
    last = view.model.goals[-1].id
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.current_goal_id() == last
    assert window.goal_list.selected_id() == last


def test_it_redraws_when_the_bus_says_goals_changed(
    qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]
) -> None:
    window, tab, wired = _window_with_portfolio(qtbot, services, db, today)
    view = tab.page()
    assert window.tabs is not None
    window.tabs.setCurrentWidget(tab)
    assert sorted(view.shown_ids()) == sorted(demo_ids)
    # A change that did not pass the bus (written straight to the service) shows on
    # the next visit all the same.
    window.tabs.setCurrentIndex(0)
    services.measurements.log(demo_ids[1], today, 4321.0)
    window.tabs.setCurrentWidget(tab)
    latest = {g.id: g.progress.latest for g in view.model.goals}[demo_ids[1]]
    assert latest is not None
    assert latest.value == 4321.0
    ops = wired.ops
    ops.run(window, lambda: services.goals.set_lifecycle(demo_ids[0], GoalLifecycle.ARCHIVED), Change.GOALS)
    assert sorted(view.shown_ids()) == sorted(demo_ids[1:])
    # Hidden, it reads again only once shown.
    window.tabs.setCurrentIndex(0)
    ops.run(window, lambda: services.goals.set_lifecycle(demo_ids[0], GoalLifecycle.ACTIVE), Change.GOALS)
    assert sorted(view.shown_ids()) == sorted(demo_ids[1:])
    window.tabs.setCurrentWidget(tab)
    assert sorted(view.shown_ids()) == sorted(demo_ids)


def test_a_thousand_goals_open_and_only_the_cards_in_view_are_painted(
    qtbot: QtBot, services: Services, db: Database, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db, today, 1000)
    painted: list[int] = []
    paint = CardDelegate.paint

    def counting(
        self: CardDelegate,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painted.append(index.row())
        paint(self, painter, option, index)

    monkeypatch.setattr(CardDelegate, "paint", counting)
    reads: list[int] = []
    overview = GoalService.overview

    def counted(self: GoalService, **kwargs: object) -> list[GoalOverview]:
        reads.append(1)
        return overview(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(GoalService, "overview", counted)
    window, tab, _wired = _window_with_portfolio(qtbot, services, db, today)
    view = tab.page()
    # The dashboard's list reads the goals after its first screen once it has painted;
    # what is counted here is the portfolio's own reading.
    qtbot.waitUntil(lambda: window.goal_list.model.goal_count() == 1000)
    reads.clear()
    assert window.tabs is not None
    with _statements(db) as statements, _orm_loads() as loaded:
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: bool(painted))
    assert len(statements) <= 3  # the goals, their newest figures, their counts: not one per goal
    assert loaded == []  # plain rows, no ORM object per goal
    view.list.viewport().repaint()
    assert view.model.rowCount() == 1000
    assert reads == [1]  # one read for the whole screen
    rows_in_view = {
        r
        for r in range(1000)
        if view.list.viewport().rect().intersects(view.list.visualRect(view.model.index(r)))
    }
    assert rows_in_view
    assert set(painted) <= rows_in_view
    assert len(set(painted)) < 100
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_End)
    view.list.viewport().repaint()
    assert 999 in painted


def test_no_active_goals_says_how_to_start(qtbot: QtBot, db: Database, today: date) -> None:
    view = PortfolioView(GoalService(db, today=lambda: today), ChangeBus(), lambda: today)
    qtbot.addWidget(view)
    view.show()
    assert view.empty.isVisible()
    assert not view.list.isVisible()
    assert view.summary.text() == "Active goals: 0 · needing attention: 0"


def test_the_portfolio_tab_passes_the_label_audit(
    qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]
) -> None:
    window, tab, _wired = _window_with_portfolio(qtbot, services, db, today)
    view = tab.page()
    assert window.tabs is not None
    window.tabs.setCurrentWidget(tab)
    # The summary's words arrive with the first read: let the layout take them in.
    qtbot.waitUntil(lambda: view.summary.width() >= view.summary.sizeHint().width())
    assert audit(window) == []
    window.resize(800, 600)
    qtbot.waitUntil(lambda: view.summary.width() >= view.summary.sizeHint().width())
    assert audit(window) == []
