"""The wizard draft round-trips through JSON, the form it is autosaved in."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Cadence, Direction, MetricKind
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft, vanity_draft


@pytest.mark.parametrize("factory", [signups_draft, response_time_draft, vanity_draft])
def test_factories_round_trip(factory: object) -> None:
    draft = factory(TODAY)  # type: ignore[operator]
    again = GoalDraft.from_json(draft.to_json())
    assert again == draft
    assert isinstance(again.direction, Direction)
    assert isinstance(again.kind, MetricKind)
    assert isinstance(again.cadence, Cadence)
    assert all(isinstance(t, TaskDraft) for t in again.tasks)
    assert isinstance(again.strategy, StrategyDraft)


def test_empty_draft_round_trips() -> None:
    assert GoalDraft.from_json(GoalDraft().to_json()) == GoalDraft()


def test_json_is_readable_text() -> None:
    draft = response_time_draft(TODAY, title="Répondre en 15 minutes")
    raw = json.loads(draft.to_json())
    assert raw["direction"] == "less"
    assert raw["baseline_date"] == TODAY.isoformat()
    assert raw["strategy"]["business_start"] == "09:00:00"
    assert "Répondre" in draft.to_json()  # not escaped


def test_unknown_keys_from_another_version_are_dropped() -> None:
    raw = json.loads(signups_draft(TODAY).to_json())
    raw["colour"] = "blue"
    raw["strategy"]["mood"] = "sunny"
    raw["tasks"][0]["priority"] = 3
    draft = GoalDraft.from_json(json.dumps(raw))
    assert draft == signups_draft(TODAY)


def test_missing_keys_take_their_defaults() -> None:
    draft = GoalDraft.from_json('{"title": "Only a title"}')
    assert draft.title == "Only a title"
    assert draft.strategy == StrategyDraft()
    assert draft.tasks == []
    assert draft.cadence is Cadence.WEEKLY


def test_null_strategy_and_tasks_load() -> None:
    draft = GoalDraft.from_json('{"strategy": null, "tasks": null, "deadline": null}')
    assert draft == GoalDraft()


@pytest.mark.parametrize(
    "text",
    ['{"direction": "sideways"}', '{"deadline": "31/12/2026"}', "not json", '{"tasks": [{"start_time": 9}]}'],
)
def test_broken_drafts_raise_errors_the_service_catches(text: str) -> None:
    with pytest.raises((ValueError, TypeError, KeyError)):
        GoalDraft.from_json(text)


def test_a_value_that_cannot_be_stored_is_refused() -> None:
    draft = GoalDraft(title="x")
    draft.metric_key = object()  # type: ignore[assignment]
    with pytest.raises(TypeError, match="Cannot store object"):
        draft.to_json()


texts = st.text(max_size=40)
numbers = st.none() | st.floats(allow_nan=False, allow_infinity=False)
dates = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))


@given(
    title=texts,
    why=texts,
    baseline=numbers,
    benchmark=numbers,
    start=dates,
    deadline=dates,
    direction=st.sampled_from(list(Direction)),
    cadence=st.sampled_from(list(Cadence)),
    opening=st.none() | st.times(),
    task_time=st.times(),
    days=st.lists(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), max_size=7),
)
def test_any_draft_round_trips(
    title: str,
    why: str,
    baseline: float | None,
    benchmark: float | None,
    start: date | None,
    deadline: date | None,
    direction: Direction,
    cadence: Cadence,
    opening: time | None,
    task_time: time,
    days: list[str],
) -> None:
    draft = GoalDraft(
        title=title,
        why=why,
        baseline_value=baseline,
        benchmark_target=benchmark,
        start_date=start,
        deadline=deadline,
        direction=direction,
        cadence=cadence,
        strategy=StrategyDraft(statement=why, business_days=days, business_start=opening),
        tasks=[TaskDraft(title=title, start_time=task_time, start_date=start, task_id=3)],
    )
    assert GoalDraft.from_json(draft.to_json()) == draft
