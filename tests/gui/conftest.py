"""Fixtures of the dashboard's GUI tests: services, the demo goals, a shown main window."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from tests.gui.dashboard_driver import Services, make_window
from tests.gui.i18n_audit import extracted_messages


@pytest.fixture
def services(db: Database, today: date) -> Services:
    return Services(db, today)


@pytest.fixture
def demo_ids(db: Database, today: date) -> list[int]:
    return populate_demo(db, today)


@pytest.fixture
def window(qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]) -> MainWindow:
    return make_window(qtbot, services, db, today)


@pytest.fixture(scope="session")
def known_messages(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate collects from the package now (for i18n_audit.pseudo_language)."""
    return extracted_messages(tmp_path_factory.mktemp("lupdate"))
