"""The typed draft the wizard fills in, page by page, and the service saves at once.

A draft round-trips through JSON so it can be autosaved while the user types;
nothing in it touches the goal tables until the wizard finishes.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, time
from typing import Any, TypeVar

from smartgoals_app.domain.enums import Cadence, Direction, MetricKind


@dataclass(slots=True)
class StrategyDraft:
    statement: str = ""
    template: str | None = None
    networks: list[str] = field(default_factory=list)
    # RFC 5545 two-letter day codes ("MO".."SU"): business hours are judged inside them.
    business_days: list[str] = field(default_factory=list)
    business_start: time | None = None
    business_end: time | None = None
    version: int | None = None  # the strategy's version when this was read from it


@dataclass(slots=True)
class TaskDraft:
    title: str = ""
    # The RRULE value of RFC 5545 without the "RRULE:" prefix, e.g. "FREQ=WEEKLY;BYDAY=TU".
    rrule: str = "FREQ=WEEKLY"
    start_date: date | None = None
    start_time: time = time(9, 0)
    duration_minutes: int = 30
    notes: str = ""
    paused: bool = False
    task_id: int | None = None
    version: int | None = None  # the task's version when this was read from it


@dataclass(slots=True)
class GoalDraft:
    goal_id: int | None = None
    strategy_id: int | None = None
    strategy: StrategyDraft = field(default_factory=StrategyDraft)
    network: str | None = None
    metric_key: str | None = None
    metric_name: str = ""
    unit: str = ""
    direction: Direction = Direction.MORE
    kind: MetricKind = MetricKind.OUTCOME
    outcome_link: str = ""
    data_source: str = ""
    baseline_value: float | None = None
    baseline_date: date | None = None
    title: str = ""
    start_date: date | None = None
    deadline: date | None = None
    why: str = ""
    impact: str = ""
    audience: str = ""
    benchmark_target: float | None = None
    stretch_target: float | None = None
    cadence: Cadence = Cadence.WEEKLY
    budget_per_month: float | None = None
    hours_per_week: float | None = None
    tasks: list[TaskDraft] = field(default_factory=list)
    # The goal's version when the draft was read from it: saving checks that nobody
    # changed the goal since (None for a new goal).
    version: int | None = None
    # The ids of the goal's tasks when the draft was read: only those may be dropped on
    # save (a task someone added meanwhile stays). None: every task not in the draft.
    loaded_task_ids: list[int] | None = None

    def to_json(self, *, ascii_only: bool = False) -> str:
        """Readable JSON; `ascii_only` escapes every other character (\\u00e9), which also
        keeps text the database could not store as is (a lone surrogate) round-tripping."""
        return json.dumps(asdict(self), default=_encode, ensure_ascii=ascii_only)

    @classmethod
    def from_json(cls, text: str) -> GoalDraft:
        raw = json.loads(text)
        strategy = _build(StrategyDraft, raw.pop("strategy", {}) or {})
        tasks = [_build(TaskDraft, item) for item in raw.pop("tasks", []) or []]
        draft = _build(cls, raw)
        draft.strategy = strategy
        draft.tasks = tasks
        return draft


def _encode(value: object) -> str:
    if isinstance(value, date | time):
        return value.isoformat()
    raise TypeError(f"Cannot store {type(value).__name__} in a draft")


_DECODERS: dict[str, Any] = {
    "baseline_date": date.fromisoformat,
    "start_date": date.fromisoformat,
    "deadline": date.fromisoformat,
    "business_start": time.fromisoformat,
    "business_end": time.fromisoformat,
    "start_time": time.fromisoformat,
    "direction": Direction,
    "kind": MetricKind,
    "cadence": Cadence,
}


_T = TypeVar("_T")


def _build(cls: type[_T], raw: dict[str, Any]) -> _T:
    # Unknown keys are dropped so that a draft saved by an older version still loads.
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            continue
        decoder = _DECODERS.get(key)
        values[key] = decoder(value) if decoder is not None and value is not None else value
    return cls(**values)
