"""What services hand to the UI: plain frozen dataclasses, never live table rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from smartgoals_app.domain.enums import Cadence, Direction, GoalLifecycle, MetricKind, TaskOutcome
from smartgoals_app.domain.progress import GoalSpec, Point, Progress


@dataclass(frozen=True, slots=True)
class StrategyRecord:
    id: int
    statement: str
    template: str | None
    networks: tuple[str, ...]
    business_days: tuple[str, ...]
    business_start: time | None
    business_end: time | None


@dataclass(frozen=True, slots=True)
class GoalOverview:
    """One row of the goal list, with the domain's progress figures for today."""

    id: int
    strategy_id: int
    strategy: str
    title: str
    network: str
    metric_name: str
    unit: str
    direction: Direction
    kind: MetricKind
    cadence: Cadence
    lifecycle: GoalLifecycle
    spec: GoalSpec
    progress: Progress
    next_checkin: date | None
    checkin_due: bool
    measurement_count: int


@dataclass(frozen=True, slots=True)
class MeasurementRecord:
    id: int
    goal_id: int
    day: date
    value: float
    note: str
    source: str

    @property
    def point(self) -> Point:
        return Point(self.day, self.value)


@dataclass(frozen=True, slots=True)
class TaskRecord:
    id: int
    goal_id: int
    goal_title: str
    title: str
    rrule: str
    start_date: date
    start_time: time
    duration_minutes: int
    notes: str
    paused: bool
    summary: str


@dataclass(frozen=True, slots=True)
class TaskOccurrence:
    task_id: int
    goal_id: int
    goal_title: str
    title: str
    start: datetime
    end: datetime
    outcome: TaskOutcome | None
    note: str

    @property
    def day(self) -> date:
        return self.start.date()
