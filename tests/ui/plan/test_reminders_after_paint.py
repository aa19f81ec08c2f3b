"""Reminders wait for the dashboard's first paint, and one due at start is still shown."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.io.export_plan import export_plan
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui import app
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.plan import reminders
from smartgoals_app.ui.plan.plan_view import PlanView
from tests.factories import goal_without_tasks
from tests.ui.dashboard.dashboard_driver import Services
from tests.ui.prompts import answering

TUESDAY = date(2026, 11, 17)


def test_a_reminder_due_at_start_is_shown_after_the_first_paint(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = TUESDAY - timedelta(days=14)
    goal_id = goal_without_tasks(db, start)
    PlanService(db, today=lambda: TUESDAY).add_task(
        goal_id,
        TaskDraft(
            title="Join the industry Twitter chat",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            start_date=start,
            start_time=time(11),
            duration_minutes=60,
        ),
    )
    services = Services(db, TUESDAY)
    monkeypatch.setattr(app, "install_tray", lambda *_a, **_k: None)  # the Plan tab's banner
    monkeypatch.setattr(reminders, "FIRST_CHECK_MS", 0)  # no wait after the paint either
    ops = answering()
    plan_view = PlanView(
        services.plan,
        ops,
        today=lambda: TUESDAY,
        now=lambda: datetime.combine(TUESDAY, time(10, 55)),
        exporter=partial(export_plan, db),
    )
    plan_tab = LazyTab(lambda: plan_view)
    window = MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db.path,
        today=lambda: TUESDAY,
        ops=ops,
        plan_view=plan_tab,
    )
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    app._wire_plan(window, plan_tab, settings=settings, quit=lambda: None)
    for _ in range(3):  # the event loop runs, but nothing has painted yet
        QApplication.processEvents()
    assert plan_view.banner.label.text() == ""

    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "Join the industry Twitter chat in 5 min" in plan_view.banner.label.text())
    assert window.tabs is not None
    window.tabs.setCurrentWidget(plan_tab)  # where a person without a tray sees it
    assert plan_view.banner.isVisible()
    plan_view.reminders.stop()
