"""Today's screens for teams: the Workspace menu open on the dashboard, a goal's
History… dialog, and the question when someone else changed what you were editing.

The demo data is made on 22 November 2026 and its history given fixed moments and
names, so the pictures only change when these screens do.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _common import main_window, save, temporary_database
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import select, update

from smartgoals_app.domain.validation import ConflictError
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.history import HistoryService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import ChangeHistory
from smartgoals_app.ui.app import build_services
from smartgoals_app.ui.conflicts import conflict_text, conflict_title
from smartgoals_app.ui.dialogs import conflict_box
from smartgoals_app.ui.history.dialog import HistoryDialog
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.workspace_menu import WorkspaceMenu

TODAY = date(2026, 11, 22)
SIZE = (1100, 760)
PEOPLE = ("anna", "ben", "anna", "chris")


def _fixed_history(db: Database) -> None:
    """Every recorded change under an hour apart, by a few people, ending on TODAY."""
    table = ChangeHistory.__table__  # type: ignore[attr-defined]
    with db.engine.begin() as connection:
        ids = list(connection.execute(select(table.c.id).order_by(table.c.id.desc())).scalars())
        end = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC) + timedelta(hours=15, minutes=40)
        for step, row in enumerate(ids):
            moment = end - timedelta(minutes=47 * step)
            connection.execute(
                update(table)
                .where(table.c.id == row)
                .values(changed_at=moment, changed_by=PEOPLE[step % len(PEOPLE)])
            )


def render(out_dir: Path) -> list[Path]:
    # The history and the conflict say local times: the same on every machine.
    os.environ["TZ"] = "UTC"
    time.tzset()
    written: list[Path] = []
    with temporary_database() as db:
        services = build_services(db, today=lambda: TODAY)
        bakery = services.workspaces.open_remembered(None)
        services.workspaces.rename(bakery.id, "Acme Bakery")
        behind, _on_track, _stretch = populate_demo(db, TODAY)
        services.workspaces.add("Client: Café Rosa")
        services.workspaces.add("Client: Northside Gym")
        # A figure corrected and the goal's words changed: the history is not all ticks.
        latest = services.measurements.list(behind)[-1]
        services.measurements.edit(latest.id, latest.day, latest.value + 3)
        draft = services.goals.load_draft(behind)
        draft.why = draft.why + ", and who already buy from us"
        services.goals.save(draft)
        _fixed_history(db)
        window = main_window(db, services, lambda: TODAY, SIZE)
        workspaces = window.findChild(WorkspaceMenu)
        assert isinstance(workspaces, WorkspaceMenu)
        window.select_goal(behind)
        written.append(_with_menu_open(window, workspaces.menu, out_dir / "workspace-menu.png"))

        goal = window.dashboard.current_goal()
        assert goal is not None
        history = HistoryDialog(HistoryService(db), goal.id, goal.title, goal.unit, window)
        history.show()
        written.append(save(history, out_dir / "history-dialog.png"))
        history.close()

        theirs = ConflictError(
            "goal",
            goal.id,
            title=goal.title,
            who="anna",
            when=datetime(2026, 11, 22, 14, 5, tzinfo=UTC),
            version=4,
        )
        box, _reload, _keep = conflict_box(window, conflict_title(), conflict_text(theirs, TODAY))
        box.show()
        written.append(save(box, out_dir / "conflict-dialog.png"))
        box.close()
        box.deleteLater()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return written


def _with_menu_open(window: MainWindow, menu: QMenu, path: Path) -> Path:
    """The window with its Workspace menu drawn open under its title, as a person sees
    it (offscreen, a menu is a window of its own, so the two are painted together)."""
    bar = window.menuBar()
    anchor = bar.actionGeometry(menu.menuAction()).bottomLeft()
    save(window, path)  # painted twice: the chart is built after the first paint
    menu.popup(window.mapToGlobal(bar.mapTo(window, anchor)))
    QApplication.processEvents()
    picture = window.grab()
    with QPainter(picture) as painter:
        painter.drawPixmap(bar.mapTo(window, anchor), menu.grab())
    menu.hide()
    if not picture.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path
