"""A goal switch reads what the detail shows once: switching back to a goal shown a
moment ago reads only its figures again, until something changes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft
from tests.ui.dashboard.dashboard_driver import Services, make_window


def test_switching_back_reads_only_the_series_until_a_change(qtbot: QtBot, db: Database, today: date) -> None:
    start = today - timedelta(days=60)
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    ids = []
    for n in range(2):
        goal_id = goals.save(signups_draft(start, title=f"Grow sign-ups to 200, goal {n}"))
        measurements.import_points(goal_id, [(today - timedelta(days=d), 130.0 + d) for d in range(20)])
        ids.append(goal_id)
    services = Services(db, today)
    window = make_window(qtbot, services, db, today)
    window.select_goal(ids[0])
    window.select_goal(ids[1])
    first_adherence = window.detail.adherence.short_label.text()  # type: ignore[union-attr]

    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        window.select_goal(ids[0])
        window.select_goal(ids[1])
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert window.current_goal_id() == ids[1]
    # At most the figures of the chart, read again when it draws them.
    assert all(s.startswith("SELECT id, CAST(julianday(measured_on)") for s in seen), seen

    # A tick in the plan is a change: the adherence shown is read afresh.
    task = services.plan.tasks(ids[1])[0]
    day = services.plan.occurrences(start, today, goal_id=ids[1])[-1].day  # the latest
    services.plan.mark(task.id, day, TaskOutcome.DONE)
    window.refresh()
    assert window.detail.adherence.short_label.text() != first_adherence  # type: ignore[union-attr]
