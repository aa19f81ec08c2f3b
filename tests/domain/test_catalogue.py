"""The metric catalogue: every network the app offers, outcome metrics first."""

from __future__ import annotations

import pytest

from smartgoals_app.domain.catalogue import (
    ALL_NETWORKS,
    NETWORKS,
    find_metric,
    metrics_for,
    network,
    network_name,
)
from smartgoals_app.domain.enums import Direction, MetricKind

NETWORK_KEYS = [n.key for n in NETWORKS]


def test_the_networks_the_method_names() -> None:
    names = {n.name for n in NETWORKS}
    for expected in ("X / Twitter", "Facebook", "Instagram", "LinkedIn", "TikTok", "YouTube", "Pinterest"):
        assert expected in names
    assert network(ALL_NETWORKS).name == "Website / all networks"
    assert len(set(NETWORK_KEYS)) == len(NETWORK_KEYS)
    assert all(n.analytics_hint.strip() for n in NETWORKS)


def test_unknown_network() -> None:
    with pytest.raises(KeyError):
        network("myspace")
    with pytest.raises(KeyError):
        metrics_for("myspace")
    assert network_name("myspace") == "myspace"
    assert network_name("linkedin") == "LinkedIn"


@pytest.mark.parametrize("key", NETWORK_KEYS)
def test_every_network_offers_the_outcomes_of_the_method(key: str) -> None:
    metrics = metrics_for(key)
    keys = [m.key for m in metrics]
    assert len(set(keys)) == len(keys)
    for outcome in ("response_time", "newsletter_signups", "leads", "sales", "referral_visits"):
        assert outcome in keys
        found = find_metric(key, outcome)
        assert found is not None
        assert found.kind is MetricKind.OUTCOME


@pytest.mark.parametrize("key", NETWORK_KEYS)
def test_outcome_metrics_come_first(key: str) -> None:
    kinds = [m.kind for m in metrics_for(key)]
    assert MetricKind.VANITY in kinds
    first_vanity = kinds.index(MetricKind.VANITY)
    assert all(k is MetricKind.VANITY for k in kinds[first_vanity:])


@pytest.mark.parametrize("key", NETWORK_KEYS)
def test_every_metric_is_complete(key: str) -> None:
    for metric in metrics_for(key):
        assert all(text.strip() for text in (metric.key, metric.name, metric.unit, metric.description))
        assert metric.direction in set(Direction)
        assert metric.is_vanity is (metric.kind is MetricKind.VANITY)


def test_response_time_is_minutes_and_less_is_better() -> None:
    metric = find_metric("x", "response_time")
    assert metric is not None
    assert metric.unit == "minutes"
    assert metric.direction is Direction.LESS
    assert not metric.is_vanity


def test_vanity_metrics_are_flagged() -> None:
    for key in ("followers", "likes", "impressions"):
        metric = find_metric("instagram", key)
        assert metric is not None
        assert metric.is_vanity


def test_network_specific_metrics() -> None:
    assert find_metric("youtube", "watch_time") is not None
    assert find_metric("x", "watch_time") is None
    complaints = find_metric(ALL_NETWORKS, "complaints_open")
    assert complaints is not None
    assert complaints.direction is Direction.LESS
    assert find_metric("facebook", "no_such_metric") is None
