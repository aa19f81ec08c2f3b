"""Which tasks moved the number: a hint from the check-ins, never a proof.

The actions in place produce today's results, so a review asks of each task: did the
figure move more in the weeks it was done than in the weeks it was not?

Rules (simple enough to explain beside the answer):
- A *period* runs from one check-in to the next: from the day after the earlier
  check-in to the day of the later one, both included. Its *gain* is the later value
  less the earlier one, turned round for a goal where less is better, so a gain is
  always good news.
- For one task, a period is *done* when every occurrence of the task in it was done,
  and *not done* when at least one was skipped or missed (an open occurrence from
  before today counts as missed). A period without any occurrence of the task, or
  with one still open today, says nothing about it and is left out.
- Each side's pace is its gains added up over its days added up, per week: a long
  period weighs more than a short one, as it should.
- With fewer than :data:`MIN_PERIODS` periods on either side there is no comparison,
  only a sentence saying how many periods there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from smartgoals_app.domain.adherence import Mark
from smartgoals_app.domain.enums import Direction, TaskOutcome
from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.text import Text, fixed, translate

MIN_PERIODS = 3


@dataclass(frozen=True, slots=True)
class Period:
    first: date  # the day after the earlier check-in
    last: date  # the day of the later check-in
    gain: float  # in the goal's good direction

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True, slots=True)
class Side:
    periods: int
    days: int
    gain: float

    @property
    def per_week(self) -> float | None:
        return self.gain / self.days * 7 if self.days else None


@dataclass(frozen=True, slots=True)
class TaskEffect:
    done: Side
    not_done: Side

    @property
    def enough(self) -> bool:
        return self.done.periods >= MIN_PERIODS and self.not_done.periods >= MIN_PERIODS

    @property
    def difference_per_week(self) -> float | None:
        """How much faster the figure moved (in the good direction) when the task was done."""
        done, other = self.done.per_week, self.not_done.per_week
        if not self.enough or done is None or other is None:
            return None
        return done - other


def periods(measurements: Sequence[Point], direction: Direction) -> list[Period]:
    """The periods between consecutive check-ins (one check-in a day: the last counts)."""
    by_day = {p.day: p.value for p in sorted(measurements, key=lambda p: p.day)}
    days = sorted(by_day)
    return [
        Period(
            first=date.fromordinal(earlier.toordinal() + 1),
            last=later,
            gain=(by_day[later] - by_day[earlier]) * direction.sign,
        )
        for earlier, later in pairwise(days)
    ]


def task_effect(spans: Iterable[Period], marks: Iterable[Mark], *, today: date) -> TaskEffect:
    """Split the periods by whether this task's occurrences in them were all done."""
    occurrences = sorted(marks, key=lambda m: m.day)
    done = [0, 0, 0.0]
    not_done = [0, 0, 0.0]
    for span in spans:
        inside = [m for m in occurrences if span.first <= m.day <= span.last]
        if not inside or any(m.outcome is None and m.day >= today for m in inside):
            continue
        side = done if all(m.outcome is TaskOutcome.DONE for m in inside) else not_done
        side[0] += 1
        side[1] += span.days
        side[2] += span.gain
    return TaskEffect(
        done=Side(int(done[0]), int(done[1]), float(done[2])),
        not_done=Side(int(not_done[0]), int(not_done[1]), float(not_done[2])),
    )


def effect_hint(effect: TaskEffect, unit: str) -> Text:
    """The effect in one or two sentences, worded as a hint."""
    if not effect.enough:
        return translate(
            "TaskEffect",
            "Too few check-ins to tell yet: {done} periods with this task done and {not_done} "
            "without it (at least {minimum} of each are needed).",
        ).format(done=effect.done.periods, not_done=effect.not_done.periods, minimum=MIN_PERIODS)
    done = effect.done.per_week
    other = effect.not_done.per_week
    assert done is not None
    assert other is not None
    return translate(
        "TaskEffect",
        "In the {done_periods} periods when this task was done, the figure moved {done_pace} {unit} "
        "a week the right way; in the {other_periods} when it was not, {other_pace}. "
        "A hint, not proof: other things changed too.",
    ).format(
        done_periods=effect.done.periods,
        done_pace=fixed(done, 1, signed=True),
        other_periods=effect.not_done.periods,
        other_pace=fixed(other, 1, signed=True),
        unit=unit,
    )
