"""Fixtures of the GUI tests: services, a shown main window with the demo goals (from
tests/conftest.py), the goal wizard opened on an empty database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui import formatting, i18n
from smartgoals_app.ui.i18n import install_english_plurals
from smartgoals_app.ui.main_window import MainWindow
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.events import close_leftover_windows
from tests.ui.wizard.wizard_driver import Person, open_wizard


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """As the app does at start: "1 day", "2 days" from the "%Ln day(s)" messages, with
    thousands grouped in the C locale too."""
    formatting.group_thousands()
    assert install_english_plurals(qapp) is not None, "run python packaging/translations.py"


@pytest.fixture(autouse=True)
def no_window_left(qapp: QApplication) -> Iterator[None]:
    """Fails the test that leaves a window shown, after closing it: left open, it would
    take the pointer of every later test in this process. Not asking for qtbot, it is
    torn down after qtbot has closed the widgets it was given."""
    yield
    left = close_leftover_windows()
    if left:
        pytest.fail(f"left shown after the test: {', '.join(left)}")


@pytest.fixture
def german_locale() -> Iterator[None]:
    """Numbers and dates in German form, for this test only."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def german(qapp: QApplication, german_locale: None) -> Iterator[None]:
    """The app in German, as a German desktop starts it: its locale and its catalogue."""
    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.German))
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.fixture
def services(db: Database, today: date) -> Services:
    return Services(db, today)


@pytest.fixture
def goals(db: Database, today: date) -> GoalService:
    return GoalService(db, today=lambda: today)


@pytest.fixture
def drafts(db: Database) -> DraftService:
    return DraftService(db)


@pytest.fixture
def person(qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date) -> Person:
    """The goal wizard, opened on an empty database and shown; an error message it shows
    fails the test (wizard_driver.open_wizard)."""
    return open_wizard(qtbot, goals, drafts, today)


@pytest.fixture
def window(qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]) -> MainWindow:
    return make_window(qtbot, services, db, today)
