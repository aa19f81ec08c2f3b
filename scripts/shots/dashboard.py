"""Dashboard screenshots: a goal behind, one on track, one past its stretch, the empty state.

Rendered from the demo data with a fixed "today", so the pictures only change when
the dashboard does.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from _common import save, temporary_database
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.history import HistoryService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.app import build_operations, build_services
from smartgoals_app.ui.history.action import add_history
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.wizard import open_goal_wizard
from smartgoals_app.ui.workspace_menu import add_workspace_menu

TODAY = date(2026, 11, 22)
SIZE = (1100, 760)


def _window(db: Database) -> MainWindow:
    services = build_services(db, today=lambda: TODAY)
    services.workspaces.open_remembered(None)  # the window shows one workspace, named below
    # The real wizard opener, as the app wires it; rendering never calls it, but it
    # makes the toolbar and the empty state show what users will see.
    ops = build_operations()
    wizard = partial(
        open_goal_wizard, goals=services.goals, drafts=services.drafts, today=lambda: TODAY, ops=ops
    )
    window = MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db.path,
        today=lambda: TODAY,
        ops=ops,
        open_wizard=wizard,
    )
    settings = QSettings(str(db.path.with_name("settings.ini")), QSettings.Format.IniFormat)
    add_workspace_menu(window, workspaces=services.workspaces, ops=ops, settings=settings, db=db)
    add_history(window, history=HistoryService(db))
    window.resize(*SIZE)
    window.show()
    return window


def render(out_dir: Path) -> list[Path]:
    written: list[Path] = []
    with temporary_database() as db:
        empty = _window(db)
        written.append(save(empty, out_dir / "dashboard-empty.png"))
        empty.close()
        behind, on_track, stretch = populate_demo(db, TODAY)
        window = _window(db)
        for goal_id, name in ((behind, "behind"), (on_track, "on-track"), (stretch, "stretch")):
            window.select_goal(goal_id)
            written.append(save(window, out_dir / f"dashboard-{name}.png"))
        window.close()
        window.deleteLater()
        empty.deleteLater()
        QApplication.processEvents()
    return written
