"""The wizard's plan page says the domain's own words for the domain's rules: one
sentence, in one translation context, wherever the rule is applied."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.wizard.common import PLAN
from tests.ui.wizard.wizard_driver import Person, open_wizard

DOMAIN = {
    ("Validation", "A week has 168 hours."): "DOMAIN: 168",
    (
        "Validation",
        "Add at least one task: a goal alone changes nothing, the work you schedule does.",
    ): "DOMAIN: a task",
}


class DomainWords(QTranslator):
    """Translates only the domain's sentences, so words from anywhere else stay English."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return DOMAIN.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def domain_words() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = DomainWords()
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def person(qtbot: QtBot, db: Database, today: date, domain_words: None) -> Person:
    return open_wizard(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)


def test_the_plan_page_says_the_domain_sentence_for_a_week_of_hours(person: Person) -> None:
    person.walk_newsletter_to(PLAN)
    person.type("goal.hours_per_week", "200")
    assert person.error("goal.hours_per_week") == "DOMAIN: 168"
    assert not person.can_go_on()
    person.type("goal.hours_per_week", "168")
    assert person.error("goal.hours_per_week") == ""


def test_the_plan_page_says_the_domain_sentence_for_an_empty_plan(person: Person) -> None:
    person.walk_newsletter_to(PLAN)
    while person.find("task.id", QListWidget).count():
        person.click("wizard.remove_task")
    assert person.error("task.id") == "DOMAIN: a task"
    assert not person.can_go_on()
