"""Every word of the report reaches the translator: its dialog, and the PDF itself read
back with pdftotext while a pseudo-language wraps each translated string in ⟦ ⟧ (see
tests/ui/i18n_audit.py). The demo's titles, whys, units and strategies are the user's
data and allowed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.report import action as report_action
from smartgoals_app.ui.report.content import Scope, gather
from smartgoals_app.ui.report.pdf import write_pdf
from tests.ui.dashboard.dashboard_driver import Services
from tests.ui.i18n_audit import _BRACKETED, is_foreign, pseudo_language, untranslated, user_data
from tests.ui.report.report_helpers import pdf_text

Known = set[tuple[str, str]]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _allowed(db: Database) -> set[str]:
    data = user_data(db.path)
    return data | {text.lower() for text in data}


def test_the_report_dialog_is_translatable(
    qtbot: QtBot, known_messages: Known, window: MainWindow, services: Services, db: Database, today: date
) -> None:
    with pseudo_language(known_messages):
        added = report_action.add_report_action(
            window,
            goals=services.goals,
            measurements=services.measurements,
            plan=services.plan,
            today=lambda: today,
            current_goal=window.current_goal_id,
            ops=window.ops,
        )
        assert not is_foreign(added.action.text(), ())
        assert not is_foreign(added.action.toolTip(), ())
        added.action.trigger()
        qtbot.waitUntil(lambda: added.dialog is not None and added.dialog.isVisible())
        assert added.dialog is not None
        assert untranslated(added.dialog, _allowed(db)) == []
        added.dialog.reject()


def test_every_word_in_the_pdf_is_translatable(
    known_messages: Known, db: Database, today: date, demo_ids: list[int], tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    with pseudo_language(known_messages):
        report = gather(
            Scope(),
            goals=GoalService(db, today=lambda: today),
            measurements=MeasurementService(db, today=lambda: today),
            plan=PlanService(db, today=lambda: today),
            today=lambda: today,
        )
        write_pdf(report, path)
    text = pdf_text(path)
    assert "⟦" in text
    # A goal's title may wrap onto two lines: read the text as one line.
    whole = re.sub(r"\s+", " ", text)
    assert not is_foreign(whole, _allowed(db)), re.sub(r"\s+", " ", _BRACKETED.sub(" ", whole))
