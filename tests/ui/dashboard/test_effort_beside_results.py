"""The plan's adherence is shown in the goal detail, beside the results."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.plan.adherence_panel import adherence_text
from tests.ui.dashboard.dashboard_driver import Services, make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_goal_detail_shows_the_plans_adherence_and_follows_new_ticks(
    qtbot: QtBot, db: Database, today: date, demo_ids: list[int]
) -> None:
    ids = demo_ids
    services = Services(db, today)
    services.plan = PlanService(db, today=lambda: today)
    window = make_window(qtbot, services, db, today)
    panel = window.detail.adherence
    assert panel is not None

    def shown() -> tuple[str, str, str]:
        return panel.short_label.text(), panel.long_label.text(), panel.streak_label.text()

    window.select_goal(ids[1])
    assert panel.isVisible()
    before = adherence_text(services.plan.goal_adherence(ids[1], today))
    assert shown() == before

    missed = [
        o
        for o in services.plan.occurrences(
            today - timedelta(days=27), today - timedelta(days=1), goal_id=ids[1]
        )
        if o.outcome is not TaskOutcome.DONE
    ]
    assert missed, "the demo leaves some of the plan undone"
    for occurrence in missed:
        services.plan.mark(occurrence.task_id, occurrence.day, TaskOutcome.DONE)
    window.refresh()
    after = adherence_text(services.plan.goal_adherence(ids[1], today))
    assert after != before
    assert shown() == after
    assert after[0].startswith("100%")
