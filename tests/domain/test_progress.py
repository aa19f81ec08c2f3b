"""Every rule of domain/progress.py, for both directions, with its boundary cases."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from smartgoals_app.domain.enums import Direction, Status
from smartgoals_app.domain.progress import (
    BEHIND_TOLERANCE,
    TREND_POINTS,
    GoalSpec,
    Point,
    fit_trend,
    pace_needed_per_week,
    percent_by_time,
    percent_toward,
    progress_of,
    reaches,
    road_value,
    status_of,
    trend_points,
    weeks_between,
)

START = date(2026, 1, 1)
DEADLINE = date(2026, 4, 11)  # 100 days after START
MID = START + timedelta(days=50)

# More is better: sign-ups from 100 to a benchmark of 200 and a stretch of 300.
UP = GoalSpec(baseline=100, start=START, deadline=DEADLINE, benchmark=200, stretch=300)
# Less is better: response time from 90 minutes down to 30, stretch 15.
DOWN = GoalSpec(
    baseline=90, start=START, deadline=DEADLINE, benchmark=30, stretch=15, direction=Direction.LESS
)


def mirror(spec: GoalSpec) -> GoalSpec:
    """The same goal seen upside down: values negated, direction flipped."""
    flipped = Direction.LESS if spec.direction is Direction.MORE else Direction.MORE
    return GoalSpec(-spec.baseline, spec.start, spec.deadline, -spec.benchmark, -spec.stretch, flipped)


def mirror_points(points: list[Point]) -> list[Point]:
    return [Point(p.day, -p.value) for p in points]


# -- reaches -----------------------------------------------------------------------


def test_reaches_is_direction_aware_and_inclusive() -> None:
    assert reaches(200, 200, Direction.MORE)
    assert reaches(201, 200, Direction.MORE)
    assert not reaches(199.9, 200, Direction.MORE)
    assert reaches(30, 30, Direction.LESS)
    assert reaches(29, 30, Direction.LESS)
    assert not reaches(30.1, 30, Direction.LESS)


# -- percent_toward ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "target", "value", "expected"),
    [
        (UP, 200, 100, 0.0),
        (UP, 200, 150, 50.0),
        (UP, 200, 200, 100.0),
        (UP, 200, 250, 150.0),  # past the target: above 100
        (UP, 200, 80, -20.0),  # the wrong way: negative
        (UP, 300, 150, 25.0),  # toward the stretch
        (DOWN, 30, 90, 0.0),
        (DOWN, 30, 60, 50.0),
        (DOWN, 30, 30, 100.0),
        (DOWN, 30, 0, 150.0),
        (DOWN, 30, 102, -20.0),  # response time went up: wrong way
        (DOWN, 15, 52.5, 50.0),
    ],
)
def test_percent_toward(spec: GoalSpec, target: float, value: float, expected: float) -> None:
    assert percent_toward(spec, target, value) == pytest.approx(expected)


@pytest.mark.parametrize("direction", list(Direction))
def test_percent_toward_a_target_equal_to_the_baseline(direction: Direction) -> None:
    spec = GoalSpec(50, START, DEADLINE, 50, 50, direction)
    assert percent_toward(spec, 50, 50) == 100.0
    better = 60 if direction is Direction.MORE else 40
    worse = 40 if direction is Direction.MORE else 60
    assert percent_toward(spec, 50, better) == 100.0
    assert percent_toward(spec, 50, worse) == 0.0


def test_percent_toward_from_a_zero_baseline() -> None:
    spec = GoalSpec(0, START, DEADLINE, 40, 80)
    assert percent_toward(spec, 40, 10) == pytest.approx(25.0)
    assert percent_toward(spec, 80, 10) == pytest.approx(12.5)


values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@given(baseline=values, target=values, direction=st.sampled_from(list(Direction)))
def test_percent_toward_is_0_at_baseline_and_100_at_target(
    baseline: float, target: float, direction: Direction
) -> None:
    assume(abs(target - baseline) > 1e-6)
    spec = GoalSpec(baseline, START, DEADLINE, target, target, direction)
    assert percent_toward(spec, target, baseline) == 0.0
    assert percent_toward(spec, target, target) == pytest.approx(100.0)


@given(baseline=values, target=values, value=values)
def test_percent_toward_is_unchanged_by_mirroring(baseline: float, target: float, value: float) -> None:
    spec = GoalSpec(baseline, START, DEADLINE, target, target, Direction.MORE)
    assert percent_toward(mirror(spec), -target, -value) == percent_toward(spec, target, value)


# -- road_value ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "target", "day", "expected"),
    [
        (UP, 200, START - timedelta(days=10), 100),  # before the start: the baseline
        (UP, 200, START, 100),
        (UP, 200, MID, 150),
        (UP, 200, DEADLINE, 200),
        (UP, 200, DEADLINE + timedelta(days=10), 200),  # after the deadline: the target
        (UP, 300, MID, 200),
        (DOWN, 30, START, 90),
        (DOWN, 30, MID, 60),
        (DOWN, 30, DEADLINE, 30),
        (DOWN, 15, START + timedelta(days=20), 75),
    ],
)
def test_road_value(spec: GoalSpec, target: float, day: date, expected: float) -> None:
    assert road_value(spec, target, day) == pytest.approx(expected)


@pytest.mark.parametrize("offset", [0, -5])
def test_road_value_guards_a_deadline_on_or_before_the_start(offset: int) -> None:
    spec = GoalSpec(100, START, START + timedelta(days=offset), 200, 300)
    assert road_value(spec, 200, spec.deadline - timedelta(days=1)) == 100
    assert road_value(spec, 200, spec.deadline) == 200
    assert road_value(spec, 200, START + timedelta(days=1)) == 200


days = st.integers(min_value=1, max_value=5 * 366)


@given(baseline=values, target=values, length=days, direction=st.sampled_from(list(Direction)))
def test_road_hits_baseline_at_start_and_target_at_deadline(
    baseline: float, target: float, length: int, direction: Direction
) -> None:
    spec = GoalSpec(baseline, START, START + timedelta(days=length), target, target, direction)
    assert road_value(spec, target, START) == baseline
    assert road_value(spec, target, spec.deadline) == pytest.approx(target, abs=1e-6)


@given(
    baseline=values,
    target=values,
    length=days,
    a=st.integers(min_value=-30, max_value=6 * 366),
    b=st.integers(min_value=-30, max_value=6 * 366),
)
def test_road_is_monotone_toward_the_target(
    baseline: float, target: float, length: int, a: int, b: int
) -> None:
    spec = GoalSpec(baseline, START, START + timedelta(days=length), target, target)
    early, late = sorted((a, b))
    v1 = road_value(spec, target, START + timedelta(days=early))
    v2 = road_value(spec, target, START + timedelta(days=late))
    low, high = sorted((baseline, target))
    assert low - 1e-6 <= v1 <= high + 1e-6
    if target >= baseline:
        assert v1 <= v2 + 1e-9
    else:
        assert v1 >= v2 - 1e-9


# -- percent_by_time -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (START - timedelta(days=1), 0.0),
        (START, 0.0),
        (START + timedelta(days=25), 25.0),
        (MID, 50.0),
        (DEADLINE, 100.0),  # deadline today
        (DEADLINE + timedelta(days=30), 100.0),
    ],
)
def test_percent_by_time(today: date, expected: float) -> None:
    assert percent_by_time(UP, today) == pytest.approx(expected)
    assert percent_by_time(DOWN, today) == pytest.approx(expected)


def test_percent_by_time_guards_start_equal_to_deadline() -> None:
    spec = GoalSpec(100, START, START, 200, 300)
    assert percent_by_time(spec, START - timedelta(days=1)) == 0.0
    assert percent_by_time(spec, START) == 100.0


# -- pace_needed_per_week ------------------------------------------------------------


def test_pace_more_is_better() -> None:
    # 100 still needed, 7 days left counting the deadline day: 100 a week.
    today = DEADLINE - timedelta(days=6)
    assert pace_needed_per_week(UP, 200, 100, today) == pytest.approx(100.0)
    assert pace_needed_per_week(UP, 300, 100, today) == pytest.approx(200.0)


def test_pace_less_is_better_is_negative_change() -> None:
    today = DEADLINE - timedelta(days=13)  # 14 days left: two weeks
    assert pace_needed_per_week(DOWN, 30, 90, today) == pytest.approx(-30.0)


@pytest.mark.parametrize(("spec", "current"), [(UP, 200), (UP, 250), (DOWN, 30), (DOWN, 10)])
def test_pace_is_zero_once_reached_even_after_the_deadline(spec: GoalSpec, current: float) -> None:
    assert pace_needed_per_week(spec, spec.benchmark, current, MID) == 0.0
    assert pace_needed_per_week(spec, spec.benchmark, current, DEADLINE + timedelta(days=9)) == 0.0


def test_pace_on_the_deadline_day_counts_one_day() -> None:
    assert pace_needed_per_week(UP, 200, 190, DEADLINE) == pytest.approx(70.0)
    assert pace_needed_per_week(DOWN, 30, 40, DEADLINE) == pytest.approx(-70.0)


@pytest.mark.parametrize("spec", [UP, DOWN])
def test_pace_is_none_after_the_deadline(spec: GoalSpec) -> None:
    assert pace_needed_per_week(spec, spec.benchmark, spec.baseline, DEADLINE + timedelta(days=1)) is None


# -- fit_trend -----------------------------------------------------------------------


def test_trend_through_a_straight_line() -> None:
    points = [Point(START + timedelta(days=d), 100 + 2 * d) for d in (0, 7, 14, 21)]
    trend = fit_trend(points)
    assert trend is not None
    assert trend.slope_per_day == pytest.approx(2.0)
    assert trend.per_week == pytest.approx(14.0)
    assert trend.value_on(START) == pytest.approx(100.0)
    assert trend.value_on(DEADLINE) == pytest.approx(300.0)
    assert trend.points_used == 4


def test_trend_ignores_order_and_uses_only_the_most_recent_points() -> None:
    old = [Point(START + timedelta(days=d), 1000.0) for d in range(5)]  # far off the line
    recent = [Point(START + timedelta(days=10 + d), 50.0 - d) for d in range(TREND_POINTS)]
    trend = fit_trend(list(reversed(old + recent)))
    assert trend is not None
    assert trend.points_used == TREND_POINTS
    assert trend.slope_per_day == pytest.approx(-1.0)


def test_trend_least_squares_through_noise() -> None:
    points = [Point(START, 0), Point(START + timedelta(days=1), 2), Point(START + timedelta(days=2), 1)]
    trend = fit_trend(points)
    assert trend is not None
    assert trend.slope_per_day == pytest.approx(0.5)
    assert trend.value_on(START + timedelta(days=1)) == pytest.approx(1.0)


@pytest.mark.parametrize(
    "points",
    [[], [Point(START, 5)], [Point(START, 5), Point(START, 9)]],
    ids=["none", "one", "same-day"],
)
def test_no_trend_without_two_distinct_days(points: list[Point]) -> None:
    assert fit_trend(points) is None


@given(
    slope=st.floats(min_value=-1000, max_value=1000),
    intercept=st.floats(min_value=-1e5, max_value=1e5),
    offsets=st.lists(st.integers(min_value=0, max_value=400), min_size=2, max_size=12, unique=True),
)
def test_trend_recovers_any_exact_line(slope: float, intercept: float, offsets: list[int]) -> None:
    points = [Point(START + timedelta(days=d), intercept + slope * d) for d in offsets]
    trend = fit_trend(points)
    assert trend is not None
    assert trend.slope_per_day == pytest.approx(slope, abs=1e-6)
    assert trend.value_on(START) == pytest.approx(intercept, rel=1e-6, abs=1e-3)


def test_trend_points_put_the_baseline_first() -> None:
    history = [Point(MID, 150.0)]
    assert trend_points(UP, history) == [Point(START, 100.0), Point(MID, 150.0)]


# -- status_of: each of the seven statuses, both directions ---------------------------


def day(n: int) -> date:
    return START + timedelta(days=n)


def at(spec: GoalSpec, fraction: float) -> float:
    """The value `fraction` of the way from the baseline to the benchmark."""
    return spec.baseline + (spec.benchmark - spec.baseline) * fraction


@pytest.mark.parametrize("spec", [UP, DOWN], ids=["more", "less"])
class TestStatus:
    def test_not_started_without_measurements(self, spec: GoalSpec) -> None:
        assert status_of(spec, [], MID) is Status.NOT_STARTED
        assert status_of(spec, [], START) is Status.NOT_STARTED

    def test_not_started_before_the_start_date(self, spec: GoalSpec) -> None:
        early = [Point(day(-10), at(spec, 0.1))]
        assert status_of(spec, early, day(-1)) is Status.NOT_STARTED

    def test_on_track_on_or_ahead_of_the_road(self, spec: GoalSpec) -> None:
        assert status_of(spec, [Point(day(50), at(spec, 0.5))], day(55)) is Status.ON_TRACK
        assert status_of(spec, [Point(day(50), at(spec, 0.7))], day(55)) is Status.ON_TRACK

    def test_the_road_is_read_on_the_day_of_the_measurement_not_today(self, spec: GoalSpec) -> None:
        # Half-way on day 50 is on track, even if read on day 90 (road at 90% then).
        assert status_of(spec, [Point(day(50), at(spec, 0.5))], day(90)) is Status.ON_TRACK

    def test_behind_within_tolerance(self, spec: GoalSpec) -> None:
        value = at(spec, 0.5 - BEHIND_TOLERANCE + 0.01)
        assert status_of(spec, [Point(day(50), value)], day(50)) is Status.BEHIND

    def test_at_risk_beyond_tolerance_with_a_flat_trend(self, spec: GoalSpec) -> None:
        value = at(spec, 0.5 - BEHIND_TOLERANCE - 0.05)
        points = [Point(day(40), value), Point(day(50), value)]
        assert status_of(spec, points, day(50)) is Status.AT_RISK

    def test_at_risk_when_moving_the_wrong_way(self, spec: GoalSpec) -> None:
        assert status_of(spec, [Point(day(50), at(spec, -0.2))], day(50)) is Status.AT_RISK

    def test_behind_beyond_tolerance_when_the_trend_still_reaches_the_benchmark(self, spec: GoalSpec) -> None:
        # A fast climb lately: far below the road on day 60 (45% of the way where the
        # road says 60%), but the trend of the recent points reaches the benchmark.
        points = [Point(day(d), at(spec, 0.45 - (60 - d) * 0.015)) for d in range(46, 61, 2)]
        assert len(points) == TREND_POINTS
        assert status_of(spec, points, day(60)) is Status.BEHIND
        # The same last value after a flat history is at risk.
        flat = [Point(day(d), at(spec, 0.45)) for d in range(46, 61, 2)]
        assert status_of(spec, flat, day(60)) is Status.AT_RISK

    def test_benchmark_reached(self, spec: GoalSpec) -> None:
        assert status_of(spec, [Point(day(30), spec.benchmark)], day(30)) is Status.BENCHMARK_REACHED

    def test_stretch_reached(self, spec: GoalSpec) -> None:
        assert status_of(spec, [Point(day(30), spec.stretch)], day(30)) is Status.STRETCH_REACHED
        beyond = spec.stretch + 5 * spec.direction.sign
        assert status_of(spec, [Point(day(30), beyond)], day(30)) is Status.STRETCH_REACHED

    def test_overdue_after_the_deadline_unless_reached(self, spec: GoalSpec) -> None:
        late = DEADLINE + timedelta(days=1)
        assert status_of(spec, [], late) is Status.OVERDUE
        assert status_of(spec, [Point(day(50), at(spec, 0.9))], late) is Status.OVERDUE
        assert status_of(spec, [Point(day(90), spec.benchmark)], late) is Status.BENCHMARK_REACHED

    def test_deadline_today_still_counts_as_time_left(self, spec: GoalSpec) -> None:
        assert status_of(spec, [Point(DEADLINE, at(spec, 0.95))], DEADLINE) is Status.BEHIND
        assert status_of(spec, [Point(DEADLINE, at(spec, 0.5))], DEADLINE) is Status.AT_RISK
        assert status_of(spec, [], DEADLINE) is Status.NOT_STARTED

    def test_the_latest_measurement_decides_not_the_best(self, spec: GoalSpec) -> None:
        points = [Point(day(30), spec.stretch), Point(day(50), at(spec, 0.5))]
        assert status_of(spec, list(reversed(points)), day(50)) is Status.ON_TRACK

    def test_a_measurement_after_the_deadline_counts(self, spec: GoalSpec) -> None:
        late = DEADLINE + timedelta(days=10)
        points = [Point(day(50), at(spec, 0.2)), Point(DEADLINE + timedelta(days=5), spec.stretch)]
        assert status_of(spec, points, late) is Status.STRETCH_REACHED
        points = [Point(day(50), spec.benchmark), Point(DEADLINE + timedelta(days=5), at(spec, 0.5))]
        assert status_of(spec, points, late) is Status.OVERDUE


@pytest.mark.parametrize("direction", list(Direction))
def test_status_when_the_targets_equal_the_baseline(direction: Direction) -> None:
    spec = GoalSpec(50, START, DEADLINE, 50, 50, direction)
    assert status_of(spec, [], MID) is Status.NOT_STARTED
    assert status_of(spec, [Point(MID, 50)], MID) is Status.STRETCH_REACHED
    worse = 40 if direction is Direction.MORE else 60
    # No way to go, so no tolerance: a slip is at risk, never a division by zero.
    assert status_of(spec, [Point(MID, worse)], MID) is Status.AT_RISK


def test_status_from_a_zero_baseline() -> None:
    spec = GoalSpec(0, START, DEADLINE, 40, 80)
    assert status_of(spec, [Point(MID, 20)], MID) is Status.ON_TRACK
    assert status_of(spec, [Point(MID, 40)], MID) is Status.BENCHMARK_REACHED


def test_status_with_start_equal_to_deadline() -> None:
    spec = GoalSpec(100, START, START, 200, 300)
    assert status_of(spec, [Point(START, 150)], START) is Status.AT_RISK
    assert status_of(spec, [Point(START, 200)], START) is Status.BENCHMARK_REACHED
    assert status_of(spec, [], START + timedelta(days=1)) is Status.OVERDUE


points_strategy = st.lists(
    st.builds(Point, st.integers(min_value=-20, max_value=130).map(day), values), max_size=10
)


@st.composite
def goal_specs(draw: st.DrawFn) -> GoalSpec:
    baseline = draw(values)
    direction = draw(st.sampled_from(list(Direction)))
    gap = draw(st.floats(min_value=0, max_value=1e5))
    extra = draw(st.floats(min_value=0, max_value=1e5))
    sign = direction.sign
    length = draw(st.integers(min_value=1, max_value=400))
    return GoalSpec(
        baseline,
        START,
        START + timedelta(days=length),
        baseline + sign * gap,
        baseline + sign * (gap + extra),
        direction,
    )


@given(spec=goal_specs(), points=points_strategy, today=st.integers(min_value=-20, max_value=450).map(day))
def test_mirrored_goals_have_the_same_status_and_percents(
    spec: GoalSpec, points: list[Point], today: date
) -> None:
    assert status_of(mirror(spec), mirror_points(points), today) is status_of(spec, points, today)
    mine, theirs = progress_of(spec, points, today), progress_of(mirror(spec), mirror_points(points), today)
    assert theirs.status is mine.status
    assert theirs.percent_to_benchmark == mine.percent_to_benchmark
    assert theirs.percent_to_stretch == mine.percent_to_stretch
    assert theirs.percent_by_time == mine.percent_by_time
    for a, b in (
        (mine.pace_to_benchmark_per_week, theirs.pace_to_benchmark_per_week),
        (mine.pace_to_stretch_per_week, theirs.pace_to_stretch_per_week),
    ):
        assert (a is None) == (b is None)
        if a is not None and b is not None:
            assert b == -a


@given(spec=goal_specs(), points=points_strategy, today=st.integers(min_value=-20, max_value=450).map(day))
def test_status_is_one_of_seven_and_reached_wins(spec: GoalSpec, points: list[Point], today: date) -> None:
    status = status_of(spec, points, today)
    assert status in set(Status)
    if points:
        latest = max(reversed(points), key=lambda p: p.day)  # the newest of a day counts
        assert status.achieved == reaches(latest.value, spec.benchmark, spec.direction)
    else:
        assert status in (Status.NOT_STARTED, Status.OVERDUE)


# -- progress_of ---------------------------------------------------------------------


def test_progress_without_measurements() -> None:
    progress = progress_of(UP, [], MID)
    assert progress.status is Status.NOT_STARTED
    assert progress.latest is None
    assert progress.change is None
    assert progress.change_percent is None
    assert progress.percent_to_benchmark is None
    assert progress.percent_to_stretch is None
    assert progress.trend is None
    assert progress.projected_at_deadline is None
    assert progress.percent_by_time == pytest.approx(50.0)
    assert progress.days_left == 50
    # From the baseline: 100 to go in 51 days (deadline included).
    assert progress.pace_to_benchmark_per_week == pytest.approx(100 / 51 * 7)


def test_progress_more_is_better() -> None:
    points = [Point(day(50), 160.0), Point(day(25), 130.0)]
    progress = progress_of(UP, points, day(50))
    assert progress.status is Status.ON_TRACK
    assert progress.latest == Point(day(50), 160.0)
    assert progress.change == pytest.approx(60.0)
    assert progress.change_percent == pytest.approx(60.0)
    assert progress.percent_to_benchmark == pytest.approx(60.0)
    assert progress.percent_to_stretch == pytest.approx(30.0)
    assert progress.pace_to_benchmark_per_week == pytest.approx(40 / 51 * 7)
    assert progress.pace_to_stretch_per_week == pytest.approx(140 / 51 * 7)
    assert progress.trend is not None
    assert progress.trend.points_used == 3  # the baseline counts as a point
    assert progress.trend.slope_per_day == pytest.approx(1.2)
    assert progress.projected_at_deadline == pytest.approx(220.0)


def test_progress_less_is_better() -> None:
    points = [Point(day(25), 75.0), Point(day(50), 60.0)]
    progress = progress_of(DOWN, points, day(50))
    assert progress.status is Status.ON_TRACK
    assert progress.change == pytest.approx(-30.0)
    assert progress.change_percent == pytest.approx(-100 / 3)
    assert progress.percent_to_benchmark == pytest.approx(50.0)
    assert progress.percent_to_stretch == pytest.approx(40.0)
    assert progress.pace_to_benchmark_per_week == pytest.approx(-30 / 51 * 7)
    assert progress.trend is not None
    assert progress.trend.per_week == pytest.approx(-4.2)
    assert progress.projected_at_deadline == pytest.approx(30.0)


def test_progress_from_a_zero_baseline_has_no_change_percent() -> None:
    spec = GoalSpec(0, START, DEADLINE, 40, 80)
    progress = progress_of(spec, [Point(MID, 10)], MID)
    assert progress.change == 10
    assert progress.change_percent is None
    assert progress.percent_to_benchmark == pytest.approx(25.0)


def test_progress_change_percent_with_a_negative_baseline() -> None:
    spec = GoalSpec(-10, START, DEADLINE, 10, 20)
    progress = progress_of(spec, [Point(MID, -5)], MID)
    assert progress.change_percent == pytest.approx(50.0)


def test_progress_after_the_deadline() -> None:
    late = DEADLINE + timedelta(days=3)
    progress = progress_of(UP, [Point(day(60), 150.0)], late)
    assert progress.status is Status.OVERDUE
    assert progress.days_left == 0
    assert progress.percent_by_time == 100.0
    assert progress.pace_to_benchmark_per_week is None
    assert progress.pace_to_stretch_per_week is None


def test_progress_on_the_deadline_day() -> None:
    progress = progress_of(DOWN, [Point(DEADLINE, 20.0)], DEADLINE)
    assert progress.status is Status.BENCHMARK_REACHED
    assert progress.days_left == 0
    assert progress.pace_to_benchmark_per_week == 0.0
    assert progress.pace_to_stretch_per_week == pytest.approx(-35.0)


@given(spec=goal_specs(), points=points_strategy, today=st.integers(min_value=-20, max_value=450).map(day))
def test_progress_figures_are_finite_and_consistent(spec: GoalSpec, points: list[Point], today: date) -> None:
    progress = progress_of(spec, points, today)
    assert progress.status is status_of(spec, points, today)
    assert 0.0 <= progress.percent_by_time <= 100.0
    assert progress.days_left >= 0
    for figure in (
        progress.percent_to_benchmark,
        progress.percent_to_stretch,
        progress.projected_at_deadline,
    ):
        assert figure is None or math.isfinite(figure)
    if progress.pace_to_benchmark_per_week is not None:
        # The pace never asks to go the wrong way.
        assert progress.pace_to_benchmark_per_week * spec.direction.sign >= 0


# -- weeks -----------------------------------------------------------------------------


def test_weeks_between() -> None:
    assert weeks_between(START, START + timedelta(days=14)) == 2.0
    assert weeks_between(START, START + timedelta(days=3)) == pytest.approx(3 / 7)


@pytest.mark.parametrize("spec", [UP, DOWN], ids=["more", "less"])
def test_of_two_measurements_on_one_day_the_one_given_last_counts(spec: GoalSpec) -> None:
    typo, fixed = Point(day(50), spec.stretch), Point(day(50), at(spec, 0.5))
    assert status_of(spec, [typo, fixed], day(50)) is Status.ON_TRACK
    assert status_of(spec, [fixed, typo], day(50)) is Status.STRETCH_REACHED
    progress = progress_of(spec, [typo, fixed], day(50))
    assert progress.latest == fixed
    assert progress.status is Status.ON_TRACK


def test_a_vanishingly_small_span_counts_as_no_span() -> None:
    spec = GoalSpec(
        baseline=0.0, start=date(2026, 1, 1), deadline=date(2026, 1, 2), benchmark=0.0, stretch=5e-324
    )
    assert percent_toward(spec, spec.stretch, 1.0) == 100.0
    assert percent_toward(spec, spec.stretch, 0.0) == 0.0
