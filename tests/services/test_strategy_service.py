"""Editing and archiving a strategy after the wizard, over a real database file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from smartgoals_app.domain.draft import StrategyDraft
from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.domain.validation import NotFoundError, ValidationError
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.strategies import StrategyService, draft_of
from smartgoals_app.storage.database import Database
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft


@pytest.fixture
def goals(db: Database) -> GoalService:
    return GoalService(db, today=lambda: TODAY)


@pytest.fixture
def strategies(db: Database) -> StrategyService:
    return StrategyService(db)


def _strategy_of(goals: GoalService, goal_id: int) -> int:
    strategy_id = goals.load_draft(goal_id).strategy_id
    assert strategy_id is not None
    return strategy_id


def test_update_stores_wording_networks_and_hours_and_returns_the_old(
    goals: GoalService, strategies: StrategyService
) -> None:
    goal_id = goals.save(response_time_draft(TODAY))
    strategy_id = _strategy_of(goals, goal_id)
    before = strategies.strategy(strategy_id)
    new = StrategyDraft(
        statement="  Answer every customer within the hour  ",
        networks=["instagram", "x"],
        business_days=["MO", "TU"],
        business_start=time(8, 0),
        business_end=time(12, 30),
    )
    returned = strategies.update(strategy_id, new).before
    assert returned == before
    stored = strategies.strategy(strategy_id)
    assert stored.statement == "Answer every customer within the hour"
    assert stored.networks == ("instagram", "x")
    assert stored.business_days == ("MO", "TU")
    assert (stored.business_start, stored.business_end) == (time(8, 0), time(12, 30))
    assert stored.template == before.template  # not edited here
    assert goals.load_draft(goal_id).strategy.statement == stored.statement
    # Undo: the old record as a draft puts everything back.
    strategies.update(strategy_id, draft_of(returned))
    after = strategies.strategy(strategy_id)
    assert after.version == before.version + 2  # two changes, each a version
    assert replace(after, version=before.version) == before


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"statement": "   "}, "strategy.statement"),
        ({"statement": "x" * 501}, "strategy.statement"),
        ({"statement": "bell\x07"}, "strategy.statement"),
        ({"business_start": time(9, 0), "business_end": None}, "strategy.business_end"),
        ({"business_start": time(17, 0), "business_end": time(9, 0)}, "strategy.business_end"),
        ({"business_days": []}, "strategy.business_days"),
        ({"business_days": ["XX"]}, "strategy.business_days"),
        ({"networks": ["myspace"]}, "strategy_network.network"),
        ({"networks": ["\ud800"]}, "strategy_network.network"),
    ],
)
def test_update_refuses_what_the_wizard_refuses_and_writes_nothing(
    goals: GoalService, strategies: StrategyService, change: dict[str, object], key: str
) -> None:
    strategy_id = _strategy_of(goals, goals.save(response_time_draft(TODAY)))
    before = strategies.strategy(strategy_id)
    draft = draft_of(before)
    for name, value in change.items():
        setattr(draft, name, value)
    with pytest.raises(ValidationError) as caught:
        strategies.update(strategy_id, draft)
    assert key in caught.value.errors
    assert strategies.strategy(strategy_id) == before


def test_a_missing_strategy_is_not_found(strategies: StrategyService) -> None:
    for action in (
        lambda: strategies.strategy(99),
        lambda: strategies.update(99, StrategyDraft(statement="Fine")),
        lambda: strategies.archive(99),
        lambda: strategies.unarchive(2**70),
    ):
        with pytest.raises(NotFoundError) as caught:
            action()
        assert caught.value.what == "strategy"


def test_archive_sets_the_strategy_aside_with_its_active_goals_and_unarchive_brings_them_back(
    db: Database, goals: GoalService, strategies: StrategyService
) -> None:
    first = goals.save(signups_draft(TODAY))
    strategy_id = _strategy_of(goals, first)
    second = goals.save(signups_draft(TODAY, strategy_id=strategy_id, title="Second goal of it"))
    already = goals.save(signups_draft(TODAY, strategy_id=strategy_id, title="Set aside before"))
    goals.set_lifecycle(already, GoalLifecycle.ARCHIVED)
    other = goals.save(response_time_draft(TODAY))
    assert strategies.active_goal_count(strategy_id) == 2

    archived = strategies.archive(strategy_id)
    assert archived.goal_ids == (first, second)
    # Out of every list: the dashboard (even "All goals"), the plan and the wizard.
    assert [g.id for g in goals.overview()] == [other]
    assert [goal_id for goal_id, _title in PlanService(db, today=lambda: TODAY).active_goals()] == [other]
    assert [s.id for s in goals.strategies()] == [_strategy_of(goals, other)]
    assert [(a.id, a.goal_ids) for a in strategies.archived()] == [(strategy_id, (first, second))]
    with pytest.raises(ValidationError):
        strategies.archive(strategy_id)

    assert strategies.unarchive(strategy_id) == (first, second)
    lifecycles = {g.id: g.lifecycle for g in goals.overview()}
    assert lifecycles == {
        first: GoalLifecycle.ACTIVE,
        second: GoalLifecycle.ACTIVE,
        already: GoalLifecycle.ARCHIVED,  # archived on its own: stays so
        other: GoalLifecycle.ACTIVE,
    }
    assert strategies.archived() == []
    assert strategies.unarchive(strategy_id) == ()  # nothing more to bring back


def test_overview_hands_out_the_newest_points_for_a_small_chart(db: Database, goals: GoalService) -> None:
    from smartgoals_app.services.measurements import MeasurementService

    start = date.fromordinal(TODAY.toordinal() - 20)
    goal_id = goals.save(signups_draft(TODAY, start_date=start, baseline_date=start))
    measurements = MeasurementService(db, today=lambda: TODAY)
    days = [date.fromordinal(start.toordinal() + 1 + i) for i in range(12)]
    for number, day in enumerate(days):
        measurements.log(goal_id, day, 100 + number)
    wide = {g.id: g for g in goals.overview(points=10)}[goal_id]
    narrow = {g.id: g for g in goals.overview()}[goal_id]
    assert [value for _day, value in wide.recent] == [102.0 + n for n in range(10)]
    assert [day for day, _value in narrow.recent] == days[-8:]
    assert wide.progress == narrow.progress  # the trend reads the same newest points
