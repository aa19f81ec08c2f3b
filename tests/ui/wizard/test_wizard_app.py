"""The wizard as the app opens it: modally, from the composition root."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.app import build_services, should_start_with_wizard
from smartgoals_app.ui.wizard import GoalWizard, open_goal_wizard
from smartgoals_app.ui.wizard.common import REVIEW, SMART
from tests.factories import signups_draft
from tests.ui.prompts import make_ops
from tests.ui.wizard.wizard_driver import Person, count


def test_an_empty_database_or_an_unfinished_goal_starts_with_the_wizard(db: Database, today: date) -> None:
    services = build_services(db)
    assert should_start_with_wizard(services)
    goals = GoalService(db, today=lambda: today)
    goals.save(signups_draft(today))
    assert not should_start_with_wizard(services)
    DraftService(db).save(signups_draft(today, title="Half done"), SMART)
    assert should_start_with_wizard(services)


def _drive_modal(qtbot: QtBot, steps: list[str], finish: bool) -> None:
    """Act on the modal wizard once its event loop runs; always end it, even on failure,
    so a broken wizard fails the test instead of hanging it."""

    def act() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, GoalWizard):
            QTimer.singleShot(10, act)
            return
        try:
            person = Person(qtbot, wizard)
            person.walk_newsletter_to(REVIEW)
            steps.append("walked")
            if finish:
                person.finish()
                steps.append("finished")
        finally:
            if wizard.isVisible():
                wizard.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, act)


def test_open_goal_wizard_returns_the_saved_id(
    qtbot: QtBot, db: Database, today: date, db_path: Path
) -> None:
    opener = functools.partial(
        open_goal_wizard,
        goals=GoalService(db, today=lambda: today),
        drafts=DraftService(db),
        today=lambda: today,
        ops=make_ops(),
    )
    steps: list[str] = []
    _drive_modal(qtbot, steps, finish=True)
    goal_id = opener(None, None)
    assert steps == ["walked", "finished"]
    assert goal_id is not None
    assert count(db_path, "goal") == 1


def test_open_goal_wizard_returns_none_when_cancelled(
    qtbot: QtBot, db: Database, today: date, db_path: Path
) -> None:
    steps: list[str] = []
    _drive_modal(qtbot, steps, finish=False)
    goal_id = open_goal_wizard(
        None,
        None,
        goals=GoalService(db, today=lambda: today),
        drafts=DraftService(db),
        today=lambda: today,
        ops=make_ops(),
    )
    assert steps == ["walked"]
    assert goal_id is None
    assert count(db_path, "goal") == 0
