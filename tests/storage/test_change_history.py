"""The change history on both engines: every kind of change is recorded by the database
itself (the app's services and plain SQL alike), with who, what and when."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.review import Outcome, ReviewEntry
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.history import goal_history, os_login
from tests.factories import signups_draft
from tests.pg import ENGINES, on_engine

TODAY = date(2026, 11, 22)
START = TODAY - timedelta(days=100)
DEADLINE = START + timedelta(days=90)


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    yield from on_engine(request, db_path)


def _who(db: Database) -> str:
    """Who the history names: the server's database user, or the computer's login."""
    if db.server is None:
        return os_login()
    with db.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT current_user").scalar())


def _all(db: Database) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM change_history ORDER BY id")).mappings().all()
    return [{**row, "summary": json.loads(row["summary"])} for row in rows]


def _workspace(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT MIN(id) FROM workspace")).scalar_one())


def test_every_kind_of_change_is_recorded_with_who_and_what(db: Database) -> None:
    goals = GoalService(db, today=lambda: START)
    goal_id = goals.save(signups_draft(START, deadline=DEADLINE))
    measurements = MeasurementService(db, today=lambda: TODAY)
    logged = measurements.log(goal_id, START + timedelta(days=30), 150.0)
    measurements.edit(logged.id, logged.day, 155.5)
    measurements.delete(logged.id)
    measurements.log(goal_id, START + timedelta(days=60), 170.0)
    plan = PlanService(db, today=lambda: TODAY)
    task = plan.tasks(goal_id)[0]
    plan.mark(task.id, task.start_date, TaskOutcome.DONE)
    plan.unmark(task.id, task.start_date)
    later = GoalService(db, today=lambda: TODAY)
    reviews = ReviewService(db, goals=later, plan=plan, today=lambda: TODAY)
    reviews.raise_targets(
        goal_id, ReviewEntry(Outcome.MISSED), benchmark=260, stretch=350, deadline=TODAY + timedelta(days=60)
    )
    plan.delete_task(task.id)

    rows = _all(db)
    seen = [(r["kind"], r["action"]) for r in rows]
    for expected in (
        ("strategy", "insert"),
        ("goal", "insert"),
        ("task", "insert"),
        ("measurement", "insert"),
        ("measurement", "update"),
        ("measurement", "delete"),
        ("task_completion", "insert"),
        ("task_completion", "delete"),
        ("goal", "update"),
        ("review", "insert"),
        ("target_change", "insert"),
        ("task", "delete"),
    ):
        assert expected in seen, expected
    # In the order they happened.
    assert seen.index(("measurement", "insert")) < seen.index(("measurement", "update"))
    assert seen.index(("measurement", "update")) < seen.index(("measurement", "delete"))
    who, workspace = _who(db), _workspace(db)
    assert who
    assert {r["changed_by"] for r in rows} == {who}
    assert {r["workspace_id"] for r in rows} == {workspace}
    assert all(r["goal_id"] == goal_id for r in rows if r["kind"] != "strategy")
    by_kind = {(r["kind"], r["action"]): r for r in reversed(rows)}  # the first of each
    assert by_kind[("measurement", "insert")]["row_id"] == logged.id
    assert by_kind[("measurement", "insert")]["summary"] == {"on": str(logged.day), "value": 150.0}
    assert by_kind[("measurement", "update")]["summary"] == {
        "on": str(logged.day),
        "value": 155.5,
        "fields": ["value"],
    }
    assert by_kind[("task_completion", "insert")]["summary"]["outcome"] == "done"
    assert by_kind[("task_completion", "insert")]["summary"]["task"] == task.title
    assert by_kind[("target_change", "insert")]["summary"]["benchmark"] == 260
    assert "benchmark_target" in by_kind[("goal", "update")]["summary"]["fields"]
    assert by_kind[("task", "delete")]["summary"] == {"title": task.title}


def test_a_change_made_with_plain_sql_is_recorded_too(db: Database) -> None:
    goal_id = GoalService(db, today=lambda: START).save(signups_draft(START, deadline=DEADLINE))
    MeasurementService(db, today=lambda: TODAY).log(goal_id, TODAY, 10.0)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE measurement SET value = 11 WHERE goal_id = :g"), {"g": goal_id})
    newest = goal_history(db, goal_id, limit=1)[0]
    assert (newest.kind, newest.action, newest.summary["value"]) == ("measurement", "update", 11)


def test_a_save_that_changes_nothing_records_nothing(db: Database) -> None:
    goals = GoalService(db, today=lambda: START)
    goal_id = goals.save(signups_draft(START, deadline=DEADLINE))
    before = len(_all(db))
    goals.save(replace(goals.load_draft(goal_id)))  # the same goal saved again: only updated_at moves
    assert [(r["kind"], r["action"]) for r in _all(db)[before:]] == []


def test_deleting_a_goal_records_the_goal_not_every_row_that_went_with_it(db: Database) -> None:
    goals = GoalService(db, today=lambda: START)
    goal_id = goals.save(signups_draft(START, deadline=DEADLINE))
    for n in range(5):
        MeasurementService(db, today=lambda: TODAY).log(goal_id, START + timedelta(days=n), float(n))
    before = len(_all(db))
    goals.delete(goal_id)
    assert [(r["kind"], r["action"], r["row_id"]) for r in _all(db)[before:]] == [("goal", "delete", goal_id)]


def test_the_goal_history_is_newest_first_and_paged(db: Database) -> None:
    goal_id = GoalService(db, today=lambda: START).save(signups_draft(START, deadline=DEADLINE))
    measurements = MeasurementService(db, today=lambda: TODAY)
    for n in range(7):
        measurements.log(goal_id, START + timedelta(days=n), float(n))
    first = goal_history(db, goal_id, limit=3)
    assert [e.summary["value"] for e in first] == [6.0, 5.0, 4.0]
    second = goal_history(db, goal_id, before=first[-1].id, limit=3)
    assert [e.summary["value"] for e in second] == [3.0, 2.0, 1.0]
    rest = goal_history(db, goal_id, before=second[-1].id, limit=3)
    assert (rest[0].kind, rest[0].action) == ("measurement", "insert")
    assert (rest[-1].kind, rest[-1].action) == ("goal", "insert")


def test_a_file_names_the_login_that_opened_it(db_path: Path) -> None:
    from smartgoals_app.storage.database import open_database

    db = open_database(db_path, backup=False)
    try:
        GoalService(db, today=lambda: START).save(signups_draft(START, deadline=DEADLINE))
    finally:
        db.close()
    reopened = open_database(db_path, backup=False)
    try:
        with reopened.engine.begin() as conn:  # as another login would find it
            conn.execute(text("UPDATE app_meta SET value = 'someone-else' WHERE key = 'history_login'"))
        goal_id = GoalService(reopened, today=lambda: START).save(signups_draft(START, deadline=DEADLINE))
        assert {e.changed_by for e in goal_history(reopened, goal_id)} == {os_login()}
    finally:
        reopened.close()
