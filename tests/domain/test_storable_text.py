"""The one rule of what text and numbers the database can store (domain.validation),
as every service applies it."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.domain.text import Text
from smartgoals_app.domain.validation import (
    MAX_STORED_TEXT,
    check_number,
    check_storable,
    check_text,
    is_storable_int,
    storable_errors,
    validate_goal,
)
from tests.conftest import TODAY
from tests.factories import signups_draft


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("half \ud83c of a flag", "broken character"),
        ("\udfff", "broken character"),
        ("nul\x00", "control character (number 0)"),
        ("escape \x1b[0m", "control character (number 27)"),
        ("x" * (MAX_STORED_TEXT + 1), "characters long"),
    ],
)
def test_text_the_file_cannot_hold_is_refused_in_words(text: str, fragment: str) -> None:
    message = check_storable(text, label="The note")
    assert isinstance(message, Text)
    assert fragment in message
    assert message.startswith("The note")


@pytest.mark.parametrize(
    "text", ["", "tab\tnew line\nreturn\r", "Répondre 🎯", "日本語", "x" * MAX_STORED_TEXT]
)
def test_ordinary_text_is_stored(text: str) -> None:
    assert check_storable(text, label="The note") is None


def test_check_text_applies_the_rule_first() -> None:
    assert "broken character" in str(check_text("\ud800", label="The goal", required=True, limit=120))


@settings(max_examples=200)
@given(st.text(st.characters(exclude_categories=()), max_size=30))
def test_text_that_passes_encodes(text: str) -> None:
    if check_storable(text, label="x") is None:
        text.encode("utf-8")


@pytest.mark.parametrize("value", [10**309, -(10**309), 10**400, math.nan, math.inf, -math.inf, 1e13])
def test_numbers_past_what_is_stored_are_refused_in_words(value: float) -> None:
    message = check_number(value)
    assert isinstance(message, Text)


@pytest.mark.parametrize(
    ("value", "storable"),
    [(0, True), (2**63 - 1, True), (2**63, False), (-(2**64), False), (True, False), (1.0, False)],
)
def test_whole_numbers_fit_sqlite(value: object, storable: bool) -> None:
    assert is_storable_int(value) is storable


def test_every_text_of_a_draft_is_checked_even_those_picked_from_lists() -> None:
    draft = signups_draft(TODAY, network="face\ud800book", metric_key="nul\x00")
    draft.strategy.networks = ["x\x00"]
    draft.tasks[0].notes = "\ud800"
    errors = storable_errors(draft)
    assert set(errors) == {"goal.network", "goal.metric_key", "strategy.networks", "task.notes"}
    assert set(errors) <= set(validate_goal(draft, TODAY))


def test_a_huge_baseline_does_not_break_the_targets_check() -> None:
    draft = signups_draft(TODAY, baseline_value=10**400)
    errors = validate_goal(draft, TODAY)
    assert "too large" in errors["goal.baseline_value"]
    assert "goal.benchmark_target" not in errors


def test_ids_past_sqlite_are_refused() -> None:
    errors = storable_errors(GoalDraft(goal_id=2**64, strategy_id=-(2**70)))
    assert set(errors) == {"goal.goal_id", "strategy.statement"}
