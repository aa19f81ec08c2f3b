"""The wizard walked end to end, as a person would, with the rows checked in SQLite."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.wizard.common import PLAN, REVIEW, SMART, STRATEGY, TARGETS, colour
from tests.factories import response_time_draft, signups_draft
from tests.ui.wizard.wizard_driver import Person, count, open_wizard, rows


def test_newsletter_signups_goal_more_is_better(person: Person, db: Database) -> None:
    person.next()  # welcome
    assert person.page == STRATEGY
    person.newsletter_strategy()
    statement = person.find("strategy.statement", QPlainTextEdit).toPlainText()
    assert statement.startswith("Turn followers into newsletter subscribers")
    person.next()

    person.newsletter_start()
    assert "Where to find it: Meta Business Suite" in person.find("analyticsHint", QLabel).text()
    assert person.find("goal.unit", QLineEdit).text() == "sign-ups"
    # Under the value: whether it is this period's count or the total so far is said.
    field = person.find("field:goal.baseline_value")
    assert any(
        "a count for a period" in label.text() and label.isVisible() for label in field.findChildren(QLabel)
    )
    person.next()

    assert person.page == SMART
    person.type("goal.deadline", "2027-03-31")
    assert person.find("goal.title", QLineEdit).text() == (
        "Grow newsletter sign-ups on Facebook from 120 by 31 Mar 2027"
    )
    assert person.find("smart:T:verdict", QLabel).text() == "✓ Pass"
    assert person.find("smart:M:verdict", QLabel).text() == "… Later"  # no target yet
    person.next()

    person.type("goal.why", "Launch the spring collection to people who already want it")
    person.type("goal.audience", "Local parents who buy handmade toys")
    person.next()

    assert person.page == TARGETS
    person.type("goal.benchmark_target", "200")
    person.type("goal.stretch_target", "300")
    # 80 more over 129 days (18.4 weeks): 4.34 a week, 18.8 a month (52 weeks in 12 months);
    # rounded to one decimal, as the dashboard rounds its paces.
    assert person.find("benchmarkGrowth", QLabel).text() == (
        "From the start to the deadline: 4.3 sign-ups more each week, about 18.8 sign-ups a month."
    )
    assert person.find("stretchGrowth", QLabel).text() == (
        "From the start to the deadline: 9.8 sign-ups more each week, about 42.3 sign-ups a month."
    )
    person.next()

    assert person.page == PLAN
    assert person.find("task.title", QLineEdit).text() == "Post a sign-up teaser with a sneak peek"
    assert person.find("taskSummary", QLabel).text() == "Every Tuesday and Thursday, 09:00-09:30"
    person.click("wizard.add_task")
    person.type("task.title", "Reply to comments 💬")
    person.choose("task.rrule", "Every week, on the days ticked")
    person.tick("task.rrule:WE")  # adds Wednesday to the start date's day
    person.type("task.start_time", "12:30")
    person.type("task.duration_minutes", "20")
    person.choose("goal.cadence", "Weekly")
    person.type("goal.budget_per_month", "150")
    person.type("goal.hours_per_week", "3")
    person.next()

    assert person.page == REVIEW
    assert count(db, "goal") == 0, "nothing reaches the goal tables before Finish"
    goal_id = person.finish()

    (goal,) = rows(db, "SELECT * FROM goal")
    assert goal["id"] == goal_id
    assert goal["title"] == "Grow newsletter sign-ups on Facebook from 120 to 200 by 31 Mar 2027"
    assert (goal["network"], goal["metric_key"], goal["unit"]) == (
        "facebook",
        "newsletter_signups",
        "sign-ups",
    )
    assert (goal["direction"], goal["kind"]) == ("more", "outcome")
    assert (goal["baseline_value"], goal["benchmark_target"], goal["stretch_target"]) == (120, 200, 300)
    assert (goal["baseline_date"], goal["start_date"], goal["deadline"]) == (
        "2026-11-22",
        "2026-11-22",
        "2027-03-31",
    )
    assert goal["data_source"] == "Mailchimp audience report"
    assert goal["audience"] == "Local parents who buy handmade toys"
    assert (goal["cadence"], goal["budget_per_month"], goal["hours_per_week"]) == ("weekly", 150, 3)
    (strategy,) = rows(db, "SELECT * FROM strategy")
    assert strategy["template"] == "newsletter"
    assert strategy["business_days"] is None
    networks = {r["network"] for r in rows(db, "SELECT network FROM strategy_network")}
    assert networks == {"facebook", "instagram"}
    tasks = rows(db, "SELECT * FROM task ORDER BY id")
    assert [(t["title"], t["rrule"], t["start_time"][:5], t["duration_minutes"]) for t in tasks] == [
        ("Post a sign-up teaser with a sneak peek", "FREQ=WEEKLY;BYDAY=TU,TH", "09:00", 30),
        ("Reply to comments and invite people to sign up", "FREQ=WEEKLY;BYDAY=WE", "12:00", 20),
        ("Reply to comments 💬", "FREQ=WEEKLY;BYDAY=WE,SU", "12:30", 20),
    ]
    assert count(db, "wizard_draft") == 0, "the finished draft is cleared"


def test_response_time_goal_less_is_better_within_business_hours(person: Person, db_path: Path) -> None:
    person.next()
    person.choose("strategy.template", "Great customer service")
    facts = person.find("responseFacts", QLabel)
    assert "53%" in facts.text()
    assert "72%" in facts.text()
    assert "11%" in facts.text()
    assert facts.font().bold(), "the facts stand out for a customer-service strategy"
    for network in ("X / Twitter", "Facebook", "LinkedIn"):
        person.tick_item("strategy_network.network", network)
    person.type("strategy.business_start", "09:00")
    assert not person.can_go_on()
    assert person.error("strategy.business_end") == "Give both an opening and a closing time, or neither."
    person.type("strategy.business_end", "17:00")
    assert person.error("strategy.business_days") == "Pick the days these business hours apply to."
    for day in ("MO", "TU", "WE", "TH", "FR"):
        person.tick(f"strategy.business_days:{day}")
    assert person.error("strategy.business_days") == ""
    person.next()

    person.choose("goal.network", "X / Twitter")
    person.choose("goal.metric_key", "Response time to messages")
    assert person.find("goal.direction", QComboBox).currentText() == "Less is better"
    person.type("goal.baseline_value", "90")
    person.type("goal.data_source", "X inbox, timed by hand")
    person.next()
    person.type("goal.deadline", "2027-01-31")
    person.next()
    person.type("goal.why", "Customers expect an answer within the hour; we want to be the shop that replies")
    person.next()

    person.type("goal.benchmark_target", "120")
    assert not person.can_go_on()
    assert person.error("goal.benchmark_target") == (
        "The benchmark must be below your starting value of 90 (less is better for this metric)."
    )
    person.type("goal.benchmark_target", "30")
    person.type("goal.stretch_target", "45")
    assert person.error("goal.stretch_target") == (
        "The stretch target must be below the benchmark of 30 (less is better for this metric)."
    )
    person.type("goal.stretch_target", "15")
    assert (
        person.find("benchmarkGrowth", QLabel)
        .text()
        .startswith("From the start to the deadline: 6 minutes less each week")
    )
    person.next()
    assert person.find("task.title", QLineEdit).text() == "Answer every open message and mention"
    person.next()
    assert "Mon, Tue, Wed, Thu, Fri 09:00-17:00" in person.find("reviewSummary", QLabel).text()
    person.finish()

    (goal,) = rows(db_path, "SELECT * FROM goal")
    assert (goal["metric_key"], goal["direction"], goal["unit"]) == ("response_time", "less", "minutes")
    assert (goal["baseline_value"], goal["benchmark_target"], goal["stretch_target"]) == (90, 30, 15)
    assert (
        goal["title"]
        == "Bring response time to messages on X / Twitter down from 90 minutes to 30 minutes by 31 Jan 2027"
    )
    (strategy,) = rows(db_path, "SELECT * FROM strategy")
    assert strategy["template"] == "customer_service"
    assert strategy["business_days"] == "MO,TU,WE,TH,FR"
    assert (strategy["business_start"][:5], strategy["business_end"][:5]) == ("09:00", "17:00")
    tasks = rows(db_path, "SELECT rrule FROM task ORDER BY id")
    assert [t["rrule"] for t in tasks] == ["FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "FREQ=WEEKLY;BYDAY=FR"]


def test_plan_suggestions_keep_to_the_business_hours(person: Person) -> None:
    """Usability test: a shop open Tue-Sat 07:00-15:00 got tasks on weekdays at 09:00
    and on Friday at 16:00, "Add a task" on a Sunday, and "one task is suggested"
    above two tasks."""
    person.next()
    person.choose("strategy.template", "Great customer service")
    person.tick_item("strategy_network.network", "X / Twitter")
    person.type("strategy.business_start", "07:00")
    person.type("strategy.business_end", "15:00")
    for day in ("TU", "WE", "TH", "FR", "SA"):
        person.tick(f"strategy.business_days:{day}")
    person.next()
    person.choose("goal.network", "X / Twitter")
    person.choose("goal.metric_key", "Response time to messages")
    person.type("goal.baseline_value", "240")
    person.type("goal.data_source", "X inbox, timed by hand")
    person.next()
    person.type("goal.deadline", "2027-02-20")
    assert person.find("goal.title", QLineEdit).text() == (
        "Bring response time to messages on X / Twitter down from 240 minutes by 20 Feb 2027"
    )
    person.next()
    person.type("goal.why", "Customers expect an answer within the hour")
    person.next()
    person.type("goal.benchmark_target", "30")
    person.type("goal.stretch_target", "15")
    person.next()

    assert person.page == PLAN
    assert person.wizard.currentPage().subTitle().endswith("two tasks are suggested to start.")
    assert person.find("task.title", QLineEdit).text() == "Answer every open message and mention"
    assert person.find("taskSummary", QLabel).text() == (
        "Every Tuesday, Wednesday, Thursday, Friday and Saturday, 09:00-09:30"
    )
    person.find("task.id", QListWidget).setCurrentRow(1)
    assert person.find("taskSummary", QLabel).text() == "Every Friday, 14:30-15:00"

    # The start date (today) is a Sunday, when the shop is closed: the new task
    # starts on the first day it opens.
    assert person.wizard.draft.start_date is not None
    assert person.wizard.draft.start_date.weekday() == 6
    person.click("wizard.add_task")
    assert person.find("task.rrule:TU", QAbstractButton).isChecked()
    assert not person.find("task.rrule:SU", QAbstractButton).isChecked()
    person.tick("task.rrule:TU")
    assert person.error("task.rrule") == "Task 3: Tick at least one day."
    assert not person.can_go_on()


def test_vanity_followers_goal_warns_and_asks_for_the_outcome(person: Person, db_path: Path) -> None:
    person.next()
    person.choose("strategy.template", "Awareness or following")
    person.tick_item("strategy_network.network", "Instagram")
    person.next()
    person.choose("goal.network", "Instagram")
    # Outcome metrics come first; vanity ones are marked.
    metrics = person.find("goal.metric_key", QComboBox)
    texts = [metrics.itemText(i) for i in range(metrics.count())]
    first_vanity = next(i for i, t in enumerate(texts) if "(vanity metric)" in t)
    assert all("(vanity metric)" in t for t in texts[first_vanity:-1])
    assert texts[-1] == "Custom metric…"
    person.choose("goal.metric_key", "Followers (vanity metric)")
    warning = person.find("vanityWarning", QLabel)
    assert warning.isVisibleTo(person.wizard.currentPage())
    assert warning.text().startswith("Followers is a vanity metric")
    assert person.find("goal.outcome_link").isVisibleTo(person.wizard.currentPage())
    person.type("goal.baseline_value", "1,000")
    person.next()
    person.type("goal.deadline", "2027-03-31")
    assert person.find("smart:R:verdict", QLabel).text() == "! Warning"
    assert "vanity metric" in person.find("smart:R:reason", QLabel).text()
    person.back()
    person.type("goal.outcome_link", "The publisher wants 1,500 followers before a book deal")
    person.next()
    assert person.find("smart:R:verdict", QLabel).text() == "✓ Pass"
    person.next()
    person.type("goal.why", "A book deal depends on showing an engaged following")
    person.next()
    person.type("goal.benchmark_target", "1200")
    person.type("goal.stretch_target", "1500")
    person.next()
    person.next()
    assert "Followers (vanity metric)" in person.find("reviewSummary", QLabel).text()
    person.finish()

    (goal,) = rows(db_path, "SELECT * FROM goal")
    assert (goal["metric_key"], goal["kind"], goal["network"]) == ("followers", "vanity", "instagram")
    assert goal["outcome_link"] == "The publisher wants 1,500 followers before a book deal"
    assert goal["baseline_value"] == 1000
    (strategy,) = rows(db_path, "SELECT template FROM strategy")
    assert strategy["template"] == "awareness"


def test_custom_metric_with_unit_and_direction(person: Person, db_path: Path) -> None:
    person.next()
    person.type("strategy.statement", "Be the friendliest bakery in town 🥐")
    person.tick_item("strategy_network.network", "Website / all networks")
    person.next()
    person.choose("goal.metric_key", "Custom metric")
    assert person.find("goal.metric_name").isEnabled()
    assert person.error("goal.metric_name") == "The metric cannot be empty."
    person.type("goal.metric_name", "Complaints about late orders")
    person.type("goal.unit", "complaints")
    person.choose("goal.direction", "Less is better")
    person.type("goal.baseline_value", "12")
    person.next()
    person.walk_newsletter_to(TARGETS)
    person.type("goal.benchmark_target", "6")
    person.type("goal.stretch_target", "2")
    person.next()
    person.walk_newsletter_to(REVIEW)
    person.finish()
    (goal,) = rows(db_path, "SELECT metric_key, metric_name, unit, direction FROM goal")
    assert tuple(goal) == (None, "Complaints about late orders", "complaints", "less")
    assert (
        rows(db_path, "SELECT statement FROM strategy")[0]["statement"]
        == "Be the friendliest bakery in town 🥐"
    )


def test_existing_strategy_is_reused_not_copied(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    first = open_wizard(qtbot, goals, drafts, today)
    first.walk_newsletter_to(REVIEW)
    first.finish()
    second = open_wizard(qtbot, goals, drafts, today)
    second.next()
    assert second.find("wizard.use_existing_strategy").isVisibleTo(second.wizard.currentPage())
    second.tick("wizard.use_existing_strategy")
    assert not second.find("strategy.statement").isEnabled()
    second.next()
    second.choose("goal.network", "Instagram")
    second.choose("goal.metric_key", "Link clicks")
    second.type("goal.baseline_value", "50")
    second.walk_newsletter_to(REVIEW)
    second.finish()
    assert count(db_path, "strategy") == 1
    assert {r["strategy_id"] for r in rows(db_path, "SELECT strategy_id FROM goal")} == {1}
    assert count(db_path, "goal") == 2


def test_a_further_goal_starts_from_the_most_recent_strategy(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    """Usability test: the second goal defaulted to "Write a new strategy", so the
    business hours had to be typed again."""
    goals.save(signups_draft(today))
    goals.save(response_time_draft(today))
    person = open_wizard(qtbot, goals, drafts, today)
    person.next()
    assert person.find("wizard.use_existing_strategy", QAbstractButton).isChecked()
    assert person.find("goal.strategy_id", QComboBox).currentText() == "Be known for great customer service"
    assert not person.find("strategy.statement").isEnabled()
    assert person.find("strategy.business_days:MO", QAbstractButton).isChecked()
    person.next()  # nothing to type: the strategy is complete
    person.back()
    # The user can still write a new one, and that choice is kept.
    person.tick("wizard.new_strategy")
    statement = person.find("strategy.statement", QPlainTextEdit)
    assert statement.isEnabled()
    assert statement.toPlainText() == ""
    person.back()
    person.next()
    assert person.find("wizard.new_strategy", QAbstractButton).isChecked()
    person.walk_newsletter_to(REVIEW)
    person.finish()
    assert count(db_path, "strategy") == 3


def test_smart_panel_follows_the_typing(person: Person) -> None:
    person.walk_newsletter_to(SMART)
    person.type("goal.title", "Do better on Facebook")
    assert person.find("smart:S:verdict", QLabel).text() == "! Warning"
    assert person.find("smart:S:reason", QLabel).text() == (
        "Say exactly how much: put the target number in the wording."
    )
    person.type("goal.title", "Reach 200 newsletter sign-ups from Facebook")
    assert person.find("smart:S:verdict", QLabel).text() == "✓ Pass"
    person.type("goal.deadline", "2026-11-30")
    assert person.find("smart:T:verdict", QLabel).text() == "! Warning"
    assert person.find("smart:T:reason", QLabel).text() == "Only 8 days: too short to see a real change."
    person.type("goal.deadline", "2026-11-01")
    assert person.find("smart:T:verdict", QLabel).text() == "✗ Fail"
    person.click("wizard.suggest_title")
    assert (
        person.find("goal.title", QLineEdit).text()
        == "Grow newsletter sign-ups on Facebook from 120 by 1 Nov 2026"
    )


def test_targets_not_set_yet_are_later_not_a_red_fail(person: Person) -> None:
    """Usability test: Measurable and Attainable showed a red Fail on the SMART page
    because the targets are asked two pages later."""
    person.walk_newsletter_to(SMART)
    person.type("goal.deadline", "2027-03-31")
    for letter in ("M", "A"):
        mark = person.find(f"smart:{letter}:verdict", QLabel)
        assert mark.text() == "… Later"
        assert colour(mark, "error") not in mark.styleSheet()
        assert colour(mark, "muted") in mark.styleSheet()
        assert person.find(f"smart:{letter}:reason", QLabel).text() == (
            "Judged once you set your targets, two pages on."
        )
    assert "Measurable: … Later" in person.find("smartPanel").accessibleDescription()
    person.walk_newsletter_to(REVIEW)
    verdicts = [person.find(f"smart:{letter}:verdict", QLabel).text() for letter in "SMART"]
    assert "… Later" not in verdicts
    assert verdicts[1] == "✓ Pass"


def test_road_preview_waits_for_a_benchmark_instead_of_a_nonsense_plot(person: Person) -> None:
    """Usability test: before any target the preview showed an axis from -400 to 400
    weeks "(x0.001)" and a value axis from 239.5 to 240.5."""
    person.walk_newsletter_to(TARGETS)
    page = person.wizard.currentPage()
    placeholder = person.find("roadPlaceholder", QLabel)
    plot = person.find("roadPreview", pg.PlotWidget)
    assert placeholder.text() == "Type a benchmark to see the road to it."
    assert placeholder.isVisibleTo(page)
    assert not plot.isVisibleTo(page)
    person.type("goal.benchmark_target", "abc")  # unreadable: still nothing to draw
    assert placeholder.isVisibleTo(page)
    assert not plot.isVisibleTo(page)
    person.type("goal.benchmark_target", "200")
    assert plot.isVisibleTo(page)
    assert not placeholder.isVisibleTo(page)
    (x_low, x_high), _ = plot.getPlotItem().viewRange()
    assert -1 <= x_low <= 0
    assert 129 / 7 <= x_high <= 129 / 7 + 2
    person.type("goal.benchmark_target", "")
    assert placeholder.isVisibleTo(page)


def test_road_preview_draws_both_roads_from_the_baseline(person: Person) -> None:
    person.walk_newsletter_to(TARGETS)
    plot = person.find("roadPreview", pg.PlotWidget)
    person.type("goal.benchmark_target", "200")
    person.type("goal.stretch_target", "300")
    curves = {item.name(): item.getData() for item in plot.getPlotItem().listDataItems()}
    weeks = 129 / 7
    xs, ys = curves["Benchmark road"]
    assert list(xs) == pytest.approx([0, weeks])
    assert list(ys) == [120, 200]
    assert list(curves["Stretch road"][1]) == [120, 300]
    assert list(curves["Where you start"][1]) == [120]
    # A refused stretch is not drawn.
    person.type("goal.stretch_target", "150")
    stretch = next(i for i in plot.getPlotItem().listDataItems() if i.name() == "Stretch road")
    xs, _ys = stretch.getData()
    assert xs is None or len(xs) == 0
