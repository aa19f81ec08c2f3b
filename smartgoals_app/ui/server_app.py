"""The window on a server database (``smartgoals --db postgresql://...``).

The same window as on a file, without what only a file has: no lock file (the server
lets many people in at once), no integrity check or rotating backups (the server keeps
its own), no second-start hand-over (the address names no file).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.server import ServerAddress, open_server_database
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.about import add_help_menu
from smartgoals_app.ui.app import (
    Services,
    _main_window,
    _plan_view,
    _wire_plan,
    build_services,
    should_start_with_wizard,
)
from smartgoals_app.ui.data_transfer import add_data_transfer
from smartgoals_app.ui.error_report import ErrorReporter, log_folder, main_window_of
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.report.action import add_report_action
from smartgoals_app.ui.settings import make_settings, remember_window
from smartgoals_app.ui.startup import MAIN_WINDOW_KEY, hand_over, make_application


def run_on_server(address: ServerAddress, *, argv: Sequence[str] = (), start_window: QWidget | None) -> int:
    app = make_application(argv or [sys.argv[0]])
    with ErrorReporter(log_folder(), main_window_of(app)).installed():
        return _run(app, address, start_window)


def _run(app: QApplication, address: ServerAddress, start_window: QWidget | None) -> int:
    opened = open_server_window(app, address)
    if opened is None:
        return 1
    window, services, db = opened
    try:
        hand_over(start_window, window)
        if should_start_with_wizard(services):
            QTimer.singleShot(0, window.new_goal)
        return app.exec()
    finally:
        db.close()


def open_server_window(
    app: QApplication, address: ServerAddress
) -> tuple[MainWindow, Services, Database] | None:
    """The main window on the server database, not yet shown; None (the reason shown
    in a dialog) when the database cannot be opened."""
    try:
        db = open_server_database(address)
    except StorageError as exc:
        show_cannot_open(exc)
        return None
    services = build_services(db)
    plan_view = _plan_view(services, db)
    window = _main_window(services, db.path, plan_view)
    window.setWindowTitle(str(address))
    _wire_plan(window, plan_view, settings=QSettings(), quit=app.quit)
    add_data_transfer(window, db, on_imported=(window.refresh, plan_view.refresh))
    settings = make_settings()
    remember_window(window, settings, key=MAIN_WINDOW_KEY)
    add_help_menu(window, db_path=db.path, settings_path=settings.fileName())
    add_report_action(
        window,
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        today=date.today,
        current_goal=window.current_goal_id,
    )
    return window, services, db


def show_cannot_open(exc: StorageError) -> None:
    """Why the server database (or its address) cannot be used, in a dialog."""
    dialogs.show_error(
        None,
        QCoreApplication.translate("App", "SmartGoals cannot open its database"),
        dialogs.error_text(exc),
    )
