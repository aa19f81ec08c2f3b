"""The dashboard's conditional wording and filtering, free of Qt so it is tested plainly.

Views ask these functions what to show; the numbers all come from the domain's
Progress (via GoalOverview), never recomputed here. The words are
``domain.text.translate`` Texts (English as a str), so this stays free of Qt; the
views pass them through ``ui.i18n.localize`` before showing them. Numbers and dates
are written by the ``Formatter`` the view hands in (``ui.formatting``, which uses
QLocale), so nothing here imports Qt.
"""

from __future__ import annotations

from enum import StrEnum

from smartgoals_app.domain.enums import Cadence, GoalLifecycle, Status
from smartgoals_app.domain.text import Text, in_sentence, translate
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui.formatter import Formatter


class GoalFilter(StrEnum):
    ALL = "all"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    OVERDUE = "overdue"

    @property
    def label(self) -> Text:
        return _FILTER_LABELS[self]


_FILTER_LABELS = {
    GoalFilter.ALL: translate("Dashboard", "All goals"),
    GoalFilter.ACTIVE: translate("Dashboard", "Active (still running)"),
    GoalFilter.ACHIEVED: translate("Dashboard", "Achieved (a target reached)"),
    GoalFilter.OVERDUE: translate("Dashboard", "Overdue (deadline or check-in)"),
}


def matches(goal: GoalOverview, chosen: GoalFilter) -> bool:
    if chosen is GoalFilter.ALL:  # before the progress, which all goals need not work out
        return True
    status = goal.progress.status
    if chosen is GoalFilter.ACTIVE:
        return goal.lifecycle is GoalLifecycle.ACTIVE and not status.achieved and status is not Status.OVERDUE
    if chosen is GoalFilter.ACHIEVED:
        return status.achieved
    # Overdue: an archived goal is set aside, so nothing of it is due.
    running = goal.lifecycle is GoalLifecycle.ACTIVE
    return running and (status is Status.OVERDUE or goal.checkin_due)


def signed(text: str, value: float) -> str:
    return text if value < 0 else f"+{text}"


def change_text(goal: GoalOverview, fmt: Formatter) -> str:
    progress = goal.progress
    if progress.change is None:
        return "—"
    text = signed(fmt.number(progress.change, goal.unit), progress.change)
    if progress.change_percent is not None:
        text += f" ({signed(fmt.percent(progress.change_percent), progress.change_percent)})"
    return text


def target_text(target: float, percent: float | None, pace: float | None, unit: str, fmt: Formatter) -> Text:
    """A target, how far along it is, and the pace it still needs from today."""
    values = {"target": fmt.number(target, unit), "percent": fmt.percent(percent)}
    if pace is None:
        return translate("Dashboard", "{target} ({percent} there), deadline passed").format(**values)
    if pace == 0:
        return translate("Dashboard", "{target} ({percent} there), reached").format(**values)
    return translate("Dashboard", "{target} ({percent} there), needs {pace}").format(
        pace=fmt.per_week(pace, unit), **values
    )


def next_checkin_text(goal: GoalOverview, fmt: Formatter) -> str:
    if goal.next_checkin is None:
        return "—"
    day = fmt.day(goal.next_checkin)
    return translate("Dashboard", "{day} (due)").format(day=day) if goal.checkin_due else day


def summary_rows(goal: GoalOverview, fmt: Formatter) -> list[tuple[str, str]]:
    """(label, value) pairs of the summary beside the chart; the labels are Texts
    equal to their English words, which the panel also uses as keys."""
    spec, progress, unit = goal.spec, goal.progress, goal.unit
    latest = progress.latest
    to_benchmark = (
        translate("Dashboard", "not measured yet")
        if latest is None
        else fmt.percent(progress.percent_to_benchmark)
    )
    read_on = goal.baseline_date or spec.start
    pace_to_benchmark = progress.pace_to_benchmark_per_week
    pace_to_stretch = progress.pace_to_stretch_per_week
    return [
        (translate("Dashboard", "Status"), progress.status.label),
        (
            translate("Dashboard", "Baseline"),
            translate("Dashboard", "{value}, read {day}").format(
                value=fmt.number(spec.baseline, unit), day=fmt.day(read_on)
            ),
        ),
        (
            translate("Dashboard", "Latest"),
            "—" if latest is None else f"{fmt.number(latest.value, unit)}, {fmt.day(latest.day)}",
        ),
        (translate("Dashboard", "Change"), change_text(goal, fmt)),
        (
            translate("Dashboard", "Progress"),
            translate("Dashboard", "Time used: {time} · Way to benchmark: {benchmark}").format(
                time=fmt.percent(progress.percent_by_time), benchmark=to_benchmark
            ),
        ),
        (
            translate("Dashboard", "Benchmark"),
            target_text(spec.benchmark, progress.percent_to_benchmark, pace_to_benchmark, unit, fmt),
        ),
        (
            translate("Dashboard", "Stretch"),
            target_text(spec.stretch, progress.percent_to_stretch, pace_to_stretch, unit, fmt),
        ),
        (
            translate("Dashboard", "Days left"),
            translate("Dashboard", "{days}, to {deadline}").format(
                days=progress.days_left, deadline=fmt.day(spec.deadline)
            ),
        ),
        (translate("Dashboard", "Next check-in"), next_checkin_text(goal, fmt)),
    ]


def achieved_message(goal: GoalOverview, fmt: Formatter) -> str:
    """The celebration a goal shows once a target is met (review and
    raise); empty while no target is reached."""
    status = goal.progress.status
    if not status.achieved:
        return ""
    spec, unit = goal.spec, goal.unit
    if status is Status.STRETCH_REACHED:
        return translate(
            "Dashboard",
            "★ Well done! Stretch target reached: {target}. "
            "Time to review: keep the goal as it is, or raise the target.",
        ).format(target=fmt.number(spec.stretch, unit))
    return translate(
        "Dashboard",
        "★ Well done! Benchmark reached: {target}. "
        "Time to review: keep the goal as it is, or raise the target.",
    ).format(target=fmt.number(spec.benchmark, unit))


# One whole sentence per cadence: "weekly" inside a sentence is declined in other languages.
_DUE_MESSAGES = {
    Cadence.DAILY: translate("Dashboard", "A daily check-in is due (since {day}): read {metric} and log it."),
    Cadence.WEEKLY: translate(
        "Dashboard", "A weekly check-in is due (since {day}): read {metric} and log it."
    ),
    Cadence.MONTHLY: translate(
        "Dashboard", "A monthly check-in is due (since {day}): read {metric} and log it."
    ),
    Cadence.QUARTERLY: translate(
        "Dashboard", "A quarterly check-in is due (since {day}): read {metric} and log it."
    ),
}


def due_message(goal: GoalOverview, fmt: Formatter) -> str:
    """The banner a goal shows when its check-in is due; empty when it is not."""
    if not goal.checkin_due or goal.next_checkin is None:
        return ""
    return _DUE_MESSAGES[goal.cadence].format(
        day=fmt.day(goal.next_checkin), metric=in_sentence(goal.metric_name)
    )
