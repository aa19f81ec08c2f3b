"""The review at the deadline: where the goal ended, and what to do next.

The rules, each simple enough to say beside the figure it gives:
- The *final figure* is the last check-in on or before the deadline (the latest one
  when a review is asked for before the deadline). Without a check-in there is
  nothing to review yet.
- The suggested *outcome* is the highest target the final figure reached: stretch,
  benchmark, or missed.
- The *state* is the method's question, "treading water, drowning or sailing?":
  sailing once the benchmark is reached; treading water when it was missed but the
  figure held or moved the right way; drowning when it moved the wrong way.
- A *repeat* starts where this goal ended: its baseline is the final figure, and its
  span is as long as this one's. The benchmark asks for the pace of the trend at the
  end (the recent check-ins), or for this goal's own pace when the trend stood still
  or went the wrong way (a flat trend would suggest standing still). The stretch
  asks for :data:`STRETCH_FACTOR` times the benchmark's growth. No figure goes below
  zero: when the stretch would (a fast fall in a less-is-better figure), the fall is
  shortened so the stretch asks for three quarters of the way to zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from smartgoals_app.domain.progress import (
    GoalSpec,
    Point,
    Trend,
    fit_trend,
    percent_toward,
    reaches,
    trend_points,
)
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.validation import MAX_LONG, Errors, check_text

STRETCH_FACTOR = 1.5


class Outcome(StrEnum):
    STRETCH_REACHED = "stretch_reached"
    BENCHMARK_REACHED = "benchmark_reached"
    MISSED = "missed"

    @property
    def label(self) -> Text:
        return _OUTCOME_LABELS[self]


class State(StrEnum):
    SAILING = "sailing"
    TREADING_WATER = "treading_water"
    DROWNING = "drowning"

    @property
    def label(self) -> Text:
        return _STATE_LABELS[self]


class NextStep(StrEnum):
    """What follows a review: the method's "keep, adjust or raise"."""

    REPEAT = "repeat"  # a new goal that starts where this one ended
    RAISE = "raise"  # new targets for the same goal; the old ones are kept in its history
    CLOSE = "close"  # the goal is archived with its outcome

    @property
    def label(self) -> Text:
        return _NEXT_STEP_LABELS[self]


_NEXT_STEP_LABELS = {
    NextStep.REPEAT: translate("Review", "Repeat: a new goal that starts from the final figure"),
    NextStep.RAISE: translate("Review", "Raise: new targets for this goal"),
    NextStep.CLOSE: translate("Review", "Close: archive this goal with its outcome"),
}

_OUTCOME_LABELS = {
    Outcome.STRETCH_REACHED: translate("Review", "Stretch reached"),
    Outcome.BENCHMARK_REACHED: translate("Review", "Benchmark reached"),
    Outcome.MISSED: translate("Review", "Missed"),
}
_STATE_LABELS = {
    State.SAILING: translate("Review", "Sailing: the benchmark was reached."),
    State.TREADING_WATER: translate(
        "Review", "Treading water: the figure held or grew, short of the benchmark."
    ),
    State.DROWNING: translate("Review", "Drowning: the figure moved the wrong way."),
}


@dataclass(frozen=True, slots=True)
class ReviewFigures:
    final: Point
    change: float
    change_percent: float | None  # None when the baseline is zero
    percent_to_benchmark: float
    percent_to_stretch: float
    trend: Trend | None
    outcome: Outcome
    state: State


@dataclass(frozen=True, slots=True)
class NextTargets:
    baseline: float
    start: date
    deadline: date
    benchmark: float
    stretch: float


def final_point(spec: GoalSpec, measurements: Sequence[Point]) -> Point | None:
    """The last check-in on or before the deadline; the latest when none is that early."""
    ordered = sorted(measurements, key=lambda p: p.day)  # stable: a day's last entry stays last
    in_time = [p for p in ordered if p.day <= spec.deadline]
    chosen = in_time or ordered
    return chosen[-1] if chosen else None


def review_figures(spec: GoalSpec, measurements: Sequence[Point]) -> ReviewFigures | None:
    final = final_point(spec, measurements)
    if final is None:
        return None
    counted = [p for p in measurements if p.day <= final.day]
    change = final.value - spec.baseline
    to_benchmark = percent_toward(spec, spec.benchmark, final.value)
    if reaches(final.value, spec.stretch, spec.direction):
        outcome = Outcome.STRETCH_REACHED
    elif reaches(final.value, spec.benchmark, spec.direction):
        outcome = Outcome.BENCHMARK_REACHED
    else:
        outcome = Outcome.MISSED
    if outcome is not Outcome.MISSED:
        state = State.SAILING
    elif change * spec.direction.sign >= 0:
        state = State.TREADING_WATER
    else:
        state = State.DROWNING
    return ReviewFigures(
        final=final,
        change=change,
        change_percent=None if spec.baseline == 0 else change / abs(spec.baseline) * 100.0,
        percent_to_benchmark=to_benchmark,
        percent_to_stretch=percent_toward(spec, spec.stretch, final.value),
        trend=fit_trend(trend_points(spec, counted)),
        outcome=outcome,
        state=state,
    )


def next_targets(spec: GoalSpec, figures: ReviewFigures) -> NextTargets:
    """Targets for a repeat of the goal, suggested from where and how it ended."""
    days = (spec.deadline - spec.start).days
    start = figures.final.day
    sign = spec.direction.sign
    own_pace = (spec.benchmark - spec.baseline) / days if days > 0 else 0.0
    trend_pace = figures.trend.slope_per_day if figures.trend is not None else 0.0
    pace = trend_pace if trend_pace * sign > 0 else own_pace
    growth = pace * days
    lowest = figures.final.value + growth * STRETCH_FACTOR
    if lowest < 0 < figures.final.value:
        growth = -figures.final.value * 0.75 / STRETCH_FACTOR
    return NextTargets(
        baseline=figures.final.value,
        start=start,
        deadline=start + timedelta(days=max(days, 1)),
        benchmark=figures.final.value + growth,
        stretch=figures.final.value + growth * STRETCH_FACTOR,
    )


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """What the user writes on the review screen."""

    outcome: Outcome
    what_worked: str = ""
    what_did_not: str = ""


def check_entry(entry: ReviewEntry) -> Errors:
    """The review's own words: the storable-text rule and the long-text limit."""
    errors: Errors = {}
    for field, label in (
        ("what_worked", translate("Review", "What worked")),
        ("what_did_not", translate("Review", "What did not work")),
    ):
        if message := check_text(getattr(entry, field), label=label, required=False, limit=MAX_LONG):
            errors[f"review.{field}"] = message
    return errors
