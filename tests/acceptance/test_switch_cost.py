"""What a goal switch and the list screens cost, counted rather than timed: the number
of SQL statements a switch issues stays the same whatever the number of goals, and no
list screen builds an ORM object per row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Measurement, Strategy, Task, TaskCompletion
from smartgoals_app.ui.plan.controller import Mode
from smartgoals_app.ui.plan.plan_view import PlanView
from tests.factories import signups_draft
from tests.ui.dashboard.dashboard_driver import Services, build_window, make_window
from tests.ui.prompts import answering


def _add_goals(db: Database, today: date, count: int) -> list[int]:
    """`count` goals with the same tasks, a few ticks and a month of daily figures each."""
    goals = GoalService(db, today=lambda: today - timedelta(days=60))
    measurements = MeasurementService(db, today=lambda: today)
    ids = []
    for n in range(count):
        draft = signups_draft(today - timedelta(days=60), title=f"Grow sign-ups to 200, goal {n}")
        goal_id = goals.save(draft)
        measurements.import_points(goal_id, [(today - timedelta(days=d), 100.0 + d) for d in range(30)])
        ids.append(goal_id)
    with db.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO task_completion (task_id, occurrence_date, outcome, note, recorded_at)"
            " SELECT id, start_date, 'done', '', '2026-11-01 00:00:00' FROM task"
        )
    return ids


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@contextmanager
def _orm_loads() -> Iterator[list[str]]:
    """Every ORM object built from a row read from the database."""
    loaded: list[str] = []
    classes = (Goal, Strategy, Task, TaskCompletion, Measurement)

    def record(target: Any, _context: Any) -> None:
        loaded.append(type(target).__name__)

    for cls in classes:
        event.listen(cls, "load", record)
    try:
        yield loaded
    finally:
        for cls in classes:
            event.remove(cls, "load", record)


def _switch_cost(qtbot: QtBot, db: Database, today: date, goals: int) -> tuple[int, int, int]:
    """(statements, ORM objects) of one goal switch, and the statements of a step in the Plan tab."""
    ids = _add_goals(db, today, goals)
    services = Services(db, today)
    window = make_window(qtbot, services, db, today)
    window.select_goal(ids[0])
    with _statements(db) as seen, _orm_loads() as loaded:
        window.select_goal(ids[-1])
    assert window.current_goal_id() == ids[-1]
    assert "No tasks" not in window.detail.adherence.short_label.text()  # type: ignore[union-attr]
    window.close()
    plan = PlanView(services.plan, answering(), today=lambda: today)
    qtbot.addWidget(plan)
    plan.refresh()
    with _statements(db) as stepped:
        plan.step(-1)
    assert plan.week.checkin_cards  # the week shows every goal's check-ins
    return len(seen), len(loaded), len(stepped)


@contextmanager
def _two_new_files(folder: Any) -> Iterator[tuple[Database, Database]]:
    """Two new database files, for a cost at a small and a large size side by side."""
    from smartgoals_app.storage.database import open_database

    first = open_database(folder / "first.db", backup=False)
    second = open_database(folder / "second.db", backup=False)
    try:
        yield first, second
    finally:
        first.close()
        second.close()


def test_a_goal_switch_costs_the_same_at_3_goals_as_at_30(qtbot: QtBot, tmp_path: Any, today: date) -> None:
    with _two_new_files(tmp_path) as (few, many):
        small = _switch_cost(qtbot, few, today, 3)
        large = _switch_cost(qtbot, many, today, 30)
    assert small == large


def test_list_screens_build_no_orm_object_per_row(
    qtbot: QtBot, db: Database, services: Services, today: date
) -> None:
    _add_goals(db, today, 5)
    window = make_window(qtbot, services, db, today)
    plan = PlanView(services.plan, answering(), today=lambda: today)
    qtbot.addWidget(plan)
    with _orm_loads() as loaded:
        window.refresh()  # the goal list and the chosen goal
        plan.refresh()  # the week, its check-ins and the task list
        plan.step(1)
        plan.set_mode(Mode.MONTH)
        services.plan.active_goals()
        services.plan.goal_why()
    # Only the one goal shown in full is read as objects (its draft, for the SMART check).
    shown = window.current_goal_id()
    assert shown is not None
    assert sorted(loaded) == ["Goal", "Strategy", *["Task"] * len(services.plan.tasks(shown))]


def test_the_series_is_read_only_when_the_chart_or_the_table_shows_it(
    qtbot: QtBot, db: Database, services: Services, today: date
) -> None:
    ids = _add_goals(db, today, 2)
    window = build_window(qtbot, services, db, today)
    window.select_goal(ids[1])  # not shown yet: the first paint needs no series
    model = window.detail.model
    assert model is not None
    assert "series" not in vars(model)
    # Nor the length of a table on a tab nobody has opened: counting is a scan.
    assert "count" not in vars(model)
    assert window.detail.table.model.rowCount() == 0
    window.detail.tabs.setCurrentWidget(window.detail.table)
    window.show()
    # Shown, it is counted before it paints: a screen reader hears the right length.
    assert window.detail.table.model.rowCount() == 30
    assert window.detail.table.view.verticalHeader().count() == 30
    qtbot.waitUntil(lambda: "series" in vars(model))
    assert window.detail.table.model.index(0, 1).data() is not None


@contextmanager
def _sqlite_steps(db: Database) -> Iterator[list[int]]:
    """SQLite's virtual-machine steps (in hundreds) of every statement: rows scanned show
    here even when a statement returns one row, as a count does."""
    steps = [0]
    counting = [True]

    def step() -> int:
        steps[0] += counting[0]
        return 0  # go on

    def watch(conn: Any, *_args: Any) -> None:
        conn.connection.dbapi_connection.set_progress_handler(step, 100)

    event.listen(db.engine, "before_cursor_execute", watch)
    try:
        yield steps
    finally:
        counting[0] = False  # the handler stays on the connection
        event.remove(db.engine, "before_cursor_execute", watch)


def _read_before_first_paint(qtbot: QtBot, db: Database, today: date, figures: int) -> int:
    """SQLite steps of building the dashboard on a goal of `figures` measurements, up to
    its first paint (the window is not shown: the chart and anything after it wait)."""
    (goal_id,) = _add_goals(db, today, 1)
    with db.transaction() as session:
        session.connection().exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at, version)"
            " SELECT ?, date(?, '-' || (i + 30) || ' days'), 100.0 + i % 7, '', 'import',"
            " '2026-11-01 00:00:00', 1 FROM n",
            (figures - 30, goal_id, today.isoformat()),
        )
    services = Services(db, today)
    with _sqlite_steps(db) as steps:
        window = build_window(qtbot, services, db, today)
        window.select_goal(goal_id)
    model = window.detail.model
    assert model is not None
    assert model.goal.id == goal_id
    assert model.count == figures  # counted when asked, after the paint
    window.close()
    return steps[0]


def test_the_first_paint_reads_no_more_of_a_long_series_than_of_a_short_one(
    qtbot: QtBot, tmp_path: Any, today: date
) -> None:
    with _two_new_files(tmp_path) as (short, long):
        few = _read_before_first_paint(qtbot, short, today, 31)
        many = _read_before_first_paint(qtbot, long, today, 20_000)
    # A few steps more for a deeper index, never a step per figure (20,000 figures are
    # hundreds of hundreds of steps).
    assert many <= few + 20
