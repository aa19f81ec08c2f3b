"""The window on a server database (``smartgoals --db postgresql://...``).

The same window as on a file, without what only a file has: no lock file (the server
lets many people in at once), no integrity check or rotating backups (the server keeps
its own), no second-start hand-over (the address names no file).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from smartgoals_app.storage.change_feed import ChangeFeed
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.server import ServerAddress, may_change, open_server_database
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.app import (
    Services,
    build_operations,
    build_services,
    compose_window,
    should_start_with_wizard,
)
from smartgoals_app.ui.error_report import ErrorReporter, log_folder, main_window_of
from smartgoals_app.ui.live_updates import listen_for_changes
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import DialogPrompts, Prompts
from smartgoals_app.ui.startup import bench_exit_after_paint, hand_over, make_application


def run_on_server(address: ServerAddress, *, argv: Sequence[str] = (), start_window: QWidget | None) -> int:
    app = make_application(argv or [sys.argv[0]])
    with ErrorReporter(log_folder(), main_window_of(app)).installed():
        return _run(app, address, start_window)


def _run(app: QApplication, address: ServerAddress, start_window: QWidget | None) -> int:
    opened = open_server_window(app, address, DialogPrompts())
    if opened is None:
        return 1
    window, services, db = opened
    try:
        # As on a file, so benchmarks/engines.py times the start on both engines alike.
        bench_exit_after_paint(
            app, window, later=lambda: window.detail.built_chart if window.detail.model else window
        )
        hand_over(start_window, window)
        if not window.ops.read_only and should_start_with_wizard(services):
            QTimer.singleShot(0, window.new_goal)
        return app.exec()
    finally:
        db.close()


def open_server_window(
    app: QApplication, address: ServerAddress, prompts: Prompts, settings: QSettings | None = None
) -> tuple[MainWindow, Services, Database] | None:
    """The main window on the server database, not yet shown; None (the reason told
    through ``prompts``) when the database cannot be opened. ``settings`` remember the
    open workspace (the platform's own unless given)."""
    try:
        db = open_server_database(address)
    except StorageError as exc:
        show_cannot_open(exc, prompts)
        return None
    try:
        read_only = not may_change(db)
    except StorageError as exc:
        db.close()
        show_cannot_open(exc, prompts)
        return None
    services = build_services(db)
    try:
        # The title names the open workspace, and says "(read only)" to a viewer
        # (ui/workspace_menu.py); Help > About the server.
        window = compose_window(app, db, services, build_operations(prompts, read_only=read_only), settings)
    except StorageError as exc:  # a login that is a member of no workspace
        db.close()
        show_cannot_open(exc, prompts)
        return None
    if read_only:
        # Said where it stays in sight, not only in a title a window manager may cut.
        note = QLabel(QCoreApplication.translate("App", "Read only: you are a viewer of this database."))
        note.setObjectName("readOnlyNote")
        window.statusBar().addPermanentWidget(note)
    listen_for_changes(window, ChangeFeed(db.engine), window.ops.bus)  # others' changes on screen
    return window, services, db


def show_cannot_open(exc: StorageError, prompts: Prompts) -> None:
    """Why the server database (or its address) cannot be used, in a dialog."""
    prompts.show_error(
        None,
        QCoreApplication.translate("App", "SmartGoals cannot open its database"),
        dialogs.error_text(exc),
    )
