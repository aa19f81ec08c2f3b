"""Fixtures of the dashboard's GUI tests: services, the demo goals, a shown main window."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database, open_database
from smartgoals_app.ui.main_window import MainWindow
from tests.gui.dashboard_driver import Services, make_window
from tests.gui.i18n_audit import extracted_messages
from tests.gui.wizard_driver import Person, open_wizard


@pytest.fixture
def services(db: Database, today: date) -> Services:
    return Services(db, today)


@pytest.fixture(scope="session")
def demo_templates() -> dict[date, tuple[Path, list[int]]]:
    """Demo files already built in this run, by the date they were built for."""
    return {}


@pytest.fixture
def goals(db: Database, today: date) -> GoalService:
    return GoalService(db, today=lambda: today)


@pytest.fixture
def drafts(db: Database) -> DraftService:
    return DraftService(db)


@pytest.fixture
def person(qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date) -> Person:
    """The goal wizard, opened on an empty database and shown. Modules that use it import
    wizard_driver's autouse `no_modal_dialogs`, so no dialog can block the run."""
    return open_wizard(qtbot, goals, drafts, today)


@pytest.fixture
def demo_ids(
    db: Database,
    today: date,
    demo_templates: dict[date, tuple[Path, list[int]]],
    tmp_path_factory: pytest.TempPathFactory,
) -> list[int]:
    """The demo goals in the test's own file. Building them takes a third of a second;
    they are built once per run (and date) and copied in with SQLite's backup API."""
    if today not in demo_templates:
        path = tmp_path_factory.mktemp("demo") / "demo.db"
        template = open_database(path, backup=False)
        try:
            demo_templates[today] = (path, populate_demo(template, today))
        finally:
            template.close()
    path, ids = demo_templates[today]
    db.engine.dispose()  # no pooled connection keeps the empty file's schema
    # Into the test's file through SQLite itself, which keeps its -wal consistent.
    with (
        contextlib.closing(sqlite3.connect(path)) as src,
        contextlib.closing(sqlite3.connect(db.path)) as dst,
    ):
        src.backup(dst)
    return list(ids)


@pytest.fixture
def window(qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]) -> MainWindow:
    return make_window(qtbot, services, db, today)


@pytest.fixture(scope="session")
def known_messages(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate collects from the package now (for i18n_audit.pseudo_language)."""
    return extracted_messages(tmp_path_factory.mktemp("lupdate"))
