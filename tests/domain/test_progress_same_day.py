"""Two check-ins on one day: the newer (given last) decides, in status and progress alike."""

from __future__ import annotations

from datetime import date, timedelta

from smartgoals_app.domain.enums import Status
from smartgoals_app.domain.progress import GoalSpec, Point, progress_of, status_of

START = date(2026, 1, 1)
SPEC = GoalSpec(baseline=100, start=START, deadline=START + timedelta(days=100), benchmark=200, stretch=300)


def test_the_later_of_two_same_day_points_sets_the_status() -> None:
    day = START + timedelta(days=50)
    points = [Point(day, 110), Point(day, 320)]  # a correction typed after a slip
    assert status_of(SPEC, points, day) is Status.STRETCH_REACHED
    progress = progress_of(SPEC, points, day)
    assert progress.status is Status.STRETCH_REACHED
    assert progress.latest == Point(day, 320)
