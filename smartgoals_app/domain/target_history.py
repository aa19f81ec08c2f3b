"""Target history: each period of a goal keeps the road it had.

Rules:
- A goal's row holds its current targets; every change keeps the targets before it
  and the day the new ones took over.
- The targets in force up to the day before a change are that change's old ones (and
  its old deadline, when the deadline changed); from the day of the change on, its new
  ones. So the periods run: start .. first change - 1, first change .. second change -
  1, ..., last change .. the current deadline.
- Each period's road is the straight road from the baseline at the start to that
  period's targets at that period's deadline (the road the progress status used at the
  time), drawn only over that period's days: a raise shows as a step up on the day it
  was made, and never redraws the weeks before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from smartgoals_app.domain.progress import GoalSpec


@dataclass(frozen=True, slots=True)
class TargetChangeFact:
    changed_on: date
    old_benchmark: float
    old_stretch: float
    new_benchmark: float
    new_stretch: float
    old_deadline: date | None = None
    new_deadline: date | None = None


@dataclass(frozen=True, slots=True)
class RoadPeriod:
    first: date
    last: date  # the day before the next change; the period's deadline for the last one
    spec: GoalSpec


def road_periods(spec: GoalSpec, changes: Sequence[TargetChangeFact]) -> list[RoadPeriod]:
    """The periods of the rules above, oldest first; one period when nothing changed.

    ``changes`` in the order they were made; a change dated before the start counts
    from the start, and of several on one day only the day's last road is drawn.
    """
    ordered = sorted(changes, key=lambda c: c.changed_on)  # stable: a day's later change stays later
    specs = [spec]
    for change in reversed(ordered):
        later = specs[0]
        specs.insert(
            0,
            replace(
                later,
                benchmark=change.old_benchmark,
                stretch=change.old_stretch,
                deadline=change.old_deadline or later.deadline,
            ),
        )
    starts = [spec.start, *(max(c.changed_on, spec.start) for c in ordered)]
    periods: list[RoadPeriod] = []
    for index, (first, period_spec) in enumerate(zip(starts, specs, strict=True)):
        if index + 1 < len(starts):
            last = starts[index + 1] - timedelta(days=1)
        else:
            last = max(period_spec.deadline, first)
        if last >= first:
            periods.append(RoadPeriod(first, last, period_spec))
    return periods
