"""The goal list's overview read in two parts (a first screen, then the rest) gives the
same goals, figures and order as read whole, on a file and on a server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft
from tests.pg import ENGINES, on_engine


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    yield from on_engine(request, db_path)


def _seen(rows: list[GoalOverview]) -> list[tuple[object, ...]]:
    return [(r.id, r.title, r.strategy, r.spec, r.trend, r.recent, r.next_checkin, r.lifecycle) for r in rows]


def test_the_first_goals_then_the_rest_are_the_goals_read_whole(db: Database, today: date) -> None:
    start = today - timedelta(days=40)
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    for n in range(7):
        draft = signups_draft(start, title=f"Grow sign-ups, goal {n}")
        draft.deadline = start + timedelta(days=200 - 9 * n)  # read by deadline, not as saved
        goal_id = goals.save(draft)
        points = [(today - timedelta(days=d + n), 140.0 + 3 * d + n) for d in range(12 if n % 3 else 0)]
        measurements.import_points(goal_id, points)
        if n == 2:
            goals.set_lifecycle(goal_id, GoalLifecycle.ARCHIVED)
    reader = GoalService(db, today=lambda: today)
    whole = reader.overview(points=10)
    assert reader.listed_count() == len(whole) == 7
    first = reader.overview(points=10, first=3)
    rest = reader.overview(points=10, after=3)
    assert _seen(first + rest) == _seen(whole)
    assert _seen(reader.overview(first=10)) == _seen(reader.overview())  # more than there are

    running = reader.overview(include_archived=False)
    assert reader.listed_count(include_archived=False) == len(running) == 6
    parts = reader.overview(include_archived=False, first=4)
    parts += reader.overview(include_archived=False, after=4)
    assert _seen(parts) == _seen(running)
