"""Strategy templates: every one suggests valid tasks and a metric the catalogue knows."""

from __future__ import annotations

import pytest

from smartgoals_app.domain import catalogue
from smartgoals_app.domain.templates import BLANK, TEMPLATES, StrategyTemplate, suggested_tasks, template
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
