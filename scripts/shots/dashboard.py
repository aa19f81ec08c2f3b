"""Dashboard screenshots: a goal behind, one on track, one past its stretch, the empty state.

Rendered from the demo data with a fixed "today", so the pictures only change when
the dashboard does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from _common import main_window, save, temporary_database
from PySide6.QtWidgets import QApplication

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.app import build_services
from smartgoals_app.ui.main_window import MainWindow

TODAY = date(2026, 11, 22)
SIZE = (1100, 760)


def _window(db: Database) -> MainWindow:
    services = build_services(db, today=lambda: TODAY)
    services.workspaces.open_remembered(None)  # the window shows one workspace, named below
    return main_window(db, services, lambda: TODAY, SIZE)


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
