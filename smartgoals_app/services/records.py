"""What services hand to the UI: plain frozen dataclasses, never live table rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import overload

from smartgoals_app.domain.enums import Cadence, Direction, GoalLifecycle, MetricKind, TaskOutcome
from smartgoals_app.domain.progress import GoalSpec, Point, Progress, progress_of
from smartgoals_app.domain.review import NextStep, Outcome


@dataclass(frozen=True, slots=True)
class StrategyRecord:
    id: int
    statement: str
    template: str | None
    networks: tuple[str, ...]
    business_days: tuple[str, ...]
    business_start: time | None
    business_end: time | None
    version: int = 1  # as read: an edit form saves against it


@dataclass(frozen=True)
class GoalOverview:
    """One row of the goal list, with the domain's progress figures for a day.

    The progress is worked out when first asked for, from the newest figures read
    (``trend``) and the day (``as_of``): a list of thousands of goals shows a few
    dozen rows at a time, and sorts or filters by progress only when asked to."""

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
    trend: tuple[tuple[date, float], ...]  # the newest (TREND_POINTS) figures, oldest first
    as_of: date  # the day the progress is for
    next_checkin: date | None
    checkin_due: bool
    baseline_date: date | None = None  # the day the baseline was read (before or on the start)
    # The newest (day, figure) pairs, oldest first (GoalService.overview's `points`).
    recent: tuple[tuple[date, float], ...] = ()
    # The progress of an earlier read of the same figures on the same day, kept.
    known_progress: Progress | None = field(default=None, compare=False, repr=False)

    @cached_property
    def progress(self) -> Progress:
        if self.known_progress is not None:
            return self.known_progress
        return progress_of(self.spec, [Point(d, v) for d, v in self.trend], self.as_of)

    @property
    def progress_known(self) -> bool:
        """Whether the progress has been worked out (asked for, or kept from before)."""
        return self.known_progress is not None or "progress" in self.__dict__


@dataclass(frozen=True, slots=True)
class MeasurementRecord:
    id: int
    goal_id: int
    day: date
    value: float
    note: str
    source: str
    version: int = 1  # as read: a correction saves against it

    @property
    def point(self) -> Point:
        return Point(self.day, self.value)


class LazyNotes(Sequence[str]):
    """The notes of a series, read a block of rows at a time when first asked for: a
    table shows a few dozen rows and a tooltip one, so the notes of a million rows are
    never all held. Each row's version is read with its note, that is when the row is
    first shown: what a delete from the table saves against."""

    BLOCK = 256

    def __init__(
        self, ids: Sequence[int], read: Callable[[int, Sequence[int]], dict[int, tuple[str, int]]]
    ) -> None:
        """``read(first, ids)``: the (note, version) of the rows ``first`` onwards."""
        self._ids = ids
        self._read = read
        self._known: dict[int, tuple[str, int]] = {}
        self._blocks: set[int] = set()
        self.versions: Sequence[int | None] = _Versions(self)

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        known = self._row(index)
        return "" if known is None else known[0]

    def version(self, index: int) -> int | None:
        """The row's version as read with its note; None when it was gone by then."""
        known = self._row(index)
        return None if known is None else known[1]

    def _row(self, index: int) -> tuple[str, int] | None:
        if index < 0:
            index += len(self._ids)
        if not 0 <= index < len(self._ids):
            raise IndexError(index)
        block = index // self.BLOCK
        if block not in self._blocks:
            first = block * self.BLOCK
            self._known.update(self._read(first, self._ids[first : first + self.BLOCK]))
            self._blocks.add(block)
        return self._known.get(self._ids[index])


class _Versions(Sequence[int | None]):
    def __init__(self, notes: LazyNotes) -> None:
        self._notes = notes

    def __len__(self) -> int:
        return len(self._notes)

    @overload
    def __getitem__(self, index: int) -> int | None: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int | None]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int | None] | None:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._notes.version(index)


@dataclass(frozen=True, slots=True)
class MeasurementSeries:
    """All measurements of one goal as parallel columns, oldest first: what a chart
    and a table of 1,000,000 rows need without one object per row (the columns are
    packed arrays; the notes are read when shown)."""

    goal_id: int
    ids: Sequence[int]
    days: Sequence[int]  # days since 1970-01-01
    values: Sequence[float]
    notes: Sequence[str]
    # Each row's version as the table read it (None: not known, nothing to check).
    versions: Sequence[int | None] = ()

    def version(self, row: int) -> int | None:
        return self.versions[row] if row < len(self.versions) else None

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
    version: int = 1  # as read: the task editor saves against it


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


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    id: int
    goal_id: int
    reviewed_on: date
    outcome: Outcome
    final_value: float
    final_date: date
    what_worked: str
    what_did_not: str
    next_step: NextStep
    next_goal_id: int | None
