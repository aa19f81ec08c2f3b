"""Strategy templates: every one suggests valid tasks and a metric the catalogue knows."""

from __future__ import annotations

from datetime import time

import pytest

from smartgoals_app.domain import catalogue
from smartgoals_app.domain.draft import StrategyDraft, TaskDraft
from smartgoals_app.domain.templates import (
    BLANK,
    TEMPLATES,
    StrategyTemplate,
    first_business_day,
    fit_to_business_hours,
    suggested_tasks,
    template,
)
from smartgoals_app.domain.validation import validate_task


@pytest.mark.parametrize("item", TEMPLATES, ids=lambda t: t.key)
def test_every_template_suggests_valid_tasks(item: StrategyTemplate) -> None:
    tasks = suggested_tasks(item.key)
    assert tasks, "the plan page needs at least one suggested task"
    for task in tasks:
        assert validate_task(task) == {}


@pytest.mark.parametrize("item", TEMPLATES, ids=lambda t: t.key)
def test_template_metric_is_in_the_catalogue(item: StrategyTemplate) -> None:
    key = item.metric_key
    if key is not None:
        assert catalogue.find_metric(catalogue.ALL_NETWORKS, key) or catalogue.find_metric("x", key)


def test_unknown_or_missing_key_falls_back_to_blank() -> None:
    assert template(None).key == BLANK
    assert template("from-an-older-version").key == BLANK


def test_suggested_tasks_are_fresh_objects() -> None:
    first = suggested_tasks("newsletter")
    first[0].title = "changed"
    assert suggested_tasks("newsletter")[0].title != "changed"


def test_only_customer_service_asks_for_business_hours() -> None:
    assert [t.key for t in TEMPLATES if t.uses_business_hours] == ["customer_service"]


TUE_TO_SAT = StrategyDraft(
    statement="Be known for great customer service",
    business_days=["TU", "WE", "TH", "FR", "SA"],
    business_start=time(7),
    business_end=time(15),
)


def test_suggested_tasks_move_onto_business_days_and_hours() -> None:
    """Usability test: a shop open Tue-Sat 07:00-15:00 was offered weekdays at 09:00
    and Friday at 16:00, after closing."""
    answer, saved_replies = suggested_tasks("customer_service", TUE_TO_SAT)
    assert answer.title == "Answer every open message and mention"
    assert (answer.rrule, answer.start_time, answer.duration_minutes) == (
        "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA",
        time(9),
        30,
    )
    assert (saved_replies.rrule, saved_replies.start_time) == ("FREQ=WEEKLY;BYDAY=FR", time(14, 30))


def test_suggested_tasks_without_business_hours_are_the_templates() -> None:
    for item in TEMPLATES:
        assert suggested_tasks(item.key, StrategyDraft()) == suggested_tasks(item.key)


def test_suggested_tasks_already_inside_business_hours_are_unchanged() -> None:
    weekdays = StrategyDraft(
        business_days=["MO", "TU", "WE", "TH", "FR"], business_start=time(9), business_end=time(17)
    )
    assert suggested_tasks("customer_service", weekdays) == suggested_tasks("customer_service")


@pytest.mark.parametrize(
    ("rule", "start", "fitted_rule", "fitted_start"),
    [
        ("FREQ=WEEKLY;BYDAY=MO,TH", time(6), "FREQ=WEEKLY;BYDAY=TU,TH", time(7)),
        ("FREQ=WEEKLY;BYDAY=SU,MO", time(9), "FREQ=WEEKLY;BYDAY=TU", time(9)),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", time(18), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", time(14)),
        ("FREQ=DAILY", time(17), "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA", time(14)),
        ("FREQ=MONTHLY", time(9), "FREQ=MONTHLY", time(9)),
        ("FREQ=MONTHLY;BYDAY=1MO", time(9), "FREQ=MONTHLY;BYDAY=1MO", time(9)),
    ],
)
def test_fit_to_business_hours(rule: str, start: time, fitted_rule: str, fitted_start: time) -> None:
    task = TaskDraft(title="Post", rrule=rule, start_time=start, duration_minutes=60)
    fitted = fit_to_business_hours(task, TUE_TO_SAT.business_days, time(7), time(15))
    assert (fitted.rrule, fitted.start_time, fitted.title, fitted.duration_minutes) == (
        fitted_rule,
        fitted_start,
        "Post",
        60,
    )
    assert validate_task(fitted) == {}


def test_a_task_longer_than_the_opening_hours_starts_at_opening() -> None:
    task = TaskDraft(title="Workshop", rrule="FREQ=WEEKLY;BYDAY=TU", start_time=time(9), duration_minutes=600)
    assert fit_to_business_hours(task, ["TU"], time(7), time(15)).start_time == time(7)


def test_first_business_day() -> None:
    assert first_business_day("SU", ["TU", "SA"]) == "TU"
    assert first_business_day("SA", ["TU", "SA"]) == "SA"
    assert first_business_day("SU", []) == "SU"
