"""PlanService: editing tasks keeps their history; reminders are due once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from smartgoals_app.domain import schedule
from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.schedule import Occurrence
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.services import plan as plan_module
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService, Reminder
from smartgoals_app.storage.database import Database, StorageError
from tests.factories import goal_without_tasks
from tests.pg import ENGINES, on_engine


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """On a file and on a server database (tests/pg.py)."""
    yield from on_engine(request, db_path)


TODAY = date(2026, 11, 22)  # Sunday


@pytest.fixture
def plan(db: Database) -> PlanService:
    return PlanService(db, today=lambda: TODAY)


@pytest.fixture
def goal_id(db: Database) -> int:
    start = TODAY - timedelta(days=21)
    return goal_without_tasks(db, start)


def _draft(**changes: object) -> TaskDraft:
    draft = TaskDraft(
        title="Twitter chat",
        rrule="FREQ=WEEKLY;BYDAY=TU",
        start_date=TODAY - timedelta(days=21),
        start_time=time(11),
        duration_minutes=60,
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def test_changing_the_rule_keeps_past_ticks(plan: PlanService, goal_id: int) -> None:
    task_id = plan.add_task(goal_id, _draft())
    past = [o.day for o in plan.occurrences(TODAY - timedelta(days=21), TODAY)]
    assert past == [date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17)]
    plan.mark(task_id, past[0], TaskOutcome.DONE)
    plan.mark(task_id, past[1], TaskOutcome.SKIPPED, "Ill")

    new_id = plan.update_task(task_id, _draft(rrule="FREQ=WEEKLY;BYDAY=WE"))
    assert new_id != task_id
    history = plan.occurrences(TODAY - timedelta(days=21), TODAY + timedelta(days=10))
    assert [(o.task_id, o.day, o.outcome) for o in history] == [
        (task_id, date(2026, 11, 3), TaskOutcome.DONE),
        (task_id, date(2026, 11, 10), TaskOutcome.SKIPPED),
        (task_id, date(2026, 11, 17), None),
        (new_id, date(2026, 11, 25), None),
        (new_id, date(2026, 12, 2), None),
    ]
    old = next(t for t in plan.tasks() if t.id == task_id)
    assert plan.is_finished(old)
    assert plan.adherence_by_task(goal_id)[task_id].last_4_weeks.done == 1


def test_edits_that_leave_the_past_alone_stay_in_place(plan: PlanService, goal_id: int) -> None:
    task_id = plan.add_task(goal_id, _draft())
    assert plan.update_task(task_id, _draft(title="Industry chat", start_time=time(11, 30))) == task_id
    assert [t.title for t in plan.tasks()] == ["Industry chat"]
    later = TODAY + timedelta(days=3)
    future = plan.add_task(goal_id, _draft(start_date=later))
    assert plan.update_task(future, _draft(start_date=later, rrule="FREQ=DAILY")) == future


def test_pause_and_delete(plan: PlanService, goal_id: int) -> None:
    task_id = plan.add_task(goal_id, _draft())
    plan.mark(task_id, date(2026, 11, 10), TaskOutcome.DONE)
    plan.set_paused(task_id, True)
    assert plan.occurrences(TODAY, TODAY + timedelta(days=7)) == []
    # Its history stays: the tick is still listed, the open days are not.
    history = plan.occurrences(TODAY - timedelta(days=21), TODAY)
    assert [(o.day, o.outcome) for o in history] == [(date(2026, 11, 10), TaskOutcome.DONE)]
    assert plan.goal_adherence(goal_id).last_4_weeks.counted == 1
    assert len(plan.occurrences(TODAY - timedelta(days=21), TODAY, include_paused=True)) == 3
    plan.set_paused(task_id, False)
    plan.mark(task_id, date(2026, 11, 17), TaskOutcome.DONE)
    plan.delete_task(task_id)
    assert plan.tasks() == []


def test_bad_input_is_refused(plan: PlanService, goal_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.add_task(goal_id, _draft(title=" ", rrule="FREQ=SOMETIMES"))
    assert set(caught.value.errors) >= {"task.title", "task.rrule"}


def test_goal_adherence_pools_the_tasks(plan: PlanService, goal_id: int) -> None:
    a = plan.add_task(goal_id, _draft())
    b = plan.add_task(goal_id, _draft(title="Clean up", rrule="FREQ=WEEKLY;BYDAY=TH", start_time=time(8)))
    for day in (date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17)):
        plan.mark(a, day, TaskOutcome.DONE)
    plan.mark(b, date(2026, 11, 19), TaskOutcome.DONE)
    result = plan.goal_adherence(goal_id)
    # Tuesdays 3, 10, 17 done; Thursdays 5, 12 missed, 19 done.
    assert (result.last_4_weeks.done, result.last_4_weeks.counted) == (4, 6)
    assert result.streak == 2  # Tue 17, Thu 19; Thu 12 was missed
    assert plan.adherence_by_task(goal_id)[b].streak == 1


def test_reminders_are_due_once_even_after_a_restart(db: Database, goal_id: int) -> None:
    plan = PlanService(db, today=lambda: TODAY)
    plan.add_task(goal_id, _draft(rrule="FREQ=DAILY", start_time=time(11)))
    MeasurementService(db, today=lambda: TODAY).log(goal_id, TODAY, 130, "")
    early = plan.due_reminders(datetime(2026, 11, 22, 10, 30))
    assert early == []
    due = plan.due_reminders(datetime(2026, 11, 22, 10, 52))
    assert [(r.kind, r.start) for r in due] == [("task", datetime(2026, 11, 22, 11))]
    assert "in 8 min" in due[0].title
    plan.mark_reminded(due[0])
    again = PlanService(db, today=lambda: TODAY)  # as after a restart
    assert again.due_reminders(datetime(2026, 11, 22, 10, 55)) == []


def test_the_reminder_check_expands_each_rule_once_a_day_and_an_edited_rule_afresh(
    db: Database, goal_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = PlanService(db, today=lambda: TODAY)
    task_id = plan.add_task(goal_id, _draft(rrule="FREQ=DAILY", start_time=time(11)))
    expanded: list[str] = []
    real = schedule.occurrences

    def counted(rule: str, **kwargs: Any) -> list[Occurrence]:
        expanded.append(rule)
        return real(rule, **kwargs)

    monkeypatch.setattr(plan_module, "occurrences", counted)
    first = plan.due_reminders(datetime(2026, 11, 22, 10, 52))
    assert [r.start for r in first if r.kind == "task"] == [datetime(2026, 11, 22, 11)]
    calls = len(expanded)
    assert calls >= 1
    # Every 30 seconds the same day: the rules are not expanded again.
    assert plan.due_reminders(datetime(2026, 11, 22, 10, 52, 30)) == first
    assert len(expanded) == calls
    # An edited rule is a rule of its own: its occurrences are its own.
    plan.update_task(task_id, _draft(rrule="FREQ=DAILY", start_time=time(11, 5)))
    moved = plan.due_reminders(datetime(2026, 11, 22, 10, 58))
    assert [r.start for r in moved if r.kind == "task"] == [datetime(2026, 11, 22, 11, 5)]
    assert len(expanded) > calls


def test_a_checkin_falling_due_is_reminded(db: Database, goal_id: int) -> None:
    plan = PlanService(db, today=lambda: TODAY)
    # Weekly cadence from 1 Nov: check-ins 8, 15, 22 Nov; nothing logged yet.
    due = plan.due_reminders(datetime(2026, 11, 22, 9))
    assert [(r.kind, r.ref_id) for r in due] == [("checkin", goal_id)]
    plan.mark_reminded(due[0])
    assert plan.due_reminders(datetime(2026, 11, 22, 9, 1)) == []
    checkins = plan.checkins(TODAY - timedelta(days=14), TODAY)
    assert [(c.day, c.done) for c in checkins] == [
        (date(2026, 11, 8), False),
        (date(2026, 11, 15), False),
        (date(2026, 11, 22), False),
    ]


class BusyOnce(PlanService):
    """Recording a reminder fails once, as when another program holds the database."""

    failed = False

    def mark_reminded(self, reminder: Reminder) -> None:
        if not self.failed:
            self.failed = True
            raise StorageError("The database is busy.")
        super().mark_reminded(reminder)


def test_a_reminder_is_recorded_before_it_is_shown(db: Database, goal_id: int) -> None:
    busy = BusyOnce(db, today=lambda: TODAY)
    shown: list[str] = []
    now = datetime.combine(TODAY, time(9))

    def show(reminder: Reminder) -> None:
        shown.append(str(reminder.title))

    assert busy.remind(now, show) == []  # the record failed: nothing shown, nothing raised
    assert shown == []
    assert [str(r.title) for r in busy.remind(now, show)] == ["Check-in due"]
    assert busy.remind(now, show) == []  # recorded: never again
    assert shown == ["Check-in due"]
