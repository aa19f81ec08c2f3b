"""The wizard's writes go through the operation path: a draft or a goal that cannot be
written is said once through the prompts, nothing escapes, nothing typed is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.domain.text import translate
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.ui.operations import Change
from smartgoals_app.ui.wizard import build_goal_wizard
from smartgoals_app.ui.wizard.common import REVIEW, STRATEGY
from tests.ui.prompts import RecordingBus, RecordingPrompts, bus_of, make_ops
from tests.ui.wizard.wizard_driver import Person, count

READ_ONLY = "SmartGoals cannot write to its database file: it is read-only."


class ReadOnlyDrafts(DraftService):
    def save(self, draft: GoalDraft, page: int) -> None:
        raise StorageError(translate("Test", READ_ONLY))


class ReadOnlyGoals(GoalService):
    def save(self, draft: GoalDraft) -> int:
        raise StorageError(translate("Test", READ_ONLY))


def open_with(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date
) -> tuple[Person, RecordingPrompts, RecordingBus]:
    prompts = RecordingPrompts()
    ops = make_ops(prompts)
    wizard = build_goal_wizard(None, None, goals=goals, drafts=drafts, today=lambda: today, ops=ops)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return Person(qtbot, wizard), prompts, bus_of(ops)


def test_a_draft_that_cannot_be_written_is_said_once_a_page(qtbot: QtBot, db: Database, today: date) -> None:
    person, prompts, bus = open_with(qtbot, GoalService(db, today=lambda: today), ReadOnlyDrafts(db), today)
    person.next()  # leaving the welcome page saves the draft
    assert person.page == STRATEGY
    assert [(t.kind, t.title, t.text) for t in prompts.told] == [
        ("error", "Your typing could not be kept for later", READ_ONLY)
    ]
    person.newsletter_strategy()
    person.next()  # the next page tries again, and says so again
    assert len(prompts.told) == 2
    assert all(t.text == READ_ONLY for t in prompts.told)
    assert bus.announced == []


def test_a_goal_that_cannot_be_saved_keeps_the_wizard_open_and_announces_nothing(
    qtbot: QtBot, db: Database, today: date
) -> None:
    person, prompts, bus = open_with(qtbot, ReadOnlyGoals(db, today=lambda: today), DraftService(db), today)
    person.walk_newsletter_to(REVIEW)
    qtbot.mouseClick(person.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert [(t.kind, t.title, t.text) for t in prompts.told] == [
        ("error", "The goal cannot be saved yet", READ_ONLY)
    ]
    assert bus.announced == []
    assert person.wizard.isVisible()
    assert person.wizard.saved_goal_id is None
    assert person.page == REVIEW


def test_a_saved_goal_is_announced(qtbot: QtBot, db: Database, today: date) -> None:
    person, prompts, bus = open_with(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)
    person.walk_newsletter_to(REVIEW)
    person.finish()
    assert prompts.errors == []
    assert len(bus.announced) == 1
    assert bus.announced[0] & Change.GOALS
    assert count(db.path, "goal") == 1
