"""Dashboard screenshots: a goal behind, one on track, one past its stretch, the empty state.

Rendered from the demo data with a fixed "today", so the pictures only change when
the dashboard does.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from _common import save, temporary_database
from PySide6.QtWidgets import QApplication

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.app import build_operations
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.wizard import open_goal_wizard

TODAY = date(2026, 11, 22)
SIZE = (1100, 760)


def _window(db: Database) -> MainWindow:
    goals = GoalService(db, today=lambda: TODAY)
    # The real wizard opener, as the app wires it; rendering never calls it, but it
    # makes the toolbar and the empty state show what users will see.
    ops = build_operations()
    wizard = partial(open_goal_wizard, goals=goals, drafts=DraftService(db), today=lambda: TODAY, ops=ops)
    window = MainWindow(
        goals=goals,
        measurements=MeasurementService(db, today=lambda: TODAY),
        plan=PlanService(db),
        db_path=db.path,
        today=lambda: TODAY,
        ops=ops,
        open_wizard=wizard,
    )
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
