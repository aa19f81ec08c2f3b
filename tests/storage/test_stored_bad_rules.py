"""A repeat rule stored before today's checks (an old file, a hand-edited one) must not
stop the plan, the dashboard's adherence, reminders or the calendar export: the task
is shown as unreadable and left off the dates; everything else works."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import text

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.io.export_plan import export_plan, export_plan_command
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft

BROKEN = [
    "FREQ=WEEKLY;INTERVAL=0",
    "FREQ=MONTHLY;BYMONTHDAY=407",
    "FREQ=DAILY;INTERVAL=-1",
    "FREQ=DAILY;UNTIL=1",
    "FREQ=MONTHLY;BYDAY=+6MO",
    "FREQ=DAILY;COUNT=99999999999999999999999",
    "FREQ=HOURLY",
    "FREQ=WEEKLY;BYDAY=\uff2d\uff2f",
    "FREQ=DAILY;" + "X" * 5000,
]


def _stored(db: Database, today: date, rule: str) -> tuple[int, int]:
    """A goal with a sound task and a second task whose rule is written straight into the file."""
    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    plan = PlanService(db, today=lambda: today)
    bad_id = plan.add_task(goal_id, TaskDraft(title="Old task", rrule="FREQ=DAILY", start_date=today))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE task SET rrule = :rule WHERE id = :id"), {"rule": rule, "id": bad_id})
    return goal_id, bad_id


@pytest.mark.parametrize("rule", BROKEN)
def test_the_plan_dashboard_and_reminders_work_around_an_unreadable_rule(
    db: Database, today: date, rule: str
) -> None:
    goal_id, bad_id = _stored(db, today, rule)
    plan = PlanService(db, today=lambda: today)
    records = {t.id: t for t in plan.tasks()}
    assert "not readable" in records[bad_id].summary
    week = plan.occurrences(today, today + timedelta(days=13))
    assert week
    assert all(o.task_id != bad_id for o in week)
    assert plan.goal_adherence(goal_id, today + timedelta(days=14)) is not None
    assert bad_id not in plan.adherence_by_task(goal_id, today + timedelta(days=14))
    plan.due_reminders(datetime.combine(today, time(8, 55)))
    assert not plan.is_finished(records[bad_id])  # kept in sight, so it can be mended


@pytest.mark.parametrize("rule", BROKEN[:4])
def test_an_unreadable_rule_is_mended_by_editing_the_task(db: Database, today: date, rule: str) -> None:
    _goal_id, bad_id = _stored(db, today, rule)
    plan = PlanService(db, today=lambda: today + timedelta(days=30))
    kept = plan.update_task(
        bad_id, TaskDraft(title="Old task", rrule="FREQ=WEEKLY;BYDAY=MO", start_date=today)
    )
    assert next(t for t in plan.tasks() if t.id == kept).rrule == "FREQ=WEEKLY;BYDAY=MO"


@pytest.mark.parametrize("rule", BROKEN[:4])
def test_a_goal_with_an_unreadable_task_can_still_be_opened_and_saved(
    db: Database, today: date, rule: str
) -> None:
    goal_id, _bad_id = _stored(db, today, rule)
    goals = GoalService(db, today=lambda: today)
    draft = goals.load_draft(goal_id)
    with pytest.raises(ValidationError) as refused:
        goals.save(draft)
    assert "task.rrule" in refused.value.errors
    draft.tasks = [t for t in draft.tasks if t.title != "Old task"]
    assert goals.save(draft) == goal_id


@pytest.mark.parametrize("rule", BROKEN)
def test_the_calendar_export_leaves_out_an_unreadable_rule_and_says_so(
    db: Database, today: date, tmp_path: Path, rule: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _goal_id, bad_id = _stored(db, today, rule)
    result = export_plan(db, tmp_path / "plan.ics")
    assert (result.tasks, result.left_out) == (1, 1)
    uids = [str(e["UID"]) for e in Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT")]
    assert not any(uid.startswith(f"task-{bad_id}@") for uid in uids)
    db.close()
    assert export_plan_command(db.path, tmp_path / "again.ics") == 0
    assert "Left out one task" in capsys.readouterr().err


def test_a_weekly_rule_with_interval_zero_is_refused_when_saved(db: Database, today: date) -> None:
    draft = signups_draft(today)
    draft.tasks[0].rrule = "FREQ=WEEKLY;INTERVAL=0"
    with pytest.raises(ValidationError) as refused:
        GoalService(db, today=lambda: today).save(draft)
    assert "INTERVAL" in refused.value.errors["task.rrule"]
