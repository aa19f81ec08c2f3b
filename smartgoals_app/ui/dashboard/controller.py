"""Loads what the dashboard shows and performs what the user asks; no widgets here.

The views only lay out what this hands them, so the conditional logic (which goal,
which range, what counts as done) is tested without a window.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from smartgoals_app.domain.adherence import Adherence
from smartgoals_app.domain.enums import GoalLifecycle, TaskOutcome
from smartgoals_app.domain.progress import TREND_POINTS
from smartgoals_app.domain.smart import Finding, check_smart
from smartgoals_app.domain.target_history import TargetChangeFact
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import HISTORY_DAYS, PlanService, adherence_from
from smartgoals_app.services.records import (
    GoalOverview,
    MeasurementRecord,
    MeasurementSeries,
    TaskOccurrence,
    TaskRecord,
)
from smartgoals_app.ui.formatter import Formatter

if TYPE_CHECKING:
    from smartgoals_app.ui.dashboard.chart_data import ChartData


@dataclass(frozen=True)
class GoalDetailModel:
    goal: GoalOverview
    why: str
    findings: list[Finding]
    count_measurements: Callable[[], int]
    load_series: Callable[[], MeasurementSeries]
    make_chart: Callable[[GoalDetailModel], ChartData]
    adherence: Adherence | None = None  # of the goal's plan; None when it has no tasks

    @cached_property
    def series(self) -> MeasurementSeries:
        """Read when the chart or the table first needs it, after the dashboard has
        painted: a goal of a million figures does not hold up the first paint."""
        return self.load_series()

    @cached_property
    def count(self) -> int:
        """The goal's measurements, asked for when the table is first shown: by then the
        chart has usually read the series (right after the first paint), which gives the
        length for free; else one count. Counting a million figures before the first
        paint would hold it up for a table on a tab nobody has opened."""
        if "series" in vars(self):
            return len(self.series)
        return self.count_measurements()

    @cached_property
    def chart(self) -> ChartData:
        """Built when the chart first asks: numpy loads after the dashboard has painted."""
        return self.make_chart(self)


KEEP_READ = 16  # goals whose detail stays read between switches
# A goal shown a moment ago keeps its figures and its chart's arrays (read and worked
# out when first drawn) up to this many figures: switching to and fro between goals
# reads and builds them once. Longer series are read again, not held sixteen times.
KEEP_FIGURES_UP_TO = 20_000


@dataclass(frozen=True)
class _GoalReading:
    today: date
    why: str
    findings: list[Finding]
    tasks: list[TaskRecord]
    first: date  # occurrences are read from this day to today
    occurrences: list[TaskOccurrence]
    target_changes: list[TargetChangeFact]
    adherence: Adherence | None  # None: the goal has no tasks


class DashboardController:
    def __init__(
        self,
        *,
        goals: GoalService,
        measurements: MeasurementService,
        plan: PlanService,
        today: Callable[[], date],
        fmt: Formatter,
    ) -> None:
        self._goals = goals
        self._measurements = measurements
        self._plan = plan
        self._today = today
        self._fmt = fmt
        self.overviews: dict[int, GoalOverview] = {}
        self.listed = 0  # goals in the list, read or not yet
        self._read: dict[int, _GoalReading] = {}
        self._shown: dict[int, GoalDetailModel] = {}  # of goals still in _read

    @property
    def today(self) -> date:
        return self._today()

    def load_overview(self, first: int | None = None) -> list[GoalOverview]:
        """The list's rows: GoalService.overview is a fixed number of aggregate queries.
        With ``first``, only the first that many in the list's order; ``listed`` then
        says how many there are, and load_rest reads the others."""
        rows = self._goals.overview(first=first)
        self.overviews = {row.id: row for row in rows}
        self._read.clear()  # something changed: read each goal's detail afresh
        self._shown.clear()
        whole = first is None or len(rows) < first
        self.listed = len(rows) if whole else self._goals.listed_count()
        return rows

    def load_rest(self) -> list[GoalOverview]:
        """The rows after those load_overview read (none when it read them all)."""
        if len(self.overviews) >= self.listed:
            return []
        read = self._goals.overview(after=len(self.overviews))
        rows = [row for row in read if row.id not in self.overviews]
        self.overviews.update((row.id, row) for row in rows)
        self.listed = len(self.overviews)
        return rows

    def detail(self, goal_id: int) -> GoalDetailModel | None:
        goal = self.overviews.get(goal_id)
        if goal is None:
            return None
        today = self._today()
        read = self._read.get(goal_id)
        if read is None or read.today != today:
            read = self._read_goal(goal, today)
        elif (shown := self._shown.get(goal_id)) is not None:
            return shown

        def make_chart(model: GoalDetailModel) -> ChartData:
            from smartgoals_app.ui.dashboard import chart_data

            series = model.series
            first = min(goal.spec.start, series.day(0)) if len(series) else goal.spec.start
            earlier = (
                self._plan.occurrences(first, read.first - timedelta(days=1), tasks=read.tasks)
                if read.tasks and first < read.first
                else []
            )
            done = [
                o.day for o in earlier + read.occurrences if o.outcome is TaskOutcome.DONE and o.day >= first
            ]
            return chart_data.build(
                goal.spec,
                goal.progress,
                series,
                today,
                done,
                unit=goal.unit,
                fmt=self._fmt,
                target_changes=read.target_changes,
            )

        def load_series() -> MeasurementSeries:
            series = self._measurements.series(goal_id)
            # Known long only once read: dropped then, so a switch back reads it again.
            if len(series) > KEEP_FIGURES_UP_TO and self._shown.get(goal_id) is model:
                del self._shown[goal_id]
            return series

        model = GoalDetailModel(
            goal=goal,
            why=read.why,
            findings=read.findings,
            count_measurements=functools.partial(self._measurements.count, goal_id),
            load_series=load_series,
            make_chart=make_chart,
            adherence=read.adherence,
        )
        self._shown[goal_id] = model
        return model

    def _read_goal(self, goal: GoalOverview, today: date) -> _GoalReading:
        """What the detail shows beside the overview's row, read once and kept until the
        overview is loaded again (every change reloads it), so switching back and forth
        between goals reads nothing twice."""
        draft = self._goals.load_draft(goal.id)
        findings = check_smart(draft, today, self._measurements.newest(goal.id, TREND_POINTS))
        # The goal's tasks and their occurrences from its start (at least the year the
        # adherence looks back) serve the adherence panel and the chart's done days: one
        # read of each per goal, whatever the number of goals.
        tasks = self._plan.tasks(goal.id)
        first = min(goal.spec.start, today - timedelta(days=HISTORY_DAYS))
        occurrences = self._plan.occurrences(first, today, tasks=tasks) if tasks else []
        read = _GoalReading(
            today,
            draft.why,
            findings,
            tasks,
            first,
            occurrences,
            self._goals.target_changes(goal.id),
            # Worked out with the reading, not on every switch back to the goal.
            adherence_from(occurrences, today) if tasks else None,
        )
        self._read[goal.id] = read
        self._shown.pop(goal.id, None)  # read afresh (a new day): drawn afresh too
        while len(self._read) > KEEP_READ:
            oldest = next(iter(self._read))  # the goal read longest ago
            del self._read[oldest]
            self._shown.pop(oldest, None)
        return read

    # -- what the user asks --------------------------------------------------
    def log(self, goal_id: int, day: date, value: float, note: str) -> None:
        self._measurements.log(goal_id, day, value, note)

    def measurement(self, measurement_id: int) -> MeasurementRecord:
        return self._measurements.get(measurement_id)

    def edit(
        self, measurement_id: int, day: date, value: float, note: str, *, seen_version: int | None = None
    ) -> None:
        self._measurements.edit(measurement_id, day, value, note, seen_version=seen_version)

    def delete(self, measurement_id: int, *, seen_version: int | None = None) -> MeasurementRecord:
        return self._measurements.delete(measurement_id, seen_version=seen_version)

    def restore(self, record: MeasurementRecord) -> None:
        self._measurements.restore(record)

    def set_archived(self, goal_id: int, archived: bool) -> None:
        self._goals.set_lifecycle(goal_id, GoalLifecycle.ARCHIVED if archived else GoalLifecycle.ACTIVE)

    def task_count(self, goal_id: int) -> int:
        return len(self._plan.tasks(goal_id))

    def measurement_count(self, goal_id: int) -> int:
        return self._measurements.count(goal_id)

    def delete_goal(self, goal_id: int) -> None:
        self._goals.delete(goal_id)
