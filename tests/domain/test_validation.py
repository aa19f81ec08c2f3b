"""Field validation: numbers as people type them, and every validate_* rule."""

from __future__ import annotations

import math
from datetime import time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Direction
from smartgoals_app.domain.validation import (
    MAX_GOAL_YEARS,
    MAX_LONG,
    MAX_STATEMENT,
    MAX_TITLE,
    MAX_VALUE,
    Parsed,
    ValidationError,
    check_number,
    check_text,
    parse_number,
    task_errors,
    validate_goal,
    validate_goal_wording,
    validate_plan,
    validate_starting_point,
    validate_strategy,
    validate_targets,
    validate_task,
    validate_why,
)
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft, vanity_draft

# -- parse_number --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120", 120.0),
        ("  120 ", 120.0),
        ("1,200", 1200.0),
        ("1,200,000", 1_200_000.0),
        ("1 200", 1200.0),
        ("1\u00a0200", 1200.0),  # no-break space, as French locales type it
        ("1\u202f200", 1200.0),  # narrow no-break space
        ("1_200", 1200.0),
        ("12.5", 12.5),
        ("12,5", 12.5),
        ("0,75", 0.75),
        ("1,200.50", 1200.5),
        ("1.200,50", 1200.5),  # European: dot for thousands, comma for decimals
        ("1.234.567,8", 1234567.8),
        ("+7", 7.0),
        ("0", 0.0),
        ("1e6", 1e6),
        (f"{MAX_VALUE:.0f}", MAX_VALUE),
    ],
)
def test_parse_number_reads_what_people_type(text: str, expected: float) -> None:
    assert parse_number(text) == Parsed(expected, None)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("abc", "not a number"),
        ("12 apples", "not a number"),
        ("1,2,3", "not a number"),
        ("nan", "not NaN or infinity"),
        ("NaN", "not NaN or infinity"),
        ("inf", "not NaN or infinity"),
        ("-infinity", "not NaN or infinity"),
        ("-5", "cannot be negative"),
        ("1e20", "too large"),
        ("1000000000001", "too large"),
        ("", "Enter a number"),
        ("   ", "Enter a number"),
    ],
)
def test_parse_number_refuses_with_a_plain_reason(text: str, fragment: str) -> None:
    parsed = parse_number(text)
    assert parsed.value is None
    assert parsed.error is not None
    assert fragment in parsed.error


def test_parse_number_quotes_long_bad_input_clipped() -> None:
    parsed = parse_number("x" * 100)
    assert parsed.error is not None
    assert "x" * 19 + "…" in parsed.error
    assert "x" * 21 not in parsed.error


def test_parse_number_options() -> None:
    assert parse_number("", required=False) == Parsed(None, None)
    assert parse_number("-5", allow_negative=True) == Parsed(-5.0, None)
    assert parse_number("-1,200", allow_negative=True) == Parsed(-1200.0, None)
    assert parse_number("169", maximum=168).error == "That number is too large (the most is 168)."
    assert parse_number("168", maximum=168) == Parsed(168.0, None)


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_reads_grouped_integers(number: int) -> None:
    assert parse_number(f"{number:,}").value == number
    assert parse_number(f"{number:_}").value == number
    assert parse_number(f"{number:,}".replace(",", " ")).value == number


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_parse_number_reads_decimals_with_either_separator(number: object) -> None:
    text = f"{number:.2f}"
    expected = float(text)
    assert parse_number(text).value == pytest.approx(expected)
    assert parse_number(text.replace(".", ",")).value == pytest.approx(expected)
    assert parse_number(f"{float(text):,.2f}").value == pytest.approx(expected)


@given(st.text(max_size=30))
def test_parse_number_never_raises_and_never_returns_both(text: str) -> None:
    parsed = parse_number(text, allow_negative=True)
    assert (parsed.value is None) != (parsed.error is None) or (parsed.value is None and not text.strip())
    if parsed.value is not None:
        assert math.isfinite(parsed.value)
        assert abs(parsed.value) <= MAX_VALUE


# -- check_number / check_text ---------------------------------------------------------


def test_check_number() -> None:
    assert check_number(12.5) is None
    assert check_number(0.0) is None
    assert check_number(None) == "Enter a number."
    assert check_number(None, required=False) is None
    assert check_number(float("nan")) is not None
    assert check_number(float("inf")) is not None
    assert check_number(-1.0) is not None
    assert check_number(1e13) is not None
    assert check_number(200, maximum=168) is not None
    assert check_number(1e-7) is None  # repr() gives "1e-07": still a number


def test_check_text() -> None:
    assert check_text("  ", label="The goal", required=True, limit=10) == "The goal cannot be empty."
    assert check_text("  ", label="The goal", required=False, limit=10) is None
    assert check_text(" " + "a" * 10 + " ", label="The goal", required=True, limit=10) is None
    message = check_text("a" * 1500, label="The note", required=False, limit=1000)
    assert message == "The note is 1,500 characters long; keep it under 1,000."


def test_validation_error_carries_the_fields() -> None:
    error = ValidationError({"goal.title": "The goal cannot be empty."})
    assert error.errors == {"goal.title": "The goal cannot be empty."}
    assert "goal.title: The goal cannot be empty." in str(error)
    assert isinstance(error, ValueError)


# -- validate_strategy ---------------------------------------------------------------


def test_valid_strategies() -> None:
    assert validate_strategy(StrategyDraft(statement="Great service")) == {}
    hours = StrategyDraft("Great service", None, [], ["MO", "FR"], time(9), time(17))
    assert validate_strategy(hours) == {}


@pytest.mark.parametrize(
    ("strategy", "key", "fragment"),
    [
        (StrategyDraft(statement=" "), "strategy.statement", "cannot be empty"),
        (StrategyDraft(statement="x" * (MAX_STATEMENT + 1)), "strategy.statement", "keep it under"),
        (StrategyDraft("s", business_days=["MON"]), "strategy.business_days", "Unknown day code"),
        (StrategyDraft("s", business_days=["MO"], business_start=time(9)), "strategy.business_end", "both"),
        (StrategyDraft("s", business_days=["MO"], business_end=time(9)), "strategy.business_end", "both"),
        (
            StrategyDraft("s", business_days=["MO"], business_start=time(17), business_end=time(9)),
            "strategy.business_end",
            "after the opening",
        ),
        (
            StrategyDraft("s", business_days=["MO"], business_start=time(9), business_end=time(9)),
            "strategy.business_end",
            "after the opening",
        ),
        (
            StrategyDraft("s", business_start=time(9), business_end=time(17)),
            "strategy.business_days",
            "Pick the days",
        ),
    ],
)
def test_invalid_strategies(strategy: StrategyDraft, key: str, fragment: str) -> None:
    errors = validate_strategy(strategy)
    assert list(errors) == [key]
    assert fragment in errors[key]


# -- validate_starting_point ---------------------------------------------------------


def test_factories_are_valid() -> None:
    for draft in (signups_draft(TODAY), response_time_draft(TODAY), vanity_draft(TODAY)):
        assert validate_goal(draft, TODAY) == {}


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"network": None}, "goal.network"),
        ({"metric_name": ""}, "goal.metric_name"),
        ({"metric_name": "m" * 81}, "goal.metric_name"),
        ({"unit": ""}, "goal.unit"),
        ({"baseline_value": None}, "goal.baseline_value"),
        ({"baseline_value": -3.0}, "goal.baseline_value"),
        ({"baseline_value": float("nan")}, "goal.baseline_value"),
        ({"baseline_date": None}, "goal.baseline_date"),
        ({"baseline_date": TODAY + timedelta(days=1)}, "goal.baseline_date"),
        ({"data_source": "s" * 161}, "goal.data_source"),
        ({"outcome_link": "o" * (MAX_STATEMENT + 1)}, "goal.outcome_link"),
    ],
)
def test_starting_point_errors(changes: dict[str, object], key: str) -> None:
    errors = validate_starting_point(signups_draft(TODAY, **changes), TODAY)
    assert list(errors) == [key]


def test_starting_point_percentages() -> None:
    draft = signups_draft(TODAY, unit="% of messages", baseline_value=101.0)
    assert "above 100" in validate_starting_point(draft, TODAY)["goal.baseline_value"]
    draft.baseline_value = 100.0
    assert validate_starting_point(draft, TODAY) == {}


def test_starting_point_baseline_read_today_or_earlier() -> None:
    assert validate_starting_point(signups_draft(TODAY, baseline_date=TODAY), TODAY) == {}
    earlier = signups_draft(TODAY, baseline_date=TODAY - timedelta(days=400))
    assert validate_starting_point(earlier, TODAY) == {}


def test_starting_point_zero_baseline_is_fine() -> None:
    assert validate_starting_point(signups_draft(TODAY, baseline_value=0.0), TODAY) == {}


# -- validate_goal_wording -----------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "key", "fragment"),
    [
        ({"title": " "}, "goal.title", "cannot be empty"),
        ({"title": "t" * (MAX_TITLE + 1)}, "goal.title", "keep it under"),
        ({"start_date": None}, "goal.start_date", "starts"),
        ({"deadline": None}, "goal.deadline", "Enter a deadline"),
        ({"deadline": TODAY}, "goal.deadline", "after the start"),  # start == deadline
        ({"deadline": TODAY - timedelta(days=1)}, "goal.deadline", "after the start"),
        (
            {"deadline": TODAY + timedelta(days=366 * MAX_GOAL_YEARS + 1)},
            "goal.deadline",
            f"within {MAX_GOAL_YEARS} years",
        ),
        (
            {"baseline_date": TODAY, "start_date": TODAY - timedelta(days=1)},
            "goal.start_date",
            "before the day you read the baseline",
        ),
    ],
)
def test_wording_errors(changes: dict[str, object], key: str, fragment: str) -> None:
    errors = validate_goal_wording(signups_draft(TODAY, **changes), TODAY)
    assert list(errors) == [key]
    assert fragment in errors[key]


def test_wording_deadline_limits() -> None:
    longest = signups_draft(TODAY, deadline=TODAY + timedelta(days=366 * MAX_GOAL_YEARS))
    assert validate_goal_wording(longest, TODAY) == {}
    tomorrow = signups_draft(TODAY, deadline=TODAY + timedelta(days=1))
    assert validate_goal_wording(tomorrow, TODAY) == {}


def test_wording_a_past_deadline_is_refused_for_new_goals_only() -> None:
    start = TODAY - timedelta(days=60)
    draft = signups_draft(TODAY, baseline_date=start, start_date=start, deadline=TODAY - timedelta(days=1))
    assert "in the past" in validate_goal_wording(draft, TODAY)["goal.deadline"]
    draft.goal_id = 7  # editing a goal whose deadline has passed: allowed
    assert validate_goal_wording(draft, TODAY) == {}
    draft.goal_id = None
    draft.deadline = TODAY  # deadline today is not in the past
    assert validate_goal_wording(draft, TODAY) == {}


# -- validate_why --------------------------------------------------------------------


def test_why_is_required_impact_and_audience_are_not() -> None:
    assert list(validate_why(signups_draft(TODAY, why=" "))) == ["goal.why"]
    assert validate_why(signups_draft(TODAY, impact="", audience="")) == {}
    long = "x" * (MAX_LONG + 1)
    errors = validate_why(signups_draft(TODAY, why=long, impact=long, audience=long))
    assert set(errors) == {"goal.why", "goal.impact", "goal.audience"}
    assert errors["goal.impact"].startswith("The impact is")


# -- validate_targets: both directions -------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "baseline", "benchmark", "stretch", "expected"),
    [
        (Direction.MORE, 100, 200, 300, set()),
        (Direction.MORE, 100, 200, 200, {"goal.stretch_target"}),  # stretch must be beyond
        (Direction.MORE, 100, 200, 150, {"goal.stretch_target"}),
        (Direction.MORE, 100, 100, 300, {"goal.benchmark_target"}),  # target equals baseline
        (Direction.MORE, 100, 50, 300, {"goal.benchmark_target"}),
        (Direction.MORE, 0, 1, 2, set()),  # from zero
        (Direction.LESS, 90, 30, 15, set()),
        (Direction.LESS, 90, 30, 30, {"goal.stretch_target"}),
        (Direction.LESS, 90, 30, 45, {"goal.stretch_target"}),
        (Direction.LESS, 90, 90, 15, {"goal.benchmark_target"}),
        (Direction.LESS, 90, 120, 15, {"goal.benchmark_target"}),
        (Direction.LESS, 90, 30, 0, set()),  # down to zero
    ],
)
def test_targets_must_improve_in_the_goal_direction(
    direction: Direction, baseline: float, benchmark: float, stretch: float, expected: set[str]
) -> None:
    draft = GoalDraft(
        unit="x",
        direction=direction,
        baseline_value=baseline,
        benchmark_target=benchmark,
        stretch_target=stretch,
    )
    assert set(validate_targets(draft)) == expected


def test_target_messages_say_which_way() -> None:
    up = validate_targets(GoalDraft(unit="x", baseline_value=100, benchmark_target=90, stretch_target=200))
    assert up["goal.benchmark_target"] == "The benchmark must be above your starting value of 100."
    down = GoalDraft(
        unit="min", direction=Direction.LESS, baseline_value=90, benchmark_target=30, stretch_target=40
    )
    assert validate_targets(down)["goal.stretch_target"] == (
        "The stretch target must be below the benchmark of 30 (less is better for this metric)."
    )


def test_targets_missing_or_not_numbers() -> None:
    errors = validate_targets(GoalDraft(unit="x", baseline_value=1))
    assert set(errors) == {"goal.benchmark_target", "goal.stretch_target"}
    errors = validate_targets(
        GoalDraft(unit="x", baseline_value=1, benchmark_target=float("nan"), stretch_target=5)
    )
    # The stretch is not compared with a benchmark that is itself wrong.
    assert set(errors) == {"goal.benchmark_target"}


def test_targets_in_percent_stay_at_or_under_100() -> None:
    draft = GoalDraft(unit="% positive", baseline_value=50, benchmark_target=101, stretch_target=120)
    errors = validate_targets(draft)
    assert errors["goal.benchmark_target"] == "A percentage cannot be above 100."
    draft = GoalDraft(unit="% positive", baseline_value=50, benchmark_target=90, stretch_target=100.5)
    assert validate_targets(draft) == {"goal.stretch_target": "A percentage cannot be above 100."}
    draft.stretch_target = 100
    assert validate_targets(draft) == {}


def test_targets_without_a_baseline_only_check_each_other() -> None:
    assert validate_targets(GoalDraft(unit="x", benchmark_target=10, stretch_target=20)) == {}
    assert set(validate_targets(GoalDraft(unit="x", benchmark_target=10, stretch_target=5))) == {
        "goal.stretch_target"
    }


# -- validate_task / validate_plan -----------------------------------------------------


def test_valid_task() -> None:
    assert validate_task(TaskDraft(title="Join the chat", rrule="FREQ=WEEKLY;BYDAY=TU")) == {}
    assert validate_task(TaskDraft(title="t", rrule="RRULE:FREQ=DAILY")) == {}
    # Ending exactly at midnight is fine.
    assert validate_task(TaskDraft(title="t", start_time=time(23, 30), duration_minutes=30)) == {}
    assert validate_task(TaskDraft(title="t", start_time=time(0, 0), duration_minutes=24 * 60)) == {}


@pytest.mark.parametrize(
    ("task", "key"),
    [
        (TaskDraft(title=" "), "task.title"),
        (TaskDraft(title="t" * (MAX_TITLE + 1)), "task.title"),
        (TaskDraft(title="t", duration_minutes=0), "task.duration_minutes"),
        (TaskDraft(title="t", duration_minutes=24 * 60 + 1), "task.duration_minutes"),
        (TaskDraft(title="t", start_time=time(23, 30), duration_minutes=31), "task.duration_minutes"),
        (TaskDraft(title="t", rrule=""), "task.rrule"),
        (TaskDraft(title="t", rrule="FREQ=HOURLY"), "task.rrule"),
        (TaskDraft(title="t", rrule="FREQ=WEEKLY;BYHOUR=9"), "task.rrule"),
        (TaskDraft(title="t", rrule="FREQ=WEEKLY;BYDAY=XX"), "task.rrule"),
        (TaskDraft(title="t", notes="n" * (MAX_LONG + 1)), "task.notes"),
    ],
)
def test_invalid_tasks(task: TaskDraft, key: str) -> None:
    assert list(validate_task(task)) == [key]


def test_plan_numbers_each_task_and_keeps_the_first_error_per_field() -> None:
    draft = signups_draft(
        TODAY,
        tasks=[
            TaskDraft(title="ok"),
            TaskDraft(title="", rrule="nope"),
            TaskDraft(title=""),
        ],
    )
    errors = validate_plan(draft)
    assert errors["task.title"].startswith("Task 2: ")
    assert errors["task.rrule"].startswith("Task 2: ")


@pytest.mark.parametrize(
    ("changes", "key", "fragment"),
    [
        ({"budget_per_month": -1.0}, "goal.budget_per_month", "negative"),
        ({"budget_per_month": float("inf")}, "goal.budget_per_month", "infinity"),
        ({"hours_per_week": 169.0}, "goal.hours_per_week", "168 hours"),
        ({"hours_per_week": -2.0}, "goal.hours_per_week", "negative"),
    ],
)
def test_plan_budget_and_hours(changes: dict[str, object], key: str, fragment: str) -> None:
    errors = validate_plan(signups_draft(TODAY, **changes))
    assert list(errors) == [key]
    assert fragment in errors[key]


def test_plan_budget_and_hours_are_optional() -> None:
    draft = signups_draft(TODAY, budget_per_month=None, hours_per_week=None, tasks=[])
    assert validate_plan(draft) == {}
    assert validate_plan(signups_draft(TODAY, budget_per_month=0.0, hours_per_week=168.0)) == {}


# -- validate_goal ---------------------------------------------------------------------


def test_goal_with_an_existing_strategy_skips_the_strategy_checks() -> None:
    draft = signups_draft(TODAY, strategy=StrategyDraft(), strategy_id=1)
    assert validate_goal(draft, TODAY) == {}
    draft.strategy_id = None
    assert list(validate_goal(draft, TODAY)) == ["strategy.statement"]


def test_empty_draft_lists_every_required_field() -> None:
    errors = validate_goal(GoalDraft(), TODAY)
    assert {
        "strategy.statement",
        "goal.network",
        "goal.metric_name",
        "goal.unit",
        "goal.baseline_value",
        "goal.baseline_date",
        "goal.title",
        "goal.start_date",
        "goal.deadline",
        "goal.why",
        "goal.benchmark_target",
        "goal.stretch_target",
    } == set(errors)
    assert all(message.strip() for message in errors.values())


@pytest.mark.parametrize(
    ("typed", "suggestions"),
    [("1.000", ("1000", " 1.")), ("12.500", ("12500", "12.5")), ("2.125", ("2125", "2.1250"))],
)
def test_a_lone_dot_group_is_refused_as_unclear_with_both_readings(
    typed: str, suggestions: tuple[str, str]
) -> None:
    parsed = parse_number(typed)
    assert parsed.value is None
    assert parsed.error is not None
    assert "unclear" in parsed.error
    for suggestion in suggestions:
        assert suggestion in parsed.error
        # What the message suggests must itself be accepted.
        assert parse_number(suggestion.strip().rstrip(".")).error is None


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1.000.000", 1_000_000), ("0.125", 0.125), ("1000.000", 1000), ("1.000,5", 1000.5), ("2.1250", 2.125)],
)
def test_dots_that_can_only_mean_one_thing_are_read(typed: str, value: float) -> None:
    assert parse_number(typed).value == value


def test_check_number_accepts_values_whose_text_would_look_unclear() -> None:
    assert check_number(1.125) is None


def test_each_tasks_errors_come_by_its_place_in_the_plan() -> None:
    good = TaskDraft(title="Post", rrule="FREQ=DAILY", start_time=time(9), duration_minutes=1)
    no_rule = TaskDraft(title="Reply", rrule="", start_time=time(9), duration_minutes=30)
    untitled = TaskDraft(title="", rrule="FREQ=DAILY", start_time=time(9), duration_minutes=30)
    found = task_errors([good, no_rule, untitled])
    assert set(found) == {1, 2}  # the one-minute task is fine
    assert set(found[1]) == {"task.rrule"}
    assert set(found[2]) == {"task.title"}
    # The plan's messages still name the first task at fault for each field.
    errors = validate_plan(signups_draft(TODAY, tasks=[good, no_rule, untitled]))
    assert errors["task.rrule"].startswith("Task 2: ")
    assert errors["task.title"].startswith("Task 3: ")
