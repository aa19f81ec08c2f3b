"""Words that say what is true: examples that look like examples, no five minutes when
editing, and the budget in the user's currency."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.wizard.common import PLAN, REVIEW, STRATEGY, WELCOME
from tests.factories import signups_draft
from tests.ui.wizard.wizard_driver import open_wizard


def test_business_hours_show_examples_not_values(qtbot: QtBot, db: Database, today: date) -> None:
    person = open_wizard(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)
    person.walk_newsletter_to(STRATEGY)
    opens = person.find("strategy.business_start", QLineEdit)
    assert opens.text() == ""
    assert opens.placeholderText() == "for example 09:00"
    assert person.find("strategy.business_end", QLineEdit).placeholderText() == "for example 17:00"


def test_editing_a_goal_does_not_promise_five_minutes(qtbot: QtBot, db: Database, today: date) -> None:
    goals = GoalService(db, today=lambda: today)
    goal_id = goals.save(signups_draft(today))
    person = open_wizard(qtbot, goals, DraftService(db), today, goal_id=goal_id)
    assert person.page == WELCOME
    subtitle = person.wizard.currentPage().subTitle()
    assert "five minutes" not in subtitle
    assert "stays as it was until you press “Finish and save”" in subtitle


def test_the_budget_is_in_the_users_currency(
    qtbot: QtBot, db: Database, today: date, german_locale: None
) -> None:
    goals = GoalService(db, today=lambda: today)
    goal_id = goals.save(signups_draft(today, budget_per_month=150.0))
    person = open_wizard(qtbot, goals, DraftService(db), today, goal_id=goal_id)
    while person.page < PLAN:  # the saved goal fills every page
        person.next()
    caption = person.wizard.currentPage().findChild(QLabel, "label:goal.budget_per_month")
    assert caption is not None
    assert "€" in caption.text()
    person.next()
    assert person.page == REVIEW
    summary = next(
        label.text() for label in person.wizard.currentPage().findChildren(QLabel) if "Budget" in label.text()
    )
    assert "150,00\xa0€" in summary


def test_a_task_just_added_is_not_scolded_in_red(qtbot: QtBot, db: Database, today: date) -> None:
    from smartgoals_app.ui.wizard.common import colour

    person = open_wizard(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)
    person.walk_newsletter_to(PLAN)
    person.type("task.title", "Post a teaser")  # the first task's title, typed by the person
    person.click("wizard.add_task")
    page = person.wizard.currentPage()
    error = page.findChild(QLabel, "error:task.title")
    assert error is not None
    assert error.isVisibleTo(page)  # it still says what is needed...
    assert colour(page, "muted") in error.styleSheet()  # ...calmly, not in red
    assert colour(page, "error") not in error.styleSheet()
