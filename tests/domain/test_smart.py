"""The SMART letters: each verdict of each letter, for both directions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartgoals_app.domain.draft import GoalDraft, StrategyDraft
from smartgoals_app.domain.enums import Direction, MetricKind, Verdict
from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.smart import (
    check_attainable,
    check_measurable,
    check_relevant,
    check_smart,
    check_specific,
    check_timely,
    suggest_title,
)
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft, vanity_draft

D30 = TODAY + timedelta(days=30)


def goal(
    baseline: float,
    benchmark: float,
    days: int = 30,
    direction: Direction = Direction.MORE,
    **changes: object,
) -> GoalDraft:
    """A signups-like draft over `days` days from TODAY with the given numbers."""
    return signups_draft(
        TODAY,
        baseline_value=baseline,
        benchmark_target=benchmark,
        stretch_target=None,
        deadline=TODAY + timedelta(days=days),
        direction=direction,
        **changes,
    )


# -- Specific ------------------------------------------------------------------------


def test_specific_passes_one_metric_on_one_network() -> None:
    finding = check_specific(signups_draft(TODAY))
    assert (finding.letter, finding.name, finding.verdict) == ("S", "Specific", Verdict.PASS)
    assert "Newsletter sign-ups" in finding.reason
    assert "Facebook" in finding.reason


@pytest.mark.parametrize(
    "changes",
    [{"network": None}, {"network": ""}, {"metric_name": "  "}, {"title": ""}, {"title": "   "}],
    ids=["no-network", "empty-network", "blank-metric", "no-title", "blank-title"],
)
def test_specific_fails_without_network_metric_or_wording(changes: dict[str, object]) -> None:
    assert check_specific(signups_draft(TODAY, **changes)).verdict is Verdict.FAIL


def test_specific_fails_a_wording_the_form_refuses() -> None:
    """Usability test: a 5,000-character goal was refused next to the field while the
    SMART check beside it said "Specific ✓ Pass"."""
    finding = check_specific(signups_draft(TODAY, title="Grow sign-ups to 200 " * 250))
    assert finding.verdict is Verdict.FAIL
    assert finding.reason == "The goal is 5,249 characters long; keep it under 120."


@pytest.mark.parametrize(
    "title", ["Do better on Facebook", "Grow the newsletter", "Get more leads", "Improve"]
)
def test_specific_warns_on_vague_wording_without_a_number(title: str) -> None:
    finding = check_specific(signups_draft(TODAY, title=title))
    assert finding.verdict is Verdict.WARN
    assert "how much" in finding.reason


def test_specific_accepts_vague_words_with_a_number() -> None:
    assert check_specific(signups_draft(TODAY, title="Grow sign-ups to 200")).verdict is Verdict.PASS


def test_specific_does_not_flag_words_that_merely_contain_a_vague_word() -> None:
    # "moreover" and "betterment" are not "more" and "better".
    draft = signups_draft(TODAY, title="Reach our Betterment pledge, moreover weekly")
    assert check_specific(draft).verdict is Verdict.PASS


def test_specific_names_all_networks_in_words() -> None:
    finding = check_specific(signups_draft(TODAY, network="all"))
    assert "Website / all networks" in finding.reason


# -- Measurable ----------------------------------------------------------------------


def test_measurable_passes_with_unit_numbers_and_source() -> None:
    finding = check_measurable(signups_draft(TODAY))
    assert finding.verdict is Verdict.PASS
    assert "sign-ups" in finding.reason
    assert "Mailchimp" in finding.reason


@pytest.mark.parametrize(
    "changes",
    [
        {"unit": " "},
        {"baseline_value": None},
        {"baseline_date": None},
        {"baseline_value": float("nan")},
        {"baseline_value": -1.0},
        {"benchmark_target": float("inf")},
        {"benchmark_target": 1e13},
    ],
    ids=["unit", "baseline", "baseline-date", "baseline-nan", "baseline-negative", "inf", "huge"],
)
def test_measurable_fails_without_unit_or_numbers(changes: dict[str, object]) -> None:
    assert check_measurable(signups_draft(TODAY, **changes)).verdict is Verdict.FAIL


def test_measurable_warns_without_a_source_to_read_again() -> None:
    finding = check_measurable(signups_draft(TODAY, data_source="  "))
    assert finding.verdict is Verdict.WARN
    assert "where" in finding.reason


# -- Attainable: rule of thumb without history ------------------------------------------
#
# 30 days is 30/7/(52/12) = 0.989 months, so the monthly change is very nearly the
# total change; the figures below keep clear of the 10% and 30% edges.


@pytest.mark.parametrize(
    ("baseline", "benchmark", "verdict"),
    [
        (100, 109, Verdict.PASS),
        (100, 120, Verdict.WARN),
        (100, 129, Verdict.WARN),
        (100, 150, Verdict.FAIL),
    ],
)
def test_attainable_rule_of_thumb_more_is_better(baseline: float, benchmark: float, verdict: Verdict) -> None:
    finding = check_attainable(goal(baseline, benchmark))
    assert finding.verdict is verdict
    assert "a month" in finding.reason


@pytest.mark.parametrize(
    ("baseline", "benchmark", "verdict"),
    [(100, 91, Verdict.PASS), (100, 80, Verdict.WARN), (100, 50, Verdict.FAIL)],
)
def test_attainable_rule_of_thumb_less_is_better(baseline: float, benchmark: float, verdict: Verdict) -> None:
    assert check_attainable(goal(baseline, benchmark, direction=Direction.LESS)).verdict is verdict


def test_attainable_rule_of_thumb_scales_with_time() -> None:
    # +50% is far too much in one month, steady over six.
    assert check_attainable(goal(100, 150, days=30)).verdict is Verdict.FAIL
    assert check_attainable(goal(100, 150, days=182 * 3)).verdict is Verdict.PASS


def test_attainable_rule_of_thumb_edges() -> None:
    # Exactly 10% and 30% a month: weeks of 52/12 make a 365/12-day month.
    month = 365 / 12
    assert check_attainable(goal(1000, 1100, days=round(month * 6))).verdict is Verdict.PASS  # 1.7%/mo
    assert check_attainable(goal(100, 160, days=round(month * 6))).verdict is Verdict.PASS  # 10%/mo
    assert check_attainable(goal(100, 161, days=round(month * 6))).verdict is Verdict.WARN
    assert check_attainable(goal(100, 280, days=round(month * 6))).verdict is Verdict.WARN  # 30%/mo
    assert check_attainable(goal(100, 281, days=round(month * 6))).verdict is Verdict.FAIL


@pytest.mark.parametrize("direction", list(Direction))
def test_attainable_from_zero_without_history_warns(direction: Direction) -> None:
    benchmark = 50 if direction is Direction.MORE else -50
    finding = check_attainable(goal(0, benchmark, direction=direction))
    assert finding.verdict is Verdict.WARN
    assert "zero" in finding.reason


@pytest.mark.parametrize(
    ("baseline", "benchmark", "direction"),
    [
        (100, 100, Direction.MORE),  # target equals baseline
        (100, 90, Direction.MORE),
        (30, 30, Direction.LESS),
        (30, 40, Direction.LESS),
    ],
)
def test_attainable_fails_when_the_benchmark_is_no_improvement(
    baseline: float, benchmark: float, direction: Direction
) -> None:
    finding = check_attainable(goal(baseline, benchmark, direction=direction))
    assert finding.verdict is Verdict.FAIL
    assert "not an improvement" in finding.reason


@pytest.mark.parametrize(
    "changes",
    [
        {"baseline_value": None},
        {"start_date": None},
        {"deadline": None},
        {"deadline": TODAY},  # start == deadline
        {"deadline": TODAY - timedelta(days=1)},
    ],
)
def test_attainable_fails_without_numbers_or_dates(changes: dict[str, object]) -> None:
    assert check_attainable(signups_draft(TODAY, **changes)).verdict is Verdict.FAIL


def test_attainable_uses_the_benchmark_not_the_stretch() -> None:
    draft = goal(100, 105)
    draft.stretch_target = 1000
    assert check_attainable(draft).verdict is Verdict.PASS


# -- Attainable: against the trend so far ------------------------------------------------


def history(per_week: float, baseline: float = 100, weeks: int = 4) -> list[Point]:
    """Measurements after the start growing by `per_week` from the baseline."""
    return [Point(TODAY + timedelta(weeks=w), baseline + per_week * w) for w in range(1, weeks + 1)]


@pytest.mark.parametrize(
    ("trend_per_week", "verdict"),
    [(20, Verdict.PASS), (10, Verdict.PASS), (9, Verdict.WARN), (5, Verdict.WARN), (4, Verdict.FAIL)],
)
def test_attainable_against_the_trend_more_is_better(trend_per_week: float, verdict: Verdict) -> None:
    # +140 in 70 days asks for 14 a week; pass up to 1.5x the trend, warn up to 3x.
    finding = check_attainable(goal(100, 240, days=70), history(trend_per_week))
    assert finding.verdict is verdict
    assert "trend" in finding.reason
    assert "14.0 sign-ups a week" in finding.reason


@pytest.mark.parametrize(
    ("trend_per_week", "verdict"),
    [(-20, Verdict.PASS), (-9, Verdict.WARN), (-4, Verdict.FAIL)],
)
def test_attainable_against_the_trend_less_is_better(trend_per_week: float, verdict: Verdict) -> None:
    # 90 down to 20 in 35 days asks for 14 fewer minutes a week.
    draft = goal(90, 20, days=35, direction=Direction.LESS, unit="minutes")
    finding = check_attainable(draft, history(trend_per_week, baseline=90, weeks=2))
    assert finding.verdict is verdict
    assert "14.0 minutes a week" in finding.reason


@pytest.mark.parametrize(
    ("direction", "per_week"),
    [(Direction.MORE, 0), (Direction.MORE, -5), (Direction.LESS, 0), (Direction.LESS, 5)],
)
def test_attainable_warns_when_the_figures_have_not_been_improving(
    direction: Direction, per_week: float
) -> None:
    benchmark = 120 if direction is Direction.MORE else 80
    finding = check_attainable(goal(100, benchmark, direction=direction), history(per_week))
    assert finding.verdict is Verdict.WARN
    assert "not been improving" in finding.reason


def test_attainable_history_overrides_the_rule_of_thumb() -> None:
    # +50% a month fails by the rule of thumb, but the history shows it is the usual pace.
    assert check_attainable(goal(100, 150, days=28)).verdict is Verdict.FAIL
    assert check_attainable(goal(100, 150, days=28), history(15)).verdict is Verdict.PASS


def test_attainable_history_from_a_zero_baseline_uses_the_trend() -> None:
    finding = check_attainable(goal(0, 40, days=28), history(10, baseline=0))
    assert finding.verdict is Verdict.PASS


def test_attainable_history_before_the_start_counts() -> None:
    imported = [Point(TODAY - timedelta(weeks=w), 100 - 10 * w) for w in range(1, 5)]
    assert check_attainable(goal(100, 140, days=28), imported).verdict is Verdict.PASS


def test_attainable_history_on_the_start_day_only_falls_back_to_the_rule_of_thumb() -> None:
    finding = check_attainable(goal(100, 150, days=30), [Point(TODAY, 100)])
    assert finding.verdict is Verdict.FAIL
    assert "a month" in finding.reason


@given(
    baseline=st.floats(min_value=1, max_value=1e6),
    growth=st.floats(min_value=0.001, max_value=10),
    days=st.integers(min_value=1, max_value=1000),
    trend=st.floats(min_value=-1e4, max_value=1e4),
)
def test_attainable_is_the_same_for_mirrored_goals(
    baseline: float, growth: float, days: int, trend: float
) -> None:
    up = goal(baseline, baseline * (1 + growth), days=days)
    down = goal(-baseline, -baseline * (1 + growth), days=days, direction=Direction.LESS)
    assert check_attainable(up).verdict is check_attainable(down).verdict
    up_history = history(trend, baseline=baseline)
    down_history = [Point(p.day, -p.value) for p in up_history]
    assert check_attainable(up, up_history).verdict is check_attainable(down, down_history).verdict


# -- Relevant ------------------------------------------------------------------------


def test_relevant_passes_an_outcome_with_a_why() -> None:
    assert check_relevant(signups_draft(TODAY)).verdict is Verdict.PASS


def test_relevant_fails_without_a_strategy() -> None:
    draft = signups_draft(TODAY, strategy=StrategyDraft(statement="  "))
    assert check_relevant(draft).verdict is Verdict.FAIL


def test_relevant_accepts_an_existing_strategy_by_id() -> None:
    draft = signups_draft(TODAY, strategy=StrategyDraft(), strategy_id=3)
    assert check_relevant(draft).verdict is Verdict.PASS


def test_relevant_waits_for_the_why_of_an_outcome_goal() -> None:
    assert check_relevant(signups_draft(TODAY, why=" ")).verdict is Verdict.PENDING


def test_relevant_warns_on_a_vanity_metric_without_a_link_to_an_outcome() -> None:
    finding = check_relevant(vanity_draft(TODAY))
    assert finding.verdict is Verdict.WARN
    assert "vanity" in finding.reason
    assert finding.reason.startswith("Followers")


def test_relevant_passes_a_vanity_metric_linked_to_an_outcome() -> None:
    finding = check_relevant(vanity_draft(TODAY, outcome_link="A publisher wants 1,200 followers"))
    assert finding.verdict is Verdict.PASS
    assert "publisher" in finding.reason


# -- Timely --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "verdict"),
    [(14, Verdict.PASS), (129, Verdict.PASS), (366, Verdict.PASS), (13, Verdict.WARN), (367, Verdict.WARN)],
)
def test_timely_length(days: int, verdict: Verdict) -> None:
    draft = signups_draft(TODAY, deadline=TODAY + timedelta(days=days))
    assert check_timely(draft, TODAY).verdict is verdict


def test_timely_pass_names_the_deadline() -> None:
    finding = check_timely(signups_draft(TODAY, deadline=date(2027, 3, 31)), TODAY)
    assert "31 Mar 2027" in finding.reason


@pytest.mark.parametrize(
    "changes",
    [{"start_date": None}, {"deadline": None}, {"deadline": TODAY}, {"deadline": TODAY - timedelta(days=3)}],
    ids=["no-start", "no-deadline", "deadline-is-start", "deadline-before-start"],
)
def test_timely_fails_without_a_span(changes: dict[str, object]) -> None:
    assert check_timely(signups_draft(TODAY, **changes), TODAY).verdict is Verdict.FAIL


def test_timely_deadline_today_is_not_past_but_yesterday_is() -> None:
    draft = signups_draft(TODAY, start_date=TODAY - timedelta(days=30), deadline=TODAY)
    assert check_timely(draft, TODAY).verdict is Verdict.PASS
    assert check_timely(draft, TODAY + timedelta(days=1)).verdict is Verdict.FAIL
    assert "passed" in check_timely(draft, TODAY + timedelta(days=1)).reason


# -- all five --------------------------------------------------------------------------


def test_check_smart_gives_the_five_letters_in_order() -> None:
    findings = check_smart(vanity_draft(TODAY, outcome_link="Book deal"), TODAY)
    assert [f.letter for f in findings] == ["S", "M", "A", "R", "T"]
    assert all(f.verdict is Verdict.PASS for f in findings)
    assert all(f.reason and "\n" not in f.reason for f in findings)


def test_check_smart_passes_history_to_attainable() -> None:
    draft = goal(100, 150, days=28)
    assert check_smart(draft, TODAY)[2].verdict is Verdict.FAIL
    assert check_smart(draft, TODAY, history(15))[2].verdict is Verdict.PASS


def test_measurable_and_attainable_wait_for_the_targets() -> None:
    """Usability test: the SMART page showed red Fail for targets asked two pages on."""
    draft = signups_draft(TODAY, benchmark_target=None, stretch_target=None)
    measurable, attainable = check_measurable(draft), check_attainable(draft)
    assert measurable.verdict is Verdict.PENDING
    assert attainable.verdict is Verdict.PENDING
    assert measurable.reason == attainable.reason == "Judged once you set your targets, two pages on."
    assert Verdict.PENDING.value == "pending"


@pytest.mark.parametrize(
    "changes",
    [
        {"unit": ""},
        {"baseline_value": None},
        {"baseline_date": None},
    ],
)
def test_measurable_fails_when_more_than_the_targets_is_missing(changes: dict[str, object]) -> None:
    draft = signups_draft(TODAY, benchmark_target=None, **changes)
    assert check_measurable(draft).verdict is Verdict.FAIL


@pytest.mark.parametrize(
    "changes", [{"baseline_value": None}, {"deadline": None}, {"deadline": TODAY - timedelta(days=1)}]
)
def test_attainable_fails_when_more_than_the_targets_is_missing(changes: dict[str, object]) -> None:
    draft = signups_draft(TODAY, benchmark_target=None, **changes)
    assert check_attainable(draft).verdict is Verdict.FAIL


def test_a_complete_draft_is_never_pending() -> None:
    for draft in (signups_draft(TODAY), response_time_draft(TODAY), vanity_draft(TODAY)):
        assert Verdict.PENDING not in [f.verdict for f in check_smart(draft, TODAY)]


def test_check_smart_of_an_empty_draft_fails_without_crashing() -> None:
    findings = check_smart(GoalDraft(), TODAY)
    assert [f.verdict for f in findings] == [Verdict.FAIL] * 5


def test_response_time_factory_is_ambitious_and_less_is_better() -> None:
    findings = check_smart(response_time_draft(TODAY), TODAY)
    assert findings[2].verdict is Verdict.WARN  # 90 -> 30 minutes in 70 days: ~29% a month


# -- suggest_title ---------------------------------------------------------------------


def test_suggest_title_more_is_better() -> None:
    draft = signups_draft(TODAY, deadline=date(2027, 3, 31))
    # The metric already says "sign-ups": the figures go without the unit.
    assert suggest_title(draft) == "Grow newsletter sign-ups on Facebook from 120 to 200 by 31 Mar 2027"


def test_suggest_title_more_is_better_before_the_targets() -> None:
    draft = signups_draft(TODAY, deadline=date(2027, 3, 31), benchmark_target=None, stretch_target=None)
    assert suggest_title(draft) == "Grow newsletter sign-ups on Facebook from 120 by 31 Mar 2027"


def test_suggest_title_less_is_better() -> None:
    draft = response_time_draft(
        TODAY, metric_name="Response time", baseline_value=240, deadline=date(2027, 2, 20)
    )
    assert suggest_title(draft) == (
        "Bring response time on X / Twitter down from 240 minutes to 30 minutes by 20 Feb 2027"
    )


def test_suggest_title_less_is_better_before_the_targets_does_not_read_down_by() -> None:
    """Usability test: "... from 240 down by 20 Feb 2027" read as "down by 20"."""
    draft = response_time_draft(
        TODAY,
        metric_name="Response time to messages",
        baseline_value=240,
        benchmark_target=None,
        stretch_target=None,
        deadline=date(2027, 2, 20),
    )
    title = suggest_title(draft)
    assert title == "Bring response time to messages on X / Twitter down from 240 minutes by 20 Feb 2027"
    assert "down by" not in title


def test_suggest_title_of_an_empty_draft_and_all_networks() -> None:
    assert suggest_title(GoalDraft()) == "Grow the metric"
    assert suggest_title(GoalDraft(direction=Direction.LESS)) == "Bring the metric down"
    draft = GoalDraft(network="all", metric_name="Sales", kind=MetricKind.OUTCOME, benchmark_target=50)
    assert suggest_title(draft) == "Grow sales to 50"
    draft.unit, draft.baseline_value, draft.benchmark_target = "orders", 1234567, 1.5
    assert suggest_title(draft) == "Grow sales from 1234567 orders to 1.5 orders"


@given(
    baseline=st.floats(min_value=0, max_value=1e6),
    benchmark=st.floats(min_value=0, max_value=1e6),
    direction=st.sampled_from(list(Direction)),
)
def test_suggested_titles_are_specific(baseline: float, benchmark: float, direction: Direction) -> None:
    draft = signups_draft(TODAY, baseline_value=baseline, benchmark_target=benchmark, direction=direction)
    draft.title = suggest_title(draft)
    assert check_specific(draft).verdict is Verdict.PASS


def test_attainable_names_what_keeps_it_from_judging() -> None:
    reversed_dates = check_attainable(goal(100, 150, start_date=TODAY + timedelta(days=60)))
    assert reversed_dates.verdict is Verdict.FAIL
    assert "deadline is not after the start" in str(reversed_dates.reason)
    assert "starting value" not in str(reversed_dates.reason)  # one was given
    no_start = check_attainable(replace(goal(100, 150), baseline_value=None))
    assert "Needs a starting value" in str(no_start.reason)
