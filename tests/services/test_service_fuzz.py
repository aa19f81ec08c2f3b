"""Every service entry point under arbitrary text and numbers: lone surrogates, control
characters, 100,000 characters, huge whole numbers, NaN and infinity. Only the app's
own errors come out (ValidationError, StorageError, and KeyError where an id names
nothing, as for any missing record), each in words, and a refused call leaves every
row of the file as it was."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartgoals_app.domain.draft import GoalDraft, TaskDraft
from smartgoals_app.domain.enums import GoalLifecycle, TaskOutcome
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService, Reminder
from smartgoals_app.services.records import MeasurementRecord
from smartgoals_app.storage.database import Database, StorageError
from tests.conftest import TODAY
from tests.factories import signups_draft

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SPECIAL_TEXT = [
    "\ud800",
    "a\udfffb",
    "nul\x00here",
    "bell\x07",
    "\x1b[31mred",
    "x" * 100_000,
    "é" * 2001,
    "emoji 🎯 ok",
    "tab\tand\nline",
    "",
    "   ",
]
texts = st.one_of(
    st.sampled_from(SPECIAL_TEXT),
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.text(max_size=40),
)
numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**400), 10**400),
    st.sampled_from([10**309, -(10**309), 2**63, 2**64, math.nan, math.inf, -math.inf, 0, 150.5]),
)
ids = st.one_of(st.integers(-2, 6), st.sampled_from([2**63, 2**64, -(2**63) - 1, 10**400]))
days = st.dates(date(1900, 1, 1), TODAY)
OK = (ValidationError, StorageError, KeyError)


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {
            t: list(conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()) for t in tables
        }


def _call(db: Database, action: Callable[[], object]) -> None:
    """Run ``action``: it works, or it is refused in words and nothing changed."""
    before = _rows(db)
    try:
        action()
    except OK as exc:
        if not isinstance(exc, KeyError):
            message = exc.args[0]
            assert isinstance(message, str)
            assert message
            assert "SELECT" not in message
            assert "INSERT" not in message
        assert _rows(db) == before


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
    plan = PlanService(db, today=lambda: TODAY)
    task_id = plan.tasks(goal_id)[0].id
    measurement = MeasurementService(db, today=lambda: TODAY).log(goal_id, TODAY, 130, "first")
    return {"goal": goal_id, "task": task_id, "measurement": measurement.id}


def _goal_draft(data: st.DataObject) -> GoalDraft:
    draft = signups_draft(TODAY)
    for name in data.draw(
        st.lists(
            st.sampled_from(
                [
                    "title",
                    "why",
                    "impact",
                    "audience",
                    "metric_name",
                    "unit",
                    "data_source",
                    "outcome_link",
                    "network",
                    "metric_key",
                ]
            ),
            min_size=1,
            max_size=3,
        )
    ):
        setattr(draft, name, data.draw(texts))
    for name in data.draw(
        st.lists(
            st.sampled_from(
                ["baseline_value", "benchmark_target", "stretch_target", "budget_per_month", "hours_per_week"]
            ),
            max_size=2,
        )
    ):
        setattr(draft, name, data.draw(numbers))
    if data.draw(st.booleans()):
        draft.strategy.statement = data.draw(texts)
        draft.strategy.networks = [data.draw(texts)]
        draft.strategy.template = data.draw(st.none() | texts)
    if data.draw(st.booleans()):
        draft.tasks[0].title = data.draw(texts)
        draft.tasks[0].notes = data.draw(texts)
        draft.tasks[0].rrule = data.draw(texts)
    if data.draw(st.booleans()):
        draft.goal_id = data.draw(ids)
    if data.draw(st.booleans()):
        draft.strategy_id = data.draw(ids)
    return draft


def _task_draft(data: st.DataObject) -> TaskDraft:
    return TaskDraft(
        title=data.draw(texts),
        rrule=data.draw(st.sampled_from(["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO"]) | texts),
        start_date=data.draw(st.none() | days),
        start_time=time(9),
        duration_minutes=data.draw(st.integers(-5, 2000) | st.sampled_from([2**63, 10**400])),
        notes=data.draw(texts),
    )


@FUZZ
@given(data=st.data())
def test_goal_service(db: Database, world: dict[str, int], data: st.DataObject) -> None:
    goals = GoalService(db, today=lambda: TODAY)
    goal_id = data.draw(st.just(world["goal"]) | ids)
    action = data.draw(st.sampled_from(["save", "set_lifecycle", "delete", "load_draft", "history"]))
    calls: dict[str, Callable[[], object]] = {
        "save": lambda: goals.save(_goal_draft(data)),
        "set_lifecycle": lambda: goals.set_lifecycle(data.draw(ids), GoalLifecycle.ARCHIVED),
        "delete": lambda: goals.delete(data.draw(ids.filter(lambda i: i != world["goal"]))),
        "load_draft": lambda: goals.load_draft(goal_id),
        "history": lambda: goals.history(goal_id),
    }
    _call(db, calls[action])


@FUZZ
@given(data=st.data())
def test_measurement_service(db: Database, world: dict[str, int], data: st.DataObject) -> None:
    service = MeasurementService(db, today=lambda: TODAY)
    goal_id = data.draw(st.just(world["goal"]) | ids)
    calls: dict[str, Callable[[], object]] = {
        "log": lambda: service.log(
            goal_id, data.draw(days), data.draw(numbers), data.draw(texts), source=data.draw(texts)
        ),
        "edit": lambda: service.edit(
            data.draw(st.just(world["measurement"]) | ids),
            data.draw(days),
            data.draw(numbers),
            data.draw(texts),
        ),
        "delete": lambda: service.delete(data.draw(ids.filter(lambda i: i != world["measurement"]))),
        "restore": lambda: service.restore(
            MeasurementRecord(
                data.draw(ids),
                goal_id,
                data.draw(days),
                data.draw(numbers),
                data.draw(texts),
                data.draw(texts),
            )
        ),
        "import_points": lambda: service.import_points(
            goal_id,
            data.draw(st.lists(st.tuples(days, numbers), max_size=4)),
            note=data.draw(texts),
        ),
        "list": lambda: service.list(goal_id),
        "series": lambda: service.series(goal_id),
    }
    _call(db, calls[data.draw(st.sampled_from(sorted(calls)))])


@FUZZ
@given(data=st.data())
def test_plan_service(db: Database, world: dict[str, int], data: st.DataObject) -> None:
    plan = PlanService(db, today=lambda: TODAY)
    task_id = data.draw(st.just(world["task"]) | ids)
    goal_id = data.draw(st.just(world["goal"]) | ids)
    calls: dict[str, Callable[[], object]] = {
        "add_task": lambda: plan.add_task(goal_id, _task_draft(data)),
        "update_task": lambda: plan.update_task(task_id, _task_draft(data)),
        "mark": lambda: plan.mark(task_id, data.draw(days), TaskOutcome.DONE, data.draw(texts)),
        "unmark": lambda: plan.unmark(task_id, data.draw(days)),
        "set_paused": lambda: plan.set_paused(task_id, data.draw(st.booleans())),
        "delete_task": lambda: plan.delete_task(data.draw(ids.filter(lambda i: i != world["task"]))),
        "tasks": lambda: plan.tasks(goal_id),
        "occurrences": lambda: plan.occurrences(TODAY - timedelta(days=7), TODAY, goal_id=goal_id),
        "goal_adherence": lambda: plan.goal_adherence(goal_id),
        "adherence_by_task": lambda: plan.adherence_by_task(goal_id),
        "checkins": lambda: plan.checkins(TODAY - timedelta(days=30), TODAY, goal_id=goal_id),
        "goal_exists": lambda: plan.goal_exists(goal_id),
        "mark_reminded": lambda: plan.mark_reminded(
            Reminder(data.draw(st.just("task") | texts), task_id, datetime.combine(TODAY, time(9)), "t", "m")
        ),
    }
    _call(db, calls[data.draw(st.sampled_from(sorted(calls)))])


@FUZZ
@given(data=st.data())
def test_draft_service_keeps_whatever_was_typed(
    db: Database, world: dict[str, int], data: st.DataObject
) -> None:
    drafts = DraftService(db)
    draft = _goal_draft(data)
    page = data.draw(st.integers(0, 7) | ids)
    _call(db, lambda: drafts.save(draft, page))
    if 0 <= page <= 7 and draft.goal_id in (None, world["goal"]):
        saved = drafts.pending(draft.goal_id)
        assert saved is not None
        assert saved.draft.to_json() == draft.to_json()  # lone surrogates and all
    _call(db, lambda: drafts.pending(data.draw(st.none() | ids)))
    _call(db, lambda: drafts.discard(data.draw(st.none() | ids)))
