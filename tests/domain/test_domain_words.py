"""Every word the catalogue, templates, enums, schedule and adherence show can be translated.

A fake German lookup turns each (context, source) into "DE:" + source; a word is
translated when it sits in a Text whose every part (values, joined pieces) is a Text
too, or has no letters (numbers, times). A second lookup drops every letter of a
template, so anything English left over in the rendering shows up as letters.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, time
from typing import Any

import pytest

from smartgoals_app.domain import catalogue, templates
from smartgoals_app.domain.adherence import Share
from smartgoals_app.domain.enums import Cadence, Direction, Status
from smartgoals_app.domain.schedule import (
    DAY_NAMES,
    SHORT_DAY_NAMES,
    RuleError,
    build_rule,
    parse_rule,
    summary,
)
from smartgoals_app.domain.text import Joined, Text

BRANDS = {"X / Twitter", "Facebook", "Instagram", "LinkedIn", "TikTok", "YouTube", "Pinterest"}


def de(context: str, source: str) -> str:
    return "DE:" + source


def letterless(context: str, source: str) -> str:
    """The template with its {fields} kept and every letter outside them gone."""
    return "".join(
        piece if piece.startswith("{") else re.sub(r"[^\W\d_]", "·", piece)
        for piece in re.split(r"(\{[^{}]*\})", source)
    )


def untranslated(value: Any) -> list[str]:
    """Words in `value` that no lookup would reach: str pieces with letters that are not Text."""
    if isinstance(value, Joined):
        return [word for part in value.parts for word in untranslated(part)]
    if isinstance(value, Text):
        return [word for item in value.params.values() for word in untranslated(item)]
    if isinstance(value, str) and re.search(r"[^\W\d_]", value):
        return [value]
    return []


def text_nodes(value: Any) -> int:
    """How many templates `value` is made of (each is looked up once when rendered)."""
    if isinstance(value, Joined):
        return sum(text_nodes(part) for part in value.parts)
    if isinstance(value, Text):
        return 1 + sum(text_nodes(item) for item in value.params.values())
    return 0


def assert_fully_translatable(value: str) -> None:
    assert isinstance(value, Text), repr(value)
    assert untranslated(value) == []
    rendered = value.render(de)
    assert rendered.count("DE:") == text_nodes(value) > 0
    assert not re.search(r"[^\W\d_]", value.render(letterless)), value.render(letterless)


# -- constants ---------------------------------------------------------------------------


def test_network_names_are_text_except_brands() -> None:
    for item in catalogue.NETWORKS:
        if item.name in BRANDS:
            assert not isinstance(item.name, Text)
        else:
            assert_fully_translatable(item.name)
        assert_fully_translatable(item.analytics_hint)
    everywhere = catalogue.network_name(catalogue.ALL_NETWORKS)
    assert isinstance(everywhere, Text)
    assert everywhere.render(de) == "DE:Website / all networks"
    assert catalogue.network_name("x") == "X / Twitter"


@pytest.mark.parametrize("key", [n.key for n in catalogue.NETWORKS])
def test_metric_names_units_and_descriptions_are_text(key: str) -> None:
    for metric in catalogue.metrics_for(key):
        for words in (metric.name, metric.unit, metric.description):
            assert_fully_translatable(words)


def test_metrics_are_found_by_key_not_by_words() -> None:
    metric = catalogue.find_metric("instagram", "followers")
    assert metric is not None
    assert metric.name == "Followers"
    assert catalogue.find_metric("instagram", "Followers") is None


def test_a_metric_name_is_stored_as_its_english_words() -> None:
    metric = catalogue.find_metric("x", "response_time")
    assert metric is not None
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE TABLE goal (metric_name TEXT, unit TEXT)")
        conn.execute("INSERT INTO goal VALUES (?, ?)", (metric.name, metric.unit))
        assert conn.execute("SELECT metric_name, unit FROM goal").fetchone() == (
            "Response time to messages",
            "minutes",
        )
    conn.close()


@pytest.mark.parametrize("item", templates.TEMPLATES, ids=lambda t: t.key)
def test_template_words_are_text(item: templates.StrategyTemplate) -> None:
    assert_fully_translatable(item.name)
    if item.statement:
        assert_fully_translatable(item.statement)
    for task in item.tasks:
        assert_fully_translatable(task.title)
    for draft in templates.suggested_tasks(item.key):
        assert isinstance(draft.title, Text)


def test_template_hints_are_text() -> None:
    assert_fully_translatable(templates.HOURS_HINT)
    assert_fully_translatable(templates.RESPONSE_FACTS)


def test_templates_are_found_by_key() -> None:
    assert templates.template("sales").key == "sales"
    assert templates.template("Sales").key == templates.BLANK


@pytest.mark.parametrize("labelled", [*Direction, *Cadence, *Status])
def test_enum_labels_are_text(labelled: Direction | Cadence | Status) -> None:
    assert_fully_translatable(labelled.label)


def test_enum_labels_read_as_before() -> None:
    assert [c.label for c in Cadence] == ["Daily", "Weekly", "Monthly", "Quarterly"]
    assert Direction.MORE.label == "More is better"
    assert Direction.LESS.label == "Less is better"
    assert Status.AT_RISK.label == "At risk"


def test_day_names_are_text() -> None:
    for name in (*DAY_NAMES, *SHORT_DAY_NAMES):
        assert_fully_translatable(name)
    assert [s[:3] for s in DAY_NAMES] == list(SHORT_DAY_NAMES)


# -- made on demand ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "share",
    [Share(0, 0), Share(1, 2), Share(7, 12), Share(3, 3)],
    ids=str,
)
def test_adherence_share_is_text(share: Share) -> None:
    assert_fully_translatable(share.percent_text)


SUMMARIES: list[tuple[str, dict[str, Any], str | None]] = [
    ("FREQ=DAILY", {}, "Every day"),
    ("FREQ=DAILY;INTERVAL=3", {}, "Every 3 days"),
    ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", {}, "Every weekday"),
    ("FREQ=DAILY;BYDAY=FR,MO", {}, "Every Friday and Monday"),
    ("FREQ=WEEKLY", {}, "Every week"),
    ("FREQ=WEEKLY", {"start_date": date(2026, 11, 24)}, "Every Tuesday"),
    ("FREQ=WEEKLY;BYDAY=MO,WE,FR", {}, "Every Monday, Wednesday and Friday"),
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", {}, None),
    ("FREQ=WEEKLY;INTERVAL=2", {}, "Every other week"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", {}, "Every other Monday and Thursday"),
    ("FREQ=WEEKLY;INTERVAL=3", {}, "Every 3 weeks"),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=SA,SU", {}, "Every 3 weeks on Saturday and Sunday"),
    ("FREQ=MONTHLY", {}, "Monthly"),
    ("FREQ=MONTHLY", {"start_date": date(2026, 11, 24)}, "Monthly on day 24"),
    ("FREQ=MONTHLY;INTERVAL=3", {}, "Every 3 months"),
    ("FREQ=MONTHLY;INTERVAL=3", {"start_date": date(2026, 1, 31)}, "Every 3 months on day 31"),
    ("FREQ=MONTHLY;BYMONTHDAY=15", {}, "Monthly on day 15"),
    ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1", {}, "Every 2 months on day 1"),
    ("FREQ=MONTHLY;BYDAY=1MO", {}, "Monthly on the first Monday"),
    ("FREQ=MONTHLY;BYDAY=+2WE", {}, "Monthly on the second Wednesday"),
    ("FREQ=MONTHLY;BYDAY=3TU", {}, "Monthly on the third Tuesday"),
    ("FREQ=MONTHLY;BYDAY=5SA", {}, "Monthly on the fifth Saturday"),
    ("FREQ=MONTHLY;BYDAY=-1FR", {}, "Monthly on the last Friday"),
    ("FREQ=MONTHLY;BYDAY=-2TH", {}, "Monthly on the second-to-last Thursday"),
    ("FREQ=MONTHLY;BYDAY=-3MO", {}, "Monthly on the third-to-last Monday"),
    ("FREQ=MONTHLY;BYDAY=-4SU", {}, "Monthly on the fourth-to-last Sunday"),
    ("FREQ=MONTHLY;BYDAY=-5WE", {}, "Monthly on the fifth-to-last Wednesday"),
    ("FREQ=MONTHLY;BYDAY=1MO,-1FR", {}, "Monthly on the first Monday and the last Friday"),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=4SU", {}, "Every 2 months on the fourth Sunday"),
    ("FREQ=YEARLY", {}, "Every year"),
    ("FREQ=YEARLY;INTERVAL=2", {}, "Every 2 years"),
    ("FREQ=DAILY;COUNT=5", {}, "Every day, 5 times"),
    ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270131T235959", {}, "Every Tuesday, until 31 Jan 2027"),
    (
        "FREQ=WEEKLY;BYDAY=MO,TH",
        {"start_time": time(8, 30), "duration_minutes": 30},
        "Every Monday and Thursday, 08:30-09:00",
    ),
    ("FREQ=WEEKLY;BYDAY=TU", {"start_time": time(11)}, "Every Tuesday, 11:00"),
    (
        "FREQ=DAILY;UNTIL=20261125T235959",
        {"start_time": time(9), "duration_minutes": 15},
        "Every day, 09:00-09:15, until 25 Nov 2026",
    ),
    (
        "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3",
        {"start_time": time(16), "duration_minutes": 60},
        "Monthly on the last Friday, 16:00-17:00, 3 times",
    ),
]


@pytest.mark.parametrize(("rule", "options", "english"), SUMMARIES, ids=[c[0] + str(c[1]) for c in SUMMARIES])
def test_summary_is_text_in_english_and_translatable(
    rule: str, options: dict[str, Any], english: str | None
) -> None:
    text = summary(rule, **options)
    if english is not None:
        assert text == english
    assert_fully_translatable(text)


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_of_an_end_date_is_translatable(month: int) -> None:
    text = summary(build_rule("WEEKLY", weekdays=["MO"], until=date(2027, month, 1)))
    assert text == f"Every Monday, until 1 {date(2027, month, 1):%b} 2027"
    assert_fully_translatable(text)


def test_a_day_past_what_a_month_holds_is_refused_in_words() -> None:
    # dateutil raised IndexError expanding "the sixth Monday".
    with pytest.raises(RuleError) as caught:
        summary("FREQ=MONTHLY;BYDAY=+6MO")
    assert_fully_translatable(caught.value.args[0])


def test_a_german_summary_reads_in_german() -> None:
    german = {
        "Monday": "Montag",
        "Thursday": "Donnerstag",
        "{days} and {last_day}": "{days} und {last_day}",
        "Every {days}": "Jeden {days}",
        "{repeat}, {start}-{end}": "{repeat}, {start} bis {end} Uhr",
        "{repeat}, until {date}": "{repeat}, bis {date}",
        "{day} {month} {year}": "{day}. {month} {year}",
        "Mar": "März",
    }
    text = summary("FREQ=WEEKLY;BYDAY=MO,TH", start_time=time(8, 30), duration_minutes=30)
    assert isinstance(text, Text)
    assert text.render(lambda c, s: german.get(s, "")) == "Jeden Montag und Donnerstag, 08:30 bis 09:00 Uhr"
    later = summary("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270301")
    assert isinstance(later, Text)
    assert later.render(lambda c, s: german.get(s, "")) == "Jeden Montag, bis 1. März 2027"


@pytest.mark.parametrize(
    "rule",
    [
        "",
        "WEEKLY",
        "BYDAY=TU",
        "FREQ=WEEKLY;BYHOUR=9",
        "FREQ=WEEKLY;COUNT=2;UNTIL=20270101",
        "FREQ=WEEKLY;INTERVAL=0",
        "FREQ=WEEKLY;COUNT=0",
        "FREQ=WEEKLY;UNTIL=1",
        "FREQ=WEEKLY;WKST=XX",
        "FREQ=YEARLY;BYDAY=MO",
        "FREQ=DAILY;INTERVAL=2;BYDAY=MO",
        "FREQ=MONTHLY;BYDAY=9MO",
        "FREQ=WEEKLY;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYMONTHDAY=407",
        "FREQ=DAILY;FREQ=DAILY",
        "FREQ=DAILY;" + "X" * 600,
    ],
)
def test_rule_errors_are_text(rule: str) -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule(rule)
    message = caught.value.args[0]
    assert str(caught.value) == message
    assert isinstance(message, Text)
    assert message.render(de).startswith("DE:")


def test_a_bad_part_is_refused_in_a_translatable_sentence_naming_the_range() -> None:
    with pytest.raises(RuleError) as caught:
        parse_rule("FREQ=WEEKLY;INTERVAL=abc")
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert message.source == "INTERVAL must be a whole number from 1 to {most}."


@pytest.mark.parametrize(
    ("call", "english"),
    [
        (lambda: build_rule("HOURLY"), "Unknown repeat 'HOURLY'."),
        (lambda: build_rule("WEEKLY", interval=0), "Repeat every 1 or more."),
        (lambda: build_rule("WEEKLY", weekdays=["XX"]), "Unknown day 'XX'."),
    ],
)
def test_build_rule_errors_are_text_and_read_as_before(call: Any, english: str) -> None:
    with pytest.raises(RuleError) as caught:
        call()
    message = caught.value.args[0]
    assert str(caught.value) == english
    # The value is the code the caller gave (not a word), shown as it is.
    assert isinstance(message, Text)
    assert message.render(de) == "DE:" + english
