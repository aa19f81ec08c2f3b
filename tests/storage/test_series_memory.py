"""The series behind the chart holds as little as its numbers need."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft


def test_ids_are_32_bit_numbers_while_they_fit(db: Database, today: date) -> None:
    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    measurements = MeasurementService(db, today=lambda: today + timedelta(days=9))
    for day in range(1, 4):
        measurements.log(goal_id, today + timedelta(days=day), 120.0 + day)
    series = measurements.series(goal_id)
    assert series.ids.itemsize == 4  # type: ignore[attr-defined]
    assert list(series.ids) == [r.id for r in measurements.list(goal_id)]


def test_an_id_past_32_bits_is_read_whole(db: Database, today: date, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every id stays right and in order when one is past 32 bits in the middle of a block."""
    goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
    big = 2**31 + 5
    with db.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO measurement (id, goal_id, measured_on, value, note, source, created_at) VALUES"
            f" (7, {goal_id}, '{today + timedelta(days=1)}', 1, '', 'manual', '2026-01-01 00:00:00'),"
            f" (8, {goal_id}, '{today + timedelta(days=2)}', 2, '', 'manual', '2026-01-01 00:00:00'),"
            f" ({big}, {goal_id}, '{today + timedelta(days=3)}', 3, '', 'manual', '2026-01-01 00:00:00'),"
            f" (9, {goal_id}, '{today + timedelta(days=4)}', 4, '', 'manual', '2026-01-01 00:00:00')"
        )
    monkeypatch.setattr(repo, "_FETCH_ROWS", 3)  # the big id in the first block, after two small ones
    series = MeasurementService(db, today=lambda: today).series(goal_id)
    assert list(series.ids) == [7, 8, big, 9]
    assert list(series.values) == [1.0, 2.0, 3.0, 4.0]
    assert series.day(3) == today + timedelta(days=4)
