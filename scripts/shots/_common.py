"""What every screenshot module needs: a throwaway demo database, the main window as
the app composes it, and a checked save."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from smartgoals_app.services.history import HistoryService
from smartgoals_app.storage.database import Database, open_database
from smartgoals_app.ui.app import Services, build_operations
from smartgoals_app.ui.history.action import add_history
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.wizard import open_goal_wizard
from smartgoals_app.ui.workspace_menu import add_workspace_menu


@contextmanager
def temporary_database() -> Iterator[Database]:
    """An empty SmartGoals database in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="smartgoals-shots-") as folder:
        db = open_database(Path(folder) / "demo.db", backup=False)
        try:
            yield db
        finally:
            db.close()


def save(widget: QWidget, path: Path) -> Path:
    """``widget`` as it looks once pending layouts and paints are done, as a PNG.

    Painted twice: what the first paint starts (the dashboard's chart is built after
    it) is on the second."""
    QApplication.processEvents()
    widget.grab()
    QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def main_window(
    db: Database, services: Services, today: Callable[[], date], size: tuple[int, int]
) -> MainWindow:
    """The main window with its wizard, Workspace menu and History, shown at ``size``.
    The real wizard opener, as the app wires it: rendering never calls it, but it makes
    the toolbar and the empty state show what users will see."""
    ops = build_operations()
    wizard = partial(open_goal_wizard, goals=services.goals, drafts=services.drafts, today=today, ops=ops)
    window = MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db.path,
        today=today,
        ops=ops,
        open_wizard=wizard,
    )
    settings = QSettings(str(db.path.with_name("settings.ini")), QSettings.Format.IniFormat)
    add_workspace_menu(window, workspaces=services.workspaces, ops=ops, settings=settings, db=db)
    add_history(window, history=HistoryService(db))
    window.resize(*size)
    window.show()
    return window
