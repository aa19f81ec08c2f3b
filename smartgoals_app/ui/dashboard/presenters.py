"""The dashboard's conditional wording and filtering, free of Qt so it is tested plainly.

Views ask these functions what to show; the numbers all come from the domain's
Progress (via GoalOverview), never recomputed here.
"""

from __future__ import annotations

from enum import StrEnum

from smartgoals_app.domain.enums import GoalLifecycle, Status
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import formatting as fmt


class GoalFilter(StrEnum):
    ALL = "all"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return _FILTER_LABELS[self]


_FILTER_LABELS = {
    GoalFilter.ALL: "All goals",
    GoalFilter.ACTIVE: "Active (still running)",
    GoalFilter.ACHIEVED: "Achieved (a target reached)",
    GoalFilter.OVERDUE: "Overdue (deadline or check-in)",
}


def matches(goal: GoalOverview, chosen: GoalFilter) -> bool:
    status = goal.progress.status
    if chosen is GoalFilter.ACTIVE:
        return goal.lifecycle is GoalLifecycle.ACTIVE and not status.achieved and status is not Status.OVERDUE
    if chosen is GoalFilter.ACHIEVED:
        return status.achieved
    if chosen is GoalFilter.OVERDUE:  # an archived goal is set aside: nothing is due
        running = goal.lifecycle is GoalLifecycle.ACTIVE
        return running and (status is Status.OVERDUE or goal.checkin_due)
    return True


def signed(value: float, unit: str = "") -> str:
    text = fmt.number(value, unit)
    return text if value < 0 else f"+{text}"


def change_text(goal: GoalOverview) -> str:
    progress = goal.progress
    if progress.change is None:
        return "—"
    text = signed(progress.change, goal.unit)
    if progress.change_percent is not None:
        text += f" ({'+' if progress.change_percent >= 0 else ''}{progress.change_percent:.0f}%)"
    return text


def pace_text(pace: float | None, unit: str) -> str:
    if pace is None:
        return "deadline passed"
    if pace == 0:
        return "reached"
    return fmt.per_week(pace, unit)


def target_text(target: float, percent: float | None, pace: float | None, unit: str) -> str:
    """A target, how far along it is, and the pace it still needs from today."""
    head = f"{fmt.number(target, unit)} ({fmt.percent(percent)} there)"
    if pace is None or pace == 0:
        return f"{head}, {pace_text(pace, unit)}"
    return f"{head}, needs {pace_text(pace, unit)}"


def next_checkin_text(goal: GoalOverview) -> str:
    if goal.next_checkin is None:
        return "—"
    return fmt.day(goal.next_checkin) + (" (due)" if goal.checkin_due else "")


def summary_rows(goal: GoalOverview) -> list[tuple[str, str]]:
    """(label, value) pairs of the summary beside the chart."""
    spec, progress, unit = goal.spec, goal.progress, goal.unit
    latest = progress.latest
    to_benchmark = "not measured yet" if latest is None else fmt.percent(progress.percent_to_benchmark)
    read_on = goal.baseline_date or spec.start
    pace_to_benchmark = progress.pace_to_benchmark_per_week
    pace_to_stretch = progress.pace_to_stretch_per_week
    return [
        ("Status", progress.status.label),
        ("Baseline", f"{fmt.number(spec.baseline, unit)}, read {fmt.day(read_on)}"),
        ("Latest", "—" if latest is None else f"{fmt.number(latest.value, unit)}, {fmt.day(latest.day)}"),
        ("Change", change_text(goal)),
        (
            "Progress",
            f"Time used: {fmt.percent(progress.percent_by_time)} · Way to benchmark: {to_benchmark}",
        ),
        ("Benchmark", target_text(spec.benchmark, progress.percent_to_benchmark, pace_to_benchmark, unit)),
        ("Stretch", target_text(spec.stretch, progress.percent_to_stretch, pace_to_stretch, unit)),
        ("Days left", f"{progress.days_left}, to {fmt.day(spec.deadline)}"),
        ("Next check-in", next_checkin_text(goal)),
    ]


def achieved_message(goal: GoalOverview) -> str:
    """The celebration a goal shows once a target is met (METHOD.md 9: review and
    raise); empty while no target is reached."""
    status = goal.progress.status
    if not status.achieved:
        return ""
    spec, unit = goal.spec, goal.unit
    if status is Status.STRETCH_REACHED:
        head = f"★ Well done! Stretch target reached: {fmt.number(spec.stretch, unit)}."
    else:
        head = f"★ Well done! Benchmark reached: {fmt.number(spec.benchmark, unit)}."
    return f"{head} Time to review: keep the goal as it is, or raise the target."


def due_message(goal: GoalOverview) -> str:
    """The banner a goal shows when its check-in is due; empty when it is not."""
    if not goal.checkin_due or goal.next_checkin is None:
        return ""
    return (
        f"A {goal.cadence.label.lower()} check-in is due (since {fmt.day(goal.next_checkin)}): "
        f"read {goal.metric_name.lower()} and log it."
    )
