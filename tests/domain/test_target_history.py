"""Target history: each period keeps its own road (cases worked out by hand)."""

from __future__ import annotations

from datetime import date

from smartgoals_app.domain.progress import GoalSpec
from smartgoals_app.domain.target_history import RoadPeriod, TargetChangeFact, road_periods

START, DEADLINE = date(2026, 1, 1), date(2026, 4, 1)
NOW = GoalSpec(baseline=100, start=START, deadline=date(2026, 6, 1), benchmark=260, stretch=350)


def test_without_changes_one_period_runs_from_start_to_deadline() -> None:
    spec = GoalSpec(baseline=100, start=START, deadline=DEADLINE, benchmark=200, stretch=300)
    assert road_periods(spec, []) == [RoadPeriod(START, DEADLINE, spec)]


def test_a_raise_keeps_the_old_road_up_to_the_day_before() -> None:
    first = TargetChangeFact(date(2026, 2, 1), 200, 300, 220, 320)
    second = TargetChangeFact(date(2026, 4, 5), 220, 320, 260, 350, DEADLINE, date(2026, 6, 1))
    periods = road_periods(NOW, [second, first])  # given out of order: sorted by day
    assert [(p.first, p.last) for p in periods] == [
        (START, date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 4, 4)),
        (date(2026, 4, 5), date(2026, 6, 1)),
    ]
    assert [(p.spec.benchmark, p.spec.stretch, p.spec.deadline) for p in periods] == [
        (200, 300, DEADLINE),
        (220, 320, DEADLINE),
        (260, 350, date(2026, 6, 1)),
    ]
    assert all(p.spec.baseline == 100 and p.spec.start == START for p in periods)


def test_two_changes_on_one_day_draw_only_the_days_last_road() -> None:
    changes = [
        TargetChangeFact(date(2026, 3, 1), 200, 300, 210, 310),
        TargetChangeFact(date(2026, 3, 1), 210, 310, 260, 350, DEADLINE, date(2026, 6, 1)),
    ]
    periods = road_periods(NOW, changes)
    assert [(p.first, p.last, p.spec.benchmark) for p in periods] == [
        (START, date(2026, 2, 28), 200),
        (date(2026, 3, 1), date(2026, 6, 1), 260),
    ]
