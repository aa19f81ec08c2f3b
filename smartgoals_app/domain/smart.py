"""The five SMART letters, each judged pass / warn / fail with a one-line reason.

Attainable, the only letter that needs numbers, compares the growth per week the
benchmark asks for with the growth per week of the trend so far. Without history
it uses a rule of thumb:

    RULE OF THUMB: for a metric that is not already near zero, a benchmark that asks
    for at most 10% change per month (against the baseline) passes, up to 30% a
    month is a warning ("ambitious"), more fails ("far beyond what is usual").

With history (two or more points, the baseline included), the benchmark passes when
it asks for at most 1.5x the improvement per week of the trend, warns up to 3x, and
fails beyond, or warns when the figures have not been improving at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from smartgoals_app.domain import validation
from smartgoals_app.domain.catalogue import ALL_NETWORKS, network_name
from smartgoals_app.domain.dates import day_month_year
from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.domain.enums import Direction, MetricKind, Verdict
from smartgoals_app.domain.progress import GoalSpec, Point, fit_trend, trend_points, weeks_between
from smartgoals_app.domain.text import Text, fixed, in_sentence, translate

MONTHLY_PASS = 0.10
MONTHLY_WARN = 0.30
TREND_PASS = 1.5
TREND_WARN = 3.0
SHORT_GOAL_DAYS = 14
LONG_GOAL_DAYS = 366
TARGETS_LATER = translate("Smart", "Judged once you set your targets, two pages on.")
_VAGUE = re.compile(r"\b(better|improve|more|grow|increase|boost|some|lots?)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Finding:
    letter: str  # the letter of the acronym, also the key the UI files it under
    name: Text
    verdict: Verdict
    reason: Text


_NAMES = {
    "S": translate("Smart", "Specific"),
    "M": translate("Smart", "Measurable"),
    "A": translate("Smart", "Attainable"),
    "R": translate("Smart", "Relevant"),
    "T": translate("Smart", "Timely"),
}


def _finding(letter: str, verdict: Verdict, reason: Text) -> Finding:
    return Finding(letter, _NAMES[letter], verdict, reason)


def check_specific(draft: GoalDraft) -> Finding:
    if not draft.network or not draft.metric_name.strip():
        return _finding("S", Verdict.FAIL, translate("Smart", "Pick one network and one metric to measure."))
    title = draft.title.strip()
    if not title:
        return _finding("S", Verdict.FAIL, translate("Smart", "Write the goal in one clear sentence."))
    if refused := validation.check_title(title):  # a wording the form refuses cannot pass here
        return _finding("S", Verdict.FAIL, refused)
    if _VAGUE.search(title) and not re.search(r"\d", title):
        return _finding(
            "S",
            Verdict.WARN,
            translate("Smart", "Say exactly how much: put the target number in the wording."),
        )
    return _finding(
        "S",
        Verdict.PASS,
        translate("Smart", "One metric ({metric}) on {network}.").format(
            metric=draft.metric_name.strip(), network=network_name(draft.network)
        ),
    )


def check_measurable(draft: GoalDraft) -> Finding:
    if not draft.unit.strip():
        return _finding(
            "M", Verdict.FAIL, translate("Smart", "Give the metric a unit, such as sign-ups or minutes.")
        )
    if validation.check_number(draft.baseline_value) or draft.baseline_date is None:
        return _finding(
            "M", Verdict.FAIL, translate("Smart", "Record today's value and the date you read it.")
        )
    if not draft.data_source.strip():
        return _finding(
            "M",
            Verdict.WARN,
            translate("Smart", "Say where you will read the figure again (which report or tool)."),
        )
    if draft.benchmark_target is None:
        # The targets are asked on a later page: not a miss yet.
        return _finding("M", Verdict.PENDING, TARGETS_LATER)
    if validation.check_number(draft.benchmark_target):
        return _finding("M", Verdict.FAIL, translate("Smart", "Set a number to aim for."))
    return _finding(
        "M",
        Verdict.PASS,
        translate("Smart", "Counted in {unit}, read from {source}.").format(
            unit=draft.unit.strip(), source=draft.data_source.strip()
        ),
    )


def draft_spec(draft: GoalDraft) -> GoalSpec | None:
    """The draft read as the progress rules read a goal; None while the starting value or
    a start date before the deadline is missing. A target not set yet stands at the one
    before it (the benchmark at the start, the stretch at the benchmark), so the road can
    be drawn while the targets are still being typed."""
    if (
        draft.baseline_value is None
        or draft.start_date is None
        or draft.deadline is None
        or draft.deadline <= draft.start_date
    ):
        return None
    benchmark = draft.benchmark_target if draft.benchmark_target is not None else draft.baseline_value
    return GoalSpec(
        baseline=draft.baseline_value,
        start=draft.start_date,
        deadline=draft.deadline,
        benchmark=benchmark,
        stretch=draft.stretch_target if draft.stretch_target is not None else benchmark,
        direction=draft.direction,
    )


def required_per_week(spec: GoalSpec, target: float) -> float:
    """Change per week from the baseline to `target` over the goal's span."""
    weeks = max(weeks_between(spec.start, spec.deadline), 1 / 7)
    return (target - spec.baseline) / weeks


def _missing_for_attainable(draft: GoalDraft) -> Text:
    """What keeps Attainable from being judged, named (not a list of everything it needs)."""
    if draft.start_date is not None and draft.deadline is not None and draft.deadline <= draft.start_date:
        return translate("Smart", "The deadline is not after the start: fix the dates to judge this.")
    if draft.baseline_value is None:
        return translate("Smart", "Needs a starting value to judge.")
    # With the value and the dates given, a missing benchmark is only "later" (PENDING).
    return translate("Smart", "Needs a start date and a deadline to judge.")


def check_attainable(draft: GoalDraft, history: Sequence[Point] = ()) -> Finding:
    spec = draft_spec(draft)
    if spec is None:
        return _finding("A", Verdict.FAIL, _missing_for_attainable(draft))
    if draft.benchmark_target is None:
        return _finding("A", Verdict.PENDING, TARGETS_LATER)
    sign = spec.direction.sign
    needed = required_per_week(spec, spec.benchmark) * sign  # improvement per week, > 0
    if needed <= 0:
        return _finding(
            "A", Verdict.FAIL, translate("Smart", "The benchmark is not an improvement on where you start.")
        )
    unit = draft.unit.strip() or translate("Smart", "units")
    if history:
        trend = fit_trend(trend_points(spec, history))
        if trend is not None:
            so_far = trend.per_week * sign
            if so_far <= 0:
                return _finding(
                    "A",
                    Verdict.WARN,
                    translate(
                        "Smart",
                        "Needs {needed} {unit} a week of improvement, but your figures have not been "
                        "improving: the plan must change something.",
                    ).format(needed=fixed(needed, 1), unit=unit),
                )
            ratio = needed / so_far
            # Places set here, not by a format spec, so the UI writes them with the locale's separators.
            figures = {
                "needed": fixed(needed, 1),
                "unit": unit,
                "so_far": fixed(so_far, 1),
                "ratio": fixed(ratio, 1),
            }
            if ratio <= TREND_PASS:
                return _finding(
                    "A",
                    Verdict.PASS,
                    translate(
                        "Smart",
                        "Needs {needed} {unit} a week; your trend so far is {so_far} a week: within reach.",
                    ).format(**figures),
                )
            if ratio <= TREND_WARN:
                return _finding(
                    "A",
                    Verdict.WARN,
                    translate(
                        "Smart",
                        "Needs {needed} {unit} a week; your trend so far is {so_far} a week "
                        "({ratio}x): ambitious.",
                    ).format(**figures),
                )
            return _finding(
                "A",
                Verdict.FAIL,
                translate(
                    "Smart",
                    "Needs {needed} {unit} a week; your trend so far is {so_far} a week "
                    "({ratio}x): far beyond your history.",
                ).format(**{**figures, "ratio": fixed(ratio, 0)}),
            )
    if spec.baseline == 0:
        return _finding(
            "A",
            Verdict.WARN,
            translate(
                "Smart", "Starting from zero there is no history to judge by; compare with similar accounts."
            ),
        )
    months = max(weeks_between(spec.start, spec.deadline) / (52 / 12), 1 / 30)
    monthly = abs(spec.benchmark - spec.baseline) / abs(spec.baseline) / months
    if monthly <= MONTHLY_PASS:
        return _finding(
            "A",
            Verdict.PASS,
            translate("Smart", "Asks for {monthly}% change a month: a steady, realistic pace.").format(
                monthly=fixed(monthly * 100, 0)
            ),
        )
    if monthly <= MONTHLY_WARN:
        return _finding(
            "A",
            Verdict.WARN,
            translate(
                "Smart",
                "Asks for {monthly}% change a month: ambitious without a history to show it is possible.",
            ).format(monthly=fixed(monthly * 100, 0)),
        )
    return _finding(
        "A",
        Verdict.FAIL,
        translate(
            "Smart",
            "Asks for {monthly}% change a month: far beyond what is usual; "
            "lower the benchmark or allow more time.",
        ).format(monthly=fixed(monthly * 100, 0)),
    )


def check_relevant(draft: GoalDraft) -> Finding:
    if draft.strategy_id is None and not draft.strategy.statement.strip():
        return _finding("R", Verdict.FAIL, translate("Smart", "Write the strategy this goal serves."))
    if draft.kind is MetricKind.VANITY:
        if not draft.outcome_link.strip():
            metric = draft.metric_name.strip()
            return _finding(
                "R",
                Verdict.WARN,
                translate(
                    "Smart",
                    "{metric} is a vanity metric: say how it leads to an outcome "
                    "(sign-ups, sales, a book deal).",
                ).format(metric=metric)
                if metric
                else translate(
                    "Smart",
                    "This is a vanity metric: say how it leads to an outcome (sign-ups, sales, a book deal).",
                ),
            )
        return _finding(
            "R",
            Verdict.PASS,
            translate("Smart", "Vanity metric, linked to an outcome: {link}").format(
                link=draft.outcome_link.strip()
            ),
        )
    if not draft.why.strip():
        # "Why" is asked on the page after the SMART check: not a fault yet, just to come.
        return _finding(
            "R",
            Verdict.PENDING,
            translate("Smart", "An outcome metric; judged once you write why it matters."),
        )
    return _finding(
        "R", Verdict.PASS, translate("Smart", "An outcome the business wants, serving your strategy.")
    )


def check_timely(draft: GoalDraft, today: date) -> Finding:
    if draft.start_date is None or draft.deadline is None:
        return _finding("T", Verdict.FAIL, translate("Smart", "Set a start date and a deadline."))
    if draft.deadline <= draft.start_date:
        return _finding("T", Verdict.FAIL, translate("Smart", "The deadline must come after the start."))
    if draft.deadline < today:
        return _finding("T", Verdict.FAIL, translate("Smart", "The deadline has already passed."))
    days = (draft.deadline - draft.start_date).days
    when = day_month_year(draft.deadline)
    if days < SHORT_GOAL_DAYS:
        return _finding(
            "T",
            Verdict.WARN,
            translate("Smart", "Only one day: too short to see a real change.")
            if days == 1
            else translate("Smart", "Only {days} days: too short to see a real change.").format(days=days),
        )
    if days > LONG_GOAL_DAYS:
        return _finding(
            "T",
            Verdict.WARN,
            translate("Smart", "Deadline {when} is over a year away: set milestones on the way.").format(
                when=when
            ),
        )
    return _finding(
        "T",
        Verdict.PASS,
        translate("Smart", "Deadline {when}, {days} days from the start, with a review then.").format(
            when=when, days=days
        ),
    )


def check_smart(draft: GoalDraft, today: date, history: Sequence[Point] = ()) -> list[Finding]:
    return [
        check_specific(draft),
        check_measurable(draft),
        check_attainable(draft, history),
        check_relevant(draft),
        check_timely(draft, today),
    ]


def _figure(value: float) -> str:
    # Never "%g" alone: it would print 1234567 as 1.23457e+06.
    return str(int(value)) if float(value).is_integer() else f"{value:.10g}"


def suggest_title(draft: GoalDraft) -> Text:
    """A specific wording built from the choices so far; the user may edit it.

    "Grow newsletter sign-ups on Facebook from 120 to 200 by 31 Mar 2027",
    "Bring response time on X down from 240 minutes to 30 minutes by 20 Feb 2027";
    without targets yet the "to ..." part is left out. The unit follows each figure
    unless the metric's name already says it ("sign-ups").
    """
    # English lowers the metric's name inside the sentence; German keeps its capitals.
    name = draft.metric_name.strip()
    metric: str = in_sentence(name) if name else translate("Smart", "the metric")
    # Each optional part is a translated fragment with its leading space, so a language
    # may reorder them in the whole sentence, and an absent part is simply "".
    where = (
        ""
        if draft.network in (None, ALL_NETWORKS)
        else translate("Smart", " on {network}").format(network=network_name(draft.network))
    )
    unit = draft.unit.strip()
    if unit and unit.lower() in metric.lower():
        unit = ""

    def figure(value: float) -> str:
        return f"{_figure(value)} {unit}".rstrip()

    start = (
        translate("Smart", " from {figure}").format(figure=figure(draft.baseline_value))
        if draft.baseline_value is not None
        else ""
    )
    aim = (
        translate("Smart", " to {figure}").format(figure=figure(draft.benchmark_target))
        if draft.benchmark_target is not None
        else ""
    )
    when = (
        translate("Smart", " by {date}").format(date=day_month_year(draft.deadline)) if draft.deadline else ""
    )
    parts = {"metric": metric, "where": where, "start": start, "aim": aim, "when": when}
    if draft.direction is Direction.LESS:
        return translate("Smart", "Bring {metric}{where} down{start}{aim}{when}").format(**parts)
    return translate("Smart", "Grow {metric}{where}{start}{aim}{when}").format(**parts)


__all__ = [
    "Finding",
    "check_attainable",
    "check_measurable",
    "check_relevant",
    "check_smart",
    "check_specific",
    "check_timely",
    "suggest_title",
]
