"""MeasurementService.series: the column query behind the chart and the table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from smartgoals_app.domain.progress import Point
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft
from tests.pg import ENGINES, on_engine


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """On a file and on a server database (tests/pg.py)."""
    yield from on_engine(request, db_path)


def test_series_matches_list_in_order(db: Database, today: date) -> None:
    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    later = today + timedelta(days=30)
    measurements = MeasurementService(db, today=lambda: later)
    measurements.log(goal_id, today + timedelta(days=14), 150, "second")
    measurements.log(goal_id, today + timedelta(days=7), 130, "first")

    series = measurements.series(goal_id)

    records = measurements.list(goal_id)
    assert list(series.ids) == [r.id for r in records]
    assert [series.day(i) for i in range(len(series))] == [r.day for r in records]
    assert list(series.values) == [130.0, 150.0]
    assert list(series.notes) == ["first", "second"]
    assert series.days[0] == (today + timedelta(days=7) - date(1970, 1, 1)).days
    assert series.points(last=1) == [Point(today + timedelta(days=14), 150.0)]


def test_series_of_goal_without_measurements_is_empty(db: Database, today: date) -> None:
    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    series = MeasurementService(db, today=lambda: today).series(goal_id)
    assert len(series) == 0
    assert series.points() == []


def test_recent_points_keeps_the_newest_per_goal_oldest_first(db: Database, today: date) -> None:
    goals = GoalService(db, today=lambda: today)
    first = goals.save(signups_draft(today))
    second = goals.save(signups_draft(today, title="Second goal with 5 sign-ups a week"))
    later = today + timedelta(days=40)
    measurements = MeasurementService(db, today=lambda: later)
    for day in range(1, 11):
        measurements.log(first, today + timedelta(days=day), 100 + day)
    measurements.log(first, today + timedelta(days=10), 999)  # same day, logged later
    measurements.log(second, today + timedelta(days=3), 7)

    with db.reading() as session:
        recent = repo.recent_points(session, per_goal=3)

    assert recent[first] == [
        (today + timedelta(days=9), 109.0),
        (today + timedelta(days=10), 110.0),
        (today + timedelta(days=10), 999.0),
    ]
    assert recent[second] == [(today + timedelta(days=3), 7.0)]


def test_series_reads_notes_only_for_the_rows_asked(db: Database, today: date) -> None:
    from sqlalchemy import event

    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    later = today + timedelta(days=2000)
    measurements = MeasurementService(db, today=lambda: later)
    measurements.import_points(
        goal_id, [(today + timedelta(days=d), float(d)) for d in range(1000)], note="from the export"
    )
    measurements.log(goal_id, later, 5.0, "the newest")
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))

    series = measurements.series(goal_id)
    assert not [s for s in statements if "note" in s]  # the chart's columns only
    assert series.notes[-1] == "the newest"
    assert series.notes[3] == "from the export"
    assert series.notes[4] == "from the export"  # the same block: no second read
    note_reads = [s for s in statements if "note" in s]
    assert len(note_reads) == 2
