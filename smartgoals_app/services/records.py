"""What services hand to the UI: plain frozen dataclasses, never live table rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

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
    baseline_date: date | None = None  # the day the baseline was read (before or on the start)


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
class MeasurementSeries:
    """All measurements of one goal as parallel columns, oldest first: what a chart
    and a table of 100,000 rows need without one object per row."""

    goal_id: int
    ids: tuple[int, ...]
    days: tuple[int, ...]  # days since 1970-01-01
    values: tuple[float, ...]
    notes: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.ids)

    def day(self, row: int) -> date:
        return _EPOCH + timedelta(days=self.days[row])

    def points(self, last: int | None = None) -> list[Point]:
        """The newest `last` rows (all when None) as domain points."""
        start = 0 if last is None else max(len(self.ids) - last, 0)
        return [Point(self.day(i), self.values[i]) for i in range(start, len(self.ids))]


_EPOCH = date(1970, 1, 1)


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
