"""MeasurementService.series: the column query behind the chart and the table."""

from __future__ import annotations

from datetime import date, timedelta

from smartgoals_app.domain.progress import Point
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft


def test_series_matches_list_in_order(db: Database, today: date) -> None:
    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    later = today + timedelta(days=30)
    measurements = MeasurementService(db, today=lambda: later)
    measurements.log(goal_id, today + timedelta(days=14), 150, "second")
    measurements.log(goal_id, today + timedelta(days=7), 130, "first")

    series = measurements.series(goal_id)

    records = measurements.list(goal_id)
    assert series.ids == tuple(r.id for r in records)
    assert [series.day(i) for i in range(len(series))] == [r.day for r in records]
    assert series.values == (130.0, 150.0)
    assert series.notes == ("first", "second")
    assert series.days[0] == (today + timedelta(days=7) - date(1970, 1, 1)).days
    assert series.points(last=1) == [Point(today + timedelta(days=14), 150.0)]


def test_series_of_goal_without_measurements_is_empty(db: Database, today: date) -> None:
    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    series = MeasurementService(db, today=lambda: today).series(goal_id)
    assert len(series) == 0
    assert series.points() == []
