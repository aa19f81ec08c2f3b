"""The figures of a long goal list, computed once each: the same results, less work."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartgoals_app.domain import progress
from smartgoals_app.domain.enums import Cadence, Status
from smartgoals_app.domain.progress import GoalSpec, Point, Trend, progress_of
from smartgoals_app.domain.schedule import checkin_dates, next_checkin

START = date(2026, 1, 5)


def test_a_goal_behind_its_road_fits_its_trend_once(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = GoalSpec(
        baseline=100, start=START, deadline=START + timedelta(days=100), benchmark=200, stretch=300
    )
    points = [Point(START + timedelta(days=d), 100.0 + d / 10) for d in range(1, 60)]
    fitted: list[Trend | None] = []
    real = progress.fit_trend

    def counted(points: list[Point], limit: int = progress.TREND_POINTS) -> Trend | None:
        fitted.append(real(points, limit))
        return fitted[-1]

    monkeypatch.setattr(progress, "fit_trend", counted)
    result = progress_of(spec, points, START + timedelta(days=60))
    assert result.status is Status.AT_RISK  # the rule that reads the trend
    assert len(fitted) == 1
    assert result.trend == fitted[0]


@given(
    cadence=st.sampled_from(list(Cadence)),
    start_offset=st.integers(min_value=0, max_value=60),
    length=st.integers(min_value=1, max_value=800),
    measured=st.one_of(st.none(), st.integers(min_value=-30, max_value=900)),
)
def test_the_next_checkin_is_the_first_on_the_calendar_after_the_last_figure(
    cadence: Cadence, start_offset: int, length: int, measured: int | None
) -> None:
    start = START + timedelta(days=start_offset)
    deadline = start + timedelta(days=length)
    last = None if measured is None else start + timedelta(days=measured)
    after = last if last is not None else start
    calendar = checkin_dates(
        cadence, start=start, deadline=deadline, range_start=after + timedelta(days=1), range_end=deadline
    )
    expected = None if after >= deadline else min(calendar)
    assert next_checkin(cadence, start=start, deadline=deadline, last_measured=last) == expected
