"""Every word of the goal wizard reaches the translator: pages, SMART panel, messages.

See tests/ui/i18n_audit.py: with a pseudo-language installed, anything still in plain
English was never wrapped for translation (or never passed through ``i18n.localize``).
The whole wizard is checked on every page, the pages not shown yet included. What the
user typed, and the demo goals' own words, are allowed to stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.draft import StrategyDraft
from smartgoals_app.domain.validation import ValidationError, validate_strategy
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.plan.repeat_form import RULE_EXAMPLE
from smartgoals_app.ui.wizard.common import (
    PLAN,
    REVIEW,
    SMART,
    STARTING_POINT,
    STRATEGY,
    TARGETS,
    WELCOME,
    WHY,
    plain,
)
from tests.ui.i18n_audit import is_foreign, pseudo_language, untranslated, user_data
from tests.ui.prompts import RecordingPrompts
from tests.ui.wizard.wizard_driver import Person, open_wizard

Known = set[tuple[str, str]]

SOURCE = "Mailchimp audience report"
WHY_TEXT = "Launch the spring collection to people who already want it"
AUDIENCE = "Local parents who buy handmade toys"
# What the person types, and the custom repeat rule's example (rule syntax, not words).
TYPED = {"120", SOURCE, "2027-03-31", WHY_TEXT, AUDIENCE, "200", "300", RULE_EXAMPLE}
DOMAIN_NOT_TEXT = "domain strings not yet Text"


@pytest.fixture
def pseudo(known_messages: Known) -> Iterator[None]:
    """The pseudo-language, installed before any wizard is built (Qt's own button
    words are looked up when the wizard is made)."""
    with pseudo_language(known_messages):
        yield


def fill(person: Person) -> None:
    """Fill the page on screen with a valid newsletter goal, choosing entries by their
    key: their words on screen are in the pseudo-language."""
    page = person.page
    if page == STRATEGY:
        person.choose_data("strategy.template", "newsletter")
        person.tick_item("strategy_network.network", "Facebook")  # brand names stay as they are
        person.tick_item("strategy_network.network", "Instagram")
    elif page == STARTING_POINT:
        person.choose_data("goal.network", "facebook")
        person.choose_data("goal.metric_key", "newsletter_signups")
        person.type("goal.baseline_value", "120")
        person.type("goal.data_source", SOURCE)
    elif page == SMART:
        person.type("goal.deadline", "2027-03-31")
    elif page == WHY:
        person.type("goal.why", WHY_TEXT)
        person.type("goal.audience", AUDIENCE)
    elif page == TARGETS:
        person.type("goal.benchmark_target", "200")
        person.type("goal.stretch_target", "300")


def walk_to(person: Person, page: int) -> None:
    while person.page < page:
        fill(person)
        person.next()


def chart_words(person: Person) -> list[str]:
    """The road preview's axis labels and legend: graphics items, not widgets."""
    item = person.find("roadPreview", pg.PlotWidget).getPlotItem()
    words = [item.getAxis(side).labelText for side in ("left", "bottom")]
    words += [label.text for _sample, label in item.legend.items]
    return [word for word in words if word]


def test_a_new_goal_is_translatable_on_every_page(
    qtbot: QtBot, pseudo: None, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    seen = []
    while True:
        fill(person)
        allowed = user_data(db_path) | TYPED
        assert untranslated(person.wizard, allowed=allowed) == [], f"page {person.page}"
        seen.append(person.page)
        if person.page == TARGETS:
            words = chart_words(person)
            assert len(words) == 5, words  # unit, weeks, three roads
            assert [word for word in words if is_foreign(word, allowed)] == []
        if person.page == REVIEW:
            break
        person.next()
    assert seen == [WELCOME, STRATEGY, STARTING_POINT, SMART, WHY, TARGETS, PLAN, REVIEW]
    # The review summary and the SMART panel show words from the domain: all translated.
    assert "⟦" in person.find("reviewSummary", QLabel).text()
    for letter in "SMART":
        for part in ("name", "verdict", "reason"):
            text = person.find(f"smart:{letter}:{part}", QLabel).text()
            assert text, (letter, part)
            assert not is_foreign(text, TYPED), (letter, part, text)


def test_a_vanity_metric_and_a_custom_metric_are_translatable(
    qtbot: QtBot, pseudo: None, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    walk_to(person, STARTING_POINT)
    person.choose_data("goal.network", "instagram")
    person.choose_data("goal.metric_key", "followers")  # vanity: the warning and the outcome field show
    assert person.find("vanityWarning", QLabel).isVisibleTo(person.wizard.currentPage())
    assert untranslated(person.wizard, allowed=user_data(db_path) | TYPED) == []
    person.choose_data("goal.metric_key", "custom")
    person.type("goal.metric_name", "Workshop bookings")
    person.type("goal.unit", "bookings")
    typed = TYPED | {"Workshop bookings", "bookings"}
    assert untranslated(person.wizard, allowed=user_data(db_path) | typed) == []


@pytest.mark.parametrize("goal", range(3))
def test_editing_a_demo_goal_is_translatable_on_every_page(
    qtbot: QtBot,
    pseudo: None,
    goals: GoalService,
    drafts: DraftService,
    db: Database,
    today: date,
    db_path: Path,
    goal: int,
    demo_ids: list[int],
) -> None:
    ids = demo_ids
    person = open_wizard(qtbot, goals, drafts, today, ids[goal])
    allowed = user_data(db_path) | {RULE_EXAMPLE}
    assert untranslated(person.wizard, allowed=allowed) == [], "welcome"
    while person.page < REVIEW:
        person.next()
        assert untranslated(person.wizard, allowed=allowed) == [], f"page {person.page}"
    for letter in "SMART":
        reason = person.find(f"smart:{letter}:reason", QLabel).text()
        assert not is_foreign(reason, allowed), (letter, reason)


def test_resuming_an_unfinished_goal_is_translatable(
    qtbot: QtBot, pseudo: None, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    walk_to(person, WHY)
    person.wizard.reject()  # kept as a draft (the prompts answer "keep")
    again = open_wizard(qtbot, goals, drafts, today)
    assert again.find("wizard.resume").isVisible()
    assert untranslated(again.wizard, allowed=user_data(db_path) | TYPED) == []


# (page, field, typed text): each must show a message beside the field, translated.
# Parse errors and validation messages come from the domain (domain.dates, validation);
# the rest are the wizard's own.
DOMAIN_CASES = [
    (STRATEGY, "strategy.statement", ""),
    (STRATEGY, "strategy.business_start", "abc"),
    (STARTING_POINT, "goal.baseline_value", ""),
    (STARTING_POINT, "goal.baseline_value", "abc"),
    (STARTING_POINT, "goal.baseline_date", "2026-02-30"),
    (SMART, "goal.title", ""),
    (SMART, "goal.start_date", "yesterday"),
    (SMART, "goal.deadline", "2026-10-01"),
    (WHY, "goal.why", ""),
    (TARGETS, "goal.benchmark_target", "lots"),
    (TARGETS, "goal.benchmark_target", "100"),
    (PLAN, "task.title", ""),
    (PLAN, "task.duration_minutes", "0"),
    (PLAN, "goal.budget_per_month", "-20"),
]
WIZARD_CASES = [
    (PLAN, "task.duration_minutes", "2.5"),
    (PLAN, "goal.hours_per_week", "200"),
]


def type_bad(person: Person, field: str, text: str) -> None:
    widget = person.find(field, QWidget)
    if text:
        person.type(field, text)
    else:
        # Something first, then nothing: the field was touched and is now empty.
        person.type(field, "x")
        person.type(field, "")
    assert widget.accessibleDescription(), f"no message for {field}"


@pytest.mark.parametrize(("page", "field", "text"), DOMAIN_CASES + WIZARD_CASES)
def test_validation_messages_are_translated(
    qtbot: QtBot,
    pseudo: None,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db_path: Path,
    page: int,
    field: str,
    text: str,
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    walk_to(person, page)
    fill(person)
    type_bad(person, field, text)
    message = person.error(field)
    assert message, f"{field}: no message shown for {text!r}"
    typed = TYPED | {text} if text.strip() else TYPED  # an empty "allowed" word would blank out every word
    assert not is_foreign(message, typed), message
    assert untranslated(person.wizard, allowed=user_data(db_path) | typed) == []
    assert not person.can_go_on()


def test_plan_messages_of_the_wizard_are_translated(
    qtbot: QtBot, pseudo: None, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    walk_to(person, PLAN)
    # "Every week, on the days ticked" (the second entry), with no day ticked.
    repeat = person.find("task.rrule", QComboBox)
    repeat.setFocus()
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Down):
        qtbot.keyClick(repeat, key)
    assert repeat.currentIndex() == 1
    for code in ("MO", "TU", "WE", "TH", "FR", "SA", "SU"):
        if person.find(f"task.rrule:{code}", QCheckBox).isChecked():
            person.tick(f"task.rrule:{code}")
    assert person.error("task.rrule")
    assert not is_foreign(person.error("task.rrule"), TYPED)
    # No task at all.
    while person.find("wizard.remove_task").isEnabled():
        person.click("wizard.remove_task")
    assert person.error("task.id")
    assert untranslated(person.wizard, allowed=user_data(db_path) | TYPED) == []


def test_message_boxes_of_the_wizard_are_translated(
    qtbot: QtBot,
    pseudo: None,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prompts = RecordingPrompts()

    def refuse(_draft: object) -> int:
        # A real domain message, as the service would send it.
        raise ValidationError(validate_strategy(StrategyDraft()))

    person = open_wizard(qtbot, goals, drafts, today, prompts=prompts)
    walk_to(person, REVIEW)
    monkeypatch.setattr(goals, "save", refuse)
    person.wizard.accept()
    assert person.wizard.saved_goal_id is None
    person.wizard.reject()  # asks keep-or-discard; the prompts keep
    shown = [(told.title, told.text) for told in prompts.told]
    assert [told.kind for told in prompts.told] == ["error", "question"], shown
    for title, text in shown:
        assert not is_foreign(title, TYPED), title
        assert not is_foreign(text, TYPED), text


def test_the_pages_name_the_finish_button_by_its_german_words(
    qtbot: QtBot, german: None, goals: GoalService, drafts: DraftService, today: date, demo_ids: list[int]
) -> None:
    """The welcome and review pages say which button saves, in the words on that button
    (the page that opens an edit once named a „Fertigstellen“ the wizard does not have)."""
    editing = open_wizard(qtbot, goals, drafts, today, demo_ids[0])
    while editing.page < REVIEW:
        editing.next()
    button = plain(editing.wizard.button(QWizard.WizardButton.FinishButton).text())
    assert button == "Abschließen und speichern"
    new = open_wizard(qtbot, goals, drafts, today)
    for person, page in ((editing, WELCOME), (editing, REVIEW), (new, WELCOME)):
        assert f"„{button}“" in person.wizard.page(page).subTitle(), page
